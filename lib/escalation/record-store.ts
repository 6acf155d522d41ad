// Escalation records in the Dexie table escalations: add, update, delete, a ticket's records newest first, and retention.
import { onLocalDb, type AiguilleurDb } from '../db';
import { escalationRecordSchema, type EscalationRecord } from './record';

/** Stores a record (already parsed by its builder); returns its id. */
export async function addEscalation(database: AiguilleurDb, record: EscalationRecord): Promise<number> {
  return (await database.escalations.add(record)) as number;
}

export async function updateEscalation(database: AiguilleurDb, id: number, patch: Partial<Omit<EscalationRecord, 'id'>>): Promise<void> {
  await database.escalations.update(id, patch);
}

export async function deleteEscalation(database: AiguilleurDb, id: number): Promise<void> {
  await database.escalations.delete(id);
}

/** A ticket's records, newest first; rows that no longer parse are skipped. */
export async function listEscalationsByTicket(database: AiguilleurDb, ticketKey: string): Promise<EscalationRecord[]> {
  const rows = await database.escalations.where('ticketKey').equals(ticketKey).toArray();
  return rows
    .map((r) => escalationRecordSchema.safeParse(r))
    .flatMap((r) => (r.success ? [r.data] : []))
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

export async function countEscalations(database: AiguilleurDb): Promise<number> {
  return database.escalations.count();
}

/** Deletes the records created before `cutoffIso` (the retention cutoff); returns how many. */
export async function purgeEscalationsBefore(database: AiguilleurDb, cutoffIso: string): Promise<number> {
  return database.escalations.where('createdAt').below(cutoffIso).delete();
}

export async function clearEscalations(database: AiguilleurDb): Promise<void> {
  await database.escalations.clear();
}

/** The escalations of this context's database (background). */
export const escalationStore = {
  add: onLocalDb(addEscalation),
  update: onLocalDb(updateEscalation),
  remove: onLocalDb(deleteEscalation),
  listByTicket: onLocalDb(listEscalationsByTicket),
};
