// Tests of the training augmentation: typing noise and contrast copies (how-to ↔ malfunction of the same object).
import { describe, expect, it } from 'vitest';
import { brokenRowOf, contrastDocs, perturb, toBroken } from '@/lib/classify/augment';
import { rng } from '@/lib/classify/random';

describe('perturb', () => {
  it('perturbs text deterministically', () => {
    const a = perturb('Je ne parviens pas à réinitialiser mon mot de passe', rng(3));
    const b = perturb('Je ne parviens pas à réinitialiser mon mot de passe', rng(3));
    expect(a).toBe(b);
  });
  it('changes the text', () => {
    const t = 'Je ne parviens pas à réinitialiser mon mot de passe depuis la nouvelle version du logiciel';
    expect(perturb(t, rng(3))).not.toBe(t);
  });
});

describe('contrast augmentation', () => {
  it('maps a how-to row to the malfunction row of the same object', () => {
    expect(brokenRowOf('gestion.gestion-menage.fusion-personnes')).toBe('assistance.menage');
    expect(brokenRowOf('gestion.gestion-demande.demande-hebergement-urgence-delta')).toBe('assistance.demande-hebergement-urgence');
    expect(brokenRowOf('acces.probleme-connexion.autre')).toBeUndefined();
  });
  it('rewrites a question as a report, and a report as a niveau-1 question', () => {
    const rand = rng(1);
    expect(toBroken('Comment faire pour fusionner deux personnes ?', rand)).not.toMatch(/comment|\?/i);
    const docs = contrastDocs(
      [
        { text: 'Comment fusionner deux personnes ?', rowId: 'gestion.gestion-menage.fusion-personnes' },
        { text: "Impossible d'ouvrir la fiche ménage, erreur 500", rowId: 'assistance.menage' },
      ],
      rand,
    );
    expect(docs.map((d) => [d.rowId, d.niveau])).toEqual([
      ['assistance.menage', 2],
      [undefined, 1],
    ]);
    expect(docs[1]!.text).toMatch(/^comment ouvrir la fiche ménage/);
    expect(docs[1]!.text).not.toMatch(/impossible|500/i);
  });
});
