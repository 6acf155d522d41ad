// Trainer: multinomial logistic regression (SGD) over the engine's features, the niveau model and the naive Bayes; calibration is calibrate.ts.
import type { Pack } from '../pack/schema';
import type { ClassifierModel, FeatureOptions } from '../pack/model-schema';
import { analyse, buildEngine, softmax, type PartWeights } from './engine';
import { contrastDocs, nomenclatureDocs, perturb } from './augment';
import { trainBayes } from './bayes';
import { corpusSizes, type LabelledDoc } from './labelled';
import { rng } from './random';
import { defaultFeatureOptions } from './features';
import { defaultLexicon, type Lexicon } from './lexicon';
import { encodeWeights } from './weights';
import defaultContexts from './contexts.fr.json';

export interface TrainOptions {
  epochs: number;
  learningRate: number;
  l2: number;
  /** Features seen in fewer training documents are dropped. */
  minDf: number;
  /** Noisy copies (typos, dropped words) added per training document. */
  augment: number;
  /** Neutral context sentences (job, structure…) prefixed to some noisy copies, so that context does not decide the row. */
  contexts: string[];
  /** Also learn from the nomenclature labels and the seed's examples. */
  useNomenclature: boolean;
  /** Weights smaller than this (absolute) are pruned from the stored model. */
  prune: number;
  seed: number;
  features: FeatureOptions;
  /** Weights of the vocabulary match, the niveau model and the naive Bayes in row scores (chosen across writers: weightGrid). */
  weights: PartWeights;
  /** Contrast copies (how-to ↔ malfunction of the same object) added to the training documents. */
  contrast: boolean;
  /** Train the niveau model (niveau 2 vs 1) whose log-probability is added to row scores. */
  niveauModel: boolean;
  niveauEpochs: number;
  /**
   * Writer balance: a document of corpus c weighs (mean corpus size / size of c)^corpusBalance, so that one prolific
   * writer does not teach its own phrasing (0: every document weighs 1; 1: every corpus weighs the same).
   */
  corpusBalance: number;
  /** Smoothing of the naive Bayes part (0: no naive Bayes). */
  bayesAlpha: number;
}

export const defaultTrainOptions: TrainOptions = {
  epochs: 25,
  learningRate: 0.5,
  l2: 1e-3,
  minDf: 2,
  augment: 2,
  contexts: defaultContexts,
  useNomenclature: true,
  prune: 0.1,
  seed: 7,
  features: defaultFeatureOptions,
  weights: { vocabulary: 2, niveau: 1, bayes: 0.3 },
  contrast: true,
  niveauModel: true,
  niveauEpochs: 12,
  corpusBalance: 0,
  bayesAlpha: 0.1,
};

/** Training weight of each document's corpus (see TrainOptions.corpusBalance); documents without a corpus weigh 1. */
export function corpusWeights(docs: LabelledDoc[], balance: number): (d: LabelledDoc) => number {
  const sizes = corpusSizes(docs);
  if (balance === 0 || sizes.size < 2) return () => 1;
  const mean = [...sizes.values()].reduce((a, b) => a + b, 0) / sizes.size;
  const w = new Map([...sizes].map(([c, n]) => [c, Math.pow(mean / n, balance)]));
  return (d) => (d.corpus !== undefined ? (w.get(d.corpus) ?? 1) : 1);
}

/** Trains the model part of the pack from labelled tickets (rows absent from the pack are ignored). */
export function trainModel(
  pack: Pick<Pack, 'nomenclature'>,
  docs: LabelledDoc[],
  options: Partial<TrainOptions> = {},
  lexicon: Lexicon = defaultLexicon,
): ClassifierModel {
  const o = { ...defaultTrainOptions, ...options };
  const classes = pack.nomenclature.map((r) => r.id);
  const classIndex = new Map(classes.map((c, i) => [c, i]));
  const engine = buildEngine({ nomenclature: pack.nomenclature });
  engine.featureOptions = o.features;
  const rand = rng(o.seed);
  const all = docs.filter((d) => classIndex.has(d.rowId));
  if (o.useNomenclature) all.push(...nomenclatureDocs(pack.nomenclature));
  const weightOf = corpusWeights(docs, o.corpusBalance);
  const samples: Array<{ x: Array<[number, number]>; y: number; n2: boolean; sw: number }> = [];
  const featIndex = new Map<string, number>();
  const df: number[] = [];
  const isN2 = pack.nomenclature.map((r) => r.niveau === 2);
  const raw: Array<{ f: Map<string, number>; y: number; n2: boolean; sw: number }> = [];
  /** The documents as written (no noise, no contrast copy): what the naive Bayes counts. */
  const originals: Array<{ features: Map<string, number>; y: number; weight: number }> = [];
  for (const d of all) {
    const y = classIndex.get(d.rowId)!;
    const n2 = isN2[y]!;
    const sw = weightOf(d);
    const variants = [d.text];
    for (let k = 0; k < o.augment; k++) {
      const ctx = o.contexts.length && k % 2 === 1 ? o.contexts[Math.floor(rand() * o.contexts.length)]! + ' ' : '';
      variants.push(perturb(ctx + d.text, rand));
    }
    variants.forEach((t, k) => {
      const f = analyse(engine, t).features;
      raw.push({ f, y, n2, sw });
      if (k === 0) {
        originals.push({ features: f, y, weight: sw });
        for (const key of f.keys()) {
          let i = featIndex.get(key);
          if (i === undefined) {
            i = df.length;
            featIndex.set(key, i);
            df.push(0);
          }
          df[i] = df[i]! + 1;
        }
      }
    });
  }
  // Contrast copies: same object, other niveau (row-less copies teach the niveau model only: y = -1).
  if (o.contrast) {
    // Labelled tickets only: copies of the nomenclature labels would tie the symptom phrases to the rows with most labels.
    for (const c of contrastDocs(docs.filter((d) => classIndex.has(d.rowId)), rand)) {
      const y = c.rowId !== undefined ? (classIndex.get(c.rowId) ?? -1) : -1;
      raw.push({ f: analyse(engine, c.text).features, y, n2: c.niveau === 2, sw: weightOf(c.from) });
    }
  }
  // Keep features seen in at least minDf original documents (cues always kept).
  const keep = new Map<string, number>();
  const names: string[] = [];
  for (const [k, i] of featIndex) {
    if (df[i]! >= o.minDf || k.startsWith('q:')) {
      keep.set(k, names.length);
      names.push(k);
    }
  }
  for (const r of raw) {
    const x: Array<[number, number]> = [];
    for (const [k, v] of r.f) {
      const i = keep.get(k);
      if (i !== undefined) x.push([i, v]);
    }
    samples.push({ x, y: r.y, n2: r.n2, sw: r.sw });
  }
  const C = classes.length;
  const F = names.length;
  const W = new Float32Array(F * C);
  const b = new Float32Array(C);
  const logits = new Float64Array(C);
  const order = samples.map((_, i) => i);
  for (let ep = 0; ep < o.epochs; ep++) {
    const lr = o.learningRate / (1 + ep * 0.2);
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const si of order) {
      const s = samples[si]!;
      if (s.y < 0) continue;
      for (let c = 0; c < C; c++) logits[c] = b[c]!;
      for (const [f, v] of s.x) {
        const base = f * C;
        for (let c = 0; c < C; c++) logits[c] = logits[c]! + v * W[base + c]!;
      }
      const p = softmax(logits);
      p[s.y] = p[s.y]! - 1;
      if (s.sw !== 1) for (let c = 0; c < C; c++) p[c] = p[c]! * s.sw;
      for (const [f, v] of s.x) {
        const base = f * C;
        for (let c = 0; c < C; c++) W[base + c] = W[base + c]! - lr * (p[c]! * v + o.l2 * W[base + c]!);
      }
      for (let c = 0; c < C; c++) b[c] = b[c]! - lr * p[c]! * 0.1;
    }
  }
  const scale = 0.001;
  const columns: Array<{ name: string; entries: Array<[number, number]> }> = [];
  for (let f = 0; f < F; f++) {
    const entries: Array<[number, number]> = [];
    for (let c = 0; c < C; c++) {
      const w = W[f * C + c]!;
      if (Math.abs(w) >= o.prune) entries.push([c, Math.round(w / scale)]);
    }
    if (entries.length) columns.push({ name: names[f]!, entries });
  }
  const { featureNames, weightData } = encodeWeights(columns);
  const niveau = o.niveauModel ? { ...trainNiveau(samples, names, o, rand, scale), weight: o.weights.niveau } : undefined;
  const bayes = o.bayesAlpha > 0 ? { ...trainBayes(originals, C, o.bayesAlpha, scale), weight: o.weights.bayes } : undefined;
  return {
    kind: 'aiguilleur-linear',
    version: 1,
    trainedAt: new Date().toISOString(),
    classes,
    bias: Array.from(b, (v) => Math.round(v * 1000) / 1000),
    scale,
    featureNames,
    weightData,
    features: o.features,
    vocabularyWeight: o.weights.vocabulary,
    ...(niveau ? { niveau } : {}),
    ...(bayes ? { bayes } : {}),
    // Replayed corrections (npm run eval -- --replay-corrections, src fold): 0.35 / 8 hurt other writers' tickets.
    correctionWeight: 4,
    correctionThreshold: 0.6,
    calibration: { temperature: 1, elevee: 0.7, moyenne: 0.4, aQualifier: 0.2 },
    lexicon,
    stats: { documents: docs.length, features: featureNames.length },
  };
}

/** Binary logistic regression niveau 2 vs 1 (SGD) over the row model's samples, pruned and quantised the same way. */
function trainNiveau(
  samples: Array<{ x: Array<[number, number]>; n2: boolean; sw: number }>,
  names: string[],
  o: TrainOptions,
  rand: () => number,
  scale: number,
): Omit<NonNullable<ClassifierModel['niveau']>, 'weight'> {
  const W = new Float32Array(names.length);
  let bias = 0;
  const order = samples.map((_, i) => i);
  for (let ep = 0; ep < o.niveauEpochs; ep++) {
    const lr = o.learningRate / (1 + ep * 0.3);
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const si of order) {
      const s = samples[si]!;
      let z = bias;
      for (const [f, v] of s.x) z += v * W[f]!;
      const g = (1 / (1 + Math.exp(-z)) - (s.n2 ? 1 : 0)) * s.sw;
      for (const [f, v] of s.x) W[f] = W[f]! - lr * (g * v + o.l2 * W[f]!);
      bias -= lr * g * 0.1;
    }
  }
  const columns: Array<{ name: string; entries: Array<[number, number]> }> = [];
  for (let f = 0; f < names.length; f++) if (Math.abs(W[f]!) >= o.prune / 2) columns.push({ name: names[f]!, entries: [[0, Math.round(W[f]! / scale)]] });
  const { featureNames, weightData } = encodeWeights(columns);
  return { bias: Math.round(bias * 1000) / 1000, featureNames, weightData };
}

