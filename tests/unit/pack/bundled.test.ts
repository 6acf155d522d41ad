// The committed pack equals what pack-build assembles from the parts, and its nomenclature matches the shared one.
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { assemblePack, PACK_PATH, serializePack } from '@/scripts/pack-build';
import { checkPack } from '@/lib/pack/check';

// The shared reference sits beside the clone (CI) or at the workplace's usual place.
const SHARED = [resolve('../shared/nomenclature.json'), '/work/shared/nomenclature.json'].find((p) => existsSync(p)) ?? '';

describe('bundled pack', () => {
  it('is exactly the output of assemblePack()', () => {
    expect(readFileSync(PACK_PATH, 'utf8')).toBe(serializePack(assemblePack()));
  });

  it('passes pack-check with zero errors and covers the 52 rows', () => {
    const { pack, problems } = checkPack(JSON.parse(readFileSync(PACK_PATH, 'utf8')));
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(pack!.nomenclature).toHaveLength(52);
    expect(pack!.templates).toHaveLength(52);
    expect(pack!.kb.sections.map((s) => s.title)).toEqual([
      'Accéder au SI SIAO', 'Ouvrir une demande de support', "Gestion d'un ménage", 'Les demandes', "Gestion de l'Offre",
      'Utiliser le SI SIAO', 'Suivi des évolutions', 'Données et pilotage', 'Protection des données',
    ]);
    for (const e of pack!.kb.entries) {
      if (e.searchLink) expect(e.url).toMatch(/^https:\/\/basedeconnaissances\.sisiao\.dihal\.gouv\.fr\/knowledge\/kb-search-results\?term=/);
    }
  });

  it.skipIf(!SHARED)('spells every row as in the shared nomenclature', () => {
    const shared = JSON.parse(readFileSync(SHARED, 'utf8')) as {
      rows: { niveau: number; thematique: string; motif: string; sous_motif: string }[];
    };
    const { pack } = checkPack(JSON.parse(readFileSync(PACK_PATH, 'utf8')));
    expect(pack!.nomenclature.map((r) => [r.niveau, r.thematique, r.motif, r.sousMotif])).toEqual(
      shared.rows.map((r) => [r.niveau, r.thematique, r.motif, r.sous_motif]),
    );
  });
});
