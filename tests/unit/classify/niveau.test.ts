// Tests of the niveau cues.
import { describe, expect, it } from 'vitest';
import { niveauCues } from '@/lib/classify/niveau';

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
