// Escalation records in the Dexie table escalations: add, update, delete, and a ticket's records newest first.
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

/** The escalations of this context's database (background). */
export const escalationStore = {
  add: onLocalDb(addEscalation),
  update: onLocalDb(updateEscalation),
  remove: onLocalDb(deleteEscalation),
  listByTicket: onLocalDb(listEscalationsByTicket),
};
