// Follows the open ticket of a CRM page: re-reads it when the page changes and reports each new Ticket value once.
import type { CrmAdapter, Ticket } from '../crm/ticket';
import type { ReadContext } from '../crm/read-context';

export interface TicketWatcherOptions {
  doc: Document;
  adapter: CrmAdapter;
  onTicket: (ticket: Ticket, readAt: number) => void;
  /** Stops observing when aborted. */
  signal: AbortSignal;
  /** Delay that groups bursts of DOM mutations before re-reading (ms). */
  debounceMs?: number;
  /** Clock, for tests. */
  now?: () => number;
  /** What each reading is given besides the page (the learnt selectors of the host). */
  context?: () => ReadContext;
}

/** What makes two readings of a ticket the same for the sidebar. */
export function ticketFingerprint(t: Ticket): string {
  const choice = t.requesterChoice ? [t.requesterChoice.thematique, t.requesterChoice.motif, t.requesterChoice.sousMotif].join('>') : '';
  return [t.key, t.subject, t.requester.email, t.requester.name, t.firstMessage.length, t.firstMessage.slice(0, 200), t.missing.join(','), choice].join('\u241f');
}

export interface TicketWatcher {
  /** Re-reads now (e.g. on `wxt:locationchange`). */
  refresh(): void;
  /** Re-reads after the debounce delay (e.g. while the référent selects text). */
  refreshSoon(): void;
  current(): Ticket | null;
}

export function createTicketWatcher(opts: TicketWatcherOptions): TicketWatcher {
  const { doc, adapter, onTicket, signal } = opts;
  const now = opts.now ?? (() => performance.now());
  const debounceMs = opts.debounceMs ?? 40;
  let last: Ticket | null = null;
  let lastPrint = '';
  let timer: ReturnType<typeof setTimeout> | undefined;

  const read = () => {
    timer = undefined;
    if (signal.aborted) return;
    const view = doc.defaultView;
    const url = new URL(view?.location.href ?? 'about:blank');
    const ticket = adapter.read(doc, url, opts.context?.());
    const print = ticketFingerprint(ticket);
    if (print === lastPrint) return;
    lastPrint = print;
    last = ticket;
    onTicket(ticket, now());
  };

  const schedule = () => {
    if (timer !== undefined || signal.aborted) return;
    timer = setTimeout(read, debounceMs);
  };

  const MutationObserverImpl = doc.defaultView?.MutationObserver;
  if (MutationObserverImpl) {
    const observer = new MutationObserverImpl((records) => {
      // Ignore our own sidebar host (it lives in the page DOM too).
      if (records.every((r) => (r.target as Element).closest?.('[data-aiguilleur-host]'))) return;
      schedule();
    });
    observer.observe(adapter.root?.(doc) ?? doc.body ?? doc.documentElement, {
      childList: true,
      subtree: true,
      characterData: true,
    });
    signal.addEventListener('abort', () => observer.disconnect(), { once: true });
  }
  signal.addEventListener('abort', () => timer !== undefined && clearTimeout(timer), { once: true });
  read();

  return {
    refresh: () => {
      if (timer !== undefined) clearTimeout(timer);
      read();
    },
    refreshSoon: schedule,
    current: () => last,
  };
}
