// Data hooks of the tracking UI: the pack (nomenclature + templates) and the log, through typed messages or Dexie.
import { useQuery } from '@tanstack/react-query';
import { sendMessage } from '@/lib/messaging';

export const PACK_QUERY_KEY = ['pack'] as const;
export const SOLICITATIONS_QUERY_KEY = ['solicitations'] as const;

/** The pack in use (nomenclature and réponses types), from the background. */
export function usePack() {
  return useQuery({ queryKey: PACK_QUERY_KEY, queryFn: () => sendMessage('getPack'), staleTime: 60_000 });
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

/** A French message for an error thrown by a message or a write. */
export function errorText(err: unknown): string {
  const m = err instanceof Error ? err.message : String(err);
  return m.startsWith('[') ? 'Données invalides : vérifiez les champs.' : m;
}
