// A light French stemmer: folds plurals and frequent derivational/verbal endings so that variants share a feature.
const SUFFIXES = [
  'issements', 'issement', 'atrices', 'atrice', 'ateurs', 'ateur', 'ations', 'ation', 'ements', 'ement', 'ments', 'ment',
  'ables', 'able', 'euses', 'euse', 'eux', 'ives', 'ive', 'ifs', 'if', 'aient', 'erions', 'erons', 'erez', 'eront', 'erais',
  'erait', 'era', 'ees', 'ee', 'es', 'er', 'ez', 'ent', 'ant', 'ons', 'ait', 'ais', 'ir', 'it', 'is', 'e', 's', 'x',
];

const MAX_LEN = 8;

const cache = new Map<string, string>();

/** Stems one normalised (lower-case, accent-free) token (memoised: words repeat from ticket to ticket). */
export function stem(token: string): string {
  let s = cache.get(token);
  if (s === undefined) {
    if (cache.size > 50000) cache.clear();
    s = stemUncached(token);
    cache.set(token, s);
  }
  return s;
}

function stemUncached(token: string): string {
  if (token.length <= 3 || /\d/.test(token)) return token;
  let w = token;
  for (const s of SUFFIXES) {
    if (w.length - s.length >= 4 && w.endsWith(s)) {
      w = w.slice(0, w.length - s.length);
      break;
    }
  }
  return w.length > MAX_LEN ? w.slice(0, MAX_LEN) : w;
}
