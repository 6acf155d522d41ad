// National consolidation: the same indicators per département and in total over several departmental exports.
import { computeIndicators, type Indicators, type IndicatorRow, type Period } from './indicators';

export interface DepartementRows {
  departement: string;
  rows: readonly IndicatorRow[];
}

export interface Consolidation {
  byDepartement: { departement: string; indicators: Indicators }[];
  total: Indicators;
}

/** Indicators of each département (files of the same département are merged) and of all of them. */
export function consolidate(sets: readonly DepartementRows[], period?: Period): Consolidation {
  const merged = new Map<string, IndicatorRow[]>();
  for (const s of sets) {
    const list = merged.get(s.departement) ?? [];
    for (const r of s.rows) list.push(r);
    merged.set(s.departement, list);
  }
  const byDepartement = [...merged.entries()]
    .sort(([a], [b]) => a.localeCompare(b, 'fr', { numeric: true }))
    .map(([departement, rows]) => ({ departement, indicators: computeIndicators(rows, period) }));
  return { byDepartement, total: computeIndicators([...merged.values()].flat(), period) };
}
