// Tests of the French normalisation: accents, case, elisions, SMS forms, phrases, stop words and cues.
import { describe, expect, it } from 'vitest';
import { defaultLexicon } from '@/lib/classify/lexicon';
import { findCues, foldCase, normalise, prepareLexicon } from '@/lib/classify/normalize';

const lex = prepareLexicon(defaultLexicon);
const norms = (s: string) => normalise(s, lex).tokens.map((t) => t.norm);

describe('normalise', () => {
  it('folds case, accents and ligatures', () => {
    expect(foldCase('ÉCRAN Œuvre Réinitialisé')).toBe('ecran oeuvre reinitialise');
  });

  it('splits elisions and drops the elided words', () => {
    expect(norms("l'extraction d'hier qu'il m'envoie")).toEqual(['extraction', 'envoie']);
  });

  it('expands SMS forms and fixed phrases the same way as full words', () => {
    expect(norms('jarrive pa a me co, mdp oublié')).toEqual(norms("je n'arrive pas à me connecter, mot de passe oublié"));
    expect(norms('pb de mdp svp')).toContain('motdepasse');
  });

  it('drops greetings and politeness', () => {
    expect(norms('Bonjour Madame, merci beaucoup, cordialement')).not.toContain('bonjour');
    expect(norms('Bonjour, cordialement')).toEqual([]);
  });

  it('finds niveau-2 cues and tells « par erreur » apart from an error', () => {
    const cues = (s: string) => findCues(normalise(s, lex).text, lex);
    expect(cues('La fusion échoue avec une erreur 500')).toContain('error');
    expect(cues("J'ai annulé la demande par erreur")).not.toContain('error');
    expect(cues("J'ai annulé la demande par erreur")).toContain('byMistake');
    expect(cues("Il faudrait pouvoir trier la liste d'attente")).toContain('featureRequest');
    expect(cues("Les chiffres de l'extraction sont faux")).toContain('wrongFigures');
  });

  it('measures the share of English words', () => {
    expect(normalise('I cannot log into my account, please help', lex).englishRatio).toBeGreaterThan(0.3);
    expect(normalise('Je ne peux pas me connecter à mon compte', lex).englishRatio).toBeLessThan(0.1);
  });
});
