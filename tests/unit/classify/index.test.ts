// Tests of the classifier over the bundled pack: near misses, bad inputs, confidence levels, corrections.
import { describe, expect, it } from 'vitest';
import bundled from '@/assets/packs/sisiao.fr.json';
import { packSchema } from '@/lib/pack/schema';
import { createClassifier } from '@/lib/classify/index';
import { classificationSchema } from '@/lib/classify/types';

const pack = packSchema.parse(bundled);
const top = (body: string, subject = '') => createClassifier(pack).classify({ subject, body }).suggestions[0]?.rowId;

describe('createClassifier', () => {
  it('tells how-to questions (niveau 1) from faults (niveau 2)', () => {
    expect(top('Comment faire une extraction de mes données ?')).toBe('donnees.realisation-extraction');
    expect(top("Les chiffres de l'extraction sont faux, il manque la moitié des ménages")).toBe('donnees.erreur-dans-resultats-extraction');
    expect(top('Comment fusionner deux personnes en doublon ?')).toBe('gestion.gestion-menage.fusion-personnes');
    expect(top('La fusion des deux personnes échoue avec une erreur')).toBe('assistance.menage');
  });

  it('reads SMS style, missing accents and signatures', () => {
    expect(top('bjr jarrive pa a me co sur le siao, identifiant refusé\nCordialement\nMarie\n06 12 34 56 78')).toBe('acces.probleme-connexion.acces-compte');
    expect(top('mdp oublie comment le reinitialiser')).toBe('acces.probleme-connexion.reinitialisation-mot-passe');
    expect(top("Il faudrait pouvoir trier la liste d'attente par ancienneté")).toBe('evolutions.liste-attente');
  });

  it('returns at most 3 valid suggestions with matched terms', () => {
    const c = createClassifier(pack).classify({ subject: 'Extraction', body: 'Comment exporter mes demandes en Excel ?' });
    expect(classificationSchema.safeParse(c).success).toBe(true);
    expect(c.suggestions.length).toBe(3);
    expect(c.suggestions[0]!.score).toBeGreaterThanOrEqual(c.suggestions[1]!.score);
    expect(c.suggestions[0]!.matchedTerms.length).toBeGreaterThan(0);
    expect(c.confidence).toBe(c.suggestions[0]!.score);
  });

  it('never throws on bad inputs and flags them « à qualifier »', () => {
    const c = createClassifier(pack);
    for (const input of [{ subject: '', body: '' }, { subject: '😀🙏🔥', body: '👍👍' }, {}, { body: '<div><p></p><br></div>' }]) {
      const r = c.classify(input);
      expect(r.aQualifier).toBe(true);
      expect(r.level).toBe('faible');
    }
    const en = c.classify({ subject: '', body: 'Hello, I cannot log in to my account, can you please help me with this?' });
    expect(en.aQualifier).toBe(true);
    // @ts-expect-error wrong types on purpose
    expect(() => c.classify({ subject: 42, body: null })).not.toThrow();
    expect(c.rank({}).length).toBe(pack.nomenclature.length);
  });

  it('classifies a huge ticket on its start, and HTML on its text', () => {
    const c = createClassifier(pack);
    const huge = 'Mon mot de passe est oublié, comment le réinitialiser ? ' + 'blabla '.repeat(150000);
    const t0 = performance.now();
    expect(c.classify({ subject: '', body: huge }).suggestions[0]?.rowId).toBe('acces.probleme-connexion.reinitialisation-mot-passe');
    expect(performance.now() - t0).toBeLessThan(3000);
    expect(c.classify({ subject: '', body: '<html><body><p>Le module <b>Offre</b> ne charge pas les offres de logement</p></body></html>' }).suggestions[0]?.rowId).toBe('offre.module-offre');
  });

  it('gives a higher confidence level to a clear ticket than to a vague one', () => {
    const c = createClassifier(pack);
    const clear = c.classify({ subject: 'Mot de passe oublié', body: "J'ai oublié mon mot de passe, comment le réinitialiser ?" });
    const vague = c.classify({ subject: '', body: 'question' });
    expect(clear.level).not.toBe('faible');
    expect(clear.confidence).toBeGreaterThan(vague.confidence);
  });

  it('learns from a correction at once', () => {
    const c = createClassifier(pack);
    const text = 'Le tableau Zorglub de la plateforme ne montre pas nos résidents';
    const before = c.classify({ subject: '', body: text }).suggestions[0]?.rowId;
    const target = before === 'annuaire.modification-annuaire' ? 'offre.module-offre' : 'annuaire.modification-annuaire';
    c.addCorrection({ createdAt: new Date().toISOString(), text, rowId: target });
    expect(c.corrections).toBe(1);
    expect(c.classify({ subject: '', body: text }).suggestions[0]?.rowId).toBe(target);
    // Corrections given at creation are used too; unknown rows are ignored.
    const d = createClassifier(pack, [{ createdAt: '', text, rowId: target }, { createdAt: '', text, rowId: 'inconnu.x' }]);
    expect(d.corrections).toBe(1);
    expect(d.classify({ subject: '', body: text }).suggestions[0]?.rowId).toBe(target);
  });
});
