// Evaluation of a classifier on labelled tickets: top-1/top-3/niveau, per thématique, confusions, corrections gain.
import type { NomenclatureRow, Pack } from '../pack/schema';
import { createClassifier, type Classifier } from './index';
import { perturb } from './augment';
import type { LabelledDoc } from './labelled';
import { rng } from './random';

export interface Figures {
  n: number;
  top1: number;
  top3: number;
  niveau: number;
}

export interface Evaluation extends Figures {
  byThematique: Array<{ thematique: string } & Figures>;
  confusions: Array<{ expected: string; predicted: string; count: number }>;
  /** Accuracy of the top answer per confidence level. */
  byLevel: Array<{ level: string; n: number; top1: number }>;
  aQualifier: number;
}

function pct(x: number, n: number): number {
  return n ? Math.round((1000 * x) / n) / 10 : 0;
}

export function evaluate(classifier: Classifier, rows: NomenclatureRow[], docs: LabelledDoc[]): Evaluation {
  const byId = new Map(rows.map((r) => [r.id, r]));
  const them = new Map<string, { n: number; t1: number; t3: number; nv: number }>();
  const conf = new Map<string, number>();
  const levels = new Map<string, { n: number; ok: number }>();
  let t1 = 0;
  let t3 = 0;
  let nv = 0;
  let aq = 0;
  for (const d of docs) {
    const expected = byId.get(d.rowId);
    if (!expected) continue;
    const { classification: c, ranking: ranked } = classifier.classifyAll({ subject: '', body: d.text });
    const top = ranked[0]?.rowId ?? '';
    const ok1 = top === d.rowId;
    const ok3 = ranked.slice(0, 3).some((r) => r.rowId === d.rowId);
    const okN = byId.get(top)?.niveau === expected.niveau;
    if (ok1) t1++;
    if (ok3) t3++;
    if (okN) nv++;
    if (c.aQualifier) aq++;
    const th = them.get(expected.thematique) ?? { n: 0, t1: 0, t3: 0, nv: 0 };
    th.n++;
    th.t1 += ok1 ? 1 : 0;
    th.t3 += ok3 ? 1 : 0;
    th.nv += okN ? 1 : 0;
    them.set(expected.thematique, th);
    const lv = levels.get(c.level) ?? { n: 0, ok: 0 };
    lv.n++;
    lv.ok += ok1 ? 1 : 0;
    levels.set(c.level, lv);
    if (!ok1) conf.set(`${d.rowId} → ${top}`, (conf.get(`${d.rowId} → ${top}`) ?? 0) + 1);
  }
  const n = docs.filter((d) => byId.has(d.rowId)).length;
  return {
    n,
    top1: pct(t1, n),
    top3: pct(t3, n),
    niveau: pct(nv, n),
    aQualifier: pct(aq, n),
    byThematique: [...them].map(([thematique, v]) => ({ thematique, n: v.n, top1: pct(v.t1, v.n), top3: pct(v.t3, v.n), niveau: pct(v.nv, v.n) })),
    confusions: [...conf]
      .map(([k, count]) => {
        const [expected, predicted] = k.split(' → ') as [string, string];
        return { expected, predicted, count };
      })
      .sort((a, b) => b.count - a.count),
    byLevel: ['elevee', 'moyenne', 'faible'].map((level) => {
      const v = levels.get(level) ?? { n: 0, ok: 0 };
      return { level, n: v.n, top1: pct(v.ok, v.n) };
    }),
  };
}

export interface CorrectionGain {
  corrected: number;
  rest: number;
  /** Top-1 on the other documents, without and with the corrections. */
  before: number;
  after: number;
  /** Top-1 on reworded copies (typos, dropped words) of the corrected tickets, without and with the corrections. */
  repeatBefore: number;
  repeatAfter: number;
}

/**
 * Simulates the référent: goes through every other document, corrects every wrong top answer,
 * then measures top-1 on the other documents without and with those corrections.
 */
export function simulateCorrections(pack: Pick<Pack, 'nomenclature' | 'model'>, docs: LabelledDoc[]): CorrectionGain {
  // Interleave so that both halves cover every row (labelled files are often sorted by row).
  const first = docs.filter((_, i) => i % 2 === 0);
  const rest = docs.filter((_, i) => i % 2 === 1);
  const base = createClassifier(pack);
  const learning = createClassifier(pack);
  const fixed: LabelledDoc[] = [];
  for (const d of first) {
    const top = learning.rank({ body: d.text })[0]?.rowId;
    if (top !== d.rowId) {
      learning.addCorrection({ createdAt: new Date(0).toISOString(), text: d.text, rowId: d.rowId, suggestedRowId: top });
      fixed.push(d);
    }
  }
  const acc = (c: Classifier, ds: LabelledDoc[]) => pct(ds.filter((d) => c.rank({ body: d.text })[0]?.rowId === d.rowId).length, ds.length);
  const rand = rng(5);
  const repeats = fixed.map((d) => ({ ...d, text: perturb(d.text, rand) }));
  return {
    corrected: fixed.length,
    rest: rest.length,
    before: acc(base, rest),
    after: acc(learning, rest),
    repeatBefore: acc(base, repeats),
    repeatAfter: acc(learning, repeats),
  };
}
