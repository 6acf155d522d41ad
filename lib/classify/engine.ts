// The scoring engine: analyses a ticket and scores every nomenclature row (model + vocabulary + corrections).
import type { NomenclatureRow, Pack } from '../pack/schema';
import type { ClassifierModel, FeatureOptions } from '../pack/model-schema';
import { decodeBayes, scoreBayes, type BayesModel } from './bayes';
import { cleanMessage } from './clean';
import { defaultFeatureOptions, extractFeatures, type SparseVector } from './features';
import { defaultLexicon, type Lexicon } from './lexicon';
import { decodeLinear, scoreLinear, type LinearModel } from './linear';
import { findCues, normalise, prepareLexicon, type PreparedLexicon, type Token } from './normalize';
import { niveauCues } from './niveau';
import { decodeWeights, type SparseTable } from './weights';
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
  /** Niveau model (niveau 2 vs 1), if the pack's model has one. */
  niveau: { bias: number; table: SparseTable } | undefined;
  /** Naive Bayes over the model's classes, if the pack's model has one. */
  bayes: BayesModel | undefined;
  /** The model's part weights (see combineParts), read once here rather than per ticket. */
  weights: PartWeights;
  isN2: boolean[];
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
    niveau: model?.niveau
      ? { bias: model.niveau.bias, table: decodeWeights(model.niveau.featureNames, model.niveau.weightData, model.scale, 1) }
      : undefined,
    bayes: model?.bayes && linear ? decodeBayes(model.bayes, model.scale, linear.classes.length) : undefined,
    weights: modelWeights(model),
    isN2: rows.map((r) => r.niveau === 2),
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
  const cues = [...findCues(n.text, engine.lex), ...niveauCues(text, n.text)];
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

export interface ScoreParts {
  /** Model logits per pack row. */
  linear: Float64Array;
  /** log(1 + vocabulary match) per pack row. */
  vocabulary: Float64Array;
  /** Log-probability of each row's niveau by the niveau model (0 without one). */
  niveau: Float64Array;
  /** Naive Bayes log-likelihood per pack row (0 without one). */
  bayes: Float64Array;
  vocab: VocabularyMatch;
  known: number;
  /** Probability of niveau 2 by the niveau model (undefined without one). */
  p2: number | undefined;
}

/** Probability of niveau 2 by the niveau model. */
export function niveauProbability(n: NonNullable<Engine['niveau']>, x: SparseVector): number {
  let z = n.bias;
  const { index, offsets, w } = n.table;
  for (const [f, v] of x) {
    const fi = index.get(f);
    if (fi !== undefined && offsets[fi + 1]! > offsets[fi]!) z += v * w[offsets[fi]!]!;
  }
  return 1 / (1 + Math.exp(-z));
}

/** The parts of a row's score, before they are weighted (see scoreRows). */
export function scoreParts(engine: Engine, a: Analysis): ScoreParts {
  const R = engine.rows.length;
  const linear = new Float64Array(R);
  let known = 0;
  if (engine.linear) {
    const s = scoreLinear(engine.linear, a.features);
    known = s.known;
    let min = Infinity;
    for (let c = 0; c < s.logits.length; c++) min = Math.min(min, s.logits[c]!);
    // Rows unknown to the model (added to the pack after training) start below every known row.
    linear.fill(Number.isFinite(min) ? min - 1 : 0);
    for (let c = 0; c < s.logits.length; c++) {
      const r = engine.classToRow[c]!;
      if (r >= 0) linear[r] = s.logits[c]!;
    }
  }
  const vocab = matchVocabulary(engine.vocab, a.tokens);
  const vocabulary = new Float64Array(R);
  for (let r = 0; r < R; r++) {
    const v = vocab.scores[r]!;
    if (v > 0) {
      vocabulary[r] = Math.log1p(v);
      known++;
    }
  }
  const niveau = new Float64Array(R);
  let p2: number | undefined;
  if (engine.niveau) {
    p2 = Math.min(1 - 1e-4, Math.max(1e-4, niveauProbability(engine.niveau, a.features)));
    const l2 = Math.log(p2);
    const l1 = Math.log(1 - p2);
    for (let r = 0; r < R; r++) niveau[r] = engine.isN2[r] ? l2 : l1;
  }
  const bayes = new Float64Array(R);
  if (engine.bayes) {
    const s = scoreBayes(engine.bayes, a.features);
    let min = Infinity;
    for (let c = 0; c < s.length; c++) min = Math.min(min, s[c]!);
    // Rows unknown to the model start below every known row, as for the linear part.
    bayes.fill(Number.isFinite(min) ? min - 1 : 0);
    for (let c = 0; c < s.length; c++) {
      const r = engine.classToRow[c]!;
      if (r >= 0) bayes[r] = s[c]!;
    }
  }
  return { linear, vocabulary, niveau, bayes, vocab, known, p2 };
}

/** Weights of the score parts other than the linear model's logits. */
export interface PartWeights {
  vocabulary: number;
  niveau: number;
  bayes: number;
}

/** Combines the parts: model logits + the weighted vocabulary match, niveau log-probability and naive Bayes. */
export function combineParts(p: Pick<ScoreParts, 'linear' | 'vocabulary' | 'niveau' | 'bayes'>, w: PartWeights): Float64Array {
  const out = new Float64Array(p.linear.length);
  for (let r = 0; r < out.length; r++) out[r] = p.linear[r]! + w.vocabulary * p.vocabulary[r]! + w.niveau * p.niveau[r]! + w.bayes * p.bayes[r]!;
  return out;
}

/** The part weights stored in a model (vocabulary alone, weight 1, without one). */
export function modelWeights(model: ClassifierModel | undefined): PartWeights {
  return { vocabulary: model?.vocabularyWeight ?? 1, niveau: model?.niveau?.weight ?? 0, bayes: model?.bayes?.weight ?? 0 };
}

/** Scores every pack row: model logits, the vocabulary match (pack data), the niveau decision and the naive Bayes. */
export function scoreRows(engine: Engine, a: Analysis): RowScores {
  const p = scoreParts(engine, a);
  return { logits: combineParts(p, engine.weights), vocab: p.vocab, known: p.known };
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
