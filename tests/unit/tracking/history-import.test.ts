// Tests of the cell and header parsing of an imported history (as référents type it).
import { describe, expect, it } from 'vitest';
import { headerColumn, mapHeaders, parseDay, parseMinutes, parsePhone, parseStatus, parseYesNo } from '@/lib/tracking/history-import';

describe('headers', () => {
  it('reads the seed and mode d’emploi spellings', () => {
    expect(headerColumn('Date - format jj/mm/aaaa')).toBe('Date - format jj/mm/aaaa');
    expect(headerColumn('Date (jj/mm/aaaa)')).toBe('Date - format jj/mm/aaaa');
    expect(headerColumn("Durée de l'appel (en minutes)")).toBe('Durée de traitement en minutes');
    expect(headerColumn('Motif de sollicitation')).toBe('Motif');
    expect(headerColumn('SOUS MOTIF DE SOLLICITATION')).toBe('Sous motif');
    expect(headerColumn('Sous-motif')).toBe('Sous motif');
    expect(headerColumn('Problème résolu : oui / non')).toBe('Problème résolu ?');
    expect(headerColumn('Escaladé au national ?')).toBe('Escaladé au national ?');
    expect(headerColumn('Couleur préférée')).toBeUndefined();
  });

  it('ignores unknown and repeated headers with a note', () => {
    const m = mapHeaders(['Date', '', 'Couleur', 'Thématique', 'Thème']);
    expect([...m.columns]).toEqual([[0, 'Date - format jj/mm/aaaa'], [3, 'Thématique']]);
    expect(m.ignored).toEqual(['colonne « Couleur » inconnue : ignorée', 'colonne « Thème » ignorée : « Thématique » est déjà lue comme « Thématique »']);
  });
});

describe('cells', () => {
  it('reads dates: Date cells, Excel serials, jj/mm/aaaa with or without time, ISO, French month names', () => {
    expect(parseDay(new Date(Date.UTC(2025, 2, 26)))).toBe('2025-03-26');
    expect(parseDay(45742)).toBe('2025-03-26');
    expect(parseDay('45742')).toBe('2025-03-26');
    expect(parseDay('26/03/2025')).toBe('2025-03-26');
    expect(parseDay('26/03/2025 10:15')).toBe('2025-03-26');
    expect(parseDay('2025-03-26T10:15:00+01:00')).toBe('2025-03-26');
    expect(parseDay('26 mars 2025')).toBe('2025-03-26');
    expect(parseDay('1er févr. 2025')).toBe('2025-02-01');
    expect(parseDay('31/02/2025')).toBeNull();
    expect(parseDay(7)).toBeNull();
  });

  it('reads durations: numbers, « 7 min », decimal commas, hours, Excel times', () => {
    expect(parseMinutes(7)).toBe(7);
    expect(parseMinutes('7 min')).toBe(7);
    expect(parseMinutes('7min')).toBe(7);
    expect(parseMinutes('7 minutes')).toBe(7);
    expect(parseMinutes('7,5')).toBe(7.5);
    expect(parseMinutes('1 h 05')).toBe(65);
    expect(parseMinutes('1h')).toBe(60);
    expect(parseMinutes('0:07')).toBe(7);
    expect(parseMinutes(new Date(Date.UTC(1899, 11, 30, 0, 7)))).toBe(7);
    expect(parseMinutes('dix')).toBeNull();
    expect(parseMinutes(-3)).toBeNull();
  });

  it('restores the leading 0 of French numbers only', () => {
    expect(parsePhone(656844329)).toBe('0656844329');
    expect(parsePhone('6 56 84 43 29')).toBe('0656844329');
    expect(parsePhone('0656844329')).toBe('0656844329');
    expect(parsePhone('+33 6 56 84 43 29')).toBe('+33 6 56 84 43 29');
    expect(parsePhone(12345)).toBe('12345');
    expect(parsePhone(null)).toBe('');
  });

  it('reads oui / non and the Statut column', () => {
    expect(parseYesNo('Oui')).toBe(true);
    expect(parseYesNo('NON')).toBe(false);
    expect(parseYesNo(true)).toBe(true);
    expect(parseYesNo('peut-être')).toBeNull();
    expect(parseStatus('oui', null)).toBe('oui');
    expect(parseStatus('non', 'en cours')).toBe('en_cours');
    expect(parseStatus('En cours', '')).toBe('en_cours');
    expect(parseStatus('', '')).toBeNull();
  });
});
