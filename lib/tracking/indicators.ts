// Monthly indicators of the log (the seed's « Résultats » pivot tables) and the survey block text.
//
// Period: `{ from, to }` with ISO dates `YYYY-MM-DD` compares the row's calendar day (first 10 characters of its
// ISO date): `from` is INCLUSIVE, `to` is EXCLUSIVE (a month is `{ from: '2025-03-01', to: '2025-04-01' }`).
// Either bound may be omitted. Bounds with a time (`2025-03-01T08:00:00Z`) compare instants, same inclusivity.
// `{ month: 'YYYY-MM' }` is also accepted.
//
// Top sous-motifs: a sous-motif is niveau + thématique + motif + sous-motif. Order: count desc, then mean duration
// desc, then niveau asc, then thématique, motif, sous-motif in French alphabetical order (localeCompare 'fr').
import type { SolicitationStatus } from './solicitation';

export interface IndicatorRow {
  date: string;
  durationMinutes: number;
  niveau: 1 | 2;
  thematique: string;
  motif: string;
  sousMotif: string;
  /** Resolved (« Problème résolu ? » oui). Stored rows carry `status` instead: only 'oui' counts as resolved. */
  resolved?: boolean;
  status?: SolicitationStatus;
  escalated: boolean;
}

export type Period = { from?: string; to?: string } | { month: string };

export interface SousMotifCount {
  niveau: 1 | 2;
  thematique: string;
  motif: string;
  sousMotif: string;
  count: number;
  meanDurationMinutes: number;
}

export interface Indicators {
  count: number;
  meanDurationMinutes: number;
  /** Between 0 and 1. */
  resolutionRate: number;
  /** Between 0 and 1. */
  escalationRate: number;
  /** The 5 most frequent sous-motifs. */
  top: SousMotifCount[];
}

export const TOP_SIZE = 5;

function isResolved(row: IndicatorRow): boolean {
  return row.resolved ?? row.status === 'oui';
}

/** A predicate telling whether an ISO date falls in the period. */
export function inPeriod(period?: Period): (date: string) => boolean {
  if (!period) return () => true;
  if ('month' in period) {
    const month = period.month;
    return (date) => date.startsWith(month);
  }
  const { from, to } = period;
  // A day bound compares as a string: `2025-04-01T00:10…` sorts after `2025-04-01`, `2025-03-31T23:00…` before it.
  const before = (bound: string): ((date: string) => boolean) => {
    if (bound.length <= 10) return (date) => date < bound;
    const t = Date.parse(bound);
    return (date) => Date.parse(date) < t;
  };
  const beforeFrom = from ? before(from) : undefined;
  const beforeTo = to ? before(to) : undefined;
  return (date) => (!beforeFrom || !beforeFrom(date)) && (!beforeTo || beforeTo(date));
}

/** Deterministic order of sous-motif groups (see the header). */
export function compareSousMotifs(a: SousMotifCount, b: SousMotifCount): number {
  return (
    b.count - a.count ||
    b.meanDurationMinutes - a.meanDurationMinutes ||
    a.niveau - b.niveau ||
    a.thematique.localeCompare(b.thematique, 'fr') ||
    a.motif.localeCompare(b.motif, 'fr') ||
    a.sousMotif.localeCompare(b.sousMotif, 'fr')
  );
}

interface Totals {
  count: number;
  total: number;
  resolved: number;
  escalated: number;
  groups: SousMotifCount[];
}

/** One pass over the rows of the period: totals and every sous-motif group, in the top order. */
function accumulate(rows: readonly IndicatorRow[], period?: Period): Totals {
  const keep = inPeriod(period);
  const t = { count: 0, total: 0, resolved: 0, escalated: 0 };
  const groups = new Map<string, { row: IndicatorRow; count: number; total: number }>();
  for (const row of rows) {
    if (period && !keep(row.date)) continue;
    t.count++;
    t.total += row.durationMinutes;
    if (isResolved(row)) t.resolved++;
    if (row.escalated) t.escalated++;
    const key = `${row.niveau}\u0000${row.thematique}\u0000${row.motif}\u0000${row.sousMotif}`;
    const g = groups.get(key);
    if (g) {
      g.count++;
      g.total += row.durationMinutes;
    } else groups.set(key, { row, count: 1, total: row.durationMinutes });
  }
  const out: SousMotifCount[] = [];
  for (const g of groups.values()) {
    out.push({
      niveau: g.row.niveau,
      thematique: g.row.thematique,
      motif: g.row.motif,
      sousMotif: g.row.sousMotif,
      count: g.count,
      meanDurationMinutes: g.total / g.count,
    });
  }
  return { ...t, groups: out.sort(compareSousMotifs) };
}

/** Every sous-motif of the period with its count and mean duration, in the top order (the « Résultats » sheet). */
export function sousMotifCounts(rows: readonly IndicatorRow[], period?: Period): SousMotifCount[] {
  return accumulate(rows, period).groups;
}

/** Count, mean duration, resolution and escalation rates, and the 5 most frequent sous-motifs of the period. */
export function computeIndicators(rows: readonly IndicatorRow[], period?: Period): Indicators {
  const { count, total, resolved, escalated, groups } = accumulate(rows, period);
  return {
    count,
    meanDurationMinutes: count ? total / count : 0,
    resolutionRate: count ? resolved / count : 0,
    escalationRate: count ? escalated / count : 0,
    top: groups.slice(0, TOP_SIZE),
  };
}

/** Rounds up to a whole number as the survey asks (« arrondir au supérieur »), ignoring float noise (7.0000001 → 7). */
export function roundUp(value: number): number {
  if (!Number.isFinite(value)) return 0;
  return Math.ceil(value - 1e-9);
}

/** A rate between 0 and 1 as a whole percentage (nearest, like the workbook's % format). */
export function percent(rate: number): number {
  return Number.isFinite(rate) ? Math.round(rate * 100) : 0;
}

/** « thématique - motif - sous motif » as the survey asks. */
export function sousMotifLabel(s: Pick<SousMotifCount, 'thematique' | 'motif' | 'sousMotif'>): string {
  return `${s.thematique} - ${s.motif} - ${s.sousMotif}`;
}

/** The monthly survey block, ready to paste: totals rounded up, rates in %, the 5 most frequent sous-motifs. */
export function surveyText(ind: Indicators, title = 'Enquête mensuelle — indicateurs de traitement des sollicitations'): string {
  const lines = [
    title,
    '',
    'Données générales : indicateurs de traitement des appels',
    `1.1. Nombre de sollicitations reçues : ${roundUp(ind.count)}`,
    `1.2. Durée moyenne de traitement par sollicitation (en minutes) : ${roundUp(ind.meanDurationMinutes)}`,
    `1.3. Taux de résolution (en %) : ${percent(ind.resolutionRate)}%`,
    `1.4. Taux d'escalade (en %) : ${percent(ind.escalationRate)}%`,
    '',
    'Les 5 sous-motifs les plus sollicités (thématique - motif - sous motif)',
  ];
  if (ind.top.length === 0) lines.push('Aucune sollicitation sur la période.');
  ind.top.forEach((s, i) => {
    lines.push(
      `${i + 1}. ${sousMotifLabel(s)} : ${roundUp(s.count)} sollicitation${s.count > 1 ? 's' : ''}, ` +
        `durée moyenne ${roundUp(s.meanDurationMinutes)} min`,
    );
  });
  return lines.join('\n');
}
