// Tests of the niveau cues and of the contrast augmentation.
import { describe, expect, it } from 'vitest';
import { niveauCues } from '@/lib/classify/niveau';
import { brokenRowOf, contrastDocs, toBroken } from '@/lib/classify/augment';
import { rng } from '@/lib/classify/train';

describe('niveauCues', () => {
  it('reads a malfunction report', () => {
    const c = niveauCues("Depuis hier la fiche ménage ne s'ouvre plus : « Une erreur est survenue » (erreur 500)", 'depuis hier la fichemenage ne s ouvre plus erreur erreur500');
    expect(c).toEqual(expect.arrayContaining(['n-quoted', 'n-code', 'n-since', 'n-neplus']));
    expect(c).not.toContain('n-question');
  });
  it('reads a how-to and a feature request', () => {
    expect(niveauCues('Comment ajouter une personne ?', 'comment ajouter une personne')).toEqual(expect.arrayContaining(['n-question', 'n-howto']));
    expect(niveauCues('Il faudrait pouvoir trier la liste', 'ilfaudrait pouvoir trier la liste')).toContain('n-request');
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
