// French text normalisation for support messages: case, accents, elisions, SMS forms, fixed phrases, stop words, stems.
import type { Lexicon } from './lexicon';
import { stem } from './stem';

/** One meaningful token: its stem and the surface word of the ticket it came from. */
export interface Token {
  stem: string;
  norm: string;
  surface: string;
}

export interface NormalisedText {
  /** Accent-free lower-case text after abbreviations and phrases (what cue expressions read). */
  text: string;
  /** Meaningful tokens (stop words removed), in order. */
  tokens: Token[];
  /** Count of raw words (before stop-word removal). */
  wordCount: number;
  /** Share of raw words that are frequent English words. */
  englishRatio: number;
}

const FOLD: Record<string, string> = {
  à: 'a', â: 'a', ä: 'a', á: 'a', ã: 'a', å: 'a', ç: 'c', é: 'e', è: 'e', ê: 'e', ë: 'e', í: 'i', ì: 'i', î: 'i', ï: 'i',
  ñ: 'n', ó: 'o', ò: 'o', ô: 'o', ö: 'o', õ: 'o', ú: 'u', ù: 'u', û: 'u', ü: 'u', ý: 'y', ÿ: 'y', œ: 'oe', æ: 'ae',
  '’': "'", '‘': "'", '`': "'", '´': "'",
};
const FOLD_RE = /[àâäáãåçéèêëíìîïñóòôöõúùûüýÿœæ’‘`´]/g;

/** Lower case, no diacritics, ligatures folded, apostrophes unified. */
export function foldCase(s: string): string {
  const lower = s.toLowerCase().replace(FOLD_RE, (c) => FOLD[c] ?? c);
  // Rare decomposed or exotic accents: full Unicode decomposition only when needed.
  return /[^ -~\s]/.test(lower) ? lower.normalize('NFD').replace(/[\u0300-\u036f]/g, '') : lower;
}

const ELISION = /\b(l|d|j|qu|n|s|m|t|c|jusqu|lorsqu|puisqu|quoiqu)'/g;

/** Prepared lexicon: lookup tables built once per classifier. */
export interface PreparedLexicon {
  abbreviations: Map<string, string[]>;
  /** First word → phrases starting with it (longest first): words and replacement tokens. */
  phrases: Map<string, Array<{ words: string[]; replacement: string[] }>>;
  stopwords: Set<string>;
  keepShort: Set<string>;
  english: Set<string>;
  cues: Array<[string, RegExp]>;
  /** Phrase token → readable phrase (for matched terms). */
  readable: Map<string, string>;
}

function simple(s: string): string {
  return foldCase(s).replace(ELISION, '$1 ').replace(/[^a-z0-9]+/g, ' ').trim();
}

export function prepareLexicon(lex: Lexicon): PreparedLexicon {
  const abbreviations = new Map<string, string[]>();
  for (const [k, v] of Object.entries(lex.abbreviations)) {
    const rep = simple(v);
    abbreviations.set(simple(k), rep ? rep.split(' ') : []);
  }
  const phrases = new Map<string, Array<{ words: string[]; replacement: string[] }>>();
  const readable = new Map<string, string>();
  for (const [k, v] of Object.entries(lex.phrases)) {
    const key = simple(k);
    if (!key) continue;
    const words = key.split(' ');
    const replacement = v.trim().split(/\s+/).filter((t) => t.length > 0);
    for (const t of replacement) if (!readable.has(t) && t !== key) readable.set(t, key);
    const list = phrases.get(words[0]!) ?? [];
    list.push({ words, replacement });
    list.sort((a, b) => b.words.length - a.words.length);
    phrases.set(words[0]!, list);
  }
  const cues: Array<[string, RegExp]> = [];
  for (const [name, src] of Object.entries(lex.cues)) {
    try {
      cues.push([name, new RegExp(src)]);
    } catch {
      // An invalid expression in the pack is ignored rather than breaking classification.
    }
  }
  return {
    abbreviations,
    phrases,
    stopwords: new Set(lex.stopwords.map(simple)),
    keepShort: new Set(lex.keepShort.map(simple)),
    english: new Set(lex.english.map((w) => w.toLowerCase())),
    cues,
    readable,
  };
}

/** Normalises a cleaned message into cue-ready text and meaningful tokens. */
export function normalise(input: string, lex: PreparedLexicon): NormalisedText {
  const folded = foldCase(input).replace(ELISION, '$1 ');
  const rawWords = folded.match(/[a-z0-9]+(?:'[a-z]+)?/g) ?? [];
  let english = 0;
  for (const w of rawWords) if (lex.english.has(w)) english++;
  const words = folded.replace(/[^a-z0-9]+/g, ' ').trim().split(' ').filter((w) => w.length > 0);
  // Abbreviations / SMS forms, token by token.
  const expanded: string[] = [];
  for (const w of words) {
    const rep = lex.abbreviations.get(w);
    if (rep === undefined) expanded.push(w);
    else for (const r of rep) expanded.push(r);
  }
  // Fixed phrases (longest first) become single tokens.
  const out: string[] = [];
  for (let i = 0; i < expanded.length; ) {
    const cands = lex.phrases.get(expanded[i]!);
    let used = 0;
    if (cands) {
      for (const p of cands) {
        let ok = true;
        for (let j = 1; j < p.words.length; j++) {
          if (expanded[i + j] !== p.words[j]) {
            ok = false;
            break;
          }
        }
        if (ok) {
          out.push(...p.replacement);
          used = p.words.length;
          break;
        }
      }
    }
    if (used === 0) {
      out.push(expanded[i]!);
      used = 1;
    }
    i += used;
  }
  const text = out.join(' ');
  const tokens: Token[] = [];
  for (const w of out) {
    if (w.length === 0 || lex.stopwords.has(w)) continue;
    if (w.length < 3 && !lex.keepShort.has(w)) continue;
    tokens.push({ stem: stem(w), norm: w, surface: lex.readable.get(w) ?? w });
  }
  return { text, tokens, wordCount: rawWords.length, englishRatio: rawWords.length ? english / rawWords.length : 0 };
}

/** Names of the cues found in a normalised text. */
export function findCues(text: string, lex: PreparedLexicon): string[] {
  const found: string[] = [];
  for (const [name, re] of lex.cues) if (re.test(text)) found.push(name);
  return found;
}
