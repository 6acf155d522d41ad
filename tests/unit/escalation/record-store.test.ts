// Unit tests of the escalation records store: add, update, delete, a ticket's records newest first, retention.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { AiguilleurDb } from '@/lib/db';
import {
  addEscalation,
  clearEscalations,
  countEscalations,
  deleteEscalation,
  listEscalationsByTicket,
  purgeEscalationsBefore,
  updateEscalation,
} from '@/lib/escalation/record-store';
import type { EscalationRecord } from '@/lib/escalation/record';

let db: AiguilleurDb;
beforeEach(async () => {
  db = new AiguilleurDb(`escalations-${Math.random()}`);
  await db.open();
});
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

const record = (ticketKey: string, createdAt: string): EscalationRecord => ({
  ticketKey,
  createdAt,
  rowId: 'r1',
  formUrl: 'https://support.example/form',
  draft: {
    prenom: 'Anne', nom: 'Martin', email: 'a@b.fr', profil: 'Référent SI SIAO', departement: '75',
    thematique: 'RGPD', motif: 'Intervention', sousMotif: 'Intervention', description: 'x',
    consentRetourEmail: true, consentCommunications: false,
  },
});

describe('escalation record store', () => {
  it('lists a ticket’s records newest first, with their updates, and forgets deleted ones', async () => {
    const older = await addEscalation(db, record('hubspot:1', '2026-01-01T10:00:00.000Z'));
    const newer = await addEscalation(db, record('hubspot:1', '2026-01-02T10:00:00.000Z'));
    await addEscalation(db, record('hubspot:2', '2026-01-03T10:00:00.000Z'));
    await updateEscalation(db, newer, { tabId: 5, fill: { at: '2026-01-02T10:01:00.000Z', filled: ['nom'], missing: [] } });
    const listed = await listEscalationsByTicket(db, 'hubspot:1');
    expect(listed.map((r) => r.id)).toEqual([newer, older]);
    expect(listed[0]).toMatchObject({ tabId: 5, fill: { filled: ['nom'] } });
    await deleteEscalation(db, older);
    expect((await listEscalationsByTicket(db, 'hubspot:1')).map((r) => r.id)).toEqual([newer]);
    expect(await listEscalationsByTicket(db, 'hubspot:3')).toEqual([]);
  });

  it('skips stored rows that no longer parse', async () => {
    await addEscalation(db, record('hubspot:1', '2026-01-01T10:00:00.000Z'));
    await db.escalations.add({ ticketKey: 'hubspot:1', createdAt: '2026-01-05' } as unknown as EscalationRecord);
    expect(await listEscalationsByTicket(db, 'hubspot:1')).toHaveLength(1);
  });

  it('purges the records created before the cutoff, counts and clears the rest', async () => {
    await addEscalation(db, record('hubspot:1', '2025-01-01T10:00:00.000Z'));
    const kept = await addEscalation(db, record('hubspot:1', '2026-01-02T10:00:00.000Z'));
    expect(await purgeEscalationsBefore(db, '2026-01-01T00:00:00.000Z')).toBe(1);
    expect((await listEscalationsByTicket(db, 'hubspot:1')).map((r) => r.id)).toEqual([kept]);
    expect(await countEscalations(db)).toBe(1);
    await clearEscalations(db);
    expect(await countEscalations(db)).toBe(0);
  });
});
