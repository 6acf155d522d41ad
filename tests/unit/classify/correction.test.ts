// Tests of the correction store's cap and of the duplicate rule.
import { describe, expect, it } from 'vitest';
import { isSameCorrection, MAX_CORRECTIONS, overflowIds } from '@/lib/classify/correction';

describe('overflowIds', () => {
  it('drops the oldest corrections beyond the cap', () => {
    const rows = [3, 1, 4, 2].map((d) => ({ id: d, createdAt: `2026-01-0${d}T00:00:00Z` }));
    expect(overflowIds(rows, 2)).toEqual([1, 2]);
    expect(overflowIds(rows, 4)).toEqual([]);
  });
  it('caps at 500 by default', () => {
    const rows = Array.from({ length: MAX_CORRECTIONS + 3 }, (_, i) => ({ id: i + 1, createdAt: new Date(Date.UTC(2026, 0, 1) + i * 1000).toISOString() }));
    expect(MAX_CORRECTIONS).toBe(500);
    expect(overflowIds(rows)).toEqual([1, 2, 3]);
  });
});

describe('isSameCorrection', () => {
  it('is the same ticket and the same row only', () => {
    expect(isSameCorrection({ text: 'a', rowId: 'x' }, { text: 'a', rowId: 'x' })).toBe(true);
    expect(isSameCorrection({ text: 'a', rowId: 'x' }, { text: 'a', rowId: 'y' })).toBe(false);
    expect(isSameCorrection({ text: 'a', rowId: 'x' }, { text: 'b', rowId: 'x' })).toBe(false);
  });
});
