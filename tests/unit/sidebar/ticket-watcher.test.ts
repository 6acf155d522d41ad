// @vitest-environment happy-dom
// Unit tests of the ticket watcher: one report per distinct reading, re-read on DOM change and refresh, stop on abort.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createTicketWatcher, ticketFingerprint } from '@/lib/sidebar/ticket-watcher';
import type { CrmAdapter, Ticket } from '@/lib/crm/ticket';
import { ticketSchema } from '@/lib/crm/ticket';

const adapter: CrmAdapter = {
  source: 'generic',
  label: 'Test',
  matches: () => true,
  read: (doc, url) =>
    ticketSchema.parse({
      source: 'generic',
      key: `generic:${doc.querySelector('#id')?.textContent ?? ''}`,
      url: url.href,
      subject: doc.querySelector('#subject')?.textContent ?? '',
    }),
  findEditor: () => null,
};

function page(id: string, subject: string): void {
  document.body.innerHTML = `<span id="id">${id}</span><h1 id="subject">${subject}</h1>`;
}

/** Resolves once the watcher has reported `n` tickets (the observer is asynchronous). */
function waitForReports(seen: Ticket[], n: number): Promise<void> {
  return vi.waitFor(() => expect(seen.length).toBe(n), { timeout: 2000, interval: 5 });
}

describe('ticketFingerprint', () => {
  it('differs when the subject changes and not otherwise', () => {
    const a = ticketSchema.parse({ source: 'generic', key: 'k', url: 'u', subject: 'A' });
    expect(ticketFingerprint(a)).toBe(ticketFingerprint({ ...a }));
    expect(ticketFingerprint(a)).not.toBe(ticketFingerprint({ ...a, subject: 'B' }));
  });
});

describe('createTicketWatcher', () => {
  let abort: AbortController;
  beforeEach(() => {
    abort = new AbortController();
    page('1', 'Mot de passe oublié');
  });
  afterEach(() => abort.abort());

  it('reports the ticket at once, then each change once', async () => {
    const seen: Ticket[] = [];
    createTicketWatcher({ doc: document, adapter, onTicket: (t) => seen.push(t), signal: abort.signal, debounceMs: 1 });
    expect(seen.map((t) => t.subject)).toEqual(['Mot de passe oublié']);

    page('2', 'Compte bloqué');
    await waitForReports(seen, 2);
    expect(seen[1]?.key).toBe('generic:2');

    // Same content written again: no new report; a later real change proves the observer still runs.
    page('2', 'Compte bloqué');
    page('3', 'Lenteur');
    await waitForReports(seen, 3);
    expect(seen.map((t) => t.subject)).toEqual(['Mot de passe oublié', 'Compte bloqué', 'Lenteur']);
  });

  it('ignores mutations inside the sidebar host', async () => {
    const seen: Ticket[] = [];
    const read = vi.spyOn(adapter, 'read');
    const host = document.createElement('div');
    host.setAttribute('data-aiguilleur-host', '');
    document.body.append(host);
    createTicketWatcher({ doc: document, adapter, onTicket: (t) => seen.push(t), signal: abort.signal, debounceMs: 1 });
    const before = read.mock.calls.length;
    host.textContent = 'sidebar update';
    // A page change after the host change: the only re-read is for it.
    page('9', 'Autre');
    await waitForReports(seen, 2);
    expect(read.mock.calls.length - before).toBe(1);
    read.mockRestore();
  });

  it('refresh re-reads at once and current() returns the last reading', () => {
    const seen: Ticket[] = [];
    const w = createTicketWatcher({ doc: document, adapter, onTicket: (t) => seen.push(t), signal: abort.signal, debounceMs: 10_000 });
    page('5', 'Après navigation');
    w.refresh();
    expect(seen).toHaveLength(2);
    expect(w.current()?.subject).toBe('Après navigation');
  });

  it('stops reporting once aborted', () => {
    const seen: Ticket[] = [];
    const w = createTicketWatcher({ doc: document, adapter, onTicket: (t) => seen.push(t), signal: abort.signal, debounceMs: 1 });
    abort.abort();
    page('6', 'Trop tard');
    w.refresh();
    expect(seen).toHaveLength(1);
  });
});
