// `npm run pack:check -- FILE`: prints each problem with its JSON path in French and exits 1 on error, 0 on the bundled pack.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freshPack } from './_pack';

function run(file?: string) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/pack-check.ts', ...(file ? [file] : [])], { encoding: 'utf8' });
  return { code: r.status, out: `${r.stdout}${r.stderr}` };
}

describe('pack-check CLI', () => {
  it('passes the bundled pack', () => {
    const r = run();
    expect(r.out).toContain('0 erreur(s)');
    expect(r.out).toMatch(/réponses types : \d+ validée\(s\), \d+ à relire/);
    expect(r.out).toMatch(/liens de la base de connaissances : \d+ article\(s\) vérifié\(s\), \d+ recherche\(s\)/);
    expect(r.code).toBe(0);
  }, 60_000);

  it('lists the problems of a bad pack with their paths and exits 1', () => {
    const p = freshPack();
    p.templates[1].rowIds = ['inconnu.x'];
    p.kb.entries[0].url = 'ftp://x';
    const file = join(mkdtempSync(join(tmpdir(), 'pack-check-')), 'bad.json');
    writeFileSync(file, JSON.stringify(p));
    const r = run(file);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/erreur kb\.entries\[0\]\.url : /);
    const notJson = join(mkdtempSync(join(tmpdir(), 'pack-check-')), 'x.json');
    writeFileSync(notJson, '{');
    const r2 = run(notJson);
    expect(r2.code).toBe(1);
    expect(r2.out).toContain('impossible de lire');
  }, 60_000);

  it('reports cross-reference problems of a schema-valid pack', () => {
    const p = freshPack();
    p.templates[1].rowIds = ['inconnu.x'];
    const file = join(mkdtempSync(join(tmpdir(), 'pack-check-')), 'bad.json');
    writeFileSync(file, JSON.stringify(p));
    const r = run(file);
    expect(r.code).toBe(1);
    expect(r.out).toContain('erreur templates[1].rowIds[0] : sous-motif inconnu « inconnu.x »');
    expect(r.out).toMatch(/erreur nomenclature\[1\] : aucune réponse type/);
  }, 60_000);
});
