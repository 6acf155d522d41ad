// Which nomenclature row the sidebar answers with: the one the référent picked, else the top suggestion, else the
// requester's own choice from the support form, else none.
import type { NomenclatureRow } from '../pack/schema';

export interface RowSelectionInput {
  /** Row the référent picked for this ticket (a suggestion or requalification), if any. */
  picked?: string | null;
  /** The classifier's top suggestion, once known. */
  topRowId?: string | null;
  /** The row matching the requester's choice (lib/sidebar/requester-choice), if any. */
  requesterRowId?: string | null;
}

export function selectedRowId({ picked, topRowId, requesterRowId }: RowSelectionInput): string | null {
  return picked || topRowId || requesterRowId || null;
}

/** The selected row itself; null when its id is not (or no longer) in the pack. */
export function selectedRow(rows: readonly NomenclatureRow[], input: RowSelectionInput): NomenclatureRow | null {
  const id = selectedRowId(input);
  return id ? (rows.find((r) => r.id === id) ?? null) : null;
}
