// A référent's correction of a suggestion, stored locally to improve the next ones.
import { z } from 'zod';

export const correctionRowSchema = z.object({
  id: z.number().int().optional(),
  createdAt: z.string(),
  text: z.string(),
  rowId: z.string(),
  suggestedRowId: z.string().optional(),
});
export type CorrectionRow = z.infer<typeof correctionRowSchema>;

/** Corrections kept in the local store (and in the classifier's memory): the oldest go first. */
export const MAX_CORRECTIONS = 500;

/** Ids of the stored corrections to delete so that at most `max` remain (oldest first, by createdAt then id). */
export function overflowIds(rows: Array<Pick<CorrectionRow, 'id' | 'createdAt'>>, max = MAX_CORRECTIONS): number[] {
  if (rows.length <= max) return [];
  return [...rows]
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt) || (a.id ?? 0) - (b.id ?? 0))
    .slice(0, rows.length - max)
    .flatMap((r) => (r.id === undefined ? [] : [r.id]));
}

/** Same ticket, same row: an insertion after a click on that suggestion is not a second correction. */
export function isSameCorrection(a: Pick<CorrectionRow, 'text' | 'rowId'>, b: Pick<CorrectionRow, 'text' | 'rowId'>): boolean {
  return a.rowId === b.rowId && a.text === b.text;
}
