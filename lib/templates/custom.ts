// A référent's own réponse type (per sous-motif or free), stored locally.
import { z } from 'zod';

export const customTemplateRowSchema = z.object({
  id: z.string(),
  rowId: z.string().optional(),
  title: z.string().min(1),
  text: z.string().min(1),
  html: z.string().optional(),
  updatedAt: z.string(),
});
export type CustomTemplateRow = z.infer<typeof customTemplateRowSchema>;
