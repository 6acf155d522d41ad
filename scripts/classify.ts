// `npm run --silent classify -- FILE.jsonl`: one JSON line per ticket {id, niveau, thematique, motif, sous_motif, confidence, confidenceLabel, alternatives}.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { packSchema } from '../lib/pack/schema';
import { createClassifier } from '../lib/classify/index';
import { confidenceLabel } from '../lib/classify/confidence';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));

function main(): number {
  const file = process.argv[2];
  let input: string;
  try {
    input = file && file !== '-' ? readFileSync(file, 'utf8') : readFileSync(0, 'utf8');
  } catch (err) {
    console.error(`Lecture impossible : ${err instanceof Error ? err.message : String(err)}`);
    return 2;
  }
  const parsed = packSchema.safeParse(JSON.parse(readFileSync(join(ROOT, 'assets/packs/sisiao.fr.json'), 'utf8')));
  if (!parsed.success) {
    console.error('Pack invalide : assets/packs/sisiao.fr.json');
    return 1;
  }
  const pack = parsed.data;
  const rows = new Map(pack.nomenclature.map((r) => [r.id, r]));
  const classifier = createClassifier(pack);
  const out: string[] = [];
  let lineNo = 0;
  for (const line of input.split(/\r?\n/)) {
    lineNo++;
    if (!line.trim()) continue;
    let rec: Record<string, unknown>;
    try {
      const v: unknown = JSON.parse(line);
      rec = v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
    } catch {
      console.error(`ligne ${lineNo} : JSON invalide, ignorée`);
      continue;
    }
    const id = rec.id === undefined || rec.id === null ? String(lineNo) : (rec.id as string | number);
    const text = typeof rec.text === 'string' ? rec.text : '';
    const subject = typeof rec.subject === 'string' ? rec.subject : '';
    const { classification: c, ranking: ranked } = classifier.classifyAll({ subject, body: text });
    const alternatives = ranked.slice(0, 3).map((r) => {
      const row = rows.get(r.rowId)!;
      return { niveau: row.niveau, thematique: row.thematique, motif: row.motif, sous_motif: row.sousMotif, score: r.score };
    });
    const top = alternatives[0]!;
    out.push(
      JSON.stringify({
        id,
        niveau: top.niveau,
        thematique: top.thematique,
        motif: top.motif,
        sous_motif: top.sous_motif,
        // Calibrated confidence; 0 when nothing in the ticket can be classified (empty, emoji…).
        confidence: c.confidence,
        // The word the sidebar shows, from the thresholds calibrated on held-out writers (stored in the pack).
        confidenceLabel: confidenceLabel(c.confidence, pack.model?.calibration),
        alternatives,
      }),
    );
  }
  if (out.length) process.stdout.write(out.join('\n') + '\n');
  return 0;
}

// A reader that stops early (`| head`) closes the pipe: end quietly instead of printing a stack trace.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(0);
  throw err;
});
process.exitCode = main();
