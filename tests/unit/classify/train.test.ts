// Tests of the trainer: a small labelled set is learnt, pruned into the pack's model part and calibrated.
import { describe, expect, it } from 'vitest';
import bundled from '@/assets/packs/sisiao.fr.json';
import { packSchema } from '@/lib/pack/schema';
import { classifierModelSchema } from '@/lib/pack/model-schema';
import { createClassifier } from '@/lib/classify/index';
import { calibrateModel } from '@/lib/classify/calibrate';
import { trainModel } from '@/lib/classify/train';

const base = packSchema.parse({ ...bundled, model: undefined });

describe('trainModel', () => {
  it('learns a made-up word for a row and writes a valid model part', () => {
    const docs = [
      { text: 'Le zorglub ne marche pas', rowId: 'offre.module-offre' },
      { text: 'souci avec le zorglub', rowId: 'offre.module-offre' },
      { text: 'zorglub en panne encore', rowId: 'offre.module-offre' },
      { text: 'La bidulette est fausse', rowId: 'annuaire.modification-annuaire' },
      { text: 'corriger la bidulette svp', rowId: 'annuaire.modification-annuaire' },
      { text: 'bidulette pas à jour', rowId: 'annuaire.modification-annuaire' },
    ];
    const model = calibrateModel(base, trainModel(base, docs, { epochs: 8, augment: 1 }), docs);
    expect(classifierModelSchema.safeParse(model).success).toBe(true);
    expect(model.featureNames.length).toBeGreaterThan(0);
    const c = createClassifier({ ...base, model });
    expect(c.classify({ subject: '', body: 'le zorglub plante' }).suggestions[0]?.rowId).toBe('offre.module-offre');
    expect(c.classify({ subject: '', body: 'notre bidulette' }).suggestions[0]?.rowId).toBe('annuaire.modification-annuaire');
  });
});
