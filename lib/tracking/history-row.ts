// The seed's « Historique des appels » columns and a sheet record's shape, shared by the export (history-export.ts) and
// the import (history-import.ts) of the XLSX and CSV formats.

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
