// Yes/no facts of an escalation read from the ticket's words with their polarity: other users affected, browser cache cleared.
import { normalizeText } from './match';

export type Fact = 'oui' | 'non' | null;

interface Clause {
  /** Normalised text (lower case, no accents, punctuation as spaces). */
  n: string;
  /** The sentence it belongs to asks a question (« est-ce que les autres… ? »). */
  question: boolean;
}

/** Words that turn the rest of a sentence around: each side is read on its own. */
const CONTRAST = /\s*(?:,|;|:|—|–)?\s*\b(?:mais|par contre|en revanche|cependant|pourtant|toutefois|alors que|tandis que|sauf que|neanmoins)\b\s*/;

/** Sentences (with their question mark), then clauses split at contrasts; all normalised. */
export function clauses(text: string): Clause[] {
  const out: Clause[] = [];
  for (const m of text.matchAll(/[^.!?\n]+[.!?]*/g)) {
    const sentence = m[0];
    const normalised = normalizeText(sentence);
    if (!normalised) continue;
    const question = /\?/.test(sentence) || /^(est ce qu|est ce que|faut il|dois je|doit on|peut on|pouvez vous|comment|pourquoi|savez vous)\b/.test(normalised);
    for (const part of normalizeText(sentence.replace(/['’]/g, ' ')).split(CONTRAST)) {
      const n = part.trim();
      if (n) out.push({ n, question });
    }
  }
  return out;
}

/** Clauses that report something unknown or hypothetical: « je ne sais pas si… », « si d'autres… », « à vérifier ». */
const UNSURE = /\b(je ne sais pas si|je sais pas si|j ignore si|aucune idee si|pas sur que|pas certaine? que|(savoir|voir|verifier|demander|confirmer) si|a verifier|je vais (leur )?demander|peut etre|peut etre que)\b|^si\b|^(et )?(meme )?s il\b/;

// ——— Other users affected ———

const OTHERS = new RegExp(
  '\\b(' +
    [
      'collegues?',
      'les autres',
      'd autres',
      'autres? (utilisateurs?|agents?|collegues?|structures?|personnes?|postes?|comptes?|siaos?|services?|ecoutants?|travailleurs sociaux|salaries?|operateurs?|gestionnaires?|referents?|sites?|antennes?)',
      'siaos? (voisins?|d a cote|du departement voisin|des autres departements|partenaires?)',
      'departements? voisins?',
      'tout le monde',
      'toute l equipe',
      'l equipe',
      'le service',
      'tout le service',
      'plusieurs (utilisateurs|collegues|agents|personnes|structures|postes|comptes|salaries)',
      'tous les (utilisateurs|agents|collegues|postes|comptes|salaries)',
      'tous mes collegues',
      'personne d autre',
      'mon binome',
      'eux',
      'elles',
      'chez nous tous',
    ].join('|') +
    ')\\b',
);
/** « je suis le seul », « il n'y a que moi », « uniquement sur mon poste ». */
const ONLY_ME = /\b(je suis (le|la) seule?|seule? a (avoir|rencontrer|etre|subir)|il n y a que (moi|mon (compte|poste))|uniquement (moi|pour moi|sur mon (compte|poste))|seulement (moi|pour moi|sur mon (compte|poste))|que sur mon (compte|poste)|juste (moi|pour moi|sur mon (compte|poste))|personne d autre n (a|est|rencontre))\b/;
/** « je ne suis pas le seul »: others are affected. */
const NOT_ONLY_ME = /\b(je ne suis pas|pas) (le|la) seule?\b|\bpas seule?\b|\bpas que moi\b|\bpas uniquement moi\b|\bpas seulement moi\b/;
/** Others are explicitly spared: « n'ont pas le problème », « ne sont pas touchés », « aucun souci ». */
const OTHERS_SPARED = new RegExp(
  [
    '\\b(n ont|n a|ne rencontrent|ne rencontre|n ont jamais eu|n ont eu) (pas|aucun|aucune|jamais|rien)\\b',
    '\\b(ne sont|n est) pas (touches?|touchees?|impactes?|impactees?|concernes?|concernees?|bloques?|bloquees?)\\b',
    '\\b(aucun|aucune|pas de|pas d|sans) (probleme|souci|soucis|bug|incident|difficulte|blocage|erreur)\\b',
  ].join('|'),
);
/** Others can work: « arrivent à se connecter », « chez eux ça marche ». */
const OTHERS_WORKING = new RegExp(
  [
    '\\b(arrivent|arrive|parviennent|parvient|reussissent|reussit|peuvent|peut) (bien |tres bien |sans (probleme|souci) |toujours |normalement )?(a )?(se connecter|s y connecter|y acceder|acceder|travailler|utiliser|l utiliser|ouvrir|enregistrer|valider|le faire|faire)\\b',
    '\\b(y arrivent|y arrive|y parviennent)\\b',
    '\\b(ca|cela|tout|le si siao|l outil|l application) (marche|fonctionne|va)\\b',
    '\\b(marche|fonctionne|fonctionnent|marchent)( bien| tres bien| normalement| correctement| sans souci)?\\b',
    '\\b(c est|ca est|tout est) (bon|ok|normal)\\b',
  ].join('|'),
);
/** Others cannot work. Checked first (« n'arrivent pas à se connecter », « rien ne fonctionne »). */
const OTHERS_BLOCKED = /\b(n arrivent|n arrive|ne parviennent|ne parvient|ne peuvent|ne peut|ne reussissent|n y arrivent|n y arrive) (pas|plus|toujours pas)\b|\b(ne )?(marche|fonctionne|marchent|fonctionnent) (pas|plus)\b|\brien ne (marche|fonctionne)\b/;
/** Others have the problem. */
const OTHERS_HIT = new RegExp(
  [
    '\\bmeme (probleme|souci|soucis|bug|erreur|message|difficulte|blocage|chose|symptome|ecran|comportement)\\b',
    '\\b(ont|a|rencontrent|rencontre|constatent|constate|signalent|signale|remontent) (aussi |egalement |eux aussi |elles aussi )?(le|ce|un|des|ces|cette|la)? ?(probleme|souci|soucis|bug|erreur|message|difficulte|blocage|incident|dysfonctionnement)s?\\b',
    '\\b(sont|est) (aussi |egalement |tous |toutes )?(touches?|touchees?|impactes?|impactees?|concernes?|concernees?|bloques?|bloquees?|dans le meme cas)\\b',
  ].join('|'),
);
/** Weakest sign, read last: « pareil pour mes collègues », « eux aussi ». */
const OTHERS_TOO = /\b(pareil|idem|aussi|egalement)\b/;

function othersVerdict(c: Clause): Fact {
  if (c.question || UNSURE.test(c.n)) return null;
  if (NOT_ONLY_ME.test(c.n)) return 'oui';
  if (ONLY_ME.test(c.n)) return 'non';
  if (/\bpas d incident chez d autres\b/.test(c.n)) return 'non';
  if (/\b(personne(?! d autre)|aucun (utilisateur|agent|collegue))( [a-z]+){0,4} (ne|n) (peut|arrive|parvient|reussit|y arrive)\b/.test(c.n)) return 'oui';
  if (!OTHERS.test(c.n)) return null;
  if (OTHERS_BLOCKED.test(c.n)) return 'oui';
  if (OTHERS_SPARED.test(c.n)) return 'non';
  if (OTHERS_HIT.test(c.n)) return 'oui';
  if (OTHERS_WORKING.test(c.n)) return 'non';
  if (OTHERS_TOO.test(c.n)) return 'oui';
  return null;
}

/**
 * Whether other users see the problem too: 'oui' as soon as one clause says someone else is hit (« le SIAO voisin a le
 * même bug », even next to « mes collègues, eux, y arrivent »), 'non' when the ticket only says others are fine or the
 * requester is alone, null when it does not say (questions and « je ne sais pas si… » count for nothing).
 */
export function extractOthersAffected(text: string): Fact {
  let verdict: Fact = null;
  for (const c of clauses(text)) {
    const v = othersVerdict(c);
    if (v === 'oui') return 'oui';
    if (v === 'non') verdict = 'non';
  }
  return verdict;
}

// ——— Browser cache cleared ———

const CACHE = /\b(cache|caches|cookies?|historique|donnees de navigation|donnees de site|fichiers temporaires)\b/;
const CACHE_ITSELF = /\b(cache|caches)\b/;
const CLEAR_VERB = /\b(vide|videe|vides|videes|vider|vidage|nettoye|nettoyee|nettoyer|nettoyage|efface|effacee|effaces|effacer|supprime|supprimee|supprimes|supprimer|purge|purger|reinitialise|reinitialiser|vidange)\b/;
/** The requester did not clear it: « je n'ai pas vidé », « sans vider », « pas encore fait », « cache non vidé ». */
const NOT_CLEARED = new RegExp(
  [
    '\\b(n ai|n avons|n a|n avais|n ont) (pas|jamais|pas encore|pas pu|pas eu le temps de|pas pense a|pas essaye de) ?(encore )?(ete )?(de )?(pu )?(vide|nettoye|efface|supprime|vider|nettoyer|effacer|supprimer|essaye|pense|fait)',
    '\\b(pas|jamais|non) (encore )?(ete )?(vide|videe|vides|nettoye|nettoyee|efface|effacee|supprime|supprimee|fait)\\b',
    '\\bsans (avoir )?(vide|vider|nettoyer|effacer|supprimer)\\b',
    '\\b(je ne sais pas|je sais pas|j ignore) (comment )?(vider|nettoyer|effacer|supprimer|faire)\\b',
    '\\b(ne|n) (pas )?(connais|sais) pas\\b',
    '\\bvidage( du cache| des caches)?( non| pas fait| non fait)\\b',
  ].join('|'),
);
/** Done: a clearing verb in the past, « c'est fait », « Ctrl+F5 ». */
const CLEARED = /\b(j ai|on a|nous avons|il a|elle a|ils ont|elles ont|a ete|ont ete|avons|ai deja|deja|bien|apres avoir|meme en|en ayant|c est fait|fait)\b|\b(vide|videe|vides|videes|nettoye|nettoyee|efface|effacee|effaces|supprime|supprimee|supprimes|purge|reinitialise)\b/;
/** Still to do or only advised: « je vais vider », « il faudrait vider », « on m'a conseillé de vider ». */
const NOT_YET_SAID = /\b(je vais|on va|nous allons|il faudrait|il faut|faut il|dois je|devrais je|conseille de|propose de|demande de|essayer de vider|tenter de|pour vider|comment vider)\b/;

function cacheVerdict(c: Clause, previousCleared: boolean): { v: Fact; strong: boolean } {
  const none = { v: null, strong: false };
  if (c.question || UNSURE.test(c.n)) return none;
  const strong = CACHE_ITSELF.test(c.n);
  if (!CACHE.test(c.n)) {
    // « J'ai tout vidé » after a clause naming the cache; « ctrl+F5 » is a forced reload without the cache.
    if (/\bctrl f5\b|\bctrl maj r\b|\bctrl shift r\b/.test(c.n)) return { v: 'oui', strong: false };
    return none;
  }
  if (NOT_CLEARED.test(c.n)) return { v: 'non', strong };
  // « J'ai vidé l'historique mais pas le cache »: a verbless « pas le cache » after a cleared clause.
  if (previousCleared && /\b(pas|non|sauf)\b/.test(c.n) && !CLEAR_VERB.test(c.n)) return { v: 'non', strong };
  if (!CLEAR_VERB.test(c.n)) return none;
  if (NOT_YET_SAID.test(c.n) && !/\b(j ai|nous avons|on a|deja|apres avoir)\b/.test(c.n)) return none;
  if (CLEARED.test(c.n)) return { v: 'oui', strong };
  return none;
}

/**
 * Whether the browser cache was cleared: a clause naming the cache itself beats one about cookies or history; otherwise
 * the last clause that says something wins (« j'ai vidé l'historique mais pas le cache » → 'non'). Null when not said.
 */
export function extractCacheCleared(text: string): Fact {
  let best: { v: Fact; strong: boolean } = { v: null, strong: false };
  let previousCleared = false;
  for (const c of clauses(text)) {
    const r = cacheVerdict(c, previousCleared);
    previousCleared = r.v === 'oui';
    if (r.v === null) continue;
    if (r.strong || !best.strong) best = r;
  }
  return best.v;
}
