// Calibration of a trained model on held-out documents: vocabulary and niveau weights, temperature, confidence thresholds.
import type { Pack } from '../pack/schema';
import type { Calibration, ClassifierModel } from '../pack/model-schema';
import { analyse, buildEngine, combineParts, niveauConsistent, scoreParts, softmax, type ScoreParts } from './engine';
import type { LabelledDoc } from './labelled';
import { rng } from './random';
import { trainModel, type TrainOptions } from './train';

const argmax = (x: Float64Array): number => {
  let best = 0;
  for (let i = 1; i < x.length; i++) if (x[i]! > x[best]!) best = i;
  return best;
};

/** Top-1 plus half the niveau accuracy on labelled docs for given vocabulary and niveau weights (used to tune them). */
function scoreWith(docs: Array<{ parts: ScoreParts; r: number }>, isN2: boolean[], vw: number, nw: number): number {
  let ok = 0;
  let okN = 0;
  for (const d of docs) {
    const best = argmax(combineParts(d.parts, vw, nw));
    if (best === d.r) ok++;
    if (isN2[best] === isN2[d.r]) okN++;
  }
  return docs.length ? (ok + 0.5 * okN) / docs.length : 0;
}

/** Tunes the vocabulary weight, fits the temperature and the confidence thresholds on held-out documents. */
export function calibrateModel(
  pack: Pick<Pack, 'nomenclature'>,
  model: ClassifierModel,
  dev: LabelledDoc[],
): ClassifierModel {
  const engine = buildEngine({ nomenclature: pack.nomenclature, model });
  const docs = dev
    .map((d) => ({ a: analyse(engine, d.text), r: engine.rowIndex.get(d.rowId) ?? -1 }))
    .filter((d) => d.r >= 0);
  if (docs.length < 10) return model;
  const isN2 = engine.isN2;
  const parted = docs.map((d) => ({ parts: scoreParts(engine, d.a), r: d.r }));
  let bestVw = model.vocabularyWeight;
  let bestNw = 0;
  let bestAcc = -1;
  for (const nw of engine.niveau ? [0, 0.5, 1, 1.5, 2, 3] : [0]) {
    for (const vw of [0, 0.5, 1, 1.5, 2, 3, 4, 5, 6]) {
      const acc = scoreWith(parted, isN2, vw, nw);
      if (acc > bestAcc + 1e-9) {
        bestAcc = acc;
        bestVw = vw;
        bestNw = nw;
      }
    }
  }
  const scored = parted.map((d) => ({ logits: combineParts(d.parts, bestVw, bestNw), r: d.r }));
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
      let best = 0;
      for (let i = 1; i < p.length; i++) if (p[i]! > p[best]!) best = i;
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
  return { ...model, vocabularyWeight: bestVw, ...(model.niveau ? { niveau: { ...model.niveau, weight: bestNw } } : {}), calibration };
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

/** Trains a model the way the shipped one is trained: an 80/20 probe tunes the vocabulary weight and calibration, then all documents. */
export function fitModel(base: Pick<Pack, 'nomenclature'>, docs: LabelledDoc[], options: Partial<TrainOptions> = {}): ClassifierModel {
  const rand = rng(11);
  const shuffled = [...docs].sort(() => rand() - 0.5);
  const cut = Math.floor(shuffled.length * 0.8);
  const probe = calibrateModel(base, trainModel(base, shuffled.slice(0, cut), options), shuffled.slice(cut));
  const model = trainModel(base, docs, options);
  model.vocabularyWeight = probe.vocabularyWeight;
  if (model.niveau && probe.niveau) model.niveau.weight = probe.niveau.weight;
  model.calibration = probe.calibration;
  return model;
}
