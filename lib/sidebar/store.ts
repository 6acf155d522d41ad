// The sidebar's external store: open state and the ticket read from the page, shared by the content script and React.
import type { Ticket } from '../crm/ticket';

export interface SidebarSnapshot {
  open: boolean;
  ticket: Ticket | null;
  /** performance.now() when this ticket value was read from the page. */
  ticketReadAt: number;
  adapterLabel: string;
}

export interface SidebarStore {
  subscribe(cb: () => void): () => void;
  getSnapshot(): SidebarSnapshot;
  set(patch: Partial<SidebarSnapshot>): void;
}

export function createSidebarStore(initial: SidebarSnapshot): SidebarStore {
  let state = initial;
  const listeners = new Set<() => void>();
  return {
    subscribe(cb) {
      listeners.add(cb);
      return () => listeners.delete(cb);
    },
    getSnapshot: () => state,
    set(patch) {
      state = { ...state, ...patch };
      for (const l of listeners) l();
    },
  };
}
