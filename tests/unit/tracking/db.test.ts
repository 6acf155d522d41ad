// Tests of the Dexie migration chain (lib/db.ts, owned by tracking): a version-1 database keeps every row when opened by the current class.
import { afterEach, describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { AiguilleurDb, DB_VERSION, SCHEMA_V1 } from '@/lib/db';

const names: string[] = [];
afterEach(async () => {
  for (const n of names.splice(0)) await Dexie.delete(n);
});

describe('AiguilleurDb migrations', () => {
  it('migrates a version-1 database keeping every row of every table', async () => {
    const name = `mig-${Math.random()}`;
    names.push(name);
    const v1 = new Dexie(name);
    v1.version(1).stores(SCHEMA_V1);
    const rows = Array.from({ length: 25 }, (_, i) => ({
      channel: i % 2 ? 'ticket' : 'telephone', ticketKey: i % 2 ? `hubspot:${i}` : undefined, date: `2025-03-${String((i % 28) + 1).padStart(2, '0')}`,
      structure: 'CHU', durationMinutes: i, niveau: (i % 2) + 1, rowId: 'a.b.c', thematique: 'T', motif: 'M', sousMotif: 'S',
      status: 'oui', escalated: i % 3 === 0, note: `n${i}`,
    }));
    await v1.table('solicitations').bulkAdd(rows);
    await v1.table('corrections').add({ createdAt: '2025-01-01', rowId: 'a.b.c', subject: 's', body: 'b' });
    await v1.table('packCache').put({ key: 'pack', value: 1 });
    await v1.table('customTemplates').put({ id: 'x', rowId: 'a.b.c', updatedAt: '2025-01-01' });
    await v1.table('escalations').add({ ticketKey: 'hubspot:1', createdAt: '2025-01-01' });
    const before = await v1.table('solicitations').toArray();
    v1.close();

    const db = new AiguilleurDb(name);
    await db.open();
    expect(db.verno).toBe(DB_VERSION);
    const after = await db.solicitations.orderBy('id').toArray();
    expect(after).toHaveLength(25);
    after.forEach((row, i) => {
      expect(row).toMatchObject(before[i]!);
      expect(row.createdAt).toBe(before[i]!.date);
    });
    expect(await db.corrections.count()).toBe(1);
    expect(await db.packCache.get('pack')).toBeTruthy();
    expect(await db.customTemplates.where('rowId').equals('a.b.c').count()).toBe(1);
    expect(await db.escalations.where('ticketKey').equals('hubspot:1').count()).toBe(1);
    // New index of version 2.
    expect(await db.solicitations.where('channel').equals('ticket').count()).toBe(12);
    db.close();
  });
});
