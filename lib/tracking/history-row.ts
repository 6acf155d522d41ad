// The seed's « Historique des appels » columns and the export mapping (a stored row to a sheet record); the import
// parsing is in history-import.ts. Shared by the XLSX and CSV formats.
import type { SolicitationRow, SolicitationStatus, Channel } from './solicitation';
import { toFrenchDate } from './dates';

/** The seed's columns, in order (the seed's header spelling; Niveau added, it is the nomenclature's first column). */
export const HISTORY_COLUMNS = [
  'Numéro de téléphone',
  'Date - format jj/mm/aaaa',
  'Structure',
  'Durée de traitement en minutes',
  'Niveau',
  'Thématique',
  'Motif',
  'Sous motif',
  'Problème résolu ?',
  'Escaladé au national ?',
] as const;
/** Aiguilleur's extra columns, after the seed's (optional on import). « Statut » says « en cours » when not closed yet. */
const EXTRA_COLUMNS = ['Statut', 'Canal', 'Identifiant du ticket', 'Lien du ticket', 'Modèle utilisé', 'Note'] as const;
export const ALL_COLUMNS = [...HISTORY_COLUMNS, ...EXTRA_COLUMNS] as const;
export type HistoryColumn = (typeof ALL_COLUMNS)[number];
export const DATE_COLUMN: HistoryColumn = 'Date - format jj/mm/aaaa';

/** A sheet record: cell values by column (strings, numbers, dates or empty). */
export type HistoryRecord = Partial<Record<HistoryColumn, unknown>>;

const CHANNEL_OUT: Record<Channel, string> = { ticket: 'formulaire/ticket', telephone: 'téléphone', email: 'e-mail' };
/** « Problème résolu ? » takes oui / non as in the seed: a request still open is « non », with « en cours » in Statut. */
const RESOLVED_OUT: Record<SolicitationStatus, string> = { oui: 'oui', non: 'non', en_cours: 'non' };

/** Lower case, no accents, single spaces: for matching labels and headers typed by hand. */
export function normalizeLabel(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’']/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** The record written for a row; the date cell is `jj/mm/aaaa` text unless `dateAs` is 'date' (a UTC-midnight Date). */
export function toHistoryRecord(row: SolicitationRow, dateAs: 'text' | 'date' = 'text'): Record<HistoryColumn, string | number | Date> {
  const day = row.date.slice(0, 10);
  return {
    'Numéro de téléphone': row.phone ?? '',
    'Date - format jj/mm/aaaa': dateAs === 'date' ? new Date(`${day}T00:00:00Z`) : toFrenchDate(day),
    Structure: row.structure,
    'Durée de traitement en minutes': row.durationMinutes,
    Niveau: `NIVEAU ${row.niveau}`,
    Thématique: row.thematique,
    Motif: row.motif,
    'Sous motif': row.sousMotif,
    'Problème résolu ?': RESOLVED_OUT[row.status],
    'Escaladé au national ?': row.escalated ? 'oui' : 'non',
    Statut: row.status === 'en_cours' ? 'en cours' : '',
    Canal: CHANNEL_OUT[row.channel],
    'Identifiant du ticket': row.ticketKey ?? '',
    'Lien du ticket': row.ticketUrl ?? '',
    'Modèle utilisé': row.templateId ?? '',
    Note: row.note,
  };
}

export interface RejectedRow {
  /** Line number in the sheet. */
  line: number;
  reasons: string[];
}

export interface ImportReport {
  rows: Omit<SolicitationRow, 'id'>[];
  /** Sheet line of each row of `rows` (same order). */
  rowLines: number[];
  rejected: RejectedRow[];
  /** Remarks: columns ignored, labels matched approximately, niveau taken from the nomenclature… (line 0: the whole file). */
  warnings: { line: number; message: string }[];
  /** Whole-file problems (not a workbook, no sheet with the history columns). */
  errors: string[];
  /** Département read from the workbook's cover or guide sheet, if any. */
  departement?: string;
  /** Sheet and header line the history was read from. */
  sheet?: string;
  headerLine?: number;
}
