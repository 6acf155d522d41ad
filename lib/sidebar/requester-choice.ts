// Finds the nomenclature row matching the classification the requester chose in the support form.
import type { NomenclatureRow } from '../pack/schema';
import type { Ticket } from '../crm/ticket';
import { fold } from './row-filter';

const norm = (s: string | undefined) => fold(s ?? '').replace(/[^a-z0-9]+/g, ' ').trim();

export function requesterRow(rows: readonly NomenclatureRow[], choice: Ticket['requesterChoice']): NomenclatureRow | null {
  if (!choice?.sousMotif && !choice?.motif) return null;
  const sm = norm(choice.sousMotif);
  const mo = norm(choice.motif);
  const th = norm(choice.thematique);
  const candidates = rows.filter(
    (r) =>
      (!sm || norm(r.sousMotif) === sm) &&
      (!mo || norm(r.motif) === mo) &&
      (!th || norm(r.thematique) === th),
  );
  return candidates.length >= 1 ? candidates[0]! : null;
}
