// Monthly indicators of the log (the seed's « Résultats » pivot tables) and the survey block text.
//
// Period: `{ from, to }` with ISO dates `YYYY-MM-DD` compares the row's calendar day (first 10 characters of its
// ISO date): `from` is INCLUSIVE, `to` is EXCLUSIVE (a month is `{ from: '2025-03-01', to: '2025-04-01' }`).
// Either bound may be omitted. Bounds with a time (`2025-03-01T08:00:00Z`) compare instants, same inclusivity.
// `{ month: 'YYYY-MM' }` is also accepted.
//
// Top sous-motifs: a sous-motif is niveau + thématique + motif + sous-motif. Order: count desc, then mean duration
// desc, then niveau asc, then thématique, motif, sous-motif in French alphabetical order (localeCompare 'fr').
//
// Scope: `{ channels }` keeps only those channels (a row without a channel is a phone call, as in the seed's
// workbook). The survey's default scope is SURVEY_CHANNELS: the référent's own phone and e-mail requests; form
// tickets already reach DIHAL through the CRM.
import type { Channel, SolicitationStatus } from './solicitation';

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
  channel?: Channel;
}

export type Period = { from?: string; to?: string } | { month: string };

export interface SousMotifCount {
  niveau: 1 | 2;
  thematique: string;
  motif: string;
  sousMotif: string;
  count: number;
  meanDurationMinutes: number;
  /** Between 0 and 1. */
  resolutionRate: number;
  /** Between 0 and 1. */
  escalationRate: number;
}

/** Which channels the figures cover (all when `channels` is absent). */
export interface Scope {
  channels?: readonly Channel[];
}

/** The survey's default scope: the référent's own channel (« Je reçois un appel ou un email »). */
export const SURVEY_CHANNELS: readonly Channel[] = ['telephone', 'email'];

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
function compareSousMotifs(a: SousMotifCount, b: SousMotifCount): number {
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
function accumulate(rows: readonly IndicatorRow[], period?: Period, scope?: Scope): Totals {
  const keep = inPeriod(period);
  const channels = scope?.channels ? new Set<Channel>(scope.channels) : undefined;
  const t = { count: 0, total: 0, resolved: 0, escalated: 0 };
  const groups = new Map<string, { row: IndicatorRow; count: number; total: number; resolved: number; escalated: number }>();
  for (const row of rows) {
    if (period && !keep(row.date)) continue;
    if (channels && !channels.has(row.channel ?? 'telephone')) continue;
    const resolved = isResolved(row) ? 1 : 0;
    const escalated = row.escalated ? 1 : 0;
    t.count++;
    t.total += row.durationMinutes;
    t.resolved += resolved;
    t.escalated += escalated;
    const key = `${row.niveau}\u0000${row.thematique}\u0000${row.motif}\u0000${row.sousMotif}`;
    const g = groups.get(key);
    if (g) {
      g.count++;
      g.total += row.durationMinutes;
      g.resolved += resolved;
      g.escalated += escalated;
    } else groups.set(key, { row, count: 1, total: row.durationMinutes, resolved, escalated });
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
      resolutionRate: g.resolved / g.count,
      escalationRate: g.escalated / g.count,
    });
  }
  return { ...t, groups: out.sort(compareSousMotifs) };
}

/** Every sous-motif of the period with its count, mean duration and rates, in the top order (the « Résultats » sheet). */
export function sousMotifCounts(rows: readonly IndicatorRow[], period?: Period, scope?: Scope): SousMotifCount[] {
  return accumulate(rows, period, scope).groups;
}

/** Count, mean duration, resolution and escalation rates, and the 5 most frequent sous-motifs of the period and scope. */
export function computeIndicators(rows: readonly IndicatorRow[], period?: Period, scope?: Scope): Indicators {
  const { count, total, resolved, escalated, groups } = accumulate(rows, period, scope);
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

const ORDINALS = ['première', 'deuxième', 'troisième', 'quatrième', 'cinquième'];

/** The heading of the i-th (0-based) top sous-motif, as the seed's survey words it. */
function topHeading(i: number): string {
  return i === 0
    ? '1. Sous-motif ayant généré le plus grand nombre de sollicitations (classé en première position)'
    : `${i + 1}. Sous-motif classé en ${ORDINALS[i] ?? `${i + 1}e`} position`;
}

/**
 * The monthly survey, ready to paste, in the seed's shape (« Enquête », Outil de suivi 4/5): the general block,
 * then for each of the 5 most frequent sous-motifs its label « thématique - motif - sous motif » and lines i.1–i.4.
 * Counts and durations are whole numbers rounded up (« arrondir au supérieur »); rates are whole percentages.
 */
export function surveyText(ind: Indicators, title = 'Enquête mensuelle — indicateurs de traitement des sollicitations'): string {
  const lines = [
    title,
    '',
    'Données générales : indicateurs de traitement des appels',
    `Nombre de sollicitations reçues (total) : ${roundUp(ind.count)}`,
    `Durée moyenne de traitement par sollicitation : ${roundUp(ind.meanDurationMinutes)}`,
    `Taux de résolution (en %) : ${percent(ind.resolutionRate)}`,
    `Taux d'escalade (en %) : ${percent(ind.escalationRate)}`,
    '',
    'Les 5 sous-motifs les plus sollicités',
  ];
  if (ind.top.length === 0) lines.push('Aucune sollicitation sur la période.');
  ind.top.forEach((s, i) => {
    const n = i + 1;
    lines.push(
      '',
      topHeading(i),
      sousMotifLabel(s),
      `${n}.1. Nombre de sollicitations reçues : ${roundUp(s.count)}`,
      `${n}.2. Durée moyenne de traitement par sollicitation : ${roundUp(s.meanDurationMinutes)}`,
      `${n}.3. Taux de résolution (en %) : ${percent(s.resolutionRate)}`,
      `${n}.4. Taux d'escalade (en %) : ${percent(s.escalationRate)}`,
    );
  });
  return lines.join('\n');
}
