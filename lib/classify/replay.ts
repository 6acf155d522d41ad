// Simulations on held-out tickets: a référent correcting the first N errors (gain on the rest), and the requester's choice as a prior.
import type { NomenclatureRow, Pack } from '../pack/schema';
import { createClassifier, type Classifier } from './index';
import type { LabelledDoc } from './labelled';
import { rng, shuffled } from './random';

const pct = (x: number, n: number): number => (n ? Math.round((1000 * x) / n) / 10 : 0);

export interface ReplayGain {
  /** Corrections made (≤ N) and tickets read to make them. */
  corrected: number;
  read: number;
  /** Tickets after that point, and their top-1 without and with the corrections. */
  rest: number;
  before: number;
  after: number;
}

/**
 * The référent reads the held-out tickets in a fixed random order and corrects every wrong top answer until N
 * corrections are made (each correction helps the next tickets); top-1 is then measured on the tickets not yet read.
 */
export function replayCorrections(pack: Pick<Pack, 'nomenclature' | 'model'>, docs: LabelledDoc[], n: number, seed = 3): ReplayGain {
  const order = shuffled(docs, seed);
  const base = createClassifier(pack);
  const learning = createClassifier(pack);
  let read = 0;
  let corrected = 0;
  while (read < order.length && corrected < n) {
    const d = order[read++]!;
    const top = learning.rank({ body: d.text })[0]?.rowId;
    if (top !== d.rowId) {
      learning.addCorrection({ createdAt: new Date(0).toISOString(), text: d.text, rowId: d.rowId, suggestedRowId: top });
      corrected++;
    }
  }
  const rest = order.slice(read);
  const acc = (c: Classifier) => pct(rest.filter((d) => c.rank({ body: d.text })[0]?.rowId === d.rowId).length, rest.length);
  return { corrected, read, rest: rest.length, before: acc(base), after: acc(learning) };
}

/**
 * A simulated requester's choice: the right row with probability `accuracy`, otherwise another row (half the time one of
 * the same thématique, the usual mistake).
 */
export function simulatedChoice(rows: NomenclatureRow[], rowId: string, accuracy: number, rand: () => number): string {
  if (rand() < accuracy) return rowId;
  const right = rows.find((r) => r.id === rowId);
  const near = rows.filter((r) => r.id !== rowId && r.thematique === right?.thematique);
  const pool = near.length && rand() < 0.5 ? near : rows.filter((r) => r.id !== rowId);
  return pool[Math.floor(rand() * pool.length)]!.id;
}

export interface PriorGain {
  n: number;
  accuracy: number;
  top1Before: number;
  top1After: number;
  top3Before: number;
  top3After: number;
  niveauBefore: number;
  niveauAfter: number;
}

/** Top-1/top-3/niveau without and with the requester's (simulated) choice as a prior. */
export function requesterPriorGain(classifier: Classifier, rows: NomenclatureRow[], docs: LabelledDoc[], accuracy: number, seed = 9): PriorGain {
  const rand = rng(seed);
  const byId = new Map(rows.map((r) => [r.id, r]));
  const c = { t1: [0, 0], t3: [0, 0], nv: [0, 0] };
  const known = docs.filter((d) => byId.has(d.rowId));
  for (const d of known) {
    const requesterRowId = simulatedChoice(rows, d.rowId, accuracy, rand);
    [classifier.rank({ body: d.text }), classifier.rank({ body: d.text, requesterRowId })].forEach((ranked, k) => {
      if (ranked[0]?.rowId === d.rowId) c.t1[k]!++;
      if (ranked.slice(0, 3).some((r) => r.rowId === d.rowId)) c.t3[k]!++;
      if (byId.get(ranked[0]?.rowId ?? '')?.niveau === byId.get(d.rowId)!.niveau) c.nv[k]!++;
    });
  }
  const n = known.length;
  return {
    n,
    accuracy,
    top1Before: pct(c.t1[0]!, n),
    top1After: pct(c.t1[1]!, n),
    top3Before: pct(c.t3[0]!, n),
    top3After: pct(c.t3[1]!, n),
    niveauBefore: pct(c.nv[0]!, n),
    niveauAfter: pct(c.nv[1]!, n),
  };
}
