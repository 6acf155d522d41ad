// `npm run bench`: runs every benchmark of scripts/bench/*.ts in turn and prints their figures.
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const dir = resolve(fileURLToPath(new URL('.', import.meta.url)), 'bench');
const only = process.argv.slice(2);
const files = readdirSync(dir)
  .filter((f) => /\.ts$/.test(f) && !f.startsWith('_'))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort();
let failed = 0;
for (const f of files) {
  console.log(`\n=== ${f.replace(/\.ts$/, '')}`);
  const mod = (await import(pathToFileURL(join(dir, f)).href)) as { default: () => Promise<boolean | void> };
  try {
    const ok = await mod.default();
    if (ok === false) failed++;
  } catch (err) {
    failed++;
    console.error(`  échec : ${err instanceof Error ? err.message : String(err)}`);
  }
}
console.log(`\n${files.length - failed}/${files.length} bancs dans les cibles`);
process.exit(failed ? 1 : 0);
