// Unit tests of the history's order (« en cours » first, then newest) and of the ticket number shown for a row.
import { describe, expect, it } from 'vitest';
import { sortPendingFirst, ticketNumber } from '@/lib/tracking/filters';
import type { SolicitationRow } from '@/lib/tracking/solicitation';

const row = (id: number, date: string, status: SolicitationRow['status']) => ({ id, date, status }) as SolicitationRow;

describe('sortPendingFirst', () => {
  it('puts the requests still « en cours » first, each group newest first', () => {
    const rows = [row(1, '2026-12-01', 'oui'), row(2, '2026-12-02', 'en_cours'), row(3, '2026-12-03', 'non'), row(4, '2026-11-30', 'en_cours')];
    expect(sortPendingFirst(rows).map((r) => r.id)).toEqual([2, 4, 3, 1]);
  });
});

describe('ticketNumber', () => {
  it('takes the id after the help desk prefix, and nothing for a call', () => {
    expect(ticketNumber({ ticketKey: 'hubspot:31000001' })).toBe('31000001');
    expect(ticketNumber({ ticketKey: 'zendesk:acme:42' })).toBe('42');
    expect(ticketNumber({})).toBe('');
  });
});
