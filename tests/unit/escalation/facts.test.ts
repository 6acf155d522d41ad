// Escalation facts keep their polarity: negations, contrasts (« mais »), questions and hedges, through draft.ts's contract.
import { describe, expect, it } from 'vitest';
import { extractCacheCleared, extractOthersAffected } from '@/lib/escalation/draft';
import { clauses } from '@/lib/escalation/facts';

type Case = [string, 'oui' | 'non' | null];

const OTHERS: Case[] = [
  ['Mes collègues, eux, arrivent à se connecter.', 'non'],
  ['Le SIAO voisin a le même bug.', 'oui'],
  ['Mes collègues ont le même problème.', 'oui'],
  ['Mes collègues n’ont pas le même problème.', 'non'],
  ['Les autres utilisateurs n’ont aucun souci.', 'non'],
  ['Est-ce que les autres utilisateurs ont le même problème ?', null],
  ['Est-ce que mes collègues sont touchés ?', null],
  ['Je ne sais pas si mes collègues ont le même problème.', null],
  ['Je vais demander à mes collègues s’ils ont le même souci.', null],
  ['Je suis la seule à avoir ce problème dans le service.', 'non'],
  ['Je ne suis pas le seul : toute l’équipe est bloquée.', 'oui'],
  ['Il n’y a que moi, mes collègues travaillent normalement.', 'non'],
  ['Mes collègues n’arrivent pas non plus à se connecter.', 'oui'],
  ['Personne dans l’équipe ne peut se connecter depuis ce matin.', 'oui'],
  ['Personne d’autre n’a le problème.', 'non'],
  ['J’ai le problème mais mes collègues, eux, y arrivent.', 'non'],
  ['Mes collègues y arrivent mais le SIAO voisin a le même bug.', 'oui'],
  ['Chez mes collègues tout fonctionne.', 'non'],
  ['Chez mes collègues rien ne fonctionne non plus.', 'oui'],
  ['Pas d’incident chez d’autres utilisateurs à ma connaissance.', 'non'],
  ['Plusieurs utilisateurs du département sont impactés.', 'oui'],
  ['Les autres structures ne sont pas concernées.', 'non'],
  ['Uniquement sur mon poste.', 'non'],
  ['Pareil pour mes collègues.', 'oui'],
  ['Tout le monde a le même message d’erreur.', 'oui'],
  ['Bonjour, je n’arrive pas à me connecter depuis ce matin.', null],
  ['', null],
  ['Si d’autres utilisateurs ont le même problème, merci de me le dire.', null],
  ['Mon binôme rencontre aussi le problème.', 'oui'],
  ['Les autres agents peuvent se connecter sans problème.', 'non'],
];

const CACHE: Case[] = [
  ['J’ai vidé le cache.', 'oui'],
  ['Je n’ai pas vidé le cache.', 'non'],
  ['J’ai vidé le cache du navigateur sans succès.', 'oui'],
  ['Je n’ai pas encore vidé le cache.', 'non'],
  ['Cache vidé, toujours pareil.', 'oui'],
  ['Faut-il vider le cache ?', null],
  ['Est-ce que je dois vider le cache ?', null],
  ['Je vais essayer de vider le cache.', null],
  ['J’ai vidé l’historique mais pas le cache.', 'non'],
  ['J’ai vidé le cache mais ça ne marche toujours pas.', 'oui'],
  ['Je n’ai pas vidé le cache mais j’ai redémarré le poste.', 'non'],
  ['Sans avoir vidé le cache, j’ai essayé un autre navigateur.', 'non'],
  ['Nous avons supprimé les cookies et le cache.', 'oui'],
  ['Je ne sais pas comment vider le cache.', 'non'],
  ['Après avoir vidé les caches, le problème persiste.', 'oui'],
  ['Le cache n’a pas été vidé.', 'non'],
  ['Rien de particulier.', null],
  ['Il faudrait peut-être vider le cache ?', null],
  ['J’ai fait Ctrl+F5 plusieurs fois.', 'oui'],
  ['On m’a conseillé de vider le cache.', null],
];

describe('extractOthersAffected', () => {
  it.each(OTHERS)('%s → %s', (text, expected) => {
    expect(extractOthersAffected(text)).toBe(expected);
  });
});

describe('extractCacheCleared', () => {
  it.each(CACHE)('%s → %s', (text, expected) => {
    expect(extractCacheCleared(text)).toBe(expected);
  });

  it('reads both facts of one message independently', () => {
    const text = 'Bonjour, mes collègues, eux, arrivent à se connecter. Je n’ai pas vidé le cache. Est-ce que je dois le faire ?';
    expect(extractOthersAffected(text)).toBe('non');
    expect(extractCacheCleared(text)).toBe('non');
  });
});

describe('clauses', () => {
  it('splits sentences and contrasts, and marks questions', () => {
    expect(clauses('J’ai vidé le cache mais ça bloque. Les autres ?')).toEqual([
      { n: 'j ai vide le cache', question: false },
      { n: 'ca bloque', question: false },
      { n: 'les autres', question: true },
    ]);
  });
});
