// The scoring engine: analyses a ticket and scores every nomenclature row (model + vocabulary + corrections).
import type { NomenclatureRow, Pack } from '../pack/schema';
import type { ClassifierModel, FeatureOptions } from '../pack/model-schema';
import { cleanMessage } from './clean';
import { defaultFeatureOptions, extractFeatures, type SparseVector } from './features';
import { defaultLexicon, type Lexicon } from './lexicon';
import { decodeLinear, scoreLinear, type LinearModel } from './linear';
import { findCues, normalise, prepareLexicon, type PreparedLexicon, type Token } from './normalize';
import { buildVocabularyIndex, matchVocabulary, type VocabularyIndex, type VocabularyMatch } from './vocabulary';

/** Raw subject kept, and how much of the body is read (a 1 MB ticket is classified on its start). */
export const MAX_SUBJECT = 500;
export const MAX_BODY_RAW = 20000;
export const MAX_BODY_CLEAN = 4000;

export interface Analysis {
  tokens: Token[];
  cues: string[];
  features: SparseVector;
  wordCount: number;
  englishRatio: number;
}

export interface Engine {
  rows: NomenclatureRow[];
  rowIndex: Map<string, number>;
  model: ClassifierModel | undefined;
  linear: LinearModel | undefined;
  /** Pack row index of each model class (-1 when the pack lacks the row). */
  classToRow: Int32Array;
  lex: PreparedLexicon;
  vocab: VocabularyIndex;
  featureOptions: FeatureOptions;
}

export function buildEngine(pack: Pick<Pack, 'nomenclature' | 'model'>, lexiconOverride?: Lexicon): Engine {
  const rows = pack.nomenclature;
  const rowIndex = new Map(rows.map((r, i) => [r.id, i]));
  // A pack typed as Pack was validated when loaded: only a model missing its arrays is treated as absent.
  const model = isUsableModel(pack.model) ? pack.model : undefined;
  const linear = model && model.classes.length > 0 ? decodeLinear(model) : undefined;
  const classToRow = new Int32Array(linear?.classes.length ?? 0);
  linear?.classes.forEach((id, i) => (classToRow[i] = rowIndex.get(id) ?? -1));
  const lex = prepareLexicon(lexiconOverride ?? model?.lexicon ?? defaultLexicon);
  return {
    rows,
    rowIndex,
    model,
    linear,
    classToRow,
    lex,
    vocab: buildVocabularyIndex(rows, lex),
    featureOptions: model?.features ?? defaultFeatureOptions,
  };
}

function isUsableModel(m: ClassifierModel | undefined): m is ClassifierModel {
  return (
    m !== undefined &&
    Array.isArray(m.classes) &&
    Array.isArray(m.bias) &&
    Array.isArray(m.featureNames) &&
    typeof m.weightData === 'string' &&
    typeof m.scale === 'number' &&
    m.calibration !== undefined
  );
}

/** Joins and cleans the subject and the start of the body. */
export function ticketText(subject: string, body: string, lexicon: Lexicon): string {
  const s = cleanMessage(subject.slice(0, MAX_SUBJECT), lexicon);
  const b = cleanMessage(body.slice(0, MAX_BODY_RAW), lexicon).slice(0, MAX_BODY_CLEAN);
  return s && b ? `${s}\n${b}` : s || b;
}

export function analyse(engine: Engine, text: string): Analysis {
  const n = normalise(text, engine.lex);
  const cues = findCues(n.text, engine.lex);
  return {
    tokens: n.tokens,
    cues,
    features: extractFeatures(n, cues, engine.featureOptions),
    wordCount: n.wordCount,
    englishRatio: n.englishRatio,
  };
}

export interface RowScores {
  /** Uncalibrated score of each pack row. */
  logits: Float64Array;
  vocab: VocabularyMatch;
  /** Number of word/bigram/cue features the model knows. */
  known: number;
}

/** Scores every pack row: model logits, plus the vocabulary match (pack data). */
export function scoreRows(engine: Engine, a: Analysis, vocabularyWeight?: number): RowScores {
  const R = engine.rows.length;
  const logits = new Float64Array(R);
  let known = 0;
  if (engine.linear) {
    const s = scoreLinear(engine.linear, a.features);
    known = s.known;
    let min = Infinity;
    for (let c = 0; c < s.logits.length; c++) min = Math.min(min, s.logits[c]!);
    // Rows unknown to the model (added to the pack after training) start below every known row.
    logits.fill(Number.isFinite(min) ? min - 1 : 0);
    for (let c = 0; c < s.logits.length; c++) {
      const r = engine.classToRow[c]!;
      if (r >= 0) logits[r] = s.logits[c]!;
    }
  }
  const vocab = matchVocabulary(engine.vocab, a.tokens);
  const vw = vocabularyWeight ?? engine.model?.vocabularyWeight ?? 1;
  for (let r = 0; r < R; r++) {
    const v = vocab.scores[r]!;
    if (v > 0) {
      logits[r] = logits[r]! + vw * Math.log1p(v);
      known++;
    }
  }
  return { logits, vocab, known };
}

/** Softmax with temperature, in place on a copy. */
export function softmax(logits: Float64Array, temperature = 1): Float64Array {
  const out = new Float64Array(logits.length);
  let max = -Infinity;
  for (const l of logits) max = Math.max(max, l);
  let sum = 0;
  for (let i = 0; i < logits.length; i++) {
    const e = Math.exp((logits[i]! - max) / temperature);
    out[i] = e;
    sum += e;
  }
  for (let i = 0; i < out.length; i++) out[i] = out[i]! / sum;
  return out;
}

/**
 * Niveau consistency: each row's probability is weighted by the total probability of its niveau (in place), so that a
 * ticket whose niveau is clear (an error, a feature request) does not get a row of the other niveau by a narrow margin.
 */
export function niveauConsistent(p: Float64Array, isN2: boolean[]): Float64Array {
  let p2 = 0;
  for (let i = 0; i < p.length; i++) if (isN2[i]) p2 += p[i]!;
  let sum = 0;
  for (let i = 0; i < p.length; i++) {
    p[i] = p[i]! * (isN2[i] ? p2 : 1 - p2);
    sum += p[i]!;
  }
  if (sum > 0) for (let i = 0; i < p.length; i++) p[i] = p[i]! / sum;
  return p;
}
