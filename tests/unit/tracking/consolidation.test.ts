// Tests of the national consolidation and the weekly chart series.
import { describe, expect, it } from 'vitest';
import { consolidate, consolidationCsv, toConsolidationRow } from '@/lib/tracking/consolidation';
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

  it('counts the survey’s scope (téléphone + e-mail) by default, every channel on demand', () => {
    const sets = [{ departement: '75', rows: [sampleRow({ channel: 'telephone' }), sampleRow({ channel: 'email' }), sampleRow({ channel: 'ticket' })] }];
    expect(consolidate(sets).total.count).toBe(2);
    expect(consolidate(sets, undefined, {}).total.count).toBe(3);
  });

  it('never lets a phone number, a structure or a note into a consolidation or its file', () => {
    const phone = '0656844329';
    const rows = [
      sampleRow({ phone, structure: 'CHRS Les Lilas', note: `rappeler au ${phone}` }),
      sampleRow({ phone: '+33 6 11 22 33 44', channel: 'email', status: 'non', escalated: true }),
    ];
    expect(Object.keys(toConsolidationRow(rows[0]!))).not.toEqual(expect.arrayContaining(['phone']));
    const c = consolidate([{ departement: '75', rows }, { departement: '13', rows: [sampleRow({ phone })] }]);
    const everything = JSON.stringify(c) + consolidationCsv(c);
    for (const secret of [phone, '656844329', '6 11 22 33 44', 'CHRS Les Lilas', 'rappeler']) expect(everything).not.toContain(secret);
    const csv = consolidationCsv(c).replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(csv).toHaveLength(4);
    expect(csv[0]!.split(';').slice(0, 6)).toEqual(['Département', 'Nombre de sollicitations reçues (total)', 'Durée moyenne de traitement par sollicitation', 'Taux de résolution (en %)', "Taux d'escalade (en %)", 'Sous-motif 1']);
    expect(csv[3]!.split(';').slice(0, 10)).toEqual(['Total', '3', '7', '67', '33', 'ACCÈS ET AUTHENTIFICATION - Problème de connexion au SI SIAO - Réinitialisation mot de passe', '3', '7', '67', '33']);
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
