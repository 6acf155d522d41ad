// Tests of the national consolidation and the weekly chart series.
import { describe, expect, it } from 'vitest';
import { consolidate } from '@/lib/tracking/consolidation';
import { weeklySeries } from '@/lib/tracking/charts';
import { filterRows } from '@/lib/tracking/filters';
import { sampleRow } from './fixtures';

describe('consolidate', () => {
  it('gives indicators per département (files merged) and in total', () => {
    const c = consolidate([
      { departement: '75', rows: [sampleRow({ durationMinutes: 4 }), sampleRow({ durationMinutes: 6, status: 'non' })] },
      { departement: '13', rows: [sampleRow({ durationMinutes: 10, escalated: true })] },
      { departement: '75', rows: [sampleRow({ durationMinutes: 8 })] },
    ]);
    expect(c.byDepartement.map((d) => [d.departement, d.indicators.count, d.indicators.meanDurationMinutes])).toEqual([
      ['13', 1, 10],
      ['75', 3, 6],
    ]);
    expect(c.total.count).toBe(4);
    expect(c.total.resolutionRate).toBe(0.75);
    expect(c.total.escalationRate).toBe(0.25);
  });
});

describe('weeklySeries', () => {
  it('counts per ISO week and niveau, with empty weeks in between', () => {
    const s = weeklySeries([
      sampleRow({ date: '2025-03-03', durationMinutes: 2 }),
      sampleRow({ date: '2025-03-09', niveau: 2, durationMinutes: 4 }),
      sampleRow({ date: '2025-03-17', durationMinutes: 5 }),
    ]);
    expect(s).toEqual([
      { week: '2025-03-03', niveau1: 1, niveau2: 1, meanDurationMinutes: 3 },
      { week: '2025-03-10', niveau1: 0, niveau2: 0, meanDurationMinutes: 0 },
      { week: '2025-03-17', niveau1: 1, niveau2: 0, meanDurationMinutes: 5 },
    ]);
  });
});

describe('filterRows', () => {
  it('filters by inclusive days, niveau, thématique and status', () => {
    const rows = [sampleRow({ date: '2025-03-01' }), sampleRow({ date: '2025-03-31T23:00:00+02:00', niveau: 2 }), sampleRow({ date: '2025-04-01', status: 'non' })];
    expect(filterRows(rows, { from: '2025-03-01', toInclusive: '2025-03-31' })).toHaveLength(2);
    expect(filterRows(rows, { niveau: 2 })).toHaveLength(1);
    expect(filterRows(rows, { status: 'non' })).toHaveLength(1);
    expect(filterRows(rows, { thematique: 'AUTRE' })).toHaveLength(0);
  });
});
