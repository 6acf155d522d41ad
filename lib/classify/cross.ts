// Honest evaluation: leave-one-corpus-out predictions, figures per held-out corpus, and confidence thresholds fitted on them.
import type { NomenclatureRow, Pack } from '../pack/schema';
import type { Calibration, ClassifierModel } from '../pack/model-schema';
import { leaveOneOut, type Corpus } from './corpus';
import { createClassifier, type Classifier } from './index';
import { fitModel } from './calibrate';
import type { LabelledDoc } from './labelled';
import type { TrainOptions } from './train';
import type { ClassifyInput } from './types';

/** One held-out prediction. */
export interface Prediction {
  rowId: string;
  ranked: string[];
  /** Calibrated top probability. */
  p: number;
  ok1: boolean;
  ok3: boolean;
  okNiveau: boolean;
  /** Niveau 2 expected but niveau 1 predicted (the costliest error). */
  n2to1: boolean;
}

export type InputOf = (d: LabelledDoc, i: number) => Partial<ClassifyInput>;

export function predict(classifier: Classifier, rows: NomenclatureRow[], docs: LabelledDoc[], inputOf: InputOf = (d) => ({ body: d.text })): Prediction[] {
  const byId = new Map(rows.map((r) => [r.id, r]));
  return docs
    .filter((d) => byId.has(d.rowId))
    .map((d, i) => {
      const { classification, ranking } = classifier.classifyAll(inputOf(d, i));
      const ranked = ranking.slice(0, 3).map((r) => r.rowId);
      const exp = byId.get(d.rowId)!.niveau;
      const got = byId.get(ranked[0] ?? '')?.niveau;
      return {
        rowId: d.rowId,
        ranked,
        p: classification.aQualifier ? 0 : classification.confidence,
        ok1: ranked[0] === d.rowId,
        ok3: ranked.includes(d.rowId),
        okNiveau: got === exp,
        n2to1: exp === 2 && got === 1,
      };
    });
}

export interface CorpusFigures {
  n: number;
  top1: number;
  top3: number;
  niveau: number;
  n2to1: number;
  n1to2: number;
  /** Share of tickets labelled « élevée » and the top-1 accuracy of those. */
  eleveeCoverage: number;
  eleveePrecision: number;
  moyenneCoverage: number;
  moyennePrecision: number;
}

const pct = (x: number, n: number): number => (n ? Math.round((1000 * x) / n) / 10 : 0);

export function figures(preds: Prediction[], cal: Pick<Calibration, 'elevee' | 'moyenne'>): CorpusFigures {
  const n = preds.length;
  const el = preds.filter((p) => p.p >= cal.elevee);
  const mo = preds.filter((p) => p.p < cal.elevee && p.p >= cal.moyenne);
  return {
    n,
    top1: pct(preds.filter((p) => p.ok1).length, n),
    top3: pct(preds.filter((p) => p.ok3).length, n),
    niveau: pct(preds.filter((p) => p.okNiveau).length, n),
    n2to1: preds.filter((p) => p.n2to1).length,
    n1to2: preds.filter((p) => !p.okNiveau && !p.n2to1).length,
    eleveeCoverage: pct(el.length, n),
    eleveePrecision: pct(el.filter((p) => p.ok1).length, el.length),
    moyenneCoverage: pct(mo.length, n),
    moyennePrecision: pct(mo.filter((p) => p.ok1).length, mo.length),
  };
}

/**
 * Lowest top probability from which held-out predictions reach the target precision (every prediction scored at or
 * above it counted). Each group (one held-out writer) weighs the same, so that a large, easy corpus does not set the
 * threshold for the others. Requires at least `minCount` predictions above; returns 1 (never) when no threshold reaches it.
 */
export function thresholdFor(groups: Array<Array<Pick<Prediction, 'p' | 'ok1'>>>, target: number, minCount = 20): number {
  const sorted = groups.flatMap((g) => g.map((x) => ({ ...x, w: 1 / g.length }))).sort((a, b) => b.p - a.p);
  let ok = 0;
  let all = 0;
  let best = 1;
  for (let i = 0; i < sorted.length; i++) {
    if (sorted[i]!.ok1) ok += sorted[i]!.w;
    all += sorted[i]!.w;
    // Only cut between distinct probabilities.
    if (i + 1 < sorted.length && sorted[i + 1]!.p === sorted[i]!.p) continue;
    if (i + 1 >= minCount && ok / all >= target) best = sorted[i]!.p;
  }
  return Math.round(best * 10000) / 10000;
}

/**
 * Confidence thresholds fitted on held-out writers' predictions: « élevée » right ≥ target, « moyenne » ≥ 80 %. The
 * target keeps half a point above the 97 % promised: a writer never read is a little less predictable than the others.
 */
export function fitThresholds(groups: Array<Array<Pick<Prediction, 'p' | 'ok1'>>>, current: Calibration, target = 0.975): Calibration {
  const elevee = thresholdFor(groups, target);
  const moyenne = Math.min(elevee, Math.max(0.2, thresholdFor(groups, 0.8)));
  return { ...current, elevee, moyenne, aQualifier: Math.min(current.aQualifier, moyenne) };
}

export interface FoldResult {
  corpus: string;
  preds: Prediction[];
  model: ClassifierModel;
}

/** Leave-one-corpus-out predictions (each fold's own model calibration is kept, thresholds are refitted later). */
export function crossPredictions(
  base: Pick<Pack, 'nomenclature'>,
  corpora: Corpus[],
  options: Partial<TrainOptions> = {},
  onFold?: (name: string) => void,
  /** Only these held-out corpora (development: a subset of the folds; the reported figure is every fold). */
  only?: string[],
): FoldResult[] {
  return leaveOneOut(corpora)
    .filter((f) => !only || only.includes(f.heldOut.name))
    .map((f) => {
      onFold?.(f.heldOut.name);
      const model = fitModel(base, f.train, options);
      const classifier = createClassifier({ nomenclature: base.nomenclature, model });
      return { corpus: f.heldOut.name, preds: predict(classifier, base.nomenclature, f.heldOut.docs), model };
    });
}

/**
 * The model shipped in the pack: trained on every given corpus, with confidence thresholds fitted on the
 * leave-one-corpus-out predictions (never on tickets the model was trained on). Folds already computed can be reused.
 */
export function modelWithCrossThresholds(
  base: Pick<Pack, 'nomenclature'>,
  corpora: Corpus[],
  options: Partial<TrainOptions> = {},
  folds: FoldResult[] = crossPredictions(base, corpora, options),
): ClassifierModel {
  const model = fitModel(base, corpora.flatMap((c) => c.docs), options);
  model.calibration = fitThresholds(folds.map((f) => f.preds), model.calibration);
  return model;
}
