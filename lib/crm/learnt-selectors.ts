// The selectors the référent taught (« Montrer sur la page »), per host and field, in browser.storage.local (kept across updates).
import { z } from 'zod';
import { storage } from 'wxt/utils/storage';
import { learnableFieldSchema, type LearnableField, type LearntHooks } from './read-context';
import { safeUnwatch } from '../safe-unwatch';

export const learntEntrySchema = z.object({
  selector: z.string().min(1).max(1000),
  /** Epoch ms of the teaching. */
  learntAt: z.number().int().nonnegative(),
});
export type LearntEntry = z.infer<typeof learntEntrySchema>;

/** host → field → entry. */
export const learntStoreSchema = z.record(z.string().min(1), z.partialRecord(learnableFieldSchema, learntEntrySchema));
export type LearntStore = z.infer<typeof learntStoreSchema>;

/** Not versioned away on update: storage.local survives extension updates, and nothing in the background clears this key. */
export const learntSelectorsItem = storage.defineItem<unknown>('local:learntSelectors', { fallback: {} });

/** Parses a stored value entry by entry: a damaged entry is dropped, the others are kept. */
export function parseLearntStore(raw: unknown): LearntStore {
  const whole = learntStoreSchema.safeParse(raw);
  if (whole.success) return whole.data;
  const out: LearntStore = {};
  if (!raw || typeof raw !== 'object') return out;
  for (const [host, fields] of Object.entries(raw as Record<string, unknown>)) {
    if (!host || !fields || typeof fields !== 'object') continue;
    const kept: Partial<Record<LearnableField, LearntEntry>> = {};
    for (const [field, entry] of Object.entries(fields as Record<string, unknown>)) {
      const f = learnableFieldSchema.safeParse(field);
      const e = learntEntrySchema.safeParse(entry);
      if (f.success && e.success) kept[f.data] = e.data;
    }
    if (Object.keys(kept).length) out[host] = kept;
  }
  return out;
}

/** The selectors of one host, as the adapters take them. */
export function hooksFor(store: LearntStore, host: string): LearntHooks {
  const out: LearntHooks = {};
  for (const [field, entry] of Object.entries(store[host] ?? {})) if (entry) out[field as LearnableField] = entry.selector;
  return out;
}

/** Flat list for the options page, sorted by host then field order. */
export function listLearnt(store: LearntStore): { host: string; field: LearnableField; entry: LearntEntry }[] {
  const order = learnableFieldSchema.options;
  return Object.keys(store)
    .sort()
    .flatMap((host) =>
      order.flatMap((field) => {
        const entry = store[host]?.[field];
        return entry ? [{ host, field, entry }] : [];
      }),
    );
}

export async function loadLearntStore(): Promise<LearntStore> {
  return parseLearntStore(await learntSelectorsItem.getValue());
}

export async function learnSelector(host: string, field: LearnableField, selector: string, now: number = Date.now()): Promise<LearntStore> {
  const store = await loadLearntStore();
  const next: LearntStore = { ...store, [host]: { ...store[host], [field]: learntEntrySchema.parse({ selector, learntAt: now }) } };
  await learntSelectorsItem.setValue(next);
  return next;
}

/** Removes one learnt selector (« Réinitialiser » in the options page): the adapter's own hooks apply again. */
export async function forgetSelector(host: string, field: LearnableField): Promise<LearntStore> {
  const store = await loadLearntStore();
  const fields = { ...store[host] };
  delete fields[field];
  const next: LearntStore = { ...store };
  if (Object.keys(fields).length) next[host] = fields;
  else delete next[host];
  await learntSelectorsItem.setValue(next);
  return next;
}

export function watchLearntStore(cb: (store: LearntStore) => void): () => void {
  return safeUnwatch(learntSelectorsItem.watch((v) => cb(parseLearntStore(v))));
}
