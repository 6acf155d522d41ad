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
