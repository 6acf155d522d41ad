// Niveau cues: what tells « it is broken » from « how do I » from « please add », read on the cleaned and the normalised text.

/** Read on the cleaned text (punctuation, quotes and capitals still there). */
const RAW: Array<[string, RegExp]> = [
  ['n-question', /\?/],
  ['n-quoted', /[«"“][^»"”\n]{4,}[»"”]/],
  ['n-code', /\b(?:[45]0[0-9]|err(?:eur)?[ _-]?\d{2,}|code\s*(?:erreur\s*)?\d{2,}|[A-Z]{2,6}[-_]\d{2,})\b/i],
];

/** Read on the normalised text (accent-free lower case, SMS forms expanded, fixed phrases joined). */
const NORM: Array<[string, RegExp]> = [
  ['n-neplus', /\b(?:n \w+ plus|ne \w+ plus|ne \w+ \w+ plus|plus moyen|peux plus|arrive plus|marche plus|fonctionne plus|veut plus|affiche plus|apparait plus|ouvre plus)\b/],
  ['n-nepas', /\b(?:n \w+ pas|ne \w+ pas|ne \w+ \w+ pas|impossible|aucun|aucune|rien ne|refuse|bloque|bloquee|bloques)\b/],
  ['n-since', /\b(?:depuis|ce matin|cette nuit|hier|aujourd hui|ce week end|semaine derniere|mise a jour|maj|jusqu a present|jusqu ici|avant ca|d habitude|auparavant|desormais|ca marchait|ca fonctionnait)\b/],
  ['n-repeat', /\b(?:a chaque fois|chaque fois|systematiquement|a nouveau|de nouveau|encore une fois|plusieurs fois|recommence|toujours pareil|toujours le meme)\b/],
  ['n-tried', /\b(?:deja essaye|j ai essaye|avons essaye|essaye de|vide le cache|vider le cache|autre navigateur|redemarre|reconnecte|rafraichi|actualise|f5|teste)\b/],
  ['n-symptom', /\b(?:plante|bug|beug|bogue|fige|tourne|page blanche|ecran blanc|vide|vides|disparu|disparue|disparus|disparues|efface|effacee|grise|grisee|inaccessible|rejete|rejetee|echec|erreur|doublon|doublons|incoherent|incoherente|faux|fausse|a tort|tout seul|toute seule|s enregistre pas|sauvegarde pas)\b/],
  ['n-howto', /\b(?:comment|ou trouver|ou se trouve|procedure|marche a suivre|est ce possible|est il possible|voudrais savoir|savoir si|m expliquer|a quoi sert|que signifie|c est quoi|faut il|dois je|peut on|quelle est|quelles sont)\b/],
  ['n-request', /\b(?:ilfaudrait|il faudrait|seraitilpossible|serait il possible|ceseraitbien|ce serait bien|pourraiton|pourrait on|nousaimerions|nous aimerions|rajouter|proposition|suggestion|suggere|evolution|amelioration|il manque|souhaiterions|serait utile|serait pratique|gagner du temps|permettre de)\b/],
];

/** Characters of the ticket read for the niveau cues. */
const READ = 800;

/** Names of the niveau cues found (added to the lexicon's cues, as `q:` features). */
export function niveauCues(cleaned: string, normalised: string): string[] {
  const out: string[] = [];
  // The niveau is told in the first lines: reading the start keeps a long ticket fast (bench: p95 ≤ 2 ms for 300 words).
  const c = cleaned.slice(0, READ);
  const n = normalised.slice(0, READ);
  for (const [name, re] of RAW) if (re.test(c)) out.push(name);
  for (const [name, re] of NORM) if (re.test(n)) out.push(name);
  return out;
}
