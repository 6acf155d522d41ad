// Tests of the ticket visit timer: start, pause on leave, resume on return, logged once.
import { describe, expect, it } from 'vitest';
import { durationMinutes, elapsedMs, initialVisitState, shouldPropose, visitReducer, type VisitEvent } from '@/lib/tracking/visit';

const run = (events: VisitEvent[]) => events.reduce(visitReducer, initialVisitState);

describe('visit timer', () => {
  it('runs while on the ticket and pauses when the tab is hidden', () => {
    const s = run([{ kind: 'focus', ticketKey: 'h:1', at: 0 }, { kind: 'blur', at: 60_000 }]);
    expect(elapsedMs(s.visits['h:1'], 600_000)).toBe(60_000);
    const back = visitReducer(s, { kind: 'focus', ticketKey: 'h:1', at: 700_000 });
    expect(elapsedMs(back.visits['h:1'], 730_000)).toBe(90_000);
    expect(back.visits['h:1']!.visitKey).toBe('h:1@0');
  });

  it('pauses a ticket when another one is opened, and resumes it when back', () => {
    const s = run([
      { kind: 'focus', ticketKey: 'h:1', at: 0 },
      { kind: 'focus', ticketKey: 'h:2', at: 120_000 },
      { kind: 'focus', ticketKey: 'h:1', at: 300_000 },
    ]);
    expect(elapsedMs(s.visits['h:2'], 400_000)).toBe(180_000);
    expect(elapsedMs(s.visits['h:1'], 330_000)).toBe(150_000);
    expect(s.current).toBe('h:1');
  });

  it('focusing the same ticket twice does not reset the timer', () => {
    const s = run([{ kind: 'focus', ticketKey: 'h:1', at: 0 }, { kind: 'focus', ticketKey: 'h:1', at: 50_000 }]);
    expect(elapsedMs(s.visits['h:1'], 60_000)).toBe(60_000);
  });

  it('proposes a log once per visit', () => {
    let s = run([{ kind: 'focus', ticketKey: 'h:1', at: 0 }]);
    const action = { kind: 'insert' as const, templateId: 't', at: 10 };
    expect(shouldPropose(s.visits['h:1'], action, null)).toBe(true);
    expect(shouldPropose(s.visits['h:1'], action, 10)).toBe(false);
    s = visitReducer(s, { kind: 'logged', ticketKey: 'h:1', id: 4 });
    expect(shouldPropose(s.visits['h:1'], { kind: 'escalate', at: 20 }, 10)).toBe(false);
    expect(shouldPropose(undefined, action, null)).toBe(false);
  });

  it('rounds durations up to whole minutes', () => {
    expect(durationMinutes(0)).toBe(0);
    expect(durationMinutes(1_000)).toBe(1);
    expect(durationMinutes(120_000)).toBe(2);
    expect(durationMinutes(120_001)).toBe(3);
  });
});
