// Shared data of every page (popup, sidebar, options, Suivi): the one pack query and its refresh, the query keys, a message timeout, the French error text.
import { useEffect } from 'react';
import { useQuery, useQueryClient, type QueryKey } from '@tanstack/react-query';
import { sendMessage } from '@/lib/messaging';
import { watchPackStatus } from '@/lib/pack/status-item';

export const PACK_QUERY_KEY = ['pack'] as const;
export const SOLICITATIONS_QUERY_KEY = ['solicitations'] as const;
/** Prefix of the suggestions of a text (`[...CLASSIFY_QUERY_KEY, text]`): they change with the pack. */
export const CLASSIFY_QUERY_KEY = ['classify'] as const;

/** The pack in use (nomenclature and réponses types), from the background: the one pack query of the extension. */
export function usePack() {
  return useQuery({ queryKey: PACK_QUERY_KEY, queryFn: () => sendMessage('getPack'), staleTime: 60_000 });
}

/**
 * Fetches the pack again, with the queries given (prefix keys, a module constant), whenever the background installs
 * another one (options page, daily refresh): rows, templates and suggestions change with it, without a reload.
 */
export function usePackRefetch(alsoKeys: readonly QueryKey[]): void {
  const qc = useQueryClient();
  useEffect(
    () =>
      watchPackStatus(() => {
        for (const queryKey of [PACK_QUERY_KEY, ...alsoKeys]) void qc.invalidateQueries({ queryKey });
      }),
    [qc, alsoKeys],
  );
}

/** Rejects when a promise takes longer than `ms` (a message nobody answers yet). */
export function withTimeout<T>(p: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const t = setTimeout(() => reject(new Error('délai dépassé')), ms);
    p.then(
      (v) => {
        clearTimeout(t);
        resolve(v);
      },
      (e: unknown) => {
        clearTimeout(t);
        reject(e instanceof Error ? e : new Error(String(e)));
      },
    );
  });
}

/** What the browser says when the background cannot be reached (not started, or the extension reloaded under the page). */
const UNREACHABLE = /Could not establish connection|Receiving end does not exist|Extension context invalidated|message port closed|délai dépassé/i;

/** A French message for an error thrown by a message or a write (to follow « … impossible : »). */
export function errorText(err: unknown): string {
  const m = err instanceof Error ? err.message : String(err);
  if (m.startsWith('[')) return 'Données invalides : vérifiez les champs.';
  if (UNREACHABLE.test(m)) return 'le service d’Aiguilleur ne répond pas, rechargez la page';
  return m;
}
