// Labelled ticket lines (JSONL) and the mapping between nomenclature labels and row ids.
import { z } from 'zod';
import type { NomenclatureRow } from '../pack/schema';
import { foldCase } from './normalize';

/** One labelled ticket: its text and its nomenclature row. */
export interface LabelledDoc {
  id?: string;
  text: string;
  rowId: string;
  /** Name of the corpus (writer) it comes from, for balancing writers in training. */
  corpus?: string;
}

/** Number of documents per corpus name (documents without one are not counted). */
export function corpusSizes(docs: LabelledDoc[]): Map<string, number> {
  const sizes = new Map<string, number>();
  for (const d of docs) if (d.corpus !== undefined) sizes.set(d.corpus, (sizes.get(d.corpus) ?? 0) + 1);
  return sizes;
}

export const labelledLineSchema = z.object({
  id: z.union([z.string(), z.number()]).transform(String).optional(),
  text: z.string().default(''),
  niveau: z.union([z.number(), z.string()]).optional(),
  thematique: z.string(),
  motif: z.string(),
  sous_motif: z.string(),
});
export type LabelledLine = z.infer<typeof labelledLineSchema>;

function key(t: string, m: string, s: string): string {
  const f = (x: string) => foldCase(x).replace(/[^a-z0-9]+/g, ' ').trim();
  return `${f(t)}|${f(m)}|${f(s)}`;
}

/** Finds the row id of a (thématique, motif, sous-motif) triple; accents, case and punctuation ignored. */
export function rowIdResolver(rows: NomenclatureRow[]): (t: string, m: string, s: string) => string | undefined {
  const map = new Map(rows.map((r) => [key(r.thematique, r.motif, r.sousMotif), r.id]));
  return (t, m, s) => map.get(key(t, m, s));
}

/** Parses JSONL text: valid lines are returned, bad ones reported with their line number. */
export function parseJsonl(text: string): { lines: unknown[]; errors: string[] } {
  const lines: unknown[] = [];
  const errors: string[] = [];
  text.split(/\r?\n/).forEach((l, i) => {
    if (!l.trim()) return;
    try {
      lines.push(JSON.parse(l));
    } catch {
      errors.push(`ligne ${i + 1} : JSON invalide`);
    }
  });
  return { lines, errors };
}
