// Runtime of the trained linear model: sparse quantised weights decoded once, scored per ticket.
import type { ClassifierModel } from '../pack/model-schema';
import type { SparseVector } from './features';
import { decodeWeights, type SparseTable } from './weights';

export interface LinearModel {
  classes: string[];
  classIndex: Map<string, number>;
  bias: Float32Array;
  table: SparseTable;
}

/** Decodes the model part of the pack. */
export function decodeLinear(model: ClassifierModel): LinearModel {
  const C = model.classes.length;
  const bias = new Float32Array(C);
  model.bias.slice(0, C).forEach((b, i) => (bias[i] = b));
  return {
    classes: model.classes,
    classIndex: new Map(model.classes.map((c, i) => [c, i])),
    bias,
    table: decodeWeights(model.featureNames, model.weightData, model.scale, C),
  };
}

/** Raw scores (logits) of each class; `known` counts word/bigram/cue features the model knows. */
export function scoreLinear(m: LinearModel, x: SparseVector): { logits: Float64Array; known: number } {
  const C = m.classes.length;
  const logits = new Float64Array(C);
  for (let i = 0; i < C; i++) logits[i] = m.bias[i]!;
  const { index, offsets, cls, w } = m.table;
  let known = 0;
  for (const [f, v] of x) {
    const fi = index.get(f);
    if (fi === undefined) continue;
    if (f.charCodeAt(0) !== 99 /* c: */) known++;
    const end = offsets[fi + 1]!;
    for (let k = offsets[fi]!; k < end; k++) {
      const c = cls[k]!;
      logits[c] = logits[c]! + v * w[k]!;
    }
  }
  return { logits, known };
}

/** Positive contributions of word and bigram features to one class, best first (for the matched terms). */
export function contributions(m: LinearModel, x: SparseVector, classIndex: number): Array<[string, number]> {
  const out: Array<[string, number]> = [];
  const { index, offsets, cls, w } = m.table;
  for (const [f, v] of x) {
    const c0 = f.charCodeAt(0);
    if (c0 !== 119 /* w */ && c0 !== 98 /* b */) continue;
    const fi = index.get(f);
    if (fi === undefined) continue;
    const end = offsets[fi + 1]!;
    for (let k = offsets[fi]!; k < end; k++) {
      if (cls[k] === classIndex) {
        if (w[k]! > 0) out.push([f, v * w[k]!]);
        break;
      }
    }
  }
  return out.sort((a, b) => b[1] - a[1]);
}
