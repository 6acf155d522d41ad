// Calibration on held-out documents: part weights across writers (weightGrid), temperature and confidence thresholds.
import type { Pack } from '../pack/schema';
import type { Calibration, ClassifierModel } from '../pack/model-schema';
import { analyse, buildEngine, combineParts, modelWeights, niveauConsistent, scoreParts, softmax, ticketText, type PartWeights, type ScoreParts } from './engine';
import { defaultLexicon } from './lexicon';
import { corpusSizes, type LabelledDoc } from './labelled';
import { rng, shuffled } from './random';
import { trainModel, type TrainOptions } from './train';

const argmax = (x: Float64Array): number => {
  let best = 0;
  for (let i = 1; i < x.length; i++) if (x[i]! > x[best]!) best = i;
  return best;
};

/** Top-1 and niveau accuracy (0–1) on held-out documents for given part weights. */
function accuracyWith(docs: HeldOutParts[], isN2: boolean[], w: PartWeights): { top1: number; niveau: number } {
  let ok = 0;
  let okN = 0;
  for (const d of docs) {
    const best = argmax(combineParts(d.parts, w));
    if (best === d.r) ok++;
    if (isN2[best] === isN2[d.r]) okN++;
  }
  return docs.length ? { top1: ok / docs.length, niveau: okN / docs.length } : { top1: 0, niveau: 0 };
}

/** Part weights tried by `npm run eval -- --tune-weights` (the naive Bayes sums over the ticket's words: small values). */
export const WEIGHT_GRID = { vocabulary: [0, 0.5, 1, 2, 3, 4], niveau: [0, 0.5, 1, 2], bayes: [0, 0.1, 0.2, 0.3, 0.5] };

export interface WeightScore {
  weights: PartWeights;
  /** Mean over the folds of top-1 + ½ niveau accuracy (the ranking), and its worst fold. */
  score: number;
  worst: number;
  top1: number;
  niveau: number;
}

/**
 * Every combination of part weights scored on held-out folds (one per writer, each scored by a model that has not read
 * it), best first by the mean of top-1 + ½ niveau accuracy. The defaults of TrainOptions.weights are chosen this way,
 * across writers, never on the final held-out corpus.
 */
export function weightGrid(folds: HeldOutParts[][], isN2: boolean[]): WeightScore[] {
  const out: WeightScore[] = [];
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
  for (const bayes of WEIGHT_GRID.bayes)
    for (const niveau of WEIGHT_GRID.niveau)
      for (const vocabulary of WEIGHT_GRID.vocabulary) {
        const weights = { vocabulary, niveau, bayes };
        const per = folds.map((f) => accuracyWith(f, isN2, weights));
        const scores = per.map((a) => a.top1 + 0.5 * a.niveau);
        out.push({ weights, score: mean(scores), worst: Math.min(...scores), top1: mean(per.map((a) => a.top1)), niveau: mean(per.map((a) => a.niveau)) });
      }
  return out.sort((a, b) => b.score - a.score);
}

/** A held-out document scored by a probe model: its score parts and its row. */
export interface HeldOutParts {
  parts: ScoreParts;
  r: number;
}

/** Scores held-out documents with a model, as the classifier would (same cleaning), keeping the parts apart. */
export function heldOutParts(pack: Pick<Pack, 'nomenclature'>, model: ClassifierModel, dev: LabelledDoc[]): HeldOutParts[] {
  const engine = buildEngine({ nomenclature: pack.nomenclature, model });
  const lexicon = model.lexicon ?? defaultLexicon;
  return dev
    .map((d) => ({ d, r: engine.rowIndex.get(d.rowId) ?? -1 }))
    .filter((x) => x.r >= 0)
    .map(({ d, r }) => ({ parts: scoreParts(engine, analyse(engine, ticketText('', d.text, lexicon))), r }));
}

/** Fits the temperature and the confidence thresholds on held-out documents (the part weights are the model's). */
export function calibrateModel(pack: Pick<Pack, 'nomenclature'>, model: ClassifierModel, dev: LabelledDoc[]): ClassifierModel {
  return calibrateOn(pack, model, heldOutParts(pack, model, dev));
}

/** The same from held-out documents already scored by a probe model trained with the same options. */
export function calibrateOn(pack: Pick<Pack, 'nomenclature'>, model: ClassifierModel, parted: HeldOutParts[]): ClassifierModel {
  if (parted.length < 10) return model;
  const isN2 = pack.nomenclature.map((r) => r.niveau === 2);
  const best = modelWeights(model);
  const scored = parted.map((d) => ({ logits: combineParts(d.parts, best), r: d.r }));
  const probs = (logits: Float64Array, T: number) => niveauConsistent(softmax(logits, T), isN2);
  let bestT = 1;
  let bestNll = Infinity;
  for (let T = 0.1; T <= 3.001; T += 0.05) {
    let nll = 0;
    for (const s of scored) nll -= Math.log(Math.max(1e-12, probs(s.logits, T)[s.r]!));
    if (nll < bestNll) {
      bestNll = nll;
      bestT = Math.round(T * 100) / 100;
    }
  }
  const tops = scored
    .map((s) => {
      const p = probs(s.logits, bestT);
      const best = argmax(p);
      return { p: p[best]!, ok: best === s.r };
    })
    .sort((a, b) => b.p - a.p);
  const calibration: Calibration = {
    temperature: bestT,
    elevee: Math.max(0.5, thresholdFor(tops, 0.92, 0.6)),
    // Floors keep the three levels meaningful when the hold-out is small or easy.
    moyenne: Math.max(0.3, thresholdFor(tops, 0.7, 0.3)),
    aQualifier: Math.min(0.25, Math.max(0.12, thresholdFor(tops, 0.35, 0.1))),
  };
  calibration.moyenne = Math.min(calibration.moyenne, calibration.elevee);
  calibration.aQualifier = Math.min(calibration.aQualifier, calibration.moyenne);
  return { ...model, calibration };
}

/** Lowest probability p such that the documents scored ≥ p reach the target accuracy. */
function thresholdFor(tops: Array<{ p: number; ok: boolean }>, target: number, fallback: number): number {
  let ok = 0;
  let best = fallback;
  let found = false;
  for (let i = 0; i < tops.length; i++) {
    if (tops[i]!.ok) ok++;
    if (i >= 9 && ok / (i + 1) >= target) {
      best = tops[i]!.p;
      found = true;
    }
  }
  return Math.round((found ? best : fallback) * 1000) / 1000;
}

/**
 * The probes' hold-outs: groups of whole corpora (writers the probe model has not read, as in use), taken in a seeded
 * order, each holding about a fifth of the documents, skipping a corpus too large to leave out; without corpus names
 * (fewer than 3), one random fifth.
 */
export function probeSplits(docs: LabelledDoc[], probes = 1, seed = 11): Array<{ train: LabelledDoc[]; dev: LabelledDoc[] }> {
  const sizes = corpusSizes(docs);
  if (sizes.size >= 3) {
    const groups: Array<Set<string>> = [];
    let held = new Set<string>();
    let n = 0;
    for (const c of shuffled([...sizes.keys()].sort(), seed)) {
      if (sizes.get(c)! > docs.length * 0.4) continue;
      held.add(c);
      n += sizes.get(c)!;
      if (n >= docs.length * 0.2) {
        groups.push(held);
        held = new Set();
        n = 0;
      }
    }
    if (held.size) groups.push(held);
    return groups
      .slice(0, probes)
      .map((g) => ({ train: docs.filter((d) => !g.has(d.corpus ?? '')), dev: docs.filter((d) => g.has(d.corpus ?? '')) }));
  }
  const rand = rng(seed);
  const mixed = [...docs].sort(() => rand() - 0.5);
  const cut = Math.floor(mixed.length * 0.8);
  return [{ train: mixed.slice(0, cut), dev: mixed.slice(cut) }];
}

/** Trains a model the way the shipped one is trained: a probe fits the calibration, then all documents are learnt. */
export function fitModel(base: Pick<Pack, 'nomenclature'>, docs: LabelledDoc[], options: Partial<TrainOptions> = {}): ClassifierModel {
  const parted = probeSplits(docs).flatMap((split) => heldOutParts(base, trainModel(base, split.train, options), split.dev));
  return calibrateOn(base, trainModel(base, docs, options), parted);
}
