// Import parsing of a « Historique des appels » sheet: header synonyms, cell values as référents type them
// (« 7 min », Excel dates, phone numbers without their 0, oui / non) and a record back to a row or its French reasons.
import { solicitationRowSchema, type Channel, type SolicitationRow, type SolicitationStatus } from './solicitation';
import { isValidDay, parseFrenchDate } from './dates';
import { ALL_COLUMNS, DATE_COLUMN, type HistoryColumn, type HistoryRecord } from './history-row';
import { labelKey, type LabelMatcher } from './nomenclature-match';

/** Columns a header row must have to be read as the history (Niveau, phone and structure may be absent). */
export const REQUIRED_COLUMNS: readonly HistoryColumn[] = [
  DATE_COLUMN,
  'Durée de traitement en minutes',
  'Thématique',
  'Motif',
  'Sous motif',
  'Problème résolu ?',
  'Escaladé au national ?',
];

/** Header spellings seen in référents' workbooks (compared with labelKey). */
const SYNONYMS: Record<HistoryColumn, readonly string[]> = {
  'Numéro de téléphone': ['numero de telephone', 'numero telephone', 'telephone', 'tel', 'n de telephone', 'no de telephone', 'numero'],
  'Date - format jj/mm/aaaa': ['date', 'date jj mm aaaa', 'date format jj mm aaaa', 'date de l appel', 'date de la sollicitation', 'jour'],
  Structure: ['structure', 'structure de l appelant', 'nom de la structure'],
  'Durée de traitement en minutes': [
    'duree de traitement en minutes', 'duree de traitement', 'duree de l appel en minutes', 'duree de l appel', 'duree en minutes',
    'duree en min', 'duree min', 'duree',
  ],
  Niveau: ['niveau'],
  Thématique: ['thematique', 'theme', 'thematique de la demande'],
  Motif: ['motif', 'motif de sollicitation', 'motif de la sollicitation', 'motif de la demande'],
  'Sous motif': ['sous motif', 'sous motif de sollicitation', 'sous motif de la sollicitation', 'sousmotif'],
  'Problème résolu ?': ['probleme resolu', 'resolu', 'resolution', 'demande resolue', 'probleme resolu oui non'],
  'Escaladé au national ?': ['escalade au national', 'escalade', 'escaladee au national', 'escalade a l assistance nationale', 'escalade au national oui non'],
  Statut: ['statut'],
  Canal: ['canal'],
  'Identifiant du ticket': ['identifiant du ticket', 'ticket'],
  'Lien du ticket': ['lien du ticket', 'lien'],
  'Modèle utilisé': ['modele utilise', 'modele', 'reponse type'],
  Note: ['note', 'notes', 'commentaire', 'commentaires', 'remarque', 'observations'],
};

const BY_KEY = new Map<string, HistoryColumn>();
for (const c of ALL_COLUMNS) {
  BY_KEY.set(labelKey(c), c);
  for (const s of SYNONYMS[c]) BY_KEY.set(s, c);
}
/** Prefixes of longer headers (« Durée de l'appel, arrondie »): first match wins, sous motif before motif. */
const PREFIXES: [string, HistoryColumn][] = [
  ['date', DATE_COLUMN],
  ['duree', 'Durée de traitement en minutes'],
  ['sous motif', 'Sous motif'],
  ['motif', 'Motif'],
  ['thematique', 'Thématique'],
  ['numero de tel', 'Numéro de téléphone'],
  ['telephone', 'Numéro de téléphone'],
  ['probleme resolu', 'Problème résolu ?'],
  ['escalad', 'Escaladé au national ?'],
];

/** The column a header names, if any. */
export function headerColumn(header: string): HistoryColumn | undefined {
  const key = labelKey(header);
  if (!key) return undefined;
  const direct = BY_KEY.get(key) ?? BY_KEY.get(key.replace(/\s*\b(oui|non|en cours)\b.*$/, '').trim());
  if (direct) return direct;
  return PREFIXES.find(([p]) => key.startsWith(p))?.[1];
}

export interface HeaderMap {
  /** 0-based cell index → column. */
  columns: Map<number, HistoryColumn>;
  /** Headers not read (unknown or a second header for the same column), as French notes. */
  ignored: string[];
}

/** Maps a header row to columns; an unknown header is ignored with a note, never a refusal. */
export function mapHeaders(headers: readonly string[]): HeaderMap {
  const columns = new Map<number, HistoryColumn>();
  const seen = new Map<HistoryColumn, string>();
  const ignored: string[] = [];
  headers.forEach((h, i) => {
    const label = h.trim();
    if (!label) return;
    const col = headerColumn(label);
    if (!col) ignored.push(`colonne « ${label} » inconnue : ignorée`);
    else if (seen.has(col)) ignored.push(`colonne « ${label} » ignorée : « ${seen.get(col)} » est déjà lue comme « ${col} »`);
    else {
      columns.set(i, col);
      seen.set(col, label);
    }
  });
  return { columns, ignored };
}

/** The text of a cell value (ExcelJS rich text, hyperlink and formula cells included). */
export function cellText(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return v.toISOString();
  if (typeof v === 'object') {
    const o = v as { text?: unknown; richText?: { text: string }[]; result?: unknown };
    if (Array.isArray(o.richText)) return o.richText.map((r) => r.text).join('').trim();
    if (o.text !== undefined) return cellText(o.text);
    if (o.result !== undefined) return cellText(o.result);
    return '';
  }
  return String(v).trim();
}

const EXCEL_EPOCH = Date.UTC(1899, 11, 30);
const MONTHS = ['janvier', 'fevrier', 'mars', 'avril', 'mai', 'juin', 'juillet', 'aout', 'septembre', 'octobre', 'novembre', 'decembre'];

/** A day `YYYY-MM-DD` from a Date cell, an Excel serial number, `jj/mm/aaaa` (time allowed), ISO or « 26 mars 2025 ». */
export function parseDay(v: unknown): string | null {
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? null : v.toISOString().slice(0, 10);
  if (typeof v === 'number') {
    // Excel serial day number (1900 system), between 1954 and 2118.
    if (v < 20000 || v > 80000) return null;
    return new Date(EXCEL_EPOCH + Math.floor(v) * 86_400_000).toISOString().slice(0, 10);
  }
  const s = cellText(v);
  if (/^\d{4}-\d{2}-\d{2}/.test(s)) return isValidDay(s.slice(0, 10)) ? s.slice(0, 10) : null;
  if (/^\d{5}(\.\d+)?$/.test(s)) return parseDay(Number(s));
  const french = parseFrenchDate(s.replace(/\s+(a\s+|à\s+)?\d{1,2}[:h]\d{2}(:\d{2})?$/i, ''));
  if (french) return french;
  const m = /^(\d{1,2})(?:er)?\s+([a-z]+)\.?\s+(\d{4})$/.exec(labelKey(s));
  const month = m ? MONTHS.findIndex((n) => n.startsWith(m[2]!) && m[2]!.length >= 3) : -1;
  if (!m || month < 0) return null;
  const day = `${m[3]}-${String(month + 1).padStart(2, '0')}-${m[1]!.padStart(2, '0')}`;
  return isValidDay(day) ? day : null;
}

/** Minutes from a number, « 7 min », « 7,5 », « 1 h 05 », « 0:07 » or an Excel time cell; null when unreadable. */
export function parseMinutes(v: unknown): number | null {
  if (typeof v === 'number') return Number.isFinite(v) && v >= 0 ? v : null;
  if (v instanceof Date) {
    // A time-only cell (« 00:07 ») reads as a Date on 30/12/1899.
    const ms = v.getTime() - EXCEL_EPOCH;
    return ms >= 0 && ms < 86_400_000 ? Math.round(ms / 60_000) : null;
  }
  const s = normalizeNumberText(cellText(v));
  let m = /^(\d+(?:\.\d+)?)\s*(?:min|mins|minute|minutes|mn|m)?\.?$/.exec(s);
  if (m) return Number(m[1]);
  m = /^(\d+)\s*h\s*(?:(\d{1,2})\s*(?:min|mn|m)?)?$/.exec(s);
  if (m) return Number(m[1]) * 60 + Number(m[2] ?? 0);
  m = /^(\d{1,2}):(\d{2})(?::\d{2})?$/.exec(s);
  if (m) return Number(m[1]) * 60 + Number(m[2]);
  return null;
}

function normalizeNumberText(s: string): string {
  return s.toLowerCase().replace(/(\d),(\d)/g, '$1.$2').replace(/\s+/g, ' ').trim();
}

const YES = new Set(['oui', 'o', 'yes', 'y', 'vrai', 'true', '1', 'x', 'resolu', 'escalade']);
const NO = new Set(['non', 'n', 'no', 'faux', 'false', '0', 'non resolu', 'non escalade']);

/** oui / non (and their usual variants); null when unreadable. */
export function parseYesNo(v: unknown): boolean | null {
  if (typeof v === 'boolean') return v;
  const s = labelKey(cellText(v));
  if (YES.has(s)) return true;
  if (NO.has(s)) return false;
  return null;
}

/** « Problème résolu ? » (oui / non, « en cours » accepted) and the optional Statut column. */
export function parseStatus(resolved: unknown, statut: unknown): SolicitationStatus | null {
  const st = labelKey(cellText(statut));
  if (st === 'en cours') return 'en_cours';
  if (labelKey(cellText(resolved)) === 'en cours') return 'en_cours';
  const yes = parseYesNo(resolved);
  return yes === null ? null : yes ? 'oui' : 'non';
}

function parseChannel(v: unknown): Channel | null {
  const s = labelKey(cellText(v));
  if (!s) return null;
  if (s.includes('tel') || s.includes('appel')) return 'telephone';
  if (s.includes('mail') || s.includes('courriel')) return 'email';
  if (s.includes('ticket') || s.includes('formulaire')) return 'ticket';
  return null;
}

function parseNiveau(v: unknown): 1 | 2 | null {
  const m = /(?:^|\D)([12])$/.exec(labelKey(cellText(v)));
  return m ? (Number(m[1]) as 1 | 2) : null;
}

/** The phone number as typed; a French number that lost its leading 0 in Excel (656844329) gets it back. */
export function parsePhone(v: unknown): string {
  const s = typeof v === 'number' ? String(Math.round(v)) : cellText(v);
  const digits = s.replace(/[\s.-]/g, '');
  return /^[1-9]\d{8}$/.test(digits) ? `0${digits}` : s;
}

/** A row read from a sheet (no id yet); built once, zod compiles it on first use. */
const importedRowSchema = solicitationRowSchema.omit({ id: true });

export type RecordResult =
  | { ok: true; row: Omit<SolicitationRow, 'id'>; warnings: string[] }
  | { ok: false; reasons: string[] }
  | { ok: 'empty' };

/** A sheet record back to a row, or the French reasons it is rejected. Labels matching the pack take its spelling and niveau. */
export function fromHistoryRecord(rec: HistoryRecord, match?: LabelMatcher): RecordResult {
  const t = (c: HistoryColumn) => cellText(rec[c]);
  if (ALL_COLUMNS.every((c) => t(c) === '')) return { ok: 'empty' };
  const reasons: string[] = [];
  const warnings: string[] = [];
  const date = parseDay(rec[DATE_COLUMN]);
  if (!date) reasons.push(t(DATE_COLUMN) ? `date « ${t(DATE_COLUMN)} » invalide (attendu jj/mm/aaaa)` : 'date manquante');
  const rawDuration = rec['Durée de traitement en minutes'];
  const duration = parseMinutes(rawDuration);
  if (cellText(rawDuration) === '') reasons.push('durée manquante');
  else if (duration === null) reasons.push(`durée « ${cellText(rawDuration)} » invalide (nombre de minutes attendu, par exemple 7 ou « 7 min »)`);
  let thematique = t('Thématique');
  let motif = t('Motif');
  let sousMotif = t('Sous motif');
  if (!thematique) reasons.push('thématique manquante');
  if (!motif) reasons.push('motif manquant');
  if (!sousMotif) reasons.push('sous-motif manquant');
  let niveau = parseNiveau(rec['Niveau']);
  if (t('Niveau') && !niveau) reasons.push(`niveau « ${t('Niveau')} » invalide (NIVEAU 1 ou NIVEAU 2 attendu)`);
  let rowId = '';
  const found = thematique && motif && sousMotif && match ? match(thematique, motif, sousMotif) : undefined;
  if (found) {
    warnings.push(...found.fuzzy);
    ({ thematique, motif, sousMotif } = found.row);
    rowId = found.row.id;
    if (niveau && niveau !== found.row.niveau) warnings.push(`niveau corrigé en ${found.row.niveau} d'après la nomenclature`);
    niveau = found.row.niveau;
  } else if (match && thematique && motif && sousMotif) {
    warnings.push('sous-motif absent de la nomenclature : libellés conservés tels quels');
  }
  if (!niveau && !t('Niveau') && thematique && motif && sousMotif) reasons.push('niveau manquant (colonne Niveau vide et sous-motif absent de la nomenclature)');
  const status = parseStatus(rec['Problème résolu ?'], rec['Statut']);
  if (!status) reasons.push(t('Problème résolu ?') ? `« Problème résolu ? » : « ${t('Problème résolu ?')} » invalide (oui ou non)` : '« Problème résolu ? » manquant');
  const escalated = parseYesNo(rec['Escaladé au national ?']);
  if (escalated === null) reasons.push(t('Escaladé au national ?') ? `« Escaladé au national ? » : « ${t('Escaladé au national ?')} » invalide (oui ou non)` : '« Escaladé au national ? » manquant');
  if (reasons.length) return { ok: false, reasons };
  const phone = parsePhone(rec['Numéro de téléphone']);
  const candidate = {
    channel: parseChannel(rec['Canal']) ?? 'telephone',
    date: date!,
    structure: t('Structure'),
    durationMinutes: duration!,
    niveau: niveau!,
    rowId,
    thematique,
    motif,
    sousMotif,
    status: status!,
    escalated: escalated!,
    note: t('Note'),
    ...(phone ? { phone } : {}),
    ...(t('Identifiant du ticket') ? { ticketKey: t('Identifiant du ticket') } : {}),
    ...(t('Lien du ticket') ? { ticketUrl: t('Lien du ticket') } : {}),
    ...(t('Modèle utilisé') ? { templateId: t('Modèle utilisé') } : {}),
  };
  const parsed = importedRowSchema.safeParse(candidate);
  if (!parsed.success) return { ok: false, reasons: parsed.error.issues.map((i) => `${i.path.join('.')} : ${i.message}`) };
  return { ok: true, row: parsed.data, warnings };
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
