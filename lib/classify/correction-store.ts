// The référent's corrections in the Dexie table corrections: capped at MAX_CORRECTIONS, a repeat is not stored twice.
import { onLocalDb, type AiguilleurDb } from '../db';
import { correctionRowSchema, isSameCorrection, overflowIds, type CorrectionRow } from './correction';

/** Stored corrections; rows that no longer parse are skipped. */
export async function listCorrections(database: AiguilleurDb): Promise<CorrectionRow[]> {
  const rows = await database.corrections.toArray();
  return rows.flatMap((r) => {
    const p = correctionRowSchema.safeParse(r);
    return p.success ? [p.data] : [];
  });
}

/** Stores a correction unless the same one is stored; the oldest go past the cap. Returns false for a repeat. */
export async function addCorrection(database: AiguilleurDb, row: CorrectionRow): Promise<boolean> {
  const stored = await database.corrections.toArray();
  if (stored.some((s) => isSameCorrection(s, row))) return false;
  await database.corrections.add(row);
  // Capped store: the oldest corrections go first.
  await database.corrections.bulkDelete(overflowIds([...stored, row]));
  return true;
}

export async function countCorrections(database: AiguilleurDb): Promise<number> {
  return database.corrections.count();
}

/** Deletes the corrections created before `cutoffIso` (retention); returns how many went. */
export async function purgeCorrectionsBefore(database: AiguilleurDb, cutoffIso: string): Promise<number> {
  return database.corrections.where('createdAt').below(cutoffIso).delete();
}

export async function clearCorrections(database: AiguilleurDb): Promise<void> {
  await database.corrections.clear();
}

/** The corrections of this context's database (background). */
export const correctionStore = {
  list: onLocalDb(listCorrections),
  add: onLocalDb(addCorrection),
  count: onLocalDb(countCorrections),
  clear: onLocalDb(clearCorrections),
};
