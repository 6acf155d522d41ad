// The Dexie-backed store of last good packs (table packCache), for the PackManager.
import { db as localDb, type AiguilleurDb } from '../db';
import { packCacheRowSchema, type PackCacheRow } from './cache';
import type { PackCacheStore } from './manager';

export function dexiePackCache(db: AiguilleurDb): PackCacheStore {
  return {
    async get(key: string): Promise<PackCacheRow | undefined> {
      const row = await db.packCache.get(key);
      const r = packCacheRowSchema.safeParse(row);
      return r.success ? r.data : undefined;
    },
    async put(row: PackCacheRow): Promise<void> {
      await db.packCache.put(packCacheRowSchema.parse(row));
    },
  };
}

/** The pack cache of this context's database (background). */
export const packCacheStore: PackCacheStore = {
  get: (key) => dexiePackCache(localDb()).get(key),
  put: (row) => dexiePackCache(localDb()).put(row),
};
