// The sidebar's external store: open state, docked width, the ticket read from the page and keyboard-command requests.
import type { Ticket } from '../crm/ticket';
import type { CrmSignal } from '../crm/controls';

export interface SidebarSnapshot {
  open: boolean;
  ticket: Ticket | null;
  /** performance.now() when this ticket value was read from the page. */
  ticketReadAt: number;
  adapterLabel: string;
  /** Width of the open sidebar in CSS pixels (the page is pushed aside by that much, plus the rail). */
  width: number;
  /** Set by the insert command; the réponse type panel consumes it. */
  insertRequested: boolean;
  /** Bumped when the sidebar must take the keyboard focus (opened by the keyboard command). */
  focusRequest: number;
  /** The référent used the CRM's own send or close control on this ticket; the sidebar logs it, then clears it. */
  crmSignal: { kind: CrmSignal; ticketKey: string; at: number } | null;
}

export interface SidebarStore {
  subscribe(cb: () => void): () => void;
  getSnapshot(): SidebarSnapshot;
  set(patch: Partial<SidebarSnapshot>): void;
}

export const SIDEBAR_DEFAULTS = { width: 380, insertRequested: false, focusRequest: 0, crmSignal: null } as const;

export function createSidebarStore(initial: Pick<SidebarSnapshot, 'open' | 'ticket' | 'ticketReadAt' | 'adapterLabel'> & Partial<SidebarSnapshot>): SidebarStore {
  let state: SidebarSnapshot = { ...SIDEBAR_DEFAULTS, ...initial };
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
