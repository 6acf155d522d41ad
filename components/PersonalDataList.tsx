// The personal data kept on this poste, store by store with its count (privacy sections of the Suivi and options pages).
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { sendMessage } from '@/lib/messaging';
import { PERSONAL_STORES, type PersonalCounts } from '@/lib/tracking/retention';

const PERSONAL_COUNTS_KEY = ['personalCounts'] as const;

/** Counts of each store, asked of the background (it owns the pending drafts); `version` refetches when the caller knows something changed. */
export function usePersonalCounts(version: unknown = 0) {
  return useQuery({ queryKey: [...PERSONAL_COUNTS_KEY, version], queryFn: () => sendMessage('personalDataCounts', undefined) });
}

export function useInvalidatePersonalCounts(): () => Promise<void> {
  const qc = useQueryClient();
  return () => qc.invalidateQueries({ queryKey: PERSONAL_COUNTS_KEY });
}

/** French words for what a purge or « Tout supprimer » removed, e.g. « 3 sollicitations, 1 correction ». */
export function describeRemoved(gone: PersonalCounts): string {
  const words: Record<keyof PersonalCounts, [string, string]> = {
    solicitations: ['sollicitation', 'sollicitations'],
    corrections: ['correction', 'corrections'],
    escalations: ['escalade', 'escalades'],
    call: ['appel en cours', 'appels en cours'],
    pending: ['escalade en attente', 'escalades en attente'],
  };
  const parts = PERSONAL_STORES.filter((s) => gone[s.key] > 0).map((s) => `${gone[s.key]} ${words[s.key][gone[s.key] > 1 ? 1 : 0]}`);
  return parts.length ? parts.join(', ') : 'rien';
}

export function PersonalDataList({ counts }: { counts: PersonalCounts | undefined }) {
  return (
    <table className="fr-table ag-table" data-testid="personal-stores">
      <caption>Données personnelles conservées sur ce poste</caption>
      <thead>
        <tr>
          <th scope="col">Données</th>
          <th scope="col">Contenu</th>
          <th scope="col">Nombre</th>
        </tr>
      </thead>
      <tbody>
        {PERSONAL_STORES.map((s) => (
          <tr key={s.key} data-store={s.key}>
            <th scope="row">{s.label}</th>
            <td>{s.detail}</td>
            <td data-testid={`count-${s.key}`}>{counts ? counts[s.key] : '…'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
