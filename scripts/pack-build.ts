// Assembles the bundled data pack assets/packs/sisiao.fr.json from its parts (assets/packs/parts/*.json).
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PackInput } from '../lib/pack/schema';
import { checkPack } from '../lib/pack/check';
import { formatProblem } from '../lib/pack/problems';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const PARTS = join(ROOT, 'assets/packs/parts');
export const PACK_PATH = join(ROOT, 'assets/packs/sisiao.fr.json');

function part<T>(name: string, fallback?: T): T {
  const f = join(PARTS, name);
  if (!existsSync(f)) {
    if (fallback !== undefined) return fallback;
    throw new Error(`partie manquante : ${f}`);
  }
  return JSON.parse(readFileSync(f, 'utf8')) as T;
}

/** Builds the pack object from the parts (pure: no write). */
export function assemblePack(): PackInput {
  const meta = part<Pick<PackInput, 'id' | 'version' | 'publishedAt' | 'locale'>>('meta.json');
  const nomenclature = part<{ source: string; rows: PackInput['nomenclature'] }>('nomenclature.json');
  const vocabulary = part<Record<string, string[]>>('vocabulary.json', {});
  const templates = part<PackInput['templates']>('templates.json', []);
  const kb = part<PackInput['kb']>('kb.json');
  const welcomeMail = part<PackInput['welcomeMail']>('welcome.json');
  const crmFields = part<PackInput['crmFields']>('crm-fields.json');
  const model = part<PackInput['model'] | null>('model.json', null);
  return {
    format: 'aiguilleur-pack',
    formatVersion: 1,
    ...meta,
    source: nomenclature.source,
    nomenclature: nomenclature.rows.map((r) => ({ ...r, vocabulaire: vocabulary[r.id] ?? r.vocabulaire ?? [] })),
    templates,
    kb,
    welcomeMail,
    crmFields,
    ...(model ? { model } : {}),
  };
}

/** The pack file content exactly as committed (stable key order, one-space indent, final newline). */
export function serializePack(pack: PackInput): string {
  return JSON.stringify(pack, null, 1) + '\n';
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const pack = assemblePack();
  const { problems } = checkPack(pack);
  for (const p of problems) console.error(formatProblem(p));
  const errors = problems.filter((p) => p.severity === 'error');
  if (errors.length) {
    console.error(`Pack invalide : ${errors.length} erreur(s), rien n'est écrit.`);
    process.exit(1);
  }
  writeFileSync(PACK_PATH, serializePack(pack));
  console.log(`Pack écrit : ${PACK_PATH} (${pack.nomenclature.length} lignes, ${pack.templates.length} modèles, ${pack.kb.entries.length} articles)`);
}
