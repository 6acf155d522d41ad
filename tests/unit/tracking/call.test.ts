// Tests of a phone call's rows: one per request, durations split at each request.
import { describe, expect, it } from 'vitest';
import { callFills, newCall, rowsFromCall, type CallRequest } from '@/lib/tracking/call';

const req = (sousMotif: string, addedAt: number, over: Partial<CallRequest> = {}): CallRequest => ({
  rowId: `r.${sousMotif}`, niveau: 1, thematique: 'T', motif: 'M', sousMotif, status: 'oui', escalated: false, note: '', addedAt, ...over,
});

describe('rowsFromCall', () => {
  it('makes one telephone row per request with split durations', () => {
    const start = Date.UTC(2025, 2, 26, 9, 0, 0);
    const draft = { ...newCall(start), phone: ' 0656844329 ', structure: 'CHU', requests: [req('a', start + 4 * 60_000 + 1000), req('b', start + 5 * 60_000, { escalated: true, niveau: 2 })] };
    const rows = rowsFromCall(draft, start + 9 * 60_000);
    expect(rows.map((r) => [r.sousMotif, r.durationMinutes, r.channel, r.phone, r.escalated])).toEqual([
      ['a', 5, 'telephone', '0656844329', false],
      ['b', 5, 'telephone', '0656844329', true],
    ]);
    expect(rows[0]!.date.slice(0, 4)).toBe('2025');
  });

  it('gives at least one minute and no row without request', () => {
    const start = 1_000_000;
    expect(rowsFromCall(newCall(start), start + 1000)).toEqual([]);
    expect(rowsFromCall({ ...newCall(start), requests: [req('a', start)] }, start)[0]!.durationMinutes).toBe(1);
  });
});

describe('callFills', () => {
  it('fills the structure and phone fields from the call, leaves the others empty', () => {
    const fills = callFills({ structure: ' CHU Test ', phone: '0611223344' }, ['Nom de la structure', 'Numéro de téléphone', 'Date du rendez-vous']);
    expect(fills).toEqual({ 'Nom de la structure': 'CHU Test', 'Numéro de téléphone': '0611223344' });
    expect(callFills({ structure: '', phone: '' }, ['Nom de la structure'])).toEqual({});
  });
});
