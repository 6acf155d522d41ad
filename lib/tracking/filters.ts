// Filters of the history table: period, niveau, thématique, status.
import type { SolicitationRow, SolicitationStatus } from './solicitation';
import { inPeriod } from './indicators';

export interface HistoryFilter {
  /** Inclusive first day `YYYY-MM-DD`. */
  from?: string;
  /** Inclusive last day `YYYY-MM-DD` (as shown in the form). */
  toInclusive?: string;
  niveau?: 1 | 2;
  thematique?: string;
  status?: SolicitationStatus;
}

export function filterRows(rows: readonly SolicitationRow[], f: HistoryFilter): SolicitationRow[] {
  const keep = inPeriod({ from: f.from || undefined, to: f.toInclusive ? nextDay(f.toInclusive) : undefined });
  return rows.filter(
    (r) =>
      keep(r.date) &&
      (f.niveau === undefined || r.niveau === f.niveau) &&
      (!f.thematique || r.thematique === f.thematique) &&
      (!f.status || r.status === f.status),
  );
}

function nextDay(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/** Newest first, then by id. */
function sortNewestFirst(rows: readonly SolicitationRow[]): SolicitationRow[] {
  return [...rows].sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : (b.id ?? 0) - (a.id ?? 0)));
}

/** The history's order: requests still « en cours » first (they wait for the référent), then newest first. */
export function sortPendingFirst(rows: readonly SolicitationRow[]): SolicitationRow[] {
  const sorted = sortNewestFirst(rows);
  return [...sorted.filter((r) => r.status === 'en_cours'), ...sorted.filter((r) => r.status !== 'en_cours')];
}

/** The ticket number a row shows (`hubspot:31000001` → `31000001`), or '' for a call or an e-mail. */
export function ticketNumber(row: Pick<SolicitationRow, 'ticketKey'>): string {
  const key = row.ticketKey ?? '';
  return key.includes(':') ? key.slice(key.lastIndexOf(':') + 1) : key;
}
