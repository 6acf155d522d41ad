// Schema of the classifier's trained model as stored in the data pack (written by lib/classify's trainer).
import { z } from 'zod';
import { lexiconSchema } from './lexicon-schema';

const featureOptionsSchema = z.object({
  charN: z.array(z.number().int().min(1).max(8)).default([4]),
  groupWeights: z
    .object({ w: z.number(), b: z.number(), c: z.number(), q: z.number() })
    .default({ w: 1, b: 0.6, c: 0.9, q: 1 }),
});

const calibrationSchema = z.object({
  /** Softmax temperature fitted on the dev set. */
  temperature: z.number().positive().default(1),
  /** Top probability from which the confidence level is « élevée ». */
  elevee: z.number().min(0).max(1).default(0.7),
  /** Top probability from which the confidence level is « moyenne ». */
  moyenne: z.number().min(0).max(1).default(0.4),
  /** Below this top probability the ticket is « à qualifier ». */
  aQualifier: z.number().min(0).max(1).default(0.2),
});

export const classifierModelSchema = z
  .object({
    kind: z.string().min(1),
    version: z.number().int(),
    trainedAt: z.string(),
    /** Row ids, in the order of the weight columns. */
    classes: z.array(z.string()).default([]),
    bias: z.array(z.number()).default([]),
    /** Weight quantisation step: a stored integer q means q × scale. */
    scale: z.number().positive().default(0.01),
    /** Feature names, in the order of their blocks in `weightData`. */
    featureNames: z.array(z.string()).default([]),
    /**
     * Base64 of little-endian int16 values: for each feature, its count n then n pairs (class index, quantised weight).
     * A compact string keeps the pack small and its validation cheap.
     */
    weightData: z.string().default(''),
    features: featureOptionsSchema.default({ charN: [4], groupWeights: { w: 1, b: 0.6, c: 0.9, q: 1 } }),
    /** Weight of the pack vocabulary match added to each row's score. */
    vocabularyWeight: z.number().default(1),
    /** Weight of a référent's correction (nearest-neighbour memory) added to a row's score. */
    correctionWeight: z.number().default(8),
    /** Prior added to the score of the row the requester chose in the form (a third of it to the rows of the same motif). */
    requesterWeight: z.number().min(0).optional(),
    /** Similarity under which a stored correction is ignored. */
    correctionThreshold: z.number().min(0).max(1).default(0.35),
    /** Niveau decision of its own: binary logistic model (niveau 2 vs 1) over the same features, and its weight in row scores. */
    niveau: z
      .object({
        bias: z.number(),
        featureNames: z.array(z.string()),
        weightData: z.string(),
        weight: z.number().min(0),
      })
      .optional(),
    /** Naive Bayes over words, word pairs and cues (lib/classify/bayes.ts), and its weight in row scores. */
    bayes: z
      .object({
        alpha: z.number().positive(),
        featureNames: z.array(z.string()),
        weightData: z.string(),
        /** Per class, added once per known feature of the ticket. */
        classTerm: z.array(z.number()),
        weight: z.number().min(0),
      })
      .optional(),
    calibration: calibrationSchema.default({ temperature: 1, elevee: 0.7, moyenne: 0.4, aQualifier: 0.2 }),
    /** Normalisation lexicon and niveau cues (defaults to the built-in French lexicon). */
    lexicon: lexiconSchema.optional(),
    /** Training summary (corpus size, dev figures). */
    stats: z.record(z.string(), z.unknown()).optional(),
  })
  .loose();
export type ClassifierModel = z.infer<typeof classifierModelSchema>;
export type FeatureOptions = z.infer<typeof featureOptionsSchema>;
export type Calibration = z.infer<typeof calibrationSchema>;
