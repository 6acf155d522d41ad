// Reads and writes of the log in the Dexie database (background and extension pages only; content scripts use messages).
import { onLocalDb, type AiguilleurDb } from '../db';
import {
  solicitationInputSchema,
  solicitationPatchSchema,
  solicitationRowSchema,
  type SolicitationInput,
  type SolicitationPatch,
  type SolicitationRow,
} from './solicitation';
import { localIsoDateTime } from './dates';

export interface LogResult {
  id: number;
  /** True when the visit was already logged: the existing row was updated instead. */
  updated: boolean;
}

/** Adds a row; a row with the same `visitKey` is updated instead (a ticket visit is logged once). */
export async function logSolicitation(database: AiguilleurDb, input: SolicitationInput, now = new Date()): Promise<LogResult> {
  const entry = solicitationInputSchema.parse(input);
  const stamp = localIsoDateTime(now);
  return database.transaction('rw', database.solicitations, async () => {
    if (entry.visitKey) {
      const existing = await database.solicitations.where('visitKey').equals(entry.visitKey).first();
      if (existing?.id !== undefined) {
        await database.solicitations.update(existing.id, { ...entry, updatedAt: stamp });
        return { id: existing.id, updated: true };
      }
    }
    const id = (await database.solicitations.add({ ...entry, createdAt: stamp, updatedAt: stamp })) as number;
    return { id, updated: false };
  });
}

export async function updateSolicitation(database: AiguilleurDb, id: number, patch: SolicitationPatch, now = new Date()): Promise<SolicitationRow> {
  const p = solicitationPatchSchema.parse(patch);
  return database.transaction('rw', database.solicitations, async () => {
    const current = await database.solicitations.get(id);
    if (!current) throw new Error('Sollicitation introuvable (supprimée entre-temps ?).');
    const next = solicitationRowSchema.parse({ ...current, ...p, id, updatedAt: localIsoDateTime(now) });
    await database.solicitations.put(next);
    return next;
  });
}

export async function deleteSolicitation(database: AiguilleurDb, id: number): Promise<void> {
  await database.solicitations.delete(id);
}

export async function listSolicitations(database: AiguilleurDb): Promise<SolicitationRow[]> {
  return database.solicitations.orderBy('date').reverse().toArray();
}

export async function countSolicitations(database: AiguilleurDb): Promise<number> {
  return database.solicitations.count();
}

/** Adds imported rows (new ids); returns how many. */
export async function addMany(database: AiguilleurDb, rows: readonly Omit<SolicitationRow, 'id'>[], now = new Date()): Promise<number> {
  const stamp = localIsoDateTime(now);
  const clean = rows.map((r) => {
    const { id: _id, ...rest } = solicitationRowSchema.parse(r);
    return { createdAt: stamp, updatedAt: stamp, ...rest };
  });
  await database.solicitations.bulkAdd(clean);
  return clean.length;
}

/** Replaces the whole log with a backup (ids kept). */
export async function replaceAll(database: AiguilleurDb, rows: readonly SolicitationRow[]): Promise<number> {
  return database.transaction('rw', database.solicitations, async () => {
    await database.solicitations.clear();
    await database.solicitations.bulkPut(rows.map((r) => solicitationRowSchema.parse(r)));
    return rows.length;
  });
}

export async function clearAll(database: AiguilleurDb): Promise<void> {
  await database.solicitations.clear();
}

/** Deletes the rows dated before `cutoffDay` (YYYY-MM-DD, the retention cutoff); returns how many. */
export async function purgeSolicitationsBefore(database: AiguilleurDb, cutoffDay: string): Promise<number> {
  return database.solicitations.where('date').below(cutoffDay).delete();
}

/** The log of this context's database (background and Suivi page; content scripts use messages). */
export const solicitationStore = {
  log: onLocalDb(logSolicitation),
  update: onLocalDb(updateSolicitation),
  remove: onLocalDb(deleteSolicitation),
  list: onLocalDb(listSolicitations),
  count: onLocalDb(countSolicitations),
  addMany: onLocalDb(addMany),
  replaceAll: onLocalDb(replaceAll),
};
