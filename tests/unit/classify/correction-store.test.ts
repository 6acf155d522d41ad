// Unit tests of the corrections store: a repeat is not stored twice, the cap drops the oldest, unreadable rows are skipped, retention purges by date.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { AiguilleurDb } from '@/lib/db';
import { addCorrection, clearCorrections, countCorrections, listCorrections, purgeCorrectionsBefore } from '@/lib/classify/correction-store';
import { MAX_CORRECTIONS, type CorrectionRow } from '@/lib/classify/correction';

let db: AiguilleurDb;
beforeEach(async () => {
  db = new AiguilleurDb(`corrections-${Math.random()}`);
  await db.open();
});
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

const correction = (i: number, rowId = 'r1'): CorrectionRow => ({ createdAt: new Date(Date.UTC(2026, 0, 1, 0, 0, i)).toISOString(), text: `demande ${i}`, rowId });

describe('correction store', () => {
  it('stores a correction once: the same text on the same row is a repeat', async () => {
    expect(await addCorrection(db, correction(1))).toBe(true);
    expect(await addCorrection(db, { ...correction(1), createdAt: '2026-02-01T00:00:00.000Z' })).toBe(false);
    expect(await addCorrection(db, correction(1, 'r2'))).toBe(true);
    expect(await countCorrections(db)).toBe(2);
  });

  it('keeps the newest MAX_CORRECTIONS and skips rows that no longer parse', async () => {
    await db.corrections.bulkAdd(Array.from({ length: MAX_CORRECTIONS }, (_, i) => correction(i)));
    await addCorrection(db, correction(MAX_CORRECTIONS));
    const texts = (await listCorrections(db)).map((r) => r.text);
    expect(texts).toHaveLength(MAX_CORRECTIONS);
    expect(texts).not.toContain('demande 0');
    expect(texts).toContain(`demande ${MAX_CORRECTIONS}`);
    await db.corrections.add({ createdAt: 'x', rowId: 'r1' } as unknown as CorrectionRow);
    expect(await listCorrections(db)).toHaveLength(MAX_CORRECTIONS);
    await clearCorrections(db);
    expect(await countCorrections(db)).toBe(0);
  });

  it('purges the corrections created before the cutoff, and only those', async () => {
    await addCorrection(db, correction(1));
    await addCorrection(db, correction(2));
    await addCorrection(db, correction(3));
    expect(await purgeCorrectionsBefore(db, correction(3).createdAt)).toBe(2);
    expect((await listCorrections(db)).map((r) => r.text)).toEqual(['demande 3']);
  });
});
