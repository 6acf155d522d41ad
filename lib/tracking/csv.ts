// CSV export of the history (the seed's columns, `;` separator and BOM so that French Excel opens it as is).
import type { SolicitationRow } from './solicitation';
import { ALL_COLUMNS } from './history-row';
import { toHistoryRecord } from './history-export';

/** One CSV cell: quoted when it holds the separator, a quote or a line break. */
export function quote(v: string | number): string {
  const s = String(v);
  return /[";\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** The rows as CSV text (header first). */
export function toCsv(rows: readonly SolicitationRow[]): string {
  const lines = [ALL_COLUMNS.map(quote).join(';')];
  for (const row of rows) {
    const rec = toHistoryRecord(row, 'text');
    lines.push(ALL_COLUMNS.map((c) => quote(rec[c] as string | number)).join(';'));
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** The rows as a UTF-8 CSV file. */
export function exportCsv(rows: readonly SolicitationRow[]): ArrayBuffer {
  const bytes = new TextEncoder().encode(toCsv(rows));
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}
