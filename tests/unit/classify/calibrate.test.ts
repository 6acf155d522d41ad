// Tests of the calibration: weights picked on held-out documents, ordered thresholds, and the probe-then-train fit.
import { describe, expect, it } from 'vitest';
import bundled from '@/assets/packs/sisiao.fr.json';
import { packSchema } from '@/lib/pack/schema';
import { calibrateModel, fitModel } from '@/lib/classify/calibrate';
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
