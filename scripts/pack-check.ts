// CLI: `npm run pack:check -- FILE` validates a data pack, prints each problem with its JSON path and the review counts; exit 1 on error.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkPack, formatReviewSummary, reviewSummary } from '../lib/pack/check';
import { formatProblem } from '../lib/pack/problems';

const DEFAULT = resolve(fileURLToPath(new URL('..', import.meta.url)), 'assets/packs/sisiao.fr.json');

function main(argv: string[]): number {
  const file = resolve(argv[0] ?? DEFAULT);
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    console.error(`erreur (fichier) : impossible de lire ${file} comme JSON (${e instanceof Error ? e.message : String(e)})`);
    return 1;
  }
  const { pack, problems } = checkPack(raw);
  for (const p of problems) console.log(formatProblem(p));
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.length - errors;
  const what = pack ? `pack ${pack.id} ${pack.version} : ${pack.nomenclature.length} lignes, ${pack.templates.length} modèles, ${pack.kb.entries.length} articles` : 'pack illisible';
  const review = pack ? `\n${formatReviewSummary(reviewSummary(pack))}` : '';
  console.log(`${file}\n${what}${review}\n${errors} erreur(s), ${warnings} avertissement(s)`);
  return errors ? 1 : 0;
}

process.exit(main(process.argv.slice(2)));
