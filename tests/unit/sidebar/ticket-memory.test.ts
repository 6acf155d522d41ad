// Tests of the sidebar's per-ticket memory: parsing, pruning, the pending list, « Tout supprimer » (clearMemory) and what a page forgets then.
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  clearMemory, forgetRemoved, loadMemory, MEMORY_MAX_AGE_MS, parseMemory, pendingTickets, pruneMemory, updateMemory, watchMemory, type TicketMemory,
} from '@/lib/sidebar/ticket-memory';

const NOW = 1_764_000_000_000;
function entry(ticketKey: string, patch: Partial<TicketMemory> = {}): TicketMemory {
  return {
    ticketKey, ticketId: ticketKey.split(':')[1] ?? '', url: '', subject: '', visitKey: `${ticketKey}@1`, openedAt: NOW - 60_000,
    spentMs: 60_000, logged: { rowId: 'a' }, status: 'en_cours', loggedId: 1, dismissed: false, updatedAt: NOW, ...patch,
  };
}

beforeEach(() => fakeBrowser.reset());

describe('ticket memory', () => {
  it('keeps the valid entries of what storage holds', () => {
    expect(parseMemory({ 'h:1': entry('h:1'), 'h:2': { ticketKey: 'h:2' } })).toEqual({ 'h:1': entry('h:1') });
    expect(parseMemory('garbage')).toEqual({});
  });

  it('prunes entries older than 31 days', () => {
    const map = { 'h:1': entry('h:1'), 'h:2': entry('h:2', { updatedAt: NOW - MEMORY_MAX_AGE_MS - 1 }) };
    expect(Object.keys(pruneMemory(map, NOW))).toEqual(['h:1']);
  });

  it('lists the other tickets still « en cours », most recent first', () => {
    const map = {
      'h:1': entry('h:1', { updatedAt: NOW - 10 }),
      'h:2': entry('h:2'),
      'h:3': entry('h:3', { status: 'oui' }),
      'h:4': entry('h:4', { dismissed: true }),
    };
    expect(pendingTickets(map, 'h:2').map((m) => m.ticketKey)).toEqual(['h:1']);
    expect(pendingTickets(map, null).map((m) => m.ticketKey)).toEqual(['h:2', 'h:1']);
  });

  it('« Tout supprimer »: clearMemory forgets every ticket, and the watchers hear it', async () => {
    await updateMemory('h:1', () => entry('h:1'), NOW);
    await updateMemory('h:2', () => entry('h:2'), NOW);
    expect(Object.keys(await loadMemory())).toEqual(['h:1', 'h:2']);
    const seen: Record<string, TicketMemory>[] = [];
    const unwatch = watchMemory((m) => seen.push(m));
    await clearMemory();
    expect(await loadMemory()).toEqual({});
    expect(seen.at(-1)).toEqual({});
    unwatch();
  });

  it('a page forgets the cached tickets removed from storage, and keeps the others as read', () => {
    const cached = { 'h:1': entry('h:1', { spentMs: 5 }), 'h:2': entry('h:2'), 'h:3': null };
    // The stored entry of h:1 has more time (saved by this visit since): the cache keeps its own, read before the visit.
    expect(forgetRemoved(cached, { 'h:1': entry('h:1', { spentMs: 90_000 }) })).toEqual({ 'h:1': cached['h:1'], 'h:2': null, 'h:3': null });
    expect(forgetRemoved(cached, {})).toEqual({ 'h:1': null, 'h:2': null, 'h:3': null });
    expect(forgetRemoved(cached, { 'h:1': entry('h:1'), 'h:2': entry('h:2') })).toBe(cached);
  });
});
