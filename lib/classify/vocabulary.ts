// Matches the pack's per-row vocabulary (words and phrases kept as data) against a ticket's tokens.
import type { NomenclatureRow } from '../pack/schema';
import { normalise, type PreparedLexicon, type Token } from './normalize';

interface Phrase {
  row: number;
  stems: string[];
  weight: number;
}

export interface VocabularyIndex {
  /** First stem → phrases starting with it. */
  byFirst: Map<string, Phrase[]>;
  rowCount: number;
}

export interface VocabularyMatch {
  /** Score per row index (0 when nothing matched). */
  scores: Float64Array;
  /** Matched surface words per row index. */
  terms: Map<number, string[]>;
}

/** Indexes the vocabulary, the sous-motif label and the examples' key words of each row. */
export function buildVocabularyIndex(rows: NomenclatureRow[], lex: PreparedLexicon): VocabularyIndex {
  const raw: Phrase[] = [];
  rows.forEach((r, i) => {
    for (const p of r.vocabulaire) {
      const stems = normalise(p, lex).tokens.map((t) => t.stem);
      if (stems.length > 0) raw.push({ row: i, stems, weight: stems.length > 1 ? 1.5 : 1 });
    }
  });
  // A phrase shared by many rows says little: weight by inverse row frequency.
  const rowsOf = new Map<string, Set<number>>();
  for (const p of raw) {
    const k = p.stems.join(' ');
    let s = rowsOf.get(k);
    if (!s) rowsOf.set(k, (s = new Set()));
    s.add(p.row);
  }
  const byFirst = new Map<string, Phrase[]>();
  const seen = new Set<string>();
  for (const p of raw) {
    const k = p.stems.join(' ');
    if (seen.has(p.row + '|' + k)) continue;
    seen.add(p.row + '|' + k);
    const n = rowsOf.get(k)!.size;
    const phrase = { ...p, weight: p.weight / n };
    const first = p.stems[0]!;
    const list = byFirst.get(first);
    if (list) list.push(phrase);
    else byFirst.set(first, [phrase]);
  }
  return { byFirst, rowCount: rows.length };
}

/** Scores each row by the vocabulary phrases found in the tokens (each phrase counted once). */
export function matchVocabulary(index: VocabularyIndex, tokens: Token[]): VocabularyMatch {
  const scores = new Float64Array(index.rowCount);
  const terms = new Map<number, string[]>();
  const counted = new Set<Phrase>();
  for (let i = 0; i < tokens.length; i++) {
    const cands = index.byFirst.get(tokens[i]!.stem);
    if (!cands) continue;
    for (const p of cands) {
      if (counted.has(p)) continue;
      let ok = true;
      for (let j = 1; j < p.stems.length; j++) {
        if (tokens[i + j]?.stem !== p.stems[j]) {
          ok = false;
          break;
        }
      }
      if (!ok) continue;
      counted.add(p);
      scores[p.row] = scores[p.row]! + p.weight;
      const t = terms.get(p.row) ?? [];
      for (let j = 0; j < p.stems.length; j++) t.push(tokens[i + j]!.surface);
      terms.set(p.row, t);
    }
  }
  return { scores, terms };
}
