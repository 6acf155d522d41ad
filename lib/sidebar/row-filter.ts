// Type-to-filter over the nomenclature rows: accent- and case-insensitive, every typed word must match.
import type { NomenclatureRow } from '../pack/schema';

export function fold(s: string): string {
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

export function filterRows(rows: readonly NomenclatureRow[], query: string, limit = 8): NomenclatureRow[] {
  const words = fold(query).split(/[^a-z0-9]+/).filter(Boolean);
  if (words.length === 0) return [];
  const scored: { row: NomenclatureRow; score: number }[] = [];
  for (const row of rows) {
    const sous = fold(row.sousMotif);
    const hay = `${fold(row.thematique)} ${fold(row.motif)} ${sous} ${fold(row.exemples.join(' '))}`;
    if (!words.every((w) => hay.includes(w))) continue;
    // Words found in the sous-motif label itself rank first.
    const score = words.filter((w) => sous.includes(w)).length;
    scored.push({ row, score });
  }
  return scored.sort((a, b) => b.score - a.score).slice(0, limit).map((s) => s.row);
}
