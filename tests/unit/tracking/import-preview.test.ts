// Tests of the import preview: the mapping and remarks of each line, and the dedupe that makes a second import add nothing.
import { describe, expect, it } from 'vitest';
import { buildImportPreview, dedupeKey } from '@/lib/tracking/import-preview';
import type { ImportReport } from '@/lib/tracking/history-import';
import { sampleRow } from './fixtures';

const a = sampleRow({ date: '2025-03-26' });
const b = sampleRow({ date: '2025-03-27', durationMinutes: 4 });

function report(rows = [a, a, b]): ImportReport {
  return {
    rows, rowLines: rows.map((_, i) => i + 2), rejected: [{ line: 9, reasons: ['date manquante'] }], headerLine: 1, errors: [],
    warnings: [{ line: 1, message: 'colonne « X » inconnue : ignorée' }, { line: 4, message: 'sous-motif approché' }],
  };
}

describe('buildImportPreview', () => {
  it('lists every line with its notes, the rejected rows and the file notes', () => {
    const p = buildImportPreview(report(), []);
    expect(p.lines.map((l) => [l.line, l.duplicate, l.notes])).toEqual([[2, false, []], [3, false, []], [4, false, ['sous-motif approché']]]);
    // Two identical lines in one file are two calls.
    expect(p.fresh).toHaveLength(3);
    expect(p.rejected).toEqual([{ line: 9, reasons: ['date manquante'] }]);
    expect(p.fileNotes).toEqual(['colonne « X » inconnue : ignorée']);
  });

  it('adds nothing when the same file was imported already, and only the extra copies otherwise', () => {
    const again = buildImportPreview(report(), [a, a, b].map((r, i) => ({ ...r, id: i + 1 })));
    expect(again.fresh).toEqual([]);
    expect(again.duplicates).toBe(3);
    const partly = buildImportPreview(report(), [{ ...a, date: '2025-03-26T10:15:00+01:00' }]);
    expect(partly.lines.map((l) => l.duplicate)).toEqual([true, false, false]);
  });

  it('tells rows apart by what the workbook carries', () => {
    expect(dedupeKey(a)).toBe(dedupeKey({ ...a, date: '2025-03-26T18:00:00+01:00', rowId: 'other' }));
    expect(dedupeKey(a)).not.toBe(dedupeKey({ ...a, status: 'non' }));
    expect(dedupeKey(a)).not.toBe(dedupeKey({ ...a, phone: '0600000000' }));
  });
});
