// Tests of the CSV export: seed columns, `;` separator, quoting.
import { describe, expect, it } from 'vitest';
import { toCsv } from '@/lib/tracking/csv';
import { sampleRow } from './fixtures';

describe('toCsv', () => {
  it('writes the header and one quoted line per row', () => {
    const csv = toCsv([sampleRow({ note: 'a;b "c"', status: 'en_cours', escalated: true })]);
    const [header, line] = csv.replace('\uFEFF', '').split('\r\n');
    expect(header!.startsWith('Numéro de téléphone;Date - format jj/mm/aaaa;Structure;Durée de traitement en minutes;Niveau;Thématique')).toBe(true);
    expect(line).toBe(
      '0656844329;26/03/2025;CHU;7;NIVEAU 1;ACCÈS ET AUTHENTIFICATION;Problème de connexion au SI SIAO;Réinitialisation mot de passe;non;oui;en cours;téléphone;;;;"a;b ""c"""',
    );
  });
});
