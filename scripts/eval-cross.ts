// Honest figures: `--cross` trains on all corpora but one and evaluates on the one left out, in turn (mean and worst);
// `--final` evaluates the corpus kept out of every training.
import type { Pack } from '../lib/pack/schema';
import { basePack } from './train';
import { loadCorpora, trainingCorpora, FINAL_HELDOUT } from './corpora';
import { crossPredictions, figures, fitThresholds, modelWithCrossThresholds, predict, type CorpusFigures, type FoldResult } from '../lib/classify/cross';
import { createClassifier } from '../lib/classify/index';
import type { Corpus } from '../lib/classify/corpus';
import type { Calibration } from '../lib/pack/model-schema';

function line(name: string, f: CorpusFigures): string {
  return (
    `  ${name.padEnd(16)} ${String(f.n).padStart(5)}  ${f.top1.toFixed(1).padStart(5)} %  ${f.top3.toFixed(1).padStart(5)} %  ${f.niveau.toFixed(1).padStart(5)} %` +
    `  ${String(f.n2to1).padStart(3)} / ${String(f.n1to2).padEnd(3)}  ${f.eleveeCoverage.toFixed(1).padStart(5)} % à ${f.eleveePrecision.toFixed(1).padStart(5)} %` +
    `  ${f.moyenneCoverage.toFixed(1).padStart(5)} % à ${f.moyennePrecision.toFixed(1).padStart(5)} %`
  );
}

const HEAD = '  corpus               n  top-1    top-3    niveau   2→1/1→2  « élevée » (part, juste)  « moyenne »';

/** Thresholds for fold k fitted on the held-out predictions of the other folds only. */
function foldCalibration(folds: FoldResult[], k: number): Calibration {
  const others = folds.filter((_, j) => j !== k).flatMap((f) => f.preds);
  return fitThresholds(others, folds[k]!.model.calibration);
}

function crossReport(base: Pack, corpora: Corpus[]): FoldResult[] {
  const t0 = performance.now();
  const folds = crossPredictions(base, corpora, {}, (n) => process.stderr.write(`  pli : ${n} laissé de côté…\n`));
  console.log(`\nÉvaluation croisée (un corpus laissé de côté à tour de rôle, ${corpora.length} corpus, ${((performance.now() - t0) / 1000).toFixed(0)} s)`);
  console.log(`Corpus final hors entraînement (non inclus ici) : ${FINAL_HELDOUT}\n`);
  console.log(HEAD);
  const fs = folds.map((f, k) => figures(f.preds, foldCalibration(folds, k)));
  folds.forEach((f, k) => console.log(line(f.corpus, fs[k]!)));
  const mean = (key: keyof CorpusFigures) => Math.round((10 * fs.reduce((s, f) => s + f[key], 0)) / fs.length) / 10;
  // Worst is the lowest rate but the highest error count.
  const errorCounts = new Set<keyof CorpusFigures>(['n2to1', 'n1to2']);
  const worst = (key: keyof CorpusFigures) => (errorCounts.has(key) ? Math.max : Math.min)(...fs.map((f) => f[key]));
  const keys: Array<keyof CorpusFigures> = ['n', 'top1', 'top3', 'niveau', 'n2to1', 'n1to2', 'eleveeCoverage', 'eleveePrecision', 'moyenneCoverage', 'moyennePrecision'];
  console.log(line('moyenne', Object.fromEntries(keys.map((k) => [k, mean(k)])) as unknown as CorpusFigures));
  console.log(line('pire', Object.fromEntries(keys.map((k) => [k, worst(k)])) as unknown as CorpusFigures));
  return folds;
}

function finalReport(base: Pack, all: Corpus[], train: Corpus[], folds: FoldResult[] | undefined): void {
  const held = all.find((c) => c.name === FINAL_HELDOUT);
  if (!held) {
    console.log(`\nCorpus final ${FINAL_HELDOUT} absent : rien à évaluer.`);
    return;
  }
  const f = folds ?? crossPredictions(base, train, {}, (n) => process.stderr.write(`  pli : ${n}…\n`));
  const model = modelWithCrossThresholds(base, train, {}, f);
  const preds = predict(createClassifier({ nomenclature: base.nomenclature, model }), base.nomenclature, held.docs);
  console.log(`\nContrôle final : ${FINAL_HELDOUT} (jamais utilisé pour entraîner), modèle entraîné sur ${train.map((c) => c.name).join(', ')}`);
  console.log(HEAD);
  console.log(line(FINAL_HELDOUT, figures(preds, model.calibration)));
}

export function runCross(args: string[]): void {
  const base = basePack();
  const all = loadCorpora(base);
  const train = trainingCorpora(all);
  let folds: FoldResult[] | undefined;
  if (args.includes('--cross')) folds = crossReport(base, train);
  if (args.includes('--final')) finalReport(base, all, train, folds);
}
