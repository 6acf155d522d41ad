// Honest figures: `--cross` trains on all corpora but one and evaluates on the one left out, in turn (mean and worst);
// `--final` evaluates the corpora kept out of every training (each, then their mean); `--prior` the requester's choice as a prior;
// `--replay-corrections [N]` a référent correcting the first N errors of each held-out corpus; `--final --save` also writes
// the shipped model (all corpora but the final one, thresholds from the cross folds), as `npm run train -- --corpora`.
// `--tune-weights` scores every part-weight combination on the cross folds (how TrainOptions.weights was chosen).
// `--folds a,b` (development only) computes just those held-out folds; the reported figure is every fold.
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Pack } from '../lib/pack/schema';
import { basePack } from './train';
import { loadCorpora, trainingCorpora, FINAL_HELDOUT } from './corpora';
import { crossPredictions, figures, fitThresholds, modelWithCrossThresholds, predict, type CorpusFigures, type FoldResult } from '../lib/classify/cross';
import { createClassifier } from '../lib/classify/index';
import type { Corpus } from '../lib/classify/corpus';
import type { Calibration } from '../lib/pack/model-schema';
import { replayCorrections, requesterPriorGain, type PriorGain } from '../lib/classify/replay';
import { heldOutParts, weightGrid } from '../lib/classify/calibrate';
import { leaveOneOut } from '../lib/classify/corpus';
import { defaultTrainOptions, trainModel } from '../lib/classify/train';

const MODEL_PATH = join(resolve(fileURLToPath(new URL('..', import.meta.url))), 'assets/packs/parts/model.json');

function line(name: string, f: CorpusFigures): string {
  return (
    `  ${name.padEnd(16)} ${String(f.n).padStart(5)}  ${f.top1.toFixed(1).padStart(5)} %  ${f.top3.toFixed(1).padStart(5)} %  ${f.niveau.toFixed(1).padStart(5)} %` +
    `  ${String(f.n2to1).padStart(3)} / ${String(f.n1to2).padEnd(3)}  ${f.eleveeCoverage.toFixed(1).padStart(5)} % à ${f.eleveePrecision.toFixed(1).padStart(5)} %` +
    `  ${f.moyenneCoverage.toFixed(1).padStart(5)} % à ${f.moyennePrecision.toFixed(1).padStart(5)} %`
  );
}

const HEAD = '  corpus               n  top-1    top-3    niveau   2→1/1→2  « élevée » (part, juste)  « moyenne »';

const FIGURE_KEYS: Array<keyof CorpusFigures> = ['n', 'top1', 'top3', 'niveau', 'n2to1', 'n1to2', 'eleveeCoverage', 'eleveePrecision', 'moyenneCoverage', 'moyennePrecision'];

const meanOf = (xs: number[]): number => Math.round((10 * xs.reduce((a, b) => a + b, 0)) / Math.max(1, xs.length)) / 10;

/** One line of figures over corpora: each figure from the corpora's values of it. */
function figuresOver(fs: CorpusFigures[], of: (xs: number[], key: keyof CorpusFigures) => number): CorpusFigures {
  return Object.fromEntries(FIGURE_KEYS.map((k) => [k, of(fs.map((f) => f[k]), k)])) as unknown as CorpusFigures;
}

/** Each figure averaged over corpora (each corpus weighs the same). */
const meanFigures = (fs: CorpusFigures[]): CorpusFigures => figuresOver(fs, meanOf);

/** Thresholds for fold k fitted on the held-out predictions of the other folds only. */
function foldCalibration(folds: FoldResult[], k: number): Calibration {
  const others = folds.filter((_, j) => j !== k).map((f) => f.preds);
  return fitThresholds(others, folds[k]!.model.calibration);
}

function crossReport(base: Pack, corpora: Corpus[], only: string[] | undefined): FoldResult[] {
  const t0 = performance.now();
  const folds = crossPredictions(base, corpora, {}, (n) => process.stderr.write(`  pli : ${n} laissé de côté…\n`), only);
  if (only) console.log(`\nPlis limités à ${only.join(', ')} (développement : ce n'est pas le chiffre à publier)`);
  console.log(`\nÉvaluation croisée (un corpus laissé de côté à tour de rôle, ${corpora.length} corpus, ${((performance.now() - t0) / 1000).toFixed(0)} s)`);
  console.log(`Corpus finals hors entraînement (non inclus ici) : ${FINAL_HELDOUT.join(', ')}\n`);
  console.log(HEAD);
  const fs = folds.map((f, k) => figures(f.preds, foldCalibration(folds, k)));
  folds.forEach((f, k) => console.log(line(f.corpus, fs[k]!)));
  // Worst is the lowest rate but the highest error count.
  const errorCounts = new Set<keyof CorpusFigures>(['n2to1', 'n1to2']);
  console.log(line('moyenne', meanFigures(fs)));
  console.log(line('pire', figuresOver(fs, (xs, key) => (errorCounts.has(key) ? Math.max : Math.min)(...xs))));
  return folds;
}

function finalReport(base: Pack, all: Corpus[], train: Corpus[], folds: FoldResult[] | undefined, save: boolean): void {
  const held = all.filter((c) => FINAL_HELDOUT.includes(c.name));
  if (held.length === 0) {
    console.log(`\nCorpus finals ${FINAL_HELDOUT.join(', ')} absents : rien à évaluer.`);
    return;
  }
  const f = folds ?? crossPredictions(base, train, {}, (n) => process.stderr.write(`  pli : ${n}…\n`));
  const model = modelWithCrossThresholds(base, train, {}, f);
  if (save) {
    model.stats = { ...model.stats, corpora: train.map((c) => c.name) };
    writeFileSync(MODEL_PATH, JSON.stringify(model) + '\n');
    console.log(`\nModèle livré écrit : ${MODEL_PATH} (seuils « élevée » ${model.calibration.elevee} / « moyenne » ${model.calibration.moyenne}) — lancer npm run pack:build`);
  }
  const classifier = createClassifier({ nomenclature: base.nomenclature, model });
  console.log(`\nContrôle final : ${held.map((c) => c.name).join(', ')} (jamais utilisés pour entraîner ni régler), modèle entraîné sur ${train.map((c) => c.name).join(', ')}`);
  console.log(HEAD);
  const fs = held.map((c) => figures(predict(classifier, base.nomenclature, c.docs), model.calibration));
  held.forEach((c, k) => console.log(line(c.name, fs[k]!)));
  if (fs.length > 1) console.log(line('moyenne', meanFigures(fs)));
}

const signed = (x: number): string => (x >= 0 ? `+${x.toFixed(1)}` : x.toFixed(1));

/** Requester's choice as a prior, on each held-out corpus, for simulated requesters right 60 % and 30 % of the time. */
function priorReport(base: Pack, corpora: Corpus[], folds: FoldResult[]): void {
  for (const accuracy of [0.6, 0.3]) {
    console.log(`\nChoix du demandeur comme a priori (simulé : juste ${Math.round(accuracy * 100)} % du temps, sinon une autre ligne, souvent de la même thématique)`);
    console.log('  corpus               n  top-1 sans → avec     top-3 sans → avec     niveau sans → avec');
    const gains = folds.map((f) => {
      const docs = corpora.find((c) => c.name === f.corpus)!.docs;
      const g = requesterPriorGain(createClassifier({ nomenclature: base.nomenclature, model: f.model }), base.nomenclature, docs, accuracy);
      console.log(
        `  ${f.corpus.padEnd(16)} ${String(g.n).padStart(5)}  ${g.top1Before.toFixed(1)} → ${g.top1After.toFixed(1)} (${signed(g.top1After - g.top1Before)})` +
          `   ${g.top3Before.toFixed(1)} → ${g.top3After.toFixed(1)} (${signed(g.top3After - g.top3Before)})   ${g.niveauBefore.toFixed(1)} → ${g.niveauAfter.toFixed(1)} (${signed(g.niveauAfter - g.niveauBefore)})`,
      );
      return g;
    });
    const m = (k: keyof PriorGain) => meanOf(gains.map((g) => g[k]));
    console.log(
      `  ${'moyenne'.padEnd(16)} ${String(m('n')).padStart(5)}  ${m('top1Before')} → ${m('top1After')} (${signed(m('top1After') - m('top1Before'))})` +
        `   ${m('top3Before')} → ${m('top3After')} (${signed(m('top3After') - m('top3Before'))})   ${m('niveauBefore')} → ${m('niveauAfter')} (${signed(m('niveauAfter') - m('niveauBefore'))})`,
    );
  }
}

/** A référent corrects the first N errors of each held-out corpus; top-1 on the tickets after. */
function replayReport(base: Pack, corpora: Corpus[], folds: FoldResult[], n: number): void {
  console.log(`\nCorrections rejouées : le référent corrige les ${n} premières erreurs de chaque corpus laissé de côté (ordre aléatoire fixe), top-1 sur la suite`);
  console.log('  corpus           lus  corrigés  suite   top-1 sans → avec');
  const gains = folds.map((f) => {
    const g = replayCorrections({ nomenclature: base.nomenclature, model: f.model }, corpora.find((c) => c.name === f.corpus)!.docs, n);
    console.log(`  ${f.corpus.padEnd(16)} ${String(g.read).padStart(4)}  ${String(g.corrected).padStart(8)}  ${String(g.rest).padStart(5)}   ${g.before.toFixed(1)} → ${g.after.toFixed(1)} (${signed(g.after - g.before)})`);
    return g;
  });
  const b = meanOf(gains.map((g) => g.before));
  const a = meanOf(gains.map((g) => g.after));
  console.log(`  ${'moyenne'.padEnd(16)} ${''.padStart(4)}  ${''.padStart(8)}  ${''.padStart(5)}   ${b.toFixed(1)} → ${a.toFixed(1)} (${signed(a - b)})`);
}

/** Part weights across writers: one model per fold (no probe), every weight combination scored on the held-out corpora. */
function tuneWeightsReport(base: Pack, corpora: Corpus[], only: string[] | undefined): void {
  const folds = leaveOneOut(corpora)
    .filter((f) => !only || only.includes(f.heldOut.name))
    .map((f) => {
      process.stderr.write(`  pli : ${f.heldOut.name}…\n`);
      return heldOutParts(base, trainModel(base, f.train), f.heldOut.docs);
    });
  const grid = weightGrid(folds, base.nomenclature.map((r) => r.niveau === 2));
  const d = defaultTrainOptions.weights;
  const fmt = (g: (typeof grid)[number]) =>
    `  vocabulaire ${String(g.weights.vocabulary).padEnd(4)} niveau ${String(g.weights.niveau).padEnd(4)} bayes ${String(g.weights.bayes).padEnd(4)}` +
    `  top-1 ${(100 * g.top1).toFixed(1)} %  niveau ${(100 * g.niveau).toFixed(1)} %  (top-1 + ½ niveau : moyenne ${(100 * g.score).toFixed(1)}, pire pli ${(100 * g.worst).toFixed(1)})`;
  console.log(`\nPoids des parties du score (moyenne sur ${folds.length} plis laissés de côté, classés par top-1 + ½ niveau), les 10 meilleurs :`);
  grid.slice(0, 10).forEach((g) => console.log(fmt(g)));
  const at = grid.findIndex((g) => g.weights.vocabulary === d.vocabulary && g.weights.niveau === d.niveau && g.weights.bayes === d.bayes);
  if (at >= 0) console.log(`Poids actuels (TrainOptions.weights), rang ${at + 1} sur ${grid.length} :\n${fmt(grid[at]!)}`);
}

export function runCross(args: string[]): void {
  const base = basePack();
  const all = loadCorpora(base);
  const train = trainingCorpora(all);
  let folds: FoldResult[] | undefined;
  const replayAt = args.indexOf('--replay-corrections');
  const foldsAt = args.indexOf('--folds');
  const only = foldsAt >= 0 ? (args[foldsAt + 1] ?? '').split(',').filter((x) => x) : undefined;
  const unknown = only?.filter((n) => !train.some((c) => c.name === n)) ?? [];
  if (unknown.length) {
    console.error(`--folds : corpus inconnu ${unknown.join(', ')} (corpus : ${train.map((c) => c.name).join(', ')})`);
    process.exitCode = 2;
    return;
  }
  if (args.includes('--tune-weights')) {
    tuneWeightsReport(base, train, only);
    return;
  }
  const needFolds = args.includes('--cross') || args.includes('--prior') || replayAt >= 0;
  if (args.includes('--cross')) folds = crossReport(base, train, only);
  else if (needFolds) folds = crossPredictions(base, train, {}, (n) => process.stderr.write(`  pli : ${n}…\n`), only);
  if (folds && args.includes('--prior')) priorReport(base, train, folds);
  if (folds && replayAt >= 0) {
    const n = Number(args[replayAt + 1]);
    replayReport(base, train, folds, Number.isInteger(n) && n > 0 ? n : 30);
  }
  // The shipped model's thresholds come from every fold, never from a subset.
  if (args.includes('--final')) finalReport(base, all, train, only ? undefined : folds, args.includes('--save'));
}
