// Tests of the good practices: vague subjects detected, the explicit-subject paragraph, the call's reformulation line.
import { describe, expect, it } from 'vitest';
import { explicitSubjectParagraph, isVagueSubject, reformulation } from '@/lib/templates/practices';

describe('isVagueSubject', () => {
  it('flags the seed’s vague subjects in any case and with punctuation', () => {
    for (const s of ['mdp', 'Problème', 'URGENT !!', 'Re: question', 'urgent mdp', 'Pb SI SIAO', 'mot de passe']) expect(isVagueSubject(s), s).toBe(true);
  });
  it('leaves explicit subjects and empty ones alone', () => {
    for (const s of ['', 'Réinitialisation du mot de passe : lien expiré', 'Structure introuvable dans la liste', 'mdp oublié pour le compte de Mme Durand'])
      expect(isVagueSubject(s), s).toBe(false);
  });
});

describe('paragraphs', () => {
  it('quotes the vague subject as the example not to follow', () => {
    expect(explicitSubjectParagraph('  mdp ')).toContain('plutôt que « mdp »');
  });
  it('reformulates the chosen sous-motif as a question', () => {
    expect(reformulation({ motif: 'Problème de connexion au SI SIAO', sousMotif: 'Réinitialisation mot de passe' })).toBe(
      'Si je reformule : votre demande concerne « Réinitialisation mot de passe » (Problème de connexion au SI SIAO). C’est bien cela ?',
    );
  });
});
