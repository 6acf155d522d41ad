// Tests of the label matching: exact without accents/case/punctuation, fuzzy (fuse.js) with a note, no false match.
import { describe, expect, it } from 'vitest';
import bundled from '@/assets/packs/sisiao.fr.json';
import { packSchema } from '@/lib/pack/schema';
import { labelKey, nomenclatureMatcher } from '@/lib/tracking/nomenclature-match';

const nomenclature = packSchema.parse(bundled).nomenclature;
const match = nomenclatureMatcher(nomenclature);

describe('nomenclatureMatcher', () => {
  it('matches capitals without accents exactly, with no note', () => {
    const m = match('GESTION DES DEMANDES MENAGES ET GROUPES DE PLACES', 'gestion du menage', 'FUSION DES PERSONNES');
    expect(m?.row.sousMotif).toBe('Fusion des personnes');
    expect(m?.row.thematique).toBe('GESTION DES DEMANDES, MÉNAGES ET GROUPES DE PLACES');
    expect(m?.fuzzy).toEqual([]);
  });

  it('matches the seed spellings approximately, with a note per label', () => {
    const mdp = match('ACCES ET AUTHENTIFICATION', 'Problème de connexion au SI SIAO', 'Réinitialisation du mot de passe');
    expect(mdp?.row.sousMotif).toBe('Réinitialisation mot de passe');
    expect(mdp?.fuzzy).toEqual(['sous-motif « Réinitialisation du mot de passe » lu comme « Réinitialisation mot de passe » (libellé approché de la nomenclature)']);
    const ins = match('ASSISTANCE TECHNIQUE', "Demande d'insertion", 'Demande insertion');
    expect(ins?.row).toMatchObject({ niveau: 2, thematique: 'ASSISTANCE TECHNIQUE', sousMotif: "Demande d'insertion" });
    const typo = match('ACCES ET AUTHENTIFICATON', 'Probleme de connection au SI SIAO', 'Acces au compte');
    expect(typo?.row.sousMotif).toBe('Accès au compte');
    expect(typo?.fuzzy).toHaveLength(2);
  });

  it('keeps the thématique apart: the same motif under two thématiques', () => {
    expect(match("PROPOSITION D'EVOLUTIONS", 'Ménage', 'Ménage')?.row.thematique).toBe("PROPOSITION D'ÉVOLUTIONS");
    expect(match('ASSISTANCE TECHNIQUE', 'Ménage', 'Ménage')?.row.thematique).toBe('ASSISTANCE TECHNIQUE');
  });

  it('does not match unknown or short labels inside long ones', () => {
    expect(match('Thème inconnu', 'Motif', 'Sous')).toBeUndefined();
    expect(match('ACCES ET AUTHENTIFICATION', 'Problème de connexion au SI SIAO', 'mot')).toBeUndefined();
    expect(match('ACCES ET AUTHENTIFICATION', 'Création de compte', 'Compte')).toBeUndefined();
  });

  it('labelKey drops accents, case and punctuation', () => {
    expect(labelKey("  Demande d’hébergement d'urgence - Delta ")).toBe('demande d hebergement d urgence delta');
  });
});
