// XLSX export in the seed's workbook layout (Guide d'utilisation, Historique d'appels, Résultats) and import of
// an Excel history with the same columns, with the rejected rows and why.
import ExcelJS from 'exceljs';
import type { NomenclatureRow } from '../pack/schema';
import type { SolicitationRow } from './solicitation';
import { computeIndicators, percent, sousMotifCounts, type Period } from './indicators';
import {
  ALL_COLUMNS,
  HISTORY_COLUMNS,
  fromHistoryRecord,
  mapHeaders,
  nomenclatureIndex,
  normalizeLabel,
  toHistoryRecord,
  type HistoryRecord,
  type ImportReport,
} from './history-row';

export const SHEET_GUIDE = "Guide d'utilisation";
export const SHEET_HISTORY = "Historique d'appels";
export const SHEET_RESULTS = 'Résultats';
const DEPARTEMENT_LABEL = 'Département';

export interface XlsxExportOptions {
  /** Département or SIAO written in the guide sheet (read back by the national consolidation). */
  departement?: string;
  /** Period of the « Résultats » sheet (all rows when absent). */
  period?: Period;
  periodLabel?: string;
  now?: Date;
}

const GUIDE_LINES = [
  "Suivi des indicateurs liés aux demandes d'assistance (export Aiguilleur)",
  '',
  "1. Guide d'utilisation : le mode d'emploi du fichier.",
  "2. Historique d'appels : une ligne par sollicitation (si plusieurs sollicitations sont traitées lors d'un appel, une ligne chacune).",
  '   Colonnes : numéro de téléphone, date (jj/mm/aaaa), structure, durée de traitement en minutes, niveau, thématique, motif, sous motif, problème résolu ? (oui / non / en cours), escaladé au national ? (oui / non).',
  '3. Résultats : nombre de sollicitations, durée moyenne de traitement par sollicitation, taux de résolution, taux d\'escalade et sous-motifs les plus cités.',
  '',
  "Enquête mensuelle : nombres entiers arrondis au supérieur, taux en %, sous-motifs au format « thématique - motif - sous motif ».",
];

function toArrayBuffer(buf: ArrayBuffer | Uint8Array | { buffer: ArrayBufferLike; byteOffset: number; byteLength: number }): ArrayBuffer {
  if (buf instanceof ArrayBuffer) return buf;
  return (buf.buffer as ArrayBuffer).slice(buf.byteOffset, buf.byteOffset + buf.byteLength);
}

/** The workbook of the rows, as an .xlsx file. */
export async function exportXlsx(rows: readonly SolicitationRow[], opts: XlsxExportOptions = {}): Promise<ArrayBuffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Aiguilleur';
  wb.created = opts.now ?? new Date();

  const guide = wb.addWorksheet(SHEET_GUIDE);
  guide.getColumn(1).width = 120;
  GUIDE_LINES.forEach((l) => guide.addRow([l]));
  guide.getRow(1).font = { bold: true, size: 14 };
  guide.addRow([]);
  guide.addRow([DEPARTEMENT_LABEL, opts.departement ?? '']);
  guide.addRow(['Période des résultats', opts.periodLabel ?? 'toutes les sollicitations']);

  const hist = wb.addWorksheet(SHEET_HISTORY);
  hist.columns = ALL_COLUMNS.map((c) => ({
    header: c,
    key: c,
    width: c === 'Note' || c === 'Lien du ticket' ? 40 : Math.max(14, c.length + 2),
    ...(c === 'Date (jj/mm/aaaa)' ? { style: { numFmt: 'dd/mm/yyyy' } } : {}),
  }));
  hist.getRow(1).font = { bold: true };
  for (const row of rows) {
    // Empty cells are left out (null) to keep the file small and fast to write.
    const rec = toHistoryRecord(row, 'date');
    hist.addRow(ALL_COLUMNS.map((c) => (rec[c] === '' ? null : rec[c])));
  }
  hist.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: ALL_COLUMNS.length } };
  hist.views = [{ state: 'frozen', ySplit: 1 }];

  const res = wb.addWorksheet(SHEET_RESULTS);
  const ind = computeIndicators(rows, opts.period);
  res.addRow(['Statistiques de traitement des appels']).font = { bold: true };
  res.addRow(['Période', opts.periodLabel ?? 'toutes les sollicitations']);
  res.addRow([]);
  res.addRow(['Nombre de sollicitations', 'Durée moyenne de traitement par sollicitation', 'Taux de résolution', "Taux d'escalade"]).font = { bold: true };
  const stats = res.addRow([ind.count, ind.meanDurationMinutes, ind.resolutionRate, ind.escalationRate]);
  stats.getCell(2).numFmt = '0.0';
  stats.getCell(3).numFmt = '0%';
  stats.getCell(4).numFmt = '0%';
  res.addRow([]);
  res.addRow(['Motifs les plus cités par les utilisateurs']).font = { bold: true };
  res.addRow(['Niveau', 'Thématique', 'Motif', 'Sous motif', 'Nombre de sollicitations', 'Moyenne de traitement par sollicitation']).font = { bold: true };
  for (const g of sousMotifCounts(rows, opts.period)) {
    res.addRow([`NIVEAU ${g.niveau}`, g.thematique, g.motif, g.sousMotif, g.count, g.meanDurationMinutes]).getCell(6).numFmt = '0.0';
  }
  const total = res.addRow(['Total général', '', '', '', ind.count, ind.meanDurationMinutes]);
  total.font = { bold: true };
  total.getCell(6).numFmt = '0.0';
  res.addRow([]);
  res.addRow([`Taux de résolution : ${percent(ind.resolutionRate)} % — taux d'escalade : ${percent(ind.escalationRate)} %`]);
  [28, 40, 36, 36, 24, 36].forEach((w, i) => (res.getColumn(i + 1).width = w));

  // Fast deflate (level 1): a quarter less CPU than the default for a slightly larger file.
  const zip = { zip: { compression: 'DEFLATE', compressionOptions: { level: 1 } } } as unknown as ExcelJS.XlsxWriteOptions;
  return toArrayBuffer((await wb.xlsx.writeBuffer(zip)) as unknown as Uint8Array);
}

function cellValue(cell: ExcelJS.Cell): unknown {
  const v = cell.value;
  if (v && typeof v === 'object' && !(v instanceof Date) && 'result' in v) return (v as { result?: unknown }).result;
  return v;
}

/** Reads an Excel history (sheet « Historique d'appels », or the first sheet with the columns). Never throws on bad content. */
export async function importXlsx(data: ArrayBuffer, nomenclature?: readonly NomenclatureRow[]): Promise<ImportReport> {
  const report: ImportReport = { rows: [], rejected: [], warnings: [], errors: [] };
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(data);
  } catch {
    report.errors.push("Le fichier n'est pas un classeur Excel (.xlsx) lisible.");
    return report;
  }
  const guide = wb.worksheets.find((w) => normalizeLabel(w.name) === normalizeLabel(SHEET_GUIDE));
  guide?.eachRow((row) => {
    const a = row.getCell(1).value;
    if (typeof a === 'string' && normalizeLabel(a) === normalizeLabel(DEPARTEMENT_LABEL)) {
      const d = String(row.getCell(2).value ?? '').trim();
      if (d) report.departement = d;
    }
  });
  const candidates = [
    ...wb.worksheets.filter((w) => normalizeLabel(w.name).startsWith('historique')),
    ...wb.worksheets.filter((w) => !normalizeLabel(w.name).startsWith('historique')),
  ];
  let sheet: ExcelJS.Worksheet | undefined;
  let headerLine = 0;
  let columns = new Map<number, (typeof ALL_COLUMNS)[number]>();
  search: for (const ws of candidates) {
    for (let r = 1; r <= Math.min(ws.rowCount, 15); r++) {
      const row = ws.getRow(r);
      const headers: string[] = [];
      for (let c = 1; c <= Math.max(row.cellCount, ALL_COLUMNS.length); c++) headers.push(String(cellValue(row.getCell(c)) ?? ''));
      const map = mapHeaders(headers);
      const found = new Set(map.values());
      const required = HISTORY_COLUMNS.filter((c) => c !== 'Niveau' && c !== 'Numéro de téléphone' && c !== 'Structure');
      if (required.every((c) => found.has(c))) {
        sheet = ws;
        headerLine = r;
        columns = map;
        break search;
      }
    }
  }
  if (!sheet) {
    report.errors.push(
      `Aucune feuille ne contient les colonnes de l'historique (${HISTORY_COLUMNS.join(', ')}).`,
    );
    return report;
  }
  const find = nomenclature ? nomenclatureIndex(nomenclature) : undefined;
  for (let r = headerLine + 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const rec: HistoryRecord = {};
    for (const [idx, col] of columns) rec[col] = cellValue(row.getCell(idx + 1));
    const res = fromHistoryRecord(rec, find);
    if (res.ok === 'empty') continue;
    if (res.ok) {
      report.rows.push(res.row);
      for (const w of res.warnings) report.warnings.push({ line: r, message: w });
    } else report.rejected.push({ line: r, reasons: res.reasons });
  }
  return report;
}
