// Multinomial naive Bayes over a ticket's words, word pairs and cues: a second, generative view of the rows whose
// scores are added to the linear model's (it leans less on one writer's phrasing, so it helps most on new writers).
import type { ClassifierModel } from '../pack/model-schema';
import type { SparseVector } from './features';
import { decodeWeights, encodeWeights, type SparseTable } from './weights';

export type BayesPart = NonNullable<ClassifierModel['bayes']>;

/** Feature groups the naive Bayes reads: words (w:), word pairs (b:) and cues (q:), not character n-grams. */
export function isBayesFeature(name: string): boolean {
  const c = name.charCodeAt(0);
  return (c === 119 /* w */ || c === 98 /* b */ || c === 113 /* q */) && name.charCodeAt(1) === 58 /* : */;
}

/**
 * Counts feature presence per class over the training documents (each with a weight) and stores, per feature, the
 * classes it was seen with and log((count + α) / α); a feature never seen with a class adds 0. The per-class term
 * log(α / (total + α·V)), added once per known feature of a ticket, completes the smoothed log-likelihood.
 */
export function trainBayes(
  docs: Array<{ features: SparseVector; y: number; weight: number }>,
  classCount: number,
  alpha: number,
  scale: number,
): Omit<BayesPart, 'weight'> {
  const counts = new Map<string, Map<number, number>>();
  const totals = new Float64Array(classCount);
  for (const d of docs) {
    if (d.y < 0 || d.y >= classCount) continue;
    for (const name of d.features.keys()) {
      if (!isBayesFeature(name)) continue;
      let byClass = counts.get(name);
      if (!byClass) counts.set(name, (byClass = new Map()));
      byClass.set(d.y, (byClass.get(d.y) ?? 0) + d.weight);
      totals[d.y] = totals[d.y]! + d.weight;
    }
  }
  const V = counts.size;
  const columns: Array<{ name: string; entries: Array<[number, number]> }> = [];
  for (const [name, byClass] of counts) {
    const entries: Array<[number, number]> = [];
    for (const [c, n] of [...byClass].sort((a, b) => a[0] - b[0])) entries.push([c, Math.round(Math.log((n + alpha) / alpha) / scale)]);
    columns.push({ name, entries });
  }
  const term = Array.from(totals, (t) => Math.log(alpha / (t + alpha * V)));
  const mean = term.reduce((a, b) => a + b, 0) / Math.max(1, classCount);
  const { featureNames, weightData } = encodeWeights(columns);
  return { alpha, featureNames, weightData, classTerm: term.map((t) => Math.round((t - mean) * 10000) / 10000) };
}

export interface BayesModel {
  table: SparseTable;
  classTerm: Float64Array;
}

export function decodeBayes(part: BayesPart, scale: number, classCount: number): BayesModel {
  const classTerm = new Float64Array(classCount);
  part.classTerm.slice(0, classCount).forEach((t, i) => (classTerm[i] = t));
  return { table: decodeWeights(part.featureNames, part.weightData, scale, classCount), classTerm };
}

/** Log-likelihood of the ticket under each class (up to a constant shared by the classes). */
export function scoreBayes(m: BayesModel, x: SparseVector): Float64Array {
  const out = new Float64Array(m.classTerm.length);
  const { index, offsets, cls, w } = m.table;
  let known = 0;
  for (const name of x.keys()) {
    const fi = index.get(name);
    if (fi === undefined) continue;
    known++;
    const end = offsets[fi + 1]!;
    for (let k = offsets[fi]!; k < end; k++) out[cls[k]!] = out[cls[k]!]! + w[k]!;
  }
  for (let c = 0; c < out.length; c++) out[c] = out[c]! + known * m.classTerm[c]!;
  return out;
}
