// Schema of the normalisation lexicon (SMS forms, fixed phrases, stop words, niveau cues) carried by the pack's model; used by lib/classify.
import { z } from 'zod';

export const lexiconSchema = z.object({
  /** Token → replacement (may be several words, or empty to drop the token). */
  abbreviations: z.record(z.string(), z.string()).default({}),
  /** Normalised multi-word phrase → single token(s), applied after abbreviations. */
  phrases: z.record(z.string(), z.string()).default({}),
  stopwords: z.array(z.string()).default([]),
  /** Short tokens (< 3 letters) that still carry meaning. */
  keepShort: z.array(z.string()).default([]),
  /** Cue name → regular expression over the normalised text. */
  cues: z.record(z.string(), z.string()).default({}),
  /** Frequent English words: a ticket made of them is « à qualifier ». */
  english: z.array(z.string()).default([]),
  /** Sign-off openings: the signature block after them is dropped. */
  signoffs: z.array(z.string()).default([]),
});
export type Lexicon = z.infer<typeof lexiconSchema>;
