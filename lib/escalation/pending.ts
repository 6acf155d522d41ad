// Drafts waiting for their support-form tab, kept in a storage area (browser.storage.session when available) with a time limit.
import { z } from 'zod';
import { escalationDraftSchema } from './schema';
import type { PendingEscalation } from './protocol';

/** The subset of a WebExtension storage area used here (also easy to fake in tests). */
export interface StorageAreaLike {
  /** `null` reads every key of the area. */
  get(key: string | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string): Promise<void>;
}

const pendingSchema = z.object({
  draft: escalationDraftSchema,
  recordId: z.number().int(),
  createdAt: z.string(),
});

/** A draft older than this is not used to fill a form any more. */
export const PENDING_TTL_MS = 30 * 60 * 1000;

/** In-memory area for contexts without storage.session. */
export function memoryArea(): StorageAreaLike {
  const map = new Map<string, unknown>();
  return {
    get: async (key) => (key === null ? Object.fromEntries(map) : map.has(key) ? { [key]: map.get(key) } : {}),
    set: async (items) => {
      for (const [k, v] of Object.entries(items)) map.set(k, v);
    },
    remove: async (key) => {
      map.delete(key);
    },
  };
}

const PREFIX = 'escalation:pending:';
const keyOf = (tabId: number) => `${PREFIX}${tabId}`;

export function createPendingStore(area: StorageAreaLike, now: () => number = Date.now) {
  const keys = async (): Promise<[string, unknown][]> => Object.entries(await area.get(null)).filter(([k]) => k.startsWith(PREFIX));
  const expired = (raw: unknown): boolean => {
    const parsed = pendingSchema.safeParse(raw);
    return !parsed.success || now() - Date.parse(parsed.data.createdAt) > PENDING_TTL_MS;
  };
  return {
    async put(tabId: number, pending: PendingEscalation): Promise<void> {
      await area.set({ [keyOf(tabId)]: pending });
    },
    /** The valid, unexpired pending escalation of a tab, or null. */
    async get(tabId: number): Promise<PendingEscalation | null> {
      const raw = (await area.get(keyOf(tabId)))[keyOf(tabId)];
      if (raw === undefined) return null;
      if (expired(raw)) {
        await area.remove(keyOf(tabId));
        return null;
      }
      return pendingSchema.parse(raw);
    },
    async drop(tabId: number): Promise<void> {
      await area.remove(keyOf(tabId));
    },
    /** Number of drafts held (expired ones included until purged). */
    async count(): Promise<number> {
      return (await keys()).length;
    },
    /** Removes expired or invalid drafts; returns how many. */
    async purgeExpired(): Promise<number> {
      const gone = (await keys()).filter(([, v]) => expired(v));
      for (const [k] of gone) await area.remove(k);
      return gone.length;
    },
    /** Removes every draft; returns how many. */
    async clear(): Promise<number> {
      const all = await keys();
      for (const [k] of all) await area.remove(k);
      return all.length;
    },
  };
}
export type PendingStore = ReturnType<typeof createPendingStore>;
