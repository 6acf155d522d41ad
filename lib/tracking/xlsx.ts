// XLSX export in the seed's workbook layout (Page de garde, Guide d'utilisation, Historique des appels, Résultats)
// and import of a référent's workbook: the history sheet and header row are found, the labels matched to the pack.
import ExcelJS from 'exceljs';
import type { NomenclatureRow } from '../pack/schema';
import type { SolicitationRow } from './solicitation';
import {
  computeIndicators,
  sousMotifCounts,
  sousMotifLabel,
  surveyText,
  SURVEY_CHANNELS,
  type Period,
  type Scope,
} from './indicators';
import { ALL_COLUMNS, DATE_COLUMN, type HistoryColumn, type HistoryRecord } from './history-row';
import { toHistoryRecord } from './history-export';
import { cellText, fromHistoryRecord, mapHeaders, REQUIRED_COLUMNS, type HeaderMap, type ImportReport } from './history-import';
import { nomenclatureMatcher, normalizeLabel } from './nomenclature-match';
import { toFrenchDate, localDay } from './dates';

const SHEET_COVER = 'Page de garde';
const SHEET_GUIDE = "Guide d'utilisation";
export const SHEET_HISTORY = 'Historique des appels';
export const SHEET_RESULTS = 'Résultats';
/** The four tabs of the seed's workbook, in order. */
export const SHEETS = [SHEET_COVER, SHEET_GUIDE, SHEET_HISTORY, SHEET_RESULTS] as const;
const DEPARTEMENT_LABEL = 'Département';
/** How many lines of each sheet are searched for the header row (title lines may come first). */
const HEADER_SEARCH_ROWS = 30;

export interface XlsxExportOptions {
  /** Département or SIAO written on the cover sheet (read back by the national consolidation). */
  departement?: string;
  /** Period of the « Résultats » sheet (all rows when absent). */
  period?: Period;
  periodLabel?: string;
  /** Channels of the « Résultats » sheet: the survey's (téléphone + e-mail) unless told. */
  scope?: Scope;
  now?: Date;
}

const GUIDE_LINES = [
  "Suivi des indicateurs liés aux demandes d'assistance téléphonique",
  '',
  'Le fichier a 4 onglets :',
  '   Page de garde : le département et la période du fichier.',
  "   Guide d'utilisation : le mode d'emploi du fichier.",
  '   Historique des appels : une synthèse des sollicitations traitées lors des appels effectués sur la période.',
  '   Résultats : une vision consolidée des statistiques d’appels sur le département.',
  '',
  'Onglet « Historique des appels »',
  '1. Je reçois un appel ou un e-mail.',
  "2. À la fin de l'appel, je remplis les critères suivants : numéro de téléphone, date (format jj/mm/aaaa), structure,",
  "   durée de l'appel (en minutes), thématique / motif / sous motif (nomenclature), problème résolu : oui / non, escaladé au national : oui / non.",
  "2 bis. Si plusieurs sollicitations sont traitées lors de l'appel, je répète l'opération (une ligne par sollicitation).",
  '',
  'Onglet « Résultats »',
  '1. À la fin de chaque période, je me rends dans l’onglet « Résultats ».',
  '2. Je renseigne les cases de l’enquête reçue par mail avec les données des deux tableaux :',
  '   « Statistiques de traitement des appels » pour les données générales, « Les 5 sous-motifs les plus sollicités » pour les sous-motifs.',
  '',
  'Enquête mensuelle : envoyée par le national chaque mois, à remplir dans les 3 semaines.',
  'Nombres entiers arrondis au supérieur, taux en %, sous-motifs au format « thématique - motif - sous motif ».',
];

const CHANNEL_NAMES = { telephone: 'téléphone', email: 'e-mail', ticket: 'formulaire/ticket' } as const;

function toArrayBuffer(buf: ArrayBuffer | Uint8Array): ArrayBuffer {
  if (buf instanceof ArrayBuffer) return buf;
  return (buf.buffer as ArrayBuffer).slice(buf.byteOffset, buf.byteOffset + buf.byteLength);
}

function bold(row: ExcelJS.Row): ExcelJS.Row {
  row.font = { bold: true };
  return row;
}

function formats(row: ExcelJS.Row, byColumn: Record<number, string>): void {
  for (const [c, f] of Object.entries(byColumn)) row.getCell(Number(c)).numFmt = f;
}

/** The workbook of the rows, as an .xlsx file. */
export async function exportXlsx(rows: readonly SolicitationRow[], opts: XlsxExportOptions = {}): Promise<ArrayBuffer> {
  const now = opts.now ?? new Date();
  const scope = opts.scope ?? { channels: SURVEY_CHANNELS };
  const periodLabel = opts.periodLabel ?? 'toutes les sollicitations';
  const channels = scope.channels ? scope.channels.map((c) => CHANNEL_NAMES[c]).join(' + ') : 'tous les canaux';
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Aiguilleur';
  wb.created = now;

  const cover = wb.addWorksheet(SHEET_COVER);
  cover.getColumn(1).width = 40;
  cover.getColumn(2).width = 60;
  cover.addRow(['EXCEL DE SUIVI DES APPELS DE VOTRE DÉPARTEMENT']).font = { bold: true, size: 16 };
  cover.addRow(['Reporting et bases de données utiles au suivi des sollicitations téléphoniques à l’assistance']);
  cover.addRow(["Délégation interministérielle à l'hébergement et à l'accès au logement"]);
  cover.addRow([]);
  cover.addRow([DEPARTEMENT_LABEL, opts.departement ?? '']);
  cover.addRow(['Période des résultats', periodLabel]);
  cover.addRow(['Canaux des résultats', channels]);
  cover.addRow(['Exporté le', toFrenchDate(localDay(now))]);
  cover.addRow(['Outil', 'Aiguilleur']);

  const guide = wb.addWorksheet(SHEET_GUIDE);
  guide.getColumn(1).width = 140;
  GUIDE_LINES.forEach((l) => guide.addRow([l]));
  guide.getRow(1).font = { bold: true, size: 14 };

  const hist = wb.addWorksheet(SHEET_HISTORY);
  hist.columns = ALL_COLUMNS.map((c) => ({
    header: c,
    key: c,
    width: c === 'Note' || c === 'Lien du ticket' ? 40 : Math.max(14, c.length + 2),
    ...(c === DATE_COLUMN ? { style: { numFmt: 'dd/mm/yyyy' } } : {}),
  }));
  bold(hist.getRow(1));
  for (const row of rows) {
    // Empty cells are left out (undefined: no cell at all) to keep the file small and fast to write.
    const rec = toHistoryRecord(row, 'date');
    hist.addRow(ALL_COLUMNS.map((c) => (rec[c] === '' ? undefined : rec[c])));
  }
  hist.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: ALL_COLUMNS.length } };
  hist.views = [{ state: 'frozen', ySplit: 1 }];

  const res = wb.addWorksheet(SHEET_RESULTS);
  const ind = computeIndicators(rows, opts.period, scope);
  res.addRow(['Statistiques de traitement des appels']).font = { bold: true, size: 13 };
  res.addRow(['Période', periodLabel]);
  res.addRow(['Canaux', channels]);
  res.addRow([]);
  bold(res.addRow(['Nombre de sollicitations', 'Durée moyenne de traitement par sollicitation', 'Taux de résolution', "Taux d'escalade"]));
  formats(res.addRow([ind.count, ind.meanDurationMinutes, ind.resolutionRate, ind.escalationRate]), { 2: '0.0', 3: '0%', 4: '0%' });
  res.addRow([]);
  res.addRow(['Motifs les plus cités par les utilisateurs']).font = { bold: true, size: 13 };
  bold(res.addRow(['Niveau', 'Thématique', 'Motif', 'Sous motif', 'Nombre de sollicitations', 'Moyenne de traitement par sollicitation', 'Taux de résolution', "Taux d'escalade"]));
  const groupFormats = { 6: '0.0', 7: '0%', 8: '0%' };
  for (const g of sousMotifCounts(rows, opts.period, scope)) {
    formats(res.addRow([`NIVEAU ${g.niveau}`, g.thematique, g.motif, g.sousMotif, g.count, g.meanDurationMinutes, g.resolutionRate, g.escalationRate]), groupFormats);
  }
  const total = bold(res.addRow(['Total général', '', '', '', ind.count, ind.meanDurationMinutes, ind.resolutionRate, ind.escalationRate]));
  formats(total, groupFormats);
  res.addRow([]);
  res.addRow(['Les 5 sous-motifs les plus sollicités']).font = { bold: true, size: 13 };
  bold(res.addRow(['Rang', 'Thématique - motif - sous motif', 'Nombre de sollicitations reçues', 'Durée moyenne de traitement par sollicitation', 'Taux de résolution', "Taux d'escalade"]));
  ind.top.forEach((g, i) => {
    formats(res.addRow([i + 1, sousMotifLabel(g), g.count, g.meanDurationMinutes, g.resolutionRate, g.escalationRate]), { 4: '0.0', 5: '0%', 6: '0%' });
  });
  res.addRow([]);
  res.addRow(['Enquête mensuelle (à recopier)']).font = { bold: true, size: 13 };
  for (const line of surveyText(ind, `Enquête mensuelle — ${periodLabel}${opts.departement ? ` — ${opts.departement}` : ''}`).split('\n')) res.addRow([line]);
  [28, 50, 36, 36, 24, 36, 18, 18].forEach((w, i) => (res.getColumn(i + 1).width = w));

  // Fast deflate (level 1): a quarter less CPU than the default for a slightly larger file.
  const zip = { zip: { compression: 'DEFLATE', compressionOptions: { level: 1 } } } as unknown as ExcelJS.XlsxWriteOptions;
  return toArrayBuffer((await wb.xlsx.writeBuffer(zip)) as unknown as Uint8Array);
}

function cellValue(cell: ExcelJS.Cell): unknown {
  const v = cell.value;
  if (v && typeof v === 'object' && !(v instanceof Date) && 'result' in v) return (v as { result?: unknown }).result;
  return v;
}

/** The département written beside a « Département » label on the cover or guide sheet. */
function readDepartement(wb: ExcelJS.Workbook): string | undefined {
  for (const name of [SHEET_COVER, SHEET_GUIDE]) {
    const ws = wb.worksheets.find((w) => normalizeLabel(w.name) === normalizeLabel(name));
    let found: string | undefined;
    ws?.eachRow((row) => {
      if (found) return;
      if (normalizeLabel(cellText(row.getCell(1).value)) === normalizeLabel(DEPARTEMENT_LABEL)) found = cellText(row.getCell(2).value) || undefined;
    });
    if (found) return found;
  }
  return undefined;
}

interface HeaderHit extends HeaderMap {
  sheet: ExcelJS.Worksheet;
  line: number;
}

/**
 * The first sheet (history-named ones first) with a header row holding the required columns in its first lines; when
 * none has them all, the closest row (to say which columns are missing).
 */
function findHeader(wb: ExcelJS.Workbook): { hit?: HeaderHit; closest?: HeaderHit & { missing: HistoryColumn[] } } {
  const isHistory = (w: ExcelJS.Worksheet) => normalizeLabel(w.name).startsWith('historique');
  let closest: (HeaderHit & { missing: HistoryColumn[] }) | undefined;
  for (const sheet of [...wb.worksheets.filter(isHistory), ...wb.worksheets.filter((w) => !isHistory(w))]) {
    for (let r = 1; r <= Math.min(sheet.rowCount, HEADER_SEARCH_ROWS); r++) {
      const row = sheet.getRow(r);
      const headers: string[] = [];
      for (let c = 1; c <= row.cellCount; c++) headers.push(cellText(cellValue(row.getCell(c))));
      const map = mapHeaders(headers);
      const found = new Set(map.columns.values());
      const missing = REQUIRED_COLUMNS.filter((c) => !found.has(c));
      if (missing.length === 0) return { hit: { ...map, sheet, line: r } };
      // A date column and another, to tell a history header from a title line or the nomenclature overview.
      if (found.has(DATE_COLUMN) && REQUIRED_COLUMNS.length - missing.length >= 2 && (!closest || missing.length < closest.missing.length)) {
        closest = { ...map, sheet, line: r, missing };
      }
    }
  }
  return { closest };
}

/** Reads a référent's workbook (or an export). Never throws on bad content: problems are in the report. */
export async function importXlsx(data: ArrayBuffer, nomenclature?: readonly NomenclatureRow[]): Promise<ImportReport> {
  const report: ImportReport = { rows: [], rowLines: [], rejected: [], warnings: [], errors: [] };
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(data);
  } catch {
    report.errors.push("Le fichier n'est pas un classeur Excel (.xlsx) lisible.");
    return report;
  }
  const departement = readDepartement(wb);
  if (departement) report.departement = departement;
  const { hit, closest } = findHeader(wb);
  if (!hit) {
    report.errors.push(
      closest
        ? `Colonnes manquantes dans l'onglet « ${closest.sheet.name} » (en-têtes ligne ${closest.line}) : ${closest.missing.join(', ')}.`
        : `Aucune feuille ne contient, dans ses ${HEADER_SEARCH_ROWS} premières lignes, les colonnes de l'historique des appels (${REQUIRED_COLUMNS.join(', ')}).`,
    );
    return report;
  }
  report.sheet = hit.sheet.name;
  report.headerLine = hit.line;
  for (const note of hit.ignored) report.warnings.push({ line: hit.line, message: note });
  const match = nomenclature?.length ? nomenclatureMatcher(nomenclature) : undefined;
  if (match && ![...hit.columns.values()].includes('Niveau')) {
    report.warnings.push({ line: hit.line, message: 'pas de colonne Niveau : niveau pris dans la nomenclature' });
  }
  const columns = [...hit.columns];
  for (let r = hit.line + 1; r <= hit.sheet.rowCount; r++) {
    const row = hit.sheet.getRow(r);
    const rec: HistoryRecord = {};
    for (const [idx, col] of columns) rec[col] = cellValue(row.getCell(idx + 1));
    const res = fromHistoryRecord(rec, match);
    if (res.ok === 'empty') continue;
    if (res.ok) {
      report.rows.push(res.row);
      report.rowLines.push(r);
      for (const w of res.warnings) report.warnings.push({ line: r, message: w });
    } else report.rejected.push({ line: r, reasons: res.reasons });
  }
  return report;
}
