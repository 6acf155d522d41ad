// What an import will write, shown before anything is written: each row's mapping and remarks, the rejected rows,
// and the rows already in the log (same dedupe key), so that importing the same file twice adds nothing.
import type { SolicitationRow } from './solicitation';
import type { ImportReport, RejectedRow } from './history-import';

type Row = Omit<SolicitationRow, 'id'>;

/**
 * The dedupe key of a row: its day and every field the workbook carries. A file's identical lines are distinct calls:
 * an import adds a key only as many times as the file has it beyond the log's count (see `buildImportPreview`).
 */
export function dedupeKey(r: Row): string {
  return [
    r.date.slice(0, 10),
    (r.phone ?? '').replace(/\D/g, ''),
    r.structure.trim().toLowerCase(),
    Math.round(r.durationMinutes * 100),
    r.niveau,
    r.thematique,
    r.motif,
    r.sousMotif,
    r.status,
    r.escalated ? 1 : 0,
    r.channel,
    r.ticketKey ?? '',
    r.note.trim(),
  ].join('\u0001');
}

export interface PreviewLine {
  /** Sheet line. */
  line: number;
  row: Row;
  /** Already in the log: not written again. */
  duplicate: boolean;
  /** Remarks of the line (approximate labels, niveau from the nomenclature…). */
  notes: string[];
}

export interface ImportPreview {
  lines: PreviewLine[];
  /** Rows to write (`lines` without the duplicates). */
  fresh: Row[];
  duplicates: number;
  rejected: RejectedRow[];
  /** Remarks about the whole file (ignored columns). */
  fileNotes: string[];
  errors: string[];
}

/** The preview of a report against the rows already logged. */
export function buildImportPreview(report: ImportReport, existing: readonly Row[]): ImportPreview {
  const counts = new Map<string, number>();
  for (const r of existing) {
    const k = dedupeKey(r);
    counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  const notes = new Map<number, string[]>();
  const fileNotes: string[] = [];
  for (const w of report.warnings) {
    if (w.line === 0 || w.line === report.headerLine) fileNotes.push(w.message);
    else {
      const list = notes.get(w.line);
      if (list) list.push(w.message);
      else notes.set(w.line, [w.message]);
    }
  }
  const lines: PreviewLine[] = [];
  const fresh: Row[] = [];
  report.rows.forEach((row, i) => {
    const k = dedupeKey(row);
    const left = counts.get(k) ?? 0;
    const duplicate = left > 0;
    if (duplicate) counts.set(k, left - 1);
    else fresh.push(row);
    const line = report.rowLines[i] ?? 0;
    lines.push({ line, row, duplicate, notes: notes.get(line) ?? [] });
  });
  return { lines, fresh, duplicates: lines.length - fresh.length, rejected: report.rejected, fileNotes, errors: report.errors };
}
