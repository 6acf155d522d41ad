// The evaluation corpora: one per author group (src, src2) and one per writer file (tests/fixtures/corpus/writers/*.txt).
// FINAL_HELDOUT (sms-115 and the writers added after the shipped model was trained) are never used for training, not even
// for the shipped model, nor for tuning anything: they are the final check.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Pack } from '../lib/pack/schema';
import { parseRawCorpus, type Corpus } from '../lib/classify/corpus';
import { readLabelled } from './train';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const CORPUS = join(ROOT, 'tests/fixtures/corpus');

/**
 * The corpora kept out of every training and every tuning (final held-out check). The last four were written by writers
 * who never saw the project, after the shipped model was trained, and were evaluated once on it before being committed.
 */
export const FINAL_HELDOUT: readonly string[] = ['sms-115', 'reclamations-directions', 'objets-courts', 'dictee-vocale', 'administrateurs-locaux'];

/** Every corpus, the final held-out ones included (filter with FINAL_HELDOUT). Rows absent from the pack are dropped. */
export function loadCorpora(pack: Pick<Pack, 'nomenclature'>): Corpus[] {
  const ids = new Set(pack.nomenclature.map((r) => r.id));
  const corpora: Corpus[] = [
    { name: 'src', brief: 'project author (e-mail styles)', docs: readLabelled([join(CORPUS, 'train.jsonl'), join(CORPUS, 'dev.jsonl')], pack) },
    { name: 'src2', brief: 'second author', docs: readLabelled([join(CORPUS, 'xauthor.jsonl')], pack) },
  ];
  const dir = join(CORPUS, 'writers');
  if (existsSync(dir)) {
    for (const f of readdirSync(dir).filter((x) => x.endsWith('.txt')).sort()) {
      const c = parseRawCorpus(readFileSync(join(dir, f), 'utf8'), f.replace(/\.txt$/, ''));
      const unknown = c.docs.filter((d) => !ids.has(d.rowId));
      if (unknown.length) console.error(`writers/${f} : ${unknown.length} tickets ignorés (ligne hors nomenclature : ${[...new Set(unknown.map((d) => d.rowId))].join(', ')})`);
      corpora.push({ ...c, docs: c.docs.filter((d) => ids.has(d.rowId)) });
    }
  }
  return corpora.filter((c) => c.docs.length > 0).map((c) => ({ ...c, docs: c.docs.map((d) => ({ ...d, corpus: c.name })) }));
}

export function trainingCorpora(all: Corpus[]): Corpus[] {
  return all.filter((c) => !FINAL_HELDOUT.includes(c.name));
}
