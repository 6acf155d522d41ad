// Schema of the classifier's trained model as stored in the data pack (owned by lib/classify's trainer).
import { z } from 'zod';

export const classifierModelSchema = z.object({
  kind: z.string().min(1),
  version: z.number().int(),
  trainedAt: z.string(),
}).loose();
export type ClassifierModel = z.infer<typeof classifierModelSchema>;
