// The sidebar's row: picked, else top suggestion, else requester's choice, else none; an id missing from the pack gives none.
import { describe, expect, it } from 'vitest';
import { selectedRow, selectedRowId } from '@/lib/sidebar/row-selection';
import type { NomenclatureRow } from '@/lib/pack/schema';

const row = (id: string) => ({ id, niveau: 1, thematique: 'T', motif: 'M', sousMotif: id, exemples: [], vocabulaire: [] }) as unknown as NomenclatureRow;
const rows = [row('a'), row('b'), row('c')];

describe('selectedRowId', () => {
  it('prefers the row the référent picked', () => {
    expect(selectedRowId({ picked: 'a', topRowId: 'b', requesterRowId: 'c' })).toBe('a');
  });
  it('falls back to the top suggestion, then to the requester’s choice', () => {
    expect(selectedRowId({ topRowId: 'b', requesterRowId: 'c' })).toBe('b');
    expect(selectedRowId({ picked: null, topRowId: null, requesterRowId: 'c' })).toBe('c');
  });
  it('gives none when nothing is known', () => {
    expect(selectedRowId({})).toBeNull();
  });
});

describe('selectedRow', () => {
  it('returns the row of the selected id', () => {
    expect(selectedRow(rows, { topRowId: 'b' })?.id).toBe('b');
  });
  it('returns null for an id the pack no longer has', () => {
    expect(selectedRow(rows, { picked: 'gone', topRowId: 'b' })).toBeNull();
  });
});
