// Tests of the JSON backup: backup then restore gives identical rows; bad files are refused with reasons.
import { describe, expect, it } from 'vitest';
import { exportBackup, importBackup } from '@/lib/tracking/backup';
import { sampleRow } from './fixtures';

describe('backup', () => {
  it('restores exactly what was backed up', () => {
    const rows = [sampleRow({ id: 1, createdAt: '2025-03-26', visitKey: 'h:1@5' }), sampleRow({ id: 7, phone: undefined, status: 'en_cours', note: 'é"\n' })];
    const res = importBackup(exportBackup(rows));
    expect(res).toEqual({ ok: true, rows: JSON.parse(JSON.stringify(rows)), exportedAt: expect.any(String) });
  });

  it('refuses a non-backup file and a backup with an invalid row', () => {
    expect(importBackup(new TextEncoder().encode('{').buffer as ArrayBuffer)).toEqual({ ok: false, errors: [expect.stringMatching(/JSON lisible/)] });
    const bad = new TextEncoder().encode(JSON.stringify({ format: 'aiguilleur-suivi', formatVersion: 1, exportedAt: 'x', rows: [sampleRow(), { ...sampleRow(), niveau: 3 }] }));
    const res = importBackup(bad.buffer as ArrayBuffer);
    expect(res.ok).toBe(false);
    if (!res.ok) expect(res.errors[0]).toMatch(/^Ligne 2 : niveau/);
  });
});
