// Tests of the command-line contract: `tsx scripts/classify.ts FILE.jsonl` prints one JSON line per ticket.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const labels = new Set(
  (JSON.parse(readFileSync('assets/packs/parts/nomenclature.json', 'utf8')) as { rows: Array<{ thematique: string; motif: string; sousMotif: string }> }).rows.map(
    (r) => `${r.thematique}|${r.motif}|${r.sousMotif}`,
  ),
);

describe('scripts/classify.ts', () => {
  it('prints one JSON line per input with the contract fields only', () => {
    const dir = mkdtempSync(join(tmpdir(), 'aiguilleur-cli-'));
    const file = join(dir, 'in.jsonl');
    writeFileSync(
      file,
      [
        JSON.stringify({ id: 'a', text: "J'ai oublié mon mot de passe" }),
        JSON.stringify({ id: 'b', text: '' }),
        JSON.stringify({ id: 'c' }),
        JSON.stringify({ id: 'd', text: "Les chiffres de l'extraction sont faux" }),
      ].join('\n') + '\n',
    );
    const out = execFileSync('npx', ['tsx', 'scripts/classify.ts', file], { encoding: 'utf8' });
    const lines = out.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.map((l) => l.id)).toEqual(['a', 'b', 'c', 'd']);
    for (const l of lines) {
      expect(Object.keys(l).sort()).toEqual(['alternatives', 'confidence', 'confidenceLabel', 'id', 'motif', 'niveau', 'sous_motif', 'thematique']);
      expect(labels.has(`${l.thematique as string}|${l.motif as string}|${l.sous_motif as string}`)).toBe(true);
      const alts = l.alternatives as Array<Record<string, unknown>>;
      expect(alts.length).toBe(3);
      expect(alts[0]!.sous_motif).toBe(l.sous_motif);
      expect(alts[0]!.thematique).toBe(l.thematique);
      expect(typeof alts[0]!.score).toBe('number');
      expect(typeof l.confidence).toBe('number');
      expect(['élevée', 'moyenne', 'à qualifier']).toContain(l.confidenceLabel);
      for (const a of alts) expect(Object.keys(a).sort()).toEqual(['motif', 'niveau', 'score', 'sous_motif', 'thematique']);
    }
    // Nothing to read: « à qualifier ».
    expect(lines[1]!.confidenceLabel).toBe('à qualifier');
    expect(lines[2]!.confidenceLabel).toBe('à qualifier');
    expect(lines[0]!.sous_motif).toBe('Réinitialisation mot de passe');
    expect(lines[3]!.niveau).toBe(2);
  }, 60000);
});
