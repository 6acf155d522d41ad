// Tests of retention over every personal store: the daily purge and « Tout supprimer » reach corrections, escalations, the call draft and pending drafts.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { AiguilleurDb } from '@/lib/db';
import { addMany } from '@/lib/tracking/store';
import { clearPersonal, countPersonal, purgePersonal, retentionCutoff, totalOf, type CallDraftArea, type PersonalStores } from '@/lib/tracking/retention';
import { createPendingStore, memoryArea, PENDING_TTL_MS } from '@/lib/escalation/pending';
import type { EscalationDraft } from '@/lib/escalation/schema';
import { sampleRow } from './fixtures';

const NOW = new Date(2025, 10, 28, 12);
const draft: EscalationDraft = {
  prenom: 'Anne', nom: 'Martin', email: 'a@b.fr', profil: 'Référent SI SIAO', departement: '75',
  thematique: 'RGPD', motif: 'Intervention', sousMotif: 'Intervention', description: 'x',
  consentRetourEmail: true, consentCommunications: false,
};

function callArea(startedAt: number | null): CallDraftArea & { value: { startedAt: number } | null } {
  const area = {
    value: startedAt === null ? null : { startedAt },
    load: async () => area.value,
    clear: async () => {
      area.value = null;
    },
  };
  return area;
}

let db: AiguilleurDb;
beforeEach(async () => {
  db = new AiguilleurDb(`retention-${Math.random()}`);
  await db.open();
});
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

/** The sidebar's ticket memory: `entries` tickets remembered; `fail` makes clearing it throw. */
function memoryOf(entries: number, fail = false) {
  const area = {
    entries,
    clear: async () => {
      if (fail) throw new Error('stockage indisponible');
      area.entries = 0;
    },
  };
  return area;
}

async function fill(callStart: number, ticketMemory = memoryOf(3)): Promise<PersonalStores & { call: ReturnType<typeof callArea>; ticketMemory: ReturnType<typeof memoryOf> }> {
  await addMany(db, [sampleRow({ date: '2024-10-27' }), sampleRow({ date: '2025-11-01' })]);
  await db.corrections.bulkAdd([
    { createdAt: '2024-09-01T10:00:00.000Z', text: 'Objet : mdp\nJe n’arrive plus à me connecter, Jean Dupont 0611223344', rowId: 'a' },
    { createdAt: '2025-11-20T10:00:00.000Z', text: 'récent', rowId: 'b' },
  ]);
  await db.escalations.bulkAdd([
    { ticketKey: 'h:1', createdAt: '2024-01-05T10:00:00.000Z', rowId: 'a', draft, formUrl: '' },
    { ticketKey: 'h:2', createdAt: '2025-11-27T10:00:00.000Z', rowId: 'a', draft, formUrl: '' },
  ]);
  let clock = NOW.getTime();
  const pending = createPendingStore(memoryArea(), () => clock);
  await pending.put(1, { draft, recordId: 1, createdAt: new Date(clock - PENDING_TTL_MS - 1000).toISOString() });
  await pending.put(2, { draft, recordId: 2, createdAt: new Date(clock).toISOString() });
  clock = NOW.getTime();
  return { db, call: callArea(callStart), pending, ticketMemory };
}

describe('retention of personal data', () => {
  it('counts each store', async () => {
    const stores = await fill(NOW.getTime());
    const counts = await countPersonal(stores);
    expect(counts).toEqual({ solicitations: 2, corrections: 2, escalations: 2, call: 1, pending: 2 });
    expect(totalOf(counts)).toBe(9);
  });

  it('purges what is past the retention period in every store, and only that', async () => {
    const stores = await fill(new Date(2024, 5, 1).getTime());
    expect(retentionCutoff(NOW, 13)).toBe('2024-10-28');
    const gone = await purgePersonal(stores, 13, NOW);
    expect(gone).toEqual({ solicitations: 1, corrections: 1, escalations: 1, call: 1, pending: 1 });
    expect((await db.corrections.toArray()).map((c) => c.text)).toEqual(['récent']);
    expect((await db.escalations.toArray()).map((e) => e.ticketKey)).toEqual(['h:2']);
    expect(stores.call.value).toBeNull();
    expect(await countPersonal(stores)).toEqual({ solicitations: 1, corrections: 1, escalations: 1, call: 0, pending: 1 });
  });

  it('keeps a call started within the period', async () => {
    const stores = await fill(new Date(2025, 10, 28, 11).getTime());
    expect((await purgePersonal(stores, 13, NOW)).call).toBe(0);
    expect(stores.call.value).not.toBeNull();
  });

  it('« Tout supprimer » empties every store', async () => {
    const stores = await fill(NOW.getTime());
    const gone = await clearPersonal(stores);
    expect(gone).toEqual({ solicitations: 2, corrections: 2, escalations: 2, call: 1, pending: 2 });
    expect(await countPersonal(stores)).toEqual({ solicitations: 0, corrections: 0, escalations: 0, call: 0, pending: 0 });
    // The sidebar forgets the tickets too: none shows as logged any more, and its next send is logged again.
    expect(stores.ticketMemory.entries).toBe(0);
  });

  it('« Tout supprimer » deletes nothing when the ticket memory cannot be cleared (it can be asked again)', async () => {
    const stores = await fill(NOW.getTime(), memoryOf(3, true));
    const before = await countPersonal(stores);
    await expect(clearPersonal(stores)).rejects.toThrow('stockage indisponible');
    expect(await countPersonal(stores)).toEqual(before);
    expect(stores.ticketMemory.entries).toBe(3);
  });
});
