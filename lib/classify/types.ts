// Values the classifier takes and returns (shared by the CLI, the background and the sidebar).
import { z } from 'zod';
import { niveauSchema } from '../pack/schema';

export const classifyInputSchema = z.object({
  subject: z.string().default(''),
  body: z.string().default(''),
  /** Row matching the requester's own choice in the support form, if any: a prior, not the answer. */
  requesterRowId: z.string().optional(),
  /** The requester's choice as the ticket prints it (labels): the background maps it to `requesterRowId` with its pack. */
  requesterChoice: z
    .object({ thematique: z.string().optional(), motif: z.string().optional(), sousMotif: z.string().optional() })
    .optional(),
});
export type ClassifyInput = z.infer<typeof classifyInputSchema>;

export const confidenceLevelSchema = z.enum(['elevee', 'moyenne', 'faible']);
export type ConfidenceLevel = z.infer<typeof confidenceLevelSchema>;

export const suggestionSchema = z.object({
  rowId: z.string(),
  niveau: niveauSchema,
  thematique: z.string(),
  motif: z.string(),
  sousMotif: z.string(),
  /** Calibrated probability-like score in [0, 1]. */
  score: z.number(),
  /** Words of the ticket that made the match. */
  matchedTerms: z.array(z.string()),
});
export type Suggestion = z.infer<typeof suggestionSchema>;

export const classificationSchema = z.object({
  /** Best first; at most 3. Empty when nothing fits. */
  suggestions: z.array(suggestionSchema),
  confidence: z.number(),
  level: confidenceLevelSchema,
  /** True when nothing fits well enough: the sidebar says « à qualifier ». */
  aQualifier: z.boolean(),
  /** The pack's calibrated thresholds, for the confidence word of each suggestion (see confidence.ts). */
  thresholds: z.object({ elevee: z.number(), moyenne: z.number() }).optional(),
});
export type Classification = z.infer<typeof classificationSchema>;

export const correctionInputSchema = z.object({
  subject: z.string().default(''),
  body: z.string().default(''),
  rowId: z.string(),
  /** Row the classifier had proposed first, if any. */
  suggestedRowId: z.string().optional(),
});
export type CorrectionInput = z.infer<typeof correctionInputSchema>;
