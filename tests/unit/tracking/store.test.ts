// Tests of the log store: one row per ticket visit, edits, deletes, retention purge.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { AiguilleurDb } from '@/lib/db';
import { addMany, clearAll, deleteSolicitation, listSolicitations, logSolicitation, purgeSolicitationsBefore, replaceAll, updateSolicitation } from '@/lib/tracking/store';
import { retentionCutoff } from '@/lib/tracking/retention';
import { sampleRow } from './fixtures';

let db: AiguilleurDb;
beforeEach(async () => {
  db = new AiguilleurDb(`store-${Math.random()}`);
  await db.open();
});
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

describe('store', () => {
  it('logs a ticket visit once: a second log with the same visitKey updates the row', async () => {
    const first = await logSolicitation(db, { ...sampleRow({ channel: 'ticket' }), visitKey: 'h:1@0' });
    const second = await logSolicitation(db, { ...sampleRow({ channel: 'ticket', escalated: true }), visitKey: 'h:1@0' });
    expect(second).toEqual({ id: first.id, updated: true });
    const rows = await listSolicitations(db);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.escalated).toBe(true);
    await logSolicitation(db, { ...sampleRow(), visitKey: 'h:1@99' });
    expect(await db.solicitations.count()).toBe(2);
  });

  it('edits and deletes a row, refusing invalid edits', async () => {
    const { id } = await logSolicitation(db, sampleRow());
    const edited = await updateSolicitation(db, id, { status: 'non', durationMinutes: 12 });
    expect(edited).toMatchObject({ id, status: 'non', durationMinutes: 12 });
    await expect(updateSolicitation(db, id, { durationMinutes: -3 })).rejects.toThrow();
    expect((await db.solicitations.get(id))!.durationMinutes).toBe(12);
    await deleteSolicitation(db, id);
    expect(await db.solicitations.count()).toBe(0);
  });

  it('purges rows past the retention period only', async () => {
    await addMany(db, [sampleRow({ date: '2024-10-27' }), sampleRow({ date: '2024-10-28T09:00:00+01:00' }), sampleRow({ date: '2025-11-01' })]);
    const purged = await purgeSolicitationsBefore(db, retentionCutoff(new Date(2025, 10, 28), 13));
    expect(purged).toBe(1);
    expect((await listSolicitations(db)).map((r) => r.date.slice(0, 10))).toEqual(['2025-11-01', '2024-10-28']);
  });

  it('replaces everything from a backup, and clears all', async () => {
    await addMany(db, [sampleRow()]);
    await replaceAll(db, [sampleRow({ id: 10 }), sampleRow({ id: 20, note: 'b' })]);
    expect((await db.solicitations.toArray()).map((r) => r.id)).toEqual([10, 20]);
    await clearAll(db);
    expect(await db.solicitations.count()).toBe(0);
  });
});

describe('solicitationStore', () => {
  it('reads and writes the context’s own database', async () => {
    const { solicitationStore } = await import('@/lib/tracking/store');
    const { db: localDb } = await import('@/lib/db');
    const before = await solicitationStore.count();
    const { id } = await solicitationStore.log(sampleRow());
    expect(await localDb().solicitations.get(id)).toBeDefined();
    expect(await solicitationStore.count()).toBe(before + 1);
    await solicitationStore.remove(id);
    expect(await solicitationStore.count()).toBe(before);
  });
});
