// What the sidebar remembers per ticket across visits, reloads and tabs: time spent, the logged row and its status,
// and the pending list (answered, logged « en cours », not confirmed yet). Kept in extension storage.
import { z } from 'zod';
import { storage } from 'wxt/utils/storage';
import { statusSchema } from '../tracking/solicitation';
import { safeUnwatch } from '../safe-unwatch';

export const ticketMemorySchema = z.object({
  ticketKey: z.string().min(1),
  ticketId: z.string().default(''),
  url: z.string().default(''),
  subject: z.string().default(''),
  /** Identity of the logged row (the background updates the row with the same visitKey). */
  visitKey: z.string().min(1),
  openedAt: z.number(),
  /** Time spent on the ticket in earlier visits (ms). */
  spentMs: z.number().min(0).default(0),
  /** The row as last logged, to re-log it (status change) from any ticket. */
  logged: z.record(z.string(), z.unknown()).nullable().default(null),
  status: statusSchema.nullable().default(null),
  /** Id of the logged row in the background's database. */
  loggedId: z.number().int().nullable().default(null),
  /** Dismissed from the pending list without confirming. */
  dismissed: z.boolean().default(false),
  updatedAt: z.number(),
});
export type TicketMemory = z.infer<typeof ticketMemorySchema>;

const memoryMapSchema = z.record(z.string(), z.unknown());

/** Entries kept: the most recent ones, for at most 31 days. */
export const MEMORY_LIMIT = 200;
export const MEMORY_MAX_AGE_MS = 31 * 24 * 3600_000;

export function parseMemory(raw: unknown): Record<string, TicketMemory> {
  const map = memoryMapSchema.safeParse(raw);
  if (!map.success) return {};
  const out: Record<string, TicketMemory> = {};
  for (const [k, v] of Object.entries(map.data)) {
    const p = ticketMemorySchema.safeParse(v);
    if (p.success) out[k] = p.data;
  }
  return out;
}

/** Drops old entries and keeps the most recent MEMORY_LIMIT. */
export function pruneMemory(map: Record<string, TicketMemory>, now: number): Record<string, TicketMemory> {
  const kept = Object.values(map)
    .filter((m) => now - m.updatedAt <= MEMORY_MAX_AGE_MS)
    .sort((a, b) => b.updatedAt - a.updatedAt)
    .slice(0, MEMORY_LIMIT);
  return Object.fromEntries(kept.map((m) => [m.ticketKey, m]));
}

/** Answered tickets still « en cours » that the référent has left: to confirm (Résolu : oui / non) or dismiss. */
export function pendingTickets(map: Record<string, TicketMemory>, currentKey: string | null): TicketMemory[] {
  return Object.values(map)
    .filter((m) => m.ticketKey !== currentKey && m.logged !== null && m.status === 'en_cours' && !m.dismissed)
    .sort((a, b) => b.updatedAt - a.updatedAt);
}

export const ticketMemoryItem = storage.defineItem<unknown>('local:ticketMemory', { fallback: {} });

export async function loadMemory(): Promise<Record<string, TicketMemory>> {
  return parseMemory(await ticketMemoryItem.getValue().catch(() => ({})));
}

/** Read-modify-write of one entry (null removes it). */
export async function updateMemory(ticketKey: string, change: (m: TicketMemory | undefined) => TicketMemory | null, now = Date.now()): Promise<void> {
  const map = await loadMemory();
  const next = change(map[ticketKey]);
  if (next) map[ticketKey] = { ...next, updatedAt: now };
  else delete map[ticketKey];
  await ticketMemoryItem.setValue(pruneMemory(map, now));
}

/** « Tout supprimer »: forgets every ticket (time spent, logged rows, the pending list). */
export async function clearMemory(): Promise<void> {
  await ticketMemoryItem.setValue({});
}

/**
 * A page's cached entries once storage changed: those removed from storage (« Tout supprimer », pruning) are forgotten,
 * the others stay as read (the cache holds the time spent before this visit, not what this visit saves since).
 */
export function forgetRemoved<T>(cached: Record<string, T | null>, stored: Record<string, TicketMemory>): Record<string, T | null> {
  const gone = Object.keys(cached).filter((k) => cached[k] !== null && !(k in stored));
  if (gone.length === 0) return cached;
  return { ...cached, ...Object.fromEntries(gone.map((k) => [k, null])) };
}

export function watchMemory(cb: (map: Record<string, TicketMemory>) => void): () => void {
  // After an extension reload the old content script's storage API throws (context invalidated): nothing to undo then.
  let unwatch: () => void = () => {};
  try {
    unwatch = ticketMemoryItem.watch((v) => cb(parseMemory(v)));
  } catch {
    /* context invalidated */
  }
  return safeUnwatch(unwatch);
}
