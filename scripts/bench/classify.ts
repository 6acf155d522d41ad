// Benchmark of the classifier: p95 per 300-word ticket on the real pack and on a pack 10× larger, and build time.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { packSchema, type Pack } from '../../lib/pack/schema';
import type { ClassifierModel } from '../../lib/pack/model-schema';
import { createClassifier } from '../../lib/classify/index';
import { decodeWeights, encodeWeights } from '../../lib/classify/weights';
import { figure, median, percentile, timeRuns } from './_format';

const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));

/** 300-word tickets stitched from the labelled corpus (greetings, context, questions). */
function tickets(count: number): string[] {
  const lines = readFileSync(join(ROOT, 'tests/fixtures/corpus/dev.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => (JSON.parse(l) as { text: string }).text);
  const out: string[] = [];
  let k = 0;
  for (let i = 0; i < count; i++) {
    const words: string[] = [];
    while (words.length < 300) words.push(...lines[k++ % lines.length]!.split(/\s+/));
    out.push(words.slice(0, 300).join(' '));
  }
  return out;
}

/** A pack 10× larger: every row replicated with a new id and perturbed vocabulary; model columns replicated too. */
export function largerPack(pack: Pack, factor = 10): Pack {
  const rows = pack.nomenclature.flatMap((r) =>
    Array.from({ length: factor }, (_, k) =>
      k === 0
        ? r
        : {
            ...r,
            id: `${r.id}.x${k}`,
            sousMotif: `${r.sousMotif} ${k}`,
            vocabulaire: r.vocabulaire.map((v, j) => (j % 2 === 0 ? `${v} v${k}` : v.split('').reverse().join(''))),
          },
    ),
  );
  let model: ClassifierModel | undefined;
  if (pack.model) {
    const m = pack.model;
    const C = m.classes.length;
    /** Every class's entries repeated for its 10 copies (slightly perturbed). */
    const replicate = (featureNames: string[], weightData: string) => {
      const t = decodeWeights(featureNames, weightData, 1, C);
      return encodeWeights(
        featureNames.map((name, f) => {
          const entries: Array<[number, number]> = [];
          for (let k = 0; k < factor; k++)
            for (let e = t.offsets[f]!; e < t.offsets[f + 1]!; e++) entries.push([t.cls[e]! + k * C, t.w[e]! + ((k * 7 + e) % 5) - 2]);
          return { name, entries };
        }),
      );
    };
    model = {
      ...m,
      classes: Array.from({ length: factor }, (_, k) => m.classes.map((c) => (k === 0 ? c : `${c}.x${k}`))).flat(),
      bias: Array.from({ length: factor }, () => m.bias).flat(),
      ...replicate(m.featureNames, m.weightData),
      ...(m.bayes
        ? { bayes: { ...m.bayes, ...replicate(m.bayes.featureNames, m.bayes.weightData), classTerm: Array.from({ length: factor }, () => m.bayes!.classTerm).flat() } }
        : {}),
    };
  }
  return { ...pack, nomenclature: rows, model };
}

function timeTickets(pack: Pack, texts: string[]): number[] {
  const c = createClassifier(pack);
  for (const t of texts) c.classify({ subject: '', body: t });
  return timeRuns(texts.length, (i) => c.classify({ subject: 'Demande d’assistance', body: texts[i]! }));
}

function buildTimes(pack: Pack, runs: number): number[] {
  return timeRuns(runs, () => createClassifier(pack));
}

export default async function bench(): Promise<boolean> {
  const pack = packSchema.parse(JSON.parse(readFileSync(join(ROOT, 'assets/packs/sisiao.fr.json'), 'utf8')));
  const big = largerPack(pack);
  const texts = tickets(200);
  let ok = true;
  // Machine reference: the same loop takes ≈ 0.1 ms on an idle laptop core; read the figures below relative to it.
  const ref = timeRuns(20, () => {
    let x = 0;
    for (let i = 0; i < 100000; i++) x += i * i;
    if (x < 0) console.log(x);
  });
  figure('référence machine (boucle de 100 000 opérations, médiane)', median(ref), 'ms');
  const real = timeTickets(pack, texts);
  figure('médiane par ticket de 300 mots (pack réel)', median(real), 'ms');
  ok = figure('p95 par ticket de 300 mots (pack réel)', percentile(real, 95), 'ms', 2) && ok;
  const large = timeTickets(big, texts);
  figure(`médiane par ticket de 300 mots (pack ×10, ${big.nomenclature.length} lignes)`, median(large), 'ms');
  ok = figure(`p95 par ticket de 300 mots (pack ×10, ${big.nomenclature.length} lignes)`, percentile(large, 95), 'ms', 10) && ok;
  const builds = buildTimes(pack, 7);
  ok = figure('construction du classifieur (médiane, pack réel)', median(builds), 'ms', 50) && ok;
  figure('construction du classifieur (médiane, pack ×10)', median(buildTimes(big, 3)), 'ms');
  return ok;
}
