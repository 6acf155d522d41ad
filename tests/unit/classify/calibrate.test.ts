// Tests of the calibration: weights picked on held-out documents, ordered thresholds, and the probe-then-train fit.
import { describe, expect, it } from 'vitest';
import bundled from '@/assets/packs/sisiao.fr.json';
import { packSchema } from '@/lib/pack/schema';
import { calibrateModel, fitModel, heldOutParts, probeSplits, WEIGHT_GRID, weightGrid } from '@/lib/classify/calibrate';
import { trainModel } from '@/lib/classify/train';

const base = packSchema.parse({ ...bundled, model: undefined });

const docs = [
  ...['Le zorglub ne marche pas', 'souci avec le zorglub', 'zorglub en panne encore', 'le zorglub plante', 'zorglub cassé', 'erreur zorglub'].map((text) => ({
    text,
    rowId: 'offre.module-offre',
  })),
  ...['La bidulette est fausse', 'corriger la bidulette svp', 'bidulette pas à jour', 'bidulette à modifier', 'notre bidulette', 'bidulette erronée'].map((text) => ({
    text,
    rowId: 'annuaire.modification-annuaire',
  })),
];

describe('calibrateModel', () => {
  it('keeps the thresholds ordered and the temperature in its range', () => {
    const model = calibrateModel(base, trainModel(base, docs, { epochs: 6, augment: 1 }), docs);
    const c = model.calibration;
    expect(c.elevee).toBeGreaterThanOrEqual(c.moyenne);
    expect(c.moyenne).toBeGreaterThanOrEqual(c.aQualifier);
    expect(c.temperature).toBeGreaterThanOrEqual(0.1);
    expect(c.temperature).toBeLessThanOrEqual(3);
  });
  it('leaves a model alone when the hold-out is too small to say anything', () => {
    const model = trainModel(base, docs, { epochs: 2, augment: 0 });
    expect(calibrateModel(base, model, docs.slice(0, 3))).toBe(model);
  });
});

describe('fitModel', () => {
  it('trains on every document with the weights and calibration of the probe', () => {
    const model = fitModel(base, docs, { epochs: 6, augment: 1 });
    expect(model.stats?.documents).toBe(docs.length);
    expect(model.calibration.elevee).toBeGreaterThanOrEqual(model.calibration.moyenne);
  });
});

describe('weightGrid', () => {
  it('scores every combination on the held-out folds, best first', () => {
    const model = trainModel(base, docs, { epochs: 4, augment: 0 });
    const folds = [heldOutParts(base, model, docs.slice(0, 6)), heldOutParts(base, model, docs.slice(6))];
    const grid = weightGrid(folds, base.nomenclature.map((r) => r.niveau === 2));
    expect(grid).toHaveLength(WEIGHT_GRID.vocabulary.length * WEIGHT_GRID.niveau.length * WEIGHT_GRID.bayes.length);
    for (let i = 1; i < grid.length; i++) expect(grid[i]!.score).toBeLessThanOrEqual(grid[i - 1]!.score);
    expect(grid[0]!.worst).toBeLessThanOrEqual(grid[0]!.score);
  });
});

describe('probeSplits', () => {
  it('holds out whole corpora when documents name them', () => {
    const named = ['a', 'b', 'c', 'd', 'e'].flatMap((corpus) => docs.map((d) => ({ ...d, corpus })));
    const [split] = probeSplits(named);
    const held = new Set(split!.dev.map((d) => d.corpus));
    expect(held.size).toBeGreaterThan(0);
    expect(split!.train.some((d) => held.has(d.corpus))).toBe(false);
    expect(split!.train.length + split!.dev.length).toBe(named.length);
  });
  it('falls back to a random fifth without corpus names', () => {
    const [split] = probeSplits(docs);
    expect(split!.dev).toHaveLength(docs.length - Math.floor(docs.length * 0.8));
  });
});
