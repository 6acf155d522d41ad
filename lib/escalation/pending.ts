// Drafts waiting for their support-form tab, kept in a storage area (browser.storage.session when available) with a time limit.
import { z } from 'zod';
import { escalationDraftSchema } from './schema';
import type { PendingEscalation } from './protocol';

/** The subset of a WebExtension storage area used here (also easy to fake in tests). */
export interface StorageAreaLike {
  get(key: string): Promise<Record<string, unknown>>;
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
    get: async (key) => (map.has(key) ? { [key]: map.get(key) } : {}),
    set: async (items) => {
      for (const [k, v] of Object.entries(items)) map.set(k, v);
    },
    remove: async (key) => {
      map.delete(key);
    },
  };
}

const keyOf = (tabId: number) => `escalation:pending:${tabId}`;

export function createPendingStore(area: StorageAreaLike, now: () => number = Date.now) {
  return {
    async put(tabId: number, pending: PendingEscalation): Promise<void> {
      await area.set({ [keyOf(tabId)]: pending });
    },
    /** The valid, unexpired pending escalation of a tab, or null. */
    async get(tabId: number): Promise<PendingEscalation | null> {
      const raw = (await area.get(keyOf(tabId)))[keyOf(tabId)];
      if (raw === undefined) return null;
      const parsed = pendingSchema.safeParse(raw);
      if (!parsed.success || now() - Date.parse(parsed.data.createdAt) > PENDING_TTL_MS) {
        await area.remove(keyOf(tabId));
        return null;
      }
      return parsed.data;
    },
    async drop(tabId: number): Promise<void> {
      await area.remove(keyOf(tabId));
    },
  };
}
export type PendingStore = ReturnType<typeof createPendingStore>;
