// Unit tests of the tolerant label and option matching of the support form filler.
import { describe, expect, it } from 'vitest';
import { bestOption, labelMatches, normalizeText, optionScore } from '@/lib/escalation/match';

describe('normalizeText', () => {
  it('drops case, accents, punctuation and both apostrophes', () => {
    expect(normalizeText('ACCÈS ET AUTHENTIFICATION')).toBe('acces et authentification');
    expect(normalizeText('Formations liées à l’outil')).toBe(normalizeText("Formations liées à l'outil"));
    expect(normalizeText('  Quel est votre profil ?* ')).toBe('quel est votre profil');
  });
});

describe('optionScore / bestOption', () => {
  const deps = ['974 - La Réunion', '975 - Saint-Pierre-et-Miquelon', '75 - Paris', '76 - Seine-Maritime'];

  it('matches a département number to its labelled option, not to a longer number', () => {
    expect(bestOption(deps, '75', (o) => o)).toBe('75 - Paris');
    expect(bestOption(deps, 'paris', (o) => o)).toBe('75 - Paris');
    expect(bestOption(deps, '75 - Paris', (o) => o)).toBe('75 - Paris');
  });

  it('prefers the exact option over partial ones', () => {
    const opts = ['Autre', 'Autre demande', 'Accès au compte'];
    expect(bestOption(opts, 'AUTRE', (o) => o)).toBe('Autre');
    expect(optionScore('Autre', 'autre')).toBe(1);
    expect(optionScore('Autre demande', 'autre')).toBeLessThan(1);
  });

  it('is tolerant of case, accents and apostrophes', () => {
    const opts = ['Prise en main de l’outil et accompagnement', 'Lenteur de l’outil'];
    expect(bestOption(opts, "LENTEUR DE L'OUTIL", (o) => o)).toBe('Lenteur de l’outil');
    expect(bestOption(opts, "PRISE EN MAIN DE L'OUTIL ET ACCOMPAGNEMENT", (o) => o)).toBe(opts[0]);
  });

  it('returns null when nothing is close', () => {
    expect(bestOption(['Ménage', 'Structure'], 'Interconnexion du SI SIAO', (o) => o)).toBeNull();
    expect(optionScore('', 'x')).toBe(0);
  });

  it('accepts word overlap for near labels', () => {
    expect(bestOption(['Administrateur départemental', 'Référent SI SIAO local'], 'Référent SI SIAO', (o) => o)).toBe(
      'Référent SI SIAO local',
    );
  });
});

describe('labelMatches', () => {
  it('anchors patterns starting with ^ and matches others anywhere', () => {
    expect(labelMatches('Nom*', ['^nom'])).toBe(true);
    expect(labelMatches('Prénom', ['^nom'])).toBe(false);
    expect(labelMatches('Sélectionnez votre motif lié à l’accès et authentification', ['^selectionnez votre motif'])).toBe(true);
    expect(labelMatches('Sélectionnez votre sous-motif lié à votre problème', ['^selectionnez votre motif'])).toBe(false);
    expect(labelMatches("J'accepte de recevoir un retour par e-mail suite à ma demande", ['retour par e mail'])).toBe(true);
  });
});
