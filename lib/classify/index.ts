// The classifier: ranks nomenclature rows for a ticket, calibrates its confidence and learns from corrections.
import type { NomenclatureRow, Pack } from '../pack/schema';
import type { CorrectionRow } from './correction';
import { analyse, buildEngine, niveauConsistent, scoreRows, softmax, ticketText, type Analysis, type Engine } from './engine';
import { contributions } from './linear';
import { defaultLexicon } from './lexicon';
import { CorrectionMemory } from './memory';
import type { Classification, ClassifyInput, ConfidenceLevel, Suggestion } from './types';

export interface RankedRow {
  rowId: string;
  /** Calibrated probability. */
  score: number;
}

export interface Classifier {
  /** Best suggestions (at most 3), calibrated confidence, « à qualifier » flag. Never throws. */
  classify(input: Partial<ClassifyInput>): Classification;
  /** Every row, best first, even for an empty ticket (used by the CLI and evaluation). */
  rank(input: Partial<ClassifyInput>): RankedRow[];
  /** Both at the cost of one scoring. */
  classifyAll(input: Partial<ClassifyInput>): { classification: Classification; ranking: RankedRow[] };
  /** Stores a référent's correction: the next similar tickets get the corrected row. */
  addCorrection(c: CorrectionRow): void;
  /** Number of corrections in memory. */
  readonly corrections: number;
}

/** Similarity from which a stored correction is taken as the same ticket. */
const NEAR_DUPLICATE = 0.9;

const EMPTY: Classification = { suggestions: [], confidence: 0, level: 'faible', aQualifier: true };

interface Scored {
  probs: Float64Array;
  order: number[];
  analysis: Analysis;
  known: number;
  vocabTerms: Map<number, string[]>;
}

export function createClassifier(pack: Pick<Pack, 'nomenclature' | 'model'>, corrections: CorrectionRow[] = []): Classifier {
  const engine: Engine = buildEngine(pack);
  const lexicon = engine.model?.lexicon ?? defaultLexicon;
  const calibration = engine.model?.calibration ?? { temperature: 1, elevee: 0.7, moyenne: 0.4, aQualifier: 0.2 };
  const thresholds = { elevee: calibration.elevee, moyenne: calibration.moyenne };
  const correctionWeight = engine.model?.correctionWeight ?? 8;
  const correctionThreshold = engine.model?.correctionThreshold ?? 0.35;
  const requesterWeight = engine.model?.requesterWeight ?? 1.5;
  const memory = new CorrectionMemory();

  const textOf = (input: Partial<ClassifyInput>): string =>
    ticketText(typeof input.subject === 'string' ? input.subject : '', typeof input.body === 'string' ? input.body : '', lexicon);

  function score(input: Partial<ClassifyInput>): Scored {
    const analysis = analyse(engine, textOf(input));
    const { logits, vocab, known } = scoreRows(engine, analysis);
    const chosen = typeof input.requesterRowId === 'string' ? engine.rowIndex.get(input.requesterRowId) : undefined;
    if (chosen !== undefined && requesterWeight > 0) applyRequesterPrior(logits, engine.rows, chosen, requesterWeight);
    if (memory.size > 0) {
      let max = -Infinity;
      for (const l of logits) max = Math.max(max, l);
      for (const [rowId, sim] of memory.nearest(analysis.features, correctionThreshold)) {
        const r = engine.rowIndex.get(rowId);
        if (r === undefined) continue;
        const boost = (correctionWeight * (sim - correctionThreshold)) / (1 - correctionThreshold);
        // The same ticket again (or nearly): the corrected row comes first; a merely similar one gets a boost.
        logits[r] = sim >= NEAR_DUPLICATE ? Math.max(logits[r]!, max) + boost : logits[r]! + boost;
      }
    }
    const probs = niveauConsistent(softmax(logits, calibration.temperature), isN2);
    const order = Array.from(probs.keys()).sort((a, b) => probs[b]! - probs[a]!);
    return { probs, order, analysis, known, vocabTerms: vocab.terms };
  }

  const isN2 = engine.rows.map((r) => r.niveau === 2);

  function matchedTerms(s: Scored, r: number): string[] {
    const terms = new Set<string>(s.vocabTerms.get(r) ?? []);
    const linear = engine.linear;
    const c = linear?.classIndex.get(engine.rows[r]!.id) ?? -1;
    if (linear && c >= 0) {
      const byStem = new Map(s.analysis.tokens.map((t) => [t.stem, t.surface]));
      for (const [f, w] of contributions(linear, s.analysis.features, c)) {
        if (w <= 0 || terms.size >= 6) break;
        if (f.startsWith('w:')) {
          const surface = byStem.get(f.slice(2));
          if (surface) terms.add(surface);
        } else if (f.startsWith('b:')) {
          for (const part of f.slice(2).split('_')) {
            const surface = byStem.get(part);
            if (surface) terms.add(surface);
          }
        }
      }
    }
    return [...terms].slice(0, 6);
  }

  function levelOf(p: number): ConfidenceLevel {
    if (p >= calibration.elevee) return 'elevee';
    if (p >= calibration.moyenne) return 'moyenne';
    return 'faible';
  }

  function toClassification(s: Scored): Classification {
    const a = s.analysis;
    // Nothing the classifier knows (empty text, emoji, another language): « à qualifier », no suggestion.
    if (s.known === 0 || a.tokens.length === 0) return { ...EMPTY };
    const english = a.englishRatio >= 0.3 && a.wordCount >= 3;
    const suggestions: Suggestion[] = s.order.slice(0, 3).map((r) => {
      const row = engine.rows[r]!;
      return {
        rowId: row.id,
        niveau: row.niveau,
        thematique: row.thematique,
        motif: row.motif,
        sousMotif: row.sousMotif,
        score: round(s.probs[r]!),
        matchedTerms: matchedTerms(s, r),
      };
    });
    let confidence = round(s.probs[s.order[0]!]!);
    if (english) confidence = Math.min(confidence, round(calibration.aQualifier * 0.9));
    const aQualifier = english || confidence < calibration.aQualifier;
    return { suggestions, confidence, level: aQualifier ? 'faible' : levelOf(confidence), aQualifier, thresholds };
  }

  const toRanking = (s: Scored): RankedRow[] => s.order.map((r) => ({ rowId: engine.rows[r]!.id, score: round(s.probs[r]!) }));

  function classify(input: Partial<ClassifyInput>): Classification {
    try {
      return toClassification(score(input ?? {}));
    } catch {
      return { ...EMPTY };
    }
  }

  function rank(input: Partial<ClassifyInput>): RankedRow[] {
    try {
      return toRanking(score(input ?? {}));
    } catch {
      return engine.rows.map((r) => ({ rowId: r.id, score: 0 }));
    }
  }

  function classifyAll(input: Partial<ClassifyInput>): { classification: Classification; ranking: RankedRow[] } {
    try {
      const s = score(input ?? {});
      return { classification: toClassification(s), ranking: toRanking(s) };
    } catch {
      return { classification: { ...EMPTY }, ranking: engine.rows.map((r) => ({ rowId: r.id, score: 0 })) };
    }
  }

  function addCorrection(c: CorrectionRow): void {
    try {
      if (!engine.rowIndex.has(c.rowId)) return;
      const analysis = analyse(engine, ticketText('', c.text ?? '', lexicon));
      memory.add({ rowId: c.rowId, features: analysis.features });
    } catch {
      // A malformed correction is skipped: classification goes on.
    }
  }

  for (const c of corrections) addCorrection(c);

  return {
    classify,
    rank,
    classifyAll,
    addCorrection,
    get corrections() {
      return memory.size;
    },
  };
}

/** The requester's choice as a prior: its row gets `weight`, the other rows of the same motif a third of it. */
export function applyRequesterPrior(logits: Float64Array, rows: Pick<NomenclatureRow, 'thematique' | 'motif'>[], chosen: number, weight: number): void {
  const c = rows[chosen]!;
  for (let r = 0; r < rows.length; r++) {
    if (r === chosen) logits[r] = logits[r]! + weight;
    else if (rows[r]!.thematique === c.thematique && rows[r]!.motif === c.motif) logits[r] = logits[r]! + weight / 3;
  }
}

function round(x: number): number {
  return Math.round(x * 10000) / 10000;
}
