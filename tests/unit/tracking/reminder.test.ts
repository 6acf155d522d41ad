// Tests of the monthly survey reminder: shown from the 1st for 3 weeks unless the previous month is ticked as sent.
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { badgeText, markSent, parseSurveySent, reminderState, sentMonths, unmarkSent } from '@/lib/tracking/reminder';
import { loadSurveySent, setSurveySent, surveySentItem } from '@/lib/tracking/reminder-storage';

describe('reminderState', () => {
  it('is due on the 1st of a month for the previous month, until the 21st included', () => {
    const first = reminderState(new Date(2026, 11, 1, 0, 5), {});
    expect(first).toMatchObject({ month: '2026-11', due: true, deadline: '2026-12-21', daysLeft: 21 });
    expect(badgeText(first)).toBe('1');
    expect(reminderState(new Date(2026, 11, 21, 23, 59), {})).toMatchObject({ due: true, daysLeft: 1 });
    const after = reminderState(new Date(2026, 11, 22, 0, 0), {});
    expect(after).toMatchObject({ month: '2026-11', due: false, daysLeft: 0 });
    expect(badgeText(after)).toBe('');
  });

  it('is not due once the month is ticked as sent, and comes back for the next month', () => {
    const sent = markSent({}, '2026-11', new Date(2026, 11, 3));
    expect(sent).toEqual({ '2026-11': '2026-12-03' });
    expect(reminderState(new Date(2026, 11, 4), sent).due).toBe(false);
    expect(reminderState(new Date(2027, 0, 1), sent)).toMatchObject({ month: '2026-12', due: true, deadline: '2027-01-21' });
    expect(reminderState(new Date(2026, 11, 4), unmarkSent(sent, '2026-11')).due).toBe(true);
  });

  it('tells when the state changes next: end of the window, then the 1st of next month', () => {
    expect(reminderState(new Date(2026, 11, 10, 15), {}).nextChange).toEqual(new Date(2026, 11, 22));
    expect(reminderState(new Date(2026, 11, 25), {}).nextChange).toEqual(new Date(2027, 0, 1));
  });
});

describe('months sent', () => {
  it('validates the stored value key by key and lists newest first', () => {
    expect(parseSurveySent({ '2026-10': '2026-11-05', '2026-11': '2026-12-02', bad: 'x', '2026-13': '2026-01-01' })).toEqual({
      '2026-10': '2026-11-05',
      '2026-11': '2026-12-02',
    });
    expect(parseSurveySent('garbage')).toEqual({});
    expect(sentMonths({ '2026-10': '2026-11-05', '2026-11': '2026-12-02' }).map((s) => s.month)).toEqual(['2026-11', '2026-10']);
  });

  it('is kept in storage', async () => {
    fakeBrowser.reset();
    await setSurveySent('2026-11', true, new Date(2026, 11, 2));
    expect(await surveySentItem.getValue()).toEqual({ '2026-11': '2026-12-02' });
    await setSurveySent('2026-11', false);
    expect(await loadSurveySent()).toEqual({});
  });
});
