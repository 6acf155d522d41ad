// Tests of the monthly indicators and the survey block against hand-computed fixtures.
import { describe, expect, it } from 'vitest';
import { computeIndicators, surveyText, roundUp, SURVEY_CHANNELS, type IndicatorRow } from '@/lib/tracking/indicators';

const base = { niveau: 1 as const, thematique: 'ACCÈS ET AUTHENTIFICATION', motif: 'Création de compte', escalated: false, resolved: true };
function row(date: string, sousMotif: string, durationMinutes: number, extra: Partial<IndicatorRow> = {}): IndicatorRow {
  return { ...base, date, sousMotif, durationMinutes, ...extra };
}

describe('computeIndicators', () => {
  it('gives zeros (no NaN) on an empty period', () => {
    const ind = computeIndicators([row('2025-03-10', 'A', 5)], { from: '2025-04-01', to: '2025-05-01' });
    expect(ind).toEqual({ count: 0, meanDurationMinutes: 0, resolutionRate: 0, escalationRate: 0, top: [] });
    expect(computeIndicators([])).toEqual({ count: 0, meanDurationMinutes: 0, resolutionRate: 0, escalationRate: 0, top: [] });
  });

  it('matches the seed example (3 requests, 67 % resolved, 33 % escalated)', () => {
    const rows = [
      row('2025-03-26T10:00:00+01:00', 'Compte utilisateur au SI SIAO', 5),
      row('2025-03-27', 'Module offre', 10, { niveau: 2, thematique: 'MODULE OFFRE', motif: 'Module offre', escalated: true, resolved: false }),
      row('2025-03-28', 'Compte utilisateur au SI SIAO', 6),
    ];
    const ind = computeIndicators(rows);
    expect(ind.count).toBe(3);
    expect(ind.meanDurationMinutes).toBeCloseTo(7);
    expect(ind.resolutionRate).toBeCloseTo(2 / 3);
    expect(ind.escalationRate).toBeCloseTo(1 / 3);
    expect(ind.top[0]).toMatchObject({ sousMotif: 'Compte utilisateur au SI SIAO', count: 2, meanDurationMinutes: 5.5, resolutionRate: 1, escalationRate: 0 });
    expect(ind.top[1]).toMatchObject({ niveau: 2, sousMotif: 'Module offre', count: 1, meanDurationMinutes: 10, resolutionRate: 0, escalationRate: 1 });
  });

  it('maps the stored status: only « oui » is resolved', () => {
    const rows = [
      { ...row('2025-03-01', 'A', 1), resolved: undefined, status: 'oui' as const },
      { ...row('2025-03-01', 'A', 1), resolved: undefined, status: 'en_cours' as const },
      { ...row('2025-03-01', 'A', 1), resolved: undefined, status: 'non' as const },
      { ...row('2025-03-01', 'A', 1), resolved: undefined, status: 'oui' as const },
    ];
    expect(computeIndicators(rows).resolutionRate).toBe(0.5);
  });

  it('counts from inclusive, to exclusive, and a month', () => {
    const rows = [row('2025-02-28T23:59:00+01:00', 'A', 1), row('2025-03-01T00:10:00+01:00', 'A', 2), row('2025-03-31', 'A', 3), row('2025-04-01', 'A', 4)];
    expect(computeIndicators(rows, { from: '2025-03-01', to: '2025-04-01' }).count).toBe(2);
    expect(computeIndicators(rows, { month: '2025-03' }).count).toBe(2);
    expect(computeIndicators(rows, { from: '2025-03-31' }).count).toBe(2);
    expect(computeIndicators(rows, { to: '2025-03-01' }).count).toBe(1);
  });

  it('breaks ties in the top 5 by count, then mean duration desc, then labels', () => {
    const rows = [
      row('2025-03-01', 'F', 1), row('2025-03-01', 'F', 1), row('2025-03-01', 'F', 1),
      row('2025-03-01', 'B', 4), row('2025-03-01', 'B', 4),
      row('2025-03-01', 'C', 2), row('2025-03-01', 'C', 6),
      row('2025-03-01', 'E', 9),
      row('2025-03-01', 'D', 9),
      row('2025-03-01', 'A', 3),
      row('2025-03-01', 'G', 1),
      { ...row('2025-03-01', 'D', 9), niveau: 2 as const },
    ];
    const top = computeIndicators(rows).top;
    expect(top.map((t) => `${t.niveau}${t.sousMotif}`)).toEqual(['1F', '1B', '1C', '1D', '1E']);
    expect(top).toHaveLength(5);
    // 2D (count 1, 9 min) loses to 1E on niveau; shuffled input gives the same order.
    expect(computeIndicators([...rows].reverse()).top).toEqual(top);
  });
});

describe('scope', () => {
  const rows = [
    row('2025-03-01', 'A', 4, { channel: 'telephone' }),
    row('2025-03-01', 'A', 8, { channel: 'email', resolved: false }),
    row('2025-03-01', 'B', 20, { channel: 'ticket', escalated: true }),
    row('2025-03-01', 'B', 10, { channel: 'ticket' }),
    row('2025-03-02', 'A', 6), // no channel: a phone call, as in the seed's workbook
  ];
  it('keeps only the scope channels (phone + e-mail by default for the survey)', () => {
    const ind = computeIndicators(rows, undefined, { channels: SURVEY_CHANNELS });
    expect(ind.count).toBe(3);
    expect(ind.meanDurationMinutes).toBe(6);
    expect(ind.escalationRate).toBe(0);
    expect(ind.top).toHaveLength(1);
    expect(ind.top[0]).toMatchObject({ sousMotif: 'A', count: 3, resolutionRate: 2 / 3, escalationRate: 0 });
  });
  it('gives tickets their own figures and everything without a scope', () => {
    const t = computeIndicators(rows, { month: '2025-03' }, { channels: ['ticket'] });
    expect(t.count).toBe(2);
    expect(t.top[0]).toMatchObject({ sousMotif: 'B', meanDurationMinutes: 15, escalationRate: 0.5, resolutionRate: 1 });
    expect(computeIndicators(rows).count).toBe(5);
    expect(computeIndicators(rows, undefined, {}).count).toBe(5);
  });
});

describe('surveyText', () => {
  it('writes the seed survey: general block, then per top sous-motif its label and lines i.1 to i.4', () => {
    const rows = [
      row('2025-03-01', 'Compte utilisateur au SI SIAO', 5),
      row('2025-03-02', 'Compte utilisateur au SI SIAO', 6, { resolved: false }),
      row('2025-03-03', "Compte sur l'environnement pour la formation", 7, { escalated: true }),
    ];
    const text = surveyText(computeIndicators(rows), 'T');
    expect(text).toBe(
      [
        'T',
        '',
        'Données générales : indicateurs de traitement des appels',
        'Nombre de sollicitations reçues (total) : 3',
        'Durée moyenne de traitement par sollicitation : 6',
        'Taux de résolution (en %) : 67',
        "Taux d'escalade (en %) : 33",
        '',
        'Les 5 sous-motifs les plus sollicités',
        '',
        '1. Sous-motif ayant généré le plus grand nombre de sollicitations (classé en première position)',
        'ACCÈS ET AUTHENTIFICATION - Création de compte - Compte utilisateur au SI SIAO',
        '1.1. Nombre de sollicitations reçues : 2',
        '1.2. Durée moyenne de traitement par sollicitation : 6',
        '1.3. Taux de résolution (en %) : 50',
        "1.4. Taux d'escalade (en %) : 0",
        '',
        '2. Sous-motif classé en deuxième position',
        "ACCÈS ET AUTHENTIFICATION - Création de compte - Compte sur l'environnement pour la formation",
        '2.1. Nombre de sollicitations reçues : 1',
        '2.2. Durée moyenne de traitement par sollicitation : 7',
        '2.3. Taux de résolution (en %) : 100',
        "2.4. Taux d'escalade (en %) : 100",
      ].join('\n'),
    );
  });

  it('rounds a mean of 6.1 up to 7 and an exact 7 stays 7', () => {
    expect(roundUp(6.1)).toBe(7);
    expect(roundUp(21 / 3)).toBe(7);
    const text = surveyText(computeIndicators([row('2025-03-01', 'A', 6), row('2025-03-01', 'A', 6.2)]));
    expect(text).toContain('Durée moyenne de traitement par sollicitation : 7');
    expect(text).toContain('1.2. Durée moyenne de traitement par sollicitation : 7');
  });

  it('says so when the period is empty', () => {
    const text = surveyText(computeIndicators([]));
    expect(text).toContain('(total) : 0');
    expect(text).toContain('Aucune sollicitation');
    expect(text).not.toContain('NaN');
  });
});
