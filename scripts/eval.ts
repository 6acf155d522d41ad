// `npm run eval -- labelled.jsonl [--train train.jsonl…]`: top-1/top-3/niveau, per thématique, confusions, corrections gain.
// `npm run eval -- --cross` (leave-one-corpus-out), `--final` (the held-out corpus), `--prior`, `--replay-corrections [N]`: see scripts/eval-cross.ts.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { packSchema, type Pack } from '../lib/pack/schema';
import { createClassifier } from '../lib/classify/index';
import { evaluate, simulateCorrections } from '../lib/classify/evaluate';
import { fitModel } from '../lib/classify/calibrate';
import { basePack, readLabelled } from './train';
import { runCross } from './eval-cross';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));

function main(): void {
  const args = process.argv.slice(2);
  if (args.some((a) => ['--cross', '--final', '--prior', '--replay-corrections', '--tune-weights'].includes(a))) {
    runCross(args);
    return;
  }
  const files: string[] = [];
  const trainFiles: string[] = [];
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--train') trainFiles.push(args[++i]!);
    else files.push(args[i]!);
  }
  if (files.length === 0) {
    console.error('Usage : npm run eval -- labelled.jsonl [--train train.jsonl] | --cross [--final] [--prior] [--replay-corrections N] [--folds a,b] | --tune-weights');
    process.exit(2);
  }
  let pack: Pack;
  if (trainFiles.length) {
    const base = basePack();
    const docs = readLabelled(trainFiles, base);
    pack = { ...base, model: fitModel(base, docs) };
    console.log(`Modèle entraîné en mémoire sur ${docs.length} tickets (${trainFiles.join(', ')})`);
  } else {
    pack = packSchema.parse(JSON.parse(readFileSync(join(ROOT, 'assets/packs/sisiao.fr.json'), 'utf8')));
  }
  const docs = readLabelled(files, pack);
  const t0 = performance.now();
  const e = evaluate(createClassifier(pack), pack.nomenclature, docs);
  const ms = (performance.now() - t0) / Math.max(1, docs.length) / 2;
  console.log(`\nÉvaluation sur ${e.n} tickets (${files.join(', ')}) — ${ms.toFixed(2)} ms/ticket`);
  console.log(`  top-1 sous-motif : ${e.top1} %`);
  console.log(`  top-3 sous-motif : ${e.top3} %`);
  console.log(`  niveau           : ${e.niveau} %`);
  console.log(`  « à qualifier »  : ${e.aQualifier} %`);
  console.log('\nPar thématique (n, top-1, top-3, niveau) :');
  for (const t of e.byThematique) console.log(`  ${t.thematique.padEnd(52)} ${String(t.n).padStart(4)}  ${String(t.top1).padStart(5)} %  ${String(t.top3).padStart(5)} %  ${String(t.niveau).padStart(5)} %`);
  console.log('\nConfiance (niveau : n, top-1) :');
  for (const l of e.byLevel) console.log(`  ${l.level.padEnd(8)} ${String(l.n).padStart(4)}  ${l.top1} %`);
  console.log('\nConfusions les plus fréquentes (attendu → proposé) :');
  for (const c of e.confusions.slice(0, 12)) console.log(`  ${c.count} × ${c.expected} → ${c.predicted}`);
  const g = simulateCorrections(pack, docs);
  console.log(
    `\nCorrections simulées : ${g.corrected} corrections sur un ticket sur deux ; top-1 sur les autres (${g.rest} tickets) ${g.before} % → ${g.after} % (${sign(g.after - g.before)} pts)`,
  );
  console.log(`  mêmes tickets corrigés, reformulés (fautes, mots omis) : top-1 ${g.repeatBefore} % → ${g.repeatAfter} % (${sign(g.repeatAfter - g.repeatBefore)} pts)`);
}

function sign(x: number): string {
  const r = Math.round(x * 10) / 10;
  return r >= 0 ? `+${r}` : String(r);
}

main();
