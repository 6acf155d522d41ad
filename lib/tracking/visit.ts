// Ticket visit timer (pure): runs while the référent is on a ticket, pauses when they leave it, resumes when back;
// each visit is logged at most once.
export type SidebarAction =
  | { kind: 'insert'; templateId: string; at: number }
  | { kind: 'escalate'; at: number }
  /** The CRM's own send (a reply typed without a template) or close control. */
  | { kind: 'sent' | 'closed'; at: number };

export interface Visit {
  ticketKey: string;
  /** `<ticketKey>@<first opened at>`: the identity the background deduplicates logs on. */
  visitKey: string;
  openedAt: number;
  /** Time already counted before the current run. */
  accumulatedMs: number;
  /** Start of the current run; null while paused. */
  runningSince: number | null;
  /** Id of the logged row, once logged. */
  loggedId: number | null;
}

export interface VisitState {
  /** Ticket the référent is on (null: none, or sidebar hidden). */
  current: string | null;
  visits: Record<string, Visit>;
}

export type VisitEvent =
  /** The référent is on this ticket with the sidebar visible (opens or resumes its visit; pauses any other). */
  | { kind: 'focus'; ticketKey: string; at: number }
  /** Tab hidden, sidebar closed or no ticket: pauses the running visit. */
  | { kind: 'blur'; at: number }
  /** The visit's row was saved. */
  | { kind: 'logged'; ticketKey: string; id: number };

export const initialVisitState: VisitState = { current: null, visits: {} };

function pause(v: Visit, at: number): Visit {
  if (v.runningSince === null) return v;
  return { ...v, accumulatedMs: v.accumulatedMs + Math.max(0, at - v.runningSince), runningSince: null };
}

export function visitReducer(state: VisitState, event: VisitEvent): VisitState {
  switch (event.kind) {
    case 'focus': {
      if (state.current === event.ticketKey) return state;
      const visits = { ...state.visits };
      if (state.current && visits[state.current]) visits[state.current] = pause(visits[state.current]!, event.at);
      const existing = visits[event.ticketKey];
      visits[event.ticketKey] = existing
        ? { ...existing, runningSince: event.at }
        : {
            ticketKey: event.ticketKey,
            visitKey: `${event.ticketKey}@${event.at}`,
            openedAt: event.at,
            accumulatedMs: 0,
            runningSince: event.at,
            loggedId: null,
          };
      return { current: event.ticketKey, visits };
    }
    case 'blur': {
      if (!state.current) return state;
      const v = state.visits[state.current];
      return { current: null, visits: v ? { ...state.visits, [state.current]: pause(v, event.at) } : state.visits };
    }
    case 'logged': {
      const v = state.visits[event.ticketKey];
      if (!v) return state;
      return { ...state, visits: { ...state.visits, [event.ticketKey]: { ...v, loggedId: event.id } } };
    }
  }
}

/** Time spent on a visit up to `now`. */
export function elapsedMs(v: Visit | undefined, now: number): number {
  if (!v) return 0;
  return v.accumulatedMs + (v.runningSince === null ? 0 : Math.max(0, now - v.runningSince));
}

/** Duration to log, in whole minutes rounded up (at least 1 once the visit has started). */
export function durationMinutes(ms: number): number {
  return ms <= 0 ? 0 : Math.max(1, Math.ceil(ms / 60_000 - 1e-9));
}

/** `mm:ss` (or `h:mm:ss`) for the running timer. */
export function formatElapsed(ms: number): string {
  const s = Math.floor(Math.max(0, ms) / 1000);
  const h = Math.floor(s / 3600);
  const mm = String(Math.floor((s % 3600) / 60)).padStart(2, '0');
  const ss = String(s % 60).padStart(2, '0');
  return h ? `${h}:${mm}:${ss}` : `${mm}:${ss}`;
}

/** Whether an action should propose a log entry: a new action on a visit not logged yet. */
export function shouldPropose(v: Visit | undefined, action: SidebarAction | null, lastHandledAt: number | null): boolean {
  if (!v || !action) return false;
  if (lastHandledAt !== null && action.at <= lastHandledAt) return false;
  return v.loggedId === null;
}
