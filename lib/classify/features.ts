// Feature extraction: word stems, stem bigrams, character n-grams and niveau cues, as a sparse weighted vector.
import type { NormalisedText } from './normalize';

export interface FeatureOptions {
  /** Character n-gram sizes taken inside each word (padded with spaces). */
  charN: number[];
  /** Relative weight of each feature group. */
  groupWeights: { w: number; b: number; c: number; q: number };
}

export const defaultFeatureOptions: FeatureOptions = {
  charN: [4],
  groupWeights: { w: 1, b: 0.6, c: 0.9, q: 1 },
};

/** Sparse vector: feature name → value. */
export type SparseVector = Map<string, number>;

const gramCache = new Map<string, string[]>();
let gramCacheKey = '';

/** Character n-gram features of one word (cached: words repeat from ticket to ticket). */
function charGrams(word: string, sizes: number[]): string[] {
  const key = sizes.join(',');
  if (key !== gramCacheKey || gramCache.size > 50000) {
    gramCache.clear();
    gramCacheKey = key;
  }
  let grams = gramCache.get(word);
  if (!grams) {
    grams = [];
    const padded = ' ' + word + ' ';
    for (const size of sizes) for (let j = 0; j + size <= padded.length; j++) grams.push('c:' + padded.slice(j, j + size));
    gramCache.set(word, grams);
  }
  return grams;
}

function addGroup(out: SparseVector, keys: Set<string>, weight: number): void {
  if (keys.size === 0 || weight === 0) return;
  const v = weight / Math.sqrt(keys.size);
  for (const k of keys) out.set(k, (out.get(k) ?? 0) + v);
}

/** Builds the feature vector of a normalised text (each group L2-normalised, then weighted). */
export function extractFeatures(n: NormalisedText, cues: string[], opts: FeatureOptions = defaultFeatureOptions): SparseVector {
  const words = new Set<string>();
  const bigrams = new Set<string>();
  const chars = new Set<string>();
  const toks = n.tokens;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    words.add('w:' + t.stem);
    if (i + 1 < toks.length) bigrams.add('b:' + t.stem + '_' + toks[i + 1]!.stem);
    if (opts.groupWeights.c > 0 && t.norm.length >= 3) for (const g of charGrams(t.norm, opts.charN)) chars.add(g);
  }
  const q = new Set(cues.map((c) => 'q:' + c));
  const out: SparseVector = new Map();
  addGroup(out, words, opts.groupWeights.w);
  addGroup(out, bigrams, opts.groupWeights.b);
  addGroup(out, chars, opts.groupWeights.c);
  addGroup(out, q, opts.groupWeights.q);
  return out;
}

/** Cosine similarity of two sparse vectors restricted to word and bigram features. */
export function wordCosine(a: SparseVector, b: SparseVector): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (const [k, v] of a) {
    if (k.charCodeAt(0) === 99 /* c */) continue;
    na += v * v;
    const o = b.get(k);
    if (o !== undefined) dot += v * o;
  }
  for (const [k, v] of b) if (k.charCodeAt(0) !== 99) nb += v * v;
  return na > 0 && nb > 0 ? dot / Math.sqrt(na * nb) : 0;
}
