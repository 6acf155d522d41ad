// National consolidation (the seed's « tableau de bord national »): the survey indicators per département and in total
// over several departmental exports, in the survey's scope (téléphone + e-mail). Only what the indicators need is kept
// from each row: phone numbers, structures and notes never reach a consolidation or its file.
import {
  computeIndicators,
  percent,
  roundUp,
  sousMotifLabel,
  SURVEY_CHANNELS,
  TOP_SIZE,
  type Indicators,
  type IndicatorRow,
  type Period,
  type Scope,
} from './indicators';
import { quote } from './csv';

export interface DepartementRows {
  departement: string;
  rows: readonly IndicatorRow[];
}

export interface Consolidation {
  byDepartement: { departement: string; indicators: Indicators }[];
  total: Indicators;
}

/** The fields of a row a consolidation keeps (whatever else the row carries: phone, structure, note… is dropped). */
export function toConsolidationRow(r: IndicatorRow): IndicatorRow {
  return {
    date: r.date,
    durationMinutes: r.durationMinutes,
    niveau: r.niveau,
    thematique: r.thematique,
    motif: r.motif,
    sousMotif: r.sousMotif,
    ...(r.resolved !== undefined ? { resolved: r.resolved } : {}),
    ...(r.status !== undefined ? { status: r.status } : {}),
    escalated: r.escalated,
    ...(r.channel !== undefined ? { channel: r.channel } : {}),
  };
}

/** Indicators of each département (files of the same département are merged) and of all of them, in the survey's scope by default. */
export function consolidate(sets: readonly DepartementRows[], period?: Period, scope: Scope = { channels: SURVEY_CHANNELS }): Consolidation {
  const merged = new Map<string, IndicatorRow[]>();
  for (const s of sets) {
    const list = merged.get(s.departement) ?? [];
    for (const r of s.rows) list.push(toConsolidationRow(r));
    merged.set(s.departement, list);
  }
  const byDepartement = [...merged.entries()]
    .sort(([a], [b]) => a.localeCompare(b, 'fr', { numeric: true }))
    .map(([departement, rows]) => ({ departement, indicators: computeIndicators(rows, period, scope) }));
  return { byDepartement, total: computeIndicators([...merged.values()].flat(), period, scope) };
}

/**
 * The national dashboard as CSV (`;`, BOM, for French Excel): one line per département and a « Total » line, with the
 * survey's general figures and, for each of the 5 top sous-motifs, its label and figures N.1–N.4. Aggregates only.
 */
export function consolidationCsv(c: Consolidation): string {
  const header = ['Département', 'Nombre de sollicitations reçues (total)', 'Durée moyenne de traitement par sollicitation', 'Taux de résolution (en %)', "Taux d'escalade (en %)"];
  for (let n = 1; n <= TOP_SIZE; n++) header.push(`Sous-motif ${n}`, `${n}.1`, `${n}.2`, `${n}.3`, `${n}.4`);
  const lines = [header.map(quote).join(';')];
  for (const { departement, indicators: ind } of [...c.byDepartement, { departement: 'Total', indicators: c.total }]) {
    const cells: (string | number)[] = [departement, roundUp(ind.count), roundUp(ind.meanDurationMinutes), percent(ind.resolutionRate), percent(ind.escalationRate)];
    for (let i = 0; i < TOP_SIZE; i++) {
      const s = ind.top[i];
      cells.push(...(s ? [sousMotifLabel(s), roundUp(s.count), roundUp(s.meanDurationMinutes), percent(s.resolutionRate), percent(s.escalationRate)] : ['', '', '', '', '']));
    }
    lines.push(cells.map(quote).join(';'));
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
