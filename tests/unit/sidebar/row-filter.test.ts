// Unit tests of the type-to-filter over nomenclature rows (accents, case, every word, ranking, limit).
import { describe, expect, it } from 'vitest';
import { filterRows, fold } from '@/lib/sidebar/row-filter';
import type { NomenclatureRow } from '@/lib/pack/schema';

function row(id: string, thematique: string, motif: string, sousMotif: string, exemples: string[] = []): NomenclatureRow {
  return { id, niveau: 1, thematique, motif, sousMotif, exemples } as unknown as NomenclatureRow;
}

const ROWS = [
  row('a', 'ACCÈS ET AUTHENTIFICATION', 'Problème de connexion', 'Réinitialisation mot de passe', ['mdp oublié']),
  row('b', 'ACCÈS ET AUTHENTIFICATION', 'Problème de connexion', 'Accès au compte'),
  row('c', 'ASSISTANCE TECHNIQUE', 'Gestion de la demande', 'Demande d’insertion', ['mot de passe refusé dans la demande']),
];

describe('fold', () => {
  it('drops accents and case', () => {
    expect(fold('Réinitialisation ÉLÉMENT')).toBe('reinitialisation element');
  });
});

describe('filterRows', () => {
  it('returns nothing for an empty or punctuation-only query', () => {
    expect(filterRows(ROWS, '')).toEqual([]);
    expect(filterRows(ROWS, ' - ; ')).toEqual([]);
  });

  it('matches without accents or case', () => {
    expect(filterRows(ROWS, 'REINITIALISATION').map((r) => r.id)).toEqual(['a']);
  });

  it('needs every typed word', () => {
    expect(filterRows(ROWS, 'connexion compte').map((r) => r.id)).toEqual(['b']);
    expect(filterRows(ROWS, 'connexion insertion')).toEqual([]);
  });

  it('searches the examples too', () => {
    expect(filterRows(ROWS, 'mdp').map((r) => r.id)).toEqual(['a']);
  });

  it('ranks rows whose sous-motif holds the words first', () => {
    // « mot de passe » is in a's sous-motif and only in c's examples.
    expect(filterRows(ROWS, 'mot passe').map((r) => r.id)).toEqual(['a', 'c']);
  });

  it('respects the limit', () => {
    expect(filterRows(ROWS, 'a', 2)).toHaveLength(2);
  });
});
