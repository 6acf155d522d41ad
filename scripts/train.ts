// `npm run train -- labelled.jsonl [more.jsonl…] [--dev dev.jsonl] [--out file]`: trains the classifier model part of the pack.
// `npm run train -- --corpora`: the shipped model, on every corpus but the final held-out one, thresholds fitted on cross folds.
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { packSchema, type Pack } from '../lib/pack/schema';
import { labelledLineSchema, parseJsonl, rowIdResolver } from '../lib/classify/labelled';
import { calibrateModel, fitModel } from '../lib/classify/calibrate';
import type { LabelledDoc } from '../lib/classify/labelled';
import { trainModel } from '../lib/classify/train';
import { assemblePack } from './pack-build';
import { loadCorpora, trainingCorpora } from './corpora';
import { modelWithCrossThresholds } from '../lib/classify/cross';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));

/** Reads labelled JSONL files into documents with row ids (unknown labels reported on stderr). */
export function readLabelled(files: string[], pack: Pick<Pack, 'nomenclature'>): LabelledDoc[] {
  const resolveRow = rowIdResolver(pack.nomenclature);
  const docs: LabelledDoc[] = [];
  for (const f of files) {
    const { lines, errors } = parseJsonl(readFileSync(f, 'utf8'));
    for (const e of errors) console.error(`${f} : ${e}`);
    lines.forEach((l, i) => {
      const p = labelledLineSchema.safeParse(l);
      if (!p.success) {
        console.error(`${f} : entrée ${i + 1} ignorée (champs attendus : text, thematique, motif, sous_motif)`);
        return;
      }
      const rowId = resolveRow(p.data.thematique, p.data.motif, p.data.sous_motif);
      if (!rowId) {
        console.error(`${f} : entrée ${i + 1} ignorée (libellés hors nomenclature : ${p.data.thematique} / ${p.data.motif} / ${p.data.sous_motif})`);
        return;
      }
      docs.push({ id: p.data.id, text: p.data.text, rowId });
    });
  }
  return docs;
}

/** The pack assembled from its parts, without the model (training input). */
export function basePack(): Pack {
  return packSchema.parse({ ...assemblePack(), model: undefined });
}

function main(): void {
  const args = process.argv.slice(2);
  const files: string[] = [];
  const dev: string[] = [];
  let out = join(ROOT, 'assets/packs/parts/model.json');
  let corpora = false;
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--corpora') corpora = true;
    else if (args[i] === '--dev') dev.push(args[++i]!);
    else if (args[i] === '--out') out = resolve(args[++i]!);
    else files.push(args[i]!);
  }
  if (files.length === 0 && !corpora) {
    console.error('Usage : npm run train -- labelled.jsonl [autre.jsonl…] [--dev dev.jsonl] [--out model.json] | --corpora');
    process.exit(2);
  }
  const pack = basePack();
  const train = corpora ? trainingCorpora(loadCorpora(pack)) : [];
  const docs = corpora ? train.flatMap((c) => c.docs) : readLabelled(files, pack);
  if (corpora) files.push(...train.map((c) => `corpus:${c.name}`));
  const t0 = performance.now();
  let model;
  if (corpora) {
    model = modelWithCrossThresholds(pack, train, {});
  } else if (dev.length) {
    model = calibrateModel(pack, trainModel(pack, docs), readLabelled(dev, pack));
  } else {
    // Calibrate on a 20 % hold-out, then train the shipped model on everything with that calibration.
    model = fitModel(pack, docs);
  }
  model.stats = { ...model.stats, files: files.map((f) => f.replace(ROOT + '/', '')), trainSeconds: Math.round((performance.now() - t0) / 100) / 10 };
  const json = JSON.stringify(model);
  writeFileSync(out, json + '\n');
  console.log(
    `Modèle écrit : ${out} (${docs.length} tickets, ${model.featureNames.length} traits, ${(json.length / 1024).toFixed(0)} Ko, ` +
      `poids vocabulaire ${model.vocabularyWeight}, température ${model.calibration.temperature}, ` +
      `seuils « élevée » ${model.calibration.elevee} / « moyenne » ${model.calibration.moyenne})`,
  );
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
