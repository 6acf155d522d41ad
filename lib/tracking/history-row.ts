// The seed's « Historique d'appels » columns: a stored row to a sheet record and a sheet record back to a row,
// with the French reasons a record is rejected (shared by the XLSX and CSV formats).
import type { NomenclatureRow } from '../pack/schema';
import { solicitationRowSchema, type SolicitationRow, type SolicitationStatus, type Channel } from './solicitation';
import { isValidDay, parseFrenchDate, toFrenchDate } from './dates';

/** The seed's columns, in order. */
export const HISTORY_COLUMNS = [
  'Numéro de téléphone',
  'Date (jj/mm/aaaa)',
  'Structure',
  'Durée de traitement en minutes',
  'Niveau',
  'Thématique',
  'Motif',
  'Sous motif',
  'Problème résolu ?',
  'Escaladé au national ?',
] as const;
/** Aiguilleur's extra columns, after the seed's (optional on import). */
export const EXTRA_COLUMNS = ['Canal', 'Identifiant du ticket', 'Lien du ticket', 'Modèle utilisé', 'Note'] as const;
export const ALL_COLUMNS = [...HISTORY_COLUMNS, ...EXTRA_COLUMNS] as const;
export type HistoryColumn = (typeof ALL_COLUMNS)[number];

/** A sheet record: cell values by column (strings, numbers, dates or empty). */
export type HistoryRecord = Partial<Record<HistoryColumn, unknown>>;

const CHANNEL_OUT: Record<Channel, string> = { ticket: 'formulaire/ticket', telephone: 'téléphone', email: 'e-mail' };
const STATUS_OUT: Record<SolicitationStatus, string> = { oui: 'oui', non: 'non', en_cours: 'en cours' };

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
    'Date (jj/mm/aaaa)': dateAs === 'date' ? new Date(`${day}T00:00:00Z`) : toFrenchDate(day),
    Structure: row.structure,
    'Durée de traitement en minutes': row.durationMinutes,
    Niveau: `NIVEAU ${row.niveau}`,
    Thématique: row.thematique,
    Motif: row.motif,
    'Sous motif': row.sousMotif,
    'Problème résolu ?': STATUS_OUT[row.status],
    'Escaladé au national ?': row.escalated ? 'oui' : 'non',
    Canal: CHANNEL_OUT[row.channel],
    'Identifiant du ticket': row.ticketKey ?? '',
    'Lien du ticket': row.ticketUrl ?? '',
    'Modèle utilisé': row.templateId ?? '',
    Note: row.note,
  };
}

function text(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return v.toISOString();
  if (typeof v === 'object') {
    // ExcelJS rich text / hyperlink / formula cells.
    const o = v as { text?: unknown; richText?: { text: string }[]; result?: unknown };
    if (Array.isArray(o.richText)) return o.richText.map((r) => r.text).join('').trim();
    if (o.text !== undefined) return text(o.text);
    if (o.result !== undefined) return text(o.result);
  }
  return String(v).trim();
}

function parseDate(v: unknown): string | null {
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? null : v.toISOString().slice(0, 10);
  if (typeof v === 'number' && v > 20000 && v < 80000) {
    // Excel serial day number (1900 system).
    return new Date(Date.UTC(1899, 11, 30) + Math.round(v) * 86_400_000).toISOString().slice(0, 10);
  }
  const s = text(v);
  if (/^\d{4}-\d{2}-\d{2}/.test(s)) return isValidDay(s.slice(0, 10)) ? s.slice(0, 10) : null;
  return parseFrenchDate(s);
}

function parseYesNo(v: unknown): boolean | null {
  const s = normalizeLabel(text(v));
  if (['oui', 'o', 'yes', 'vrai', 'true', '1', 'x'].includes(s)) return true;
  if (['non', 'n', 'no', 'faux', 'false', '0'].includes(s)) return false;
  return null;
}

function parseStatus(v: unknown): SolicitationStatus | null {
  const s = normalizeLabel(text(v)).replace(/[_-]/g, ' ');
  if (s === 'oui' || s === 'resolu' || s === 'true') return 'oui';
  if (s === 'non' || s === 'non resolu' || s === 'false') return 'non';
  if (s === 'en cours') return 'en_cours';
  return null;
}

function parseChannel(v: unknown): Channel | null {
  const s = normalizeLabel(text(v));
  if (!s) return null;
  if (s.includes('tel') || s.includes('appel')) return 'telephone';
  if (s.includes('mail') || s.includes('courriel')) return 'email';
  if (s.includes('ticket') || s.includes('formulaire')) return 'ticket';
  return null;
}

function parseNiveau(v: unknown): 1 | 2 | null {
  const m = /([12])\s*$/.exec(normalizeLabel(text(v)));
  return m ? (Number(m[1]) as 1 | 2) : null;
}

function parsePhone(v: unknown): string {
  let s = typeof v === 'number' ? String(Math.round(v)) : text(v);
  // Excel drops the leading 0 of French numbers typed as numbers.
  if (/^[1-9]\d{8}$/.test(s)) s = `0${s}`;
  return s;
}

/** Finds the pack row of labels (accents, case and spaces ignored). */
export function nomenclatureIndex(rows: readonly NomenclatureRow[]): (t: string, m: string, s: string) => NomenclatureRow | undefined {
  const map = new Map<string, NomenclatureRow>();
  for (const r of rows) map.set(`${normalizeLabel(r.thematique)}|${normalizeLabel(r.motif)}|${normalizeLabel(r.sousMotif)}`, r);
  return (t, m, s) => map.get(`${normalizeLabel(t)}|${normalizeLabel(m)}|${normalizeLabel(s)}`);
}

export type RecordResult =
  | { ok: true; row: Omit<SolicitationRow, 'id'>; warnings: string[] }
  | { ok: false; reasons: string[] }
  | { ok: 'empty' };

/** A sheet record back to a row, or the French reasons it is rejected. Labels matching the pack take its spelling. */
export function fromHistoryRecord(
  rec: HistoryRecord,
  find?: (t: string, m: string, s: string) => NomenclatureRow | undefined,
): RecordResult {
  if (ALL_COLUMNS.every((c) => text(rec[c]) === '')) return { ok: 'empty' };
  const reasons: string[] = [];
  const warnings: string[] = [];
  const date = parseDate(rec['Date (jj/mm/aaaa)']);
  if (!date) reasons.push(text(rec['Date (jj/mm/aaaa)']) ? `date « ${text(rec['Date (jj/mm/aaaa)'])} » invalide (attendu jj/mm/aaaa)` : 'date manquante');
  const rawDuration = rec['Durée de traitement en minutes'];
  const duration = typeof rawDuration === 'number' ? rawDuration : Number(text(rawDuration).replace(',', '.'));
  if (text(rawDuration) === '') reasons.push('durée manquante');
  else if (!Number.isFinite(duration) || duration < 0) reasons.push(`durée « ${text(rawDuration)} » invalide (nombre de minutes attendu)`);
  let thematique = text(rec['Thématique']);
  let motif = text(rec['Motif']);
  let sousMotif = text(rec['Sous motif']);
  if (!thematique) reasons.push('thématique manquante');
  if (!motif) reasons.push('motif manquant');
  if (!sousMotif) reasons.push('sous-motif manquant');
  let niveau = parseNiveau(rec['Niveau']);
  if (text(rec['Niveau']) && !niveau) reasons.push(`niveau « ${text(rec['Niveau'])} » invalide (NIVEAU 1 ou NIVEAU 2 attendu)`);
  let rowId = '';
  const match = thematique && motif && sousMotif && find ? find(thematique, motif, sousMotif) : undefined;
  if (match) {
    ({ thematique, motif, sousMotif } = match);
    rowId = match.id;
    if (niveau && niveau !== match.niveau) warnings.push(`niveau corrigé en ${match.niveau} d'après la nomenclature`);
    niveau = match.niveau;
  } else if (find && thematique && motif && sousMotif) {
    warnings.push('sous-motif absent de la nomenclature : libellés conservés tels quels');
  }
  if (!niveau && !text(rec['Niveau'])) reasons.push('niveau manquant');
  const status = parseStatus(rec['Problème résolu ?']);
  if (!status) reasons.push(text(rec['Problème résolu ?']) ? `« Problème résolu ? » : « ${text(rec['Problème résolu ?'])} » invalide (oui, non ou en cours)` : '« Problème résolu ? » manquant');
  const escalated = parseYesNo(rec['Escaladé au national ?']);
  if (escalated === null) reasons.push(text(rec['Escaladé au national ?']) ? `« Escaladé au national ? » : « ${text(rec['Escaladé au national ?'])} » invalide (oui ou non)` : '« Escaladé au national ? » manquant');
  if (reasons.length) return { ok: false, reasons };
  const channel = parseChannel(rec['Canal']) ?? 'telephone';
  const phone = parsePhone(rec['Numéro de téléphone']);
  const candidate = {
    channel,
    date: date!,
    structure: text(rec['Structure']),
    durationMinutes: duration,
    niveau: niveau!,
    rowId,
    thematique,
    motif,
    sousMotif,
    status: status!,
    escalated: escalated!,
    note: text(rec['Note']),
    ...(phone ? { phone } : {}),
    ...(text(rec['Identifiant du ticket']) ? { ticketKey: text(rec['Identifiant du ticket']) } : {}),
    ...(text(rec['Lien du ticket']) ? { ticketUrl: text(rec['Lien du ticket']) } : {}),
    ...(text(rec['Modèle utilisé']) ? { templateId: text(rec['Modèle utilisé']) } : {}),
  };
  const parsed = solicitationRowSchema.omit({ id: true }).safeParse(candidate);
  if (!parsed.success) return { ok: false, reasons: parsed.error.issues.map((i) => `${i.path.join('.')} : ${i.message}`) };
  return { ok: true, row: parsed.data, warnings };
}

/** Maps a header row to columns (accents, case, spaces and a missing « (jj/mm/aaaa) » ignored). */
export function mapHeaders(headers: readonly string[]): Map<number, HistoryColumn> {
  const wanted = new Map<string, HistoryColumn>();
  for (const c of ALL_COLUMNS) {
    wanted.set(normalizeLabel(c), c);
    wanted.set(normalizeLabel(c.replace(/\s*\(.*\)\s*$/, '').replace(/\s*\?$/, '')), c);
  }
  wanted.set('date - format jj/mm/aaaa', 'Date (jj/mm/aaaa)');
  wanted.set('duree', 'Durée de traitement en minutes');
  wanted.set('telephone', 'Numéro de téléphone');
  wanted.set('sous-motif', 'Sous motif');
  const out = new Map<number, HistoryColumn>();
  headers.forEach((h, i) => {
    const col = wanted.get(normalizeLabel(h)) ?? wanted.get(normalizeLabel(h).replace(/\s*\?$/, ''));
    if (col && ![...out.values()].includes(col)) out.set(i, col);
  });
  return out;
}

export interface RejectedRow {
  /** Line number in the sheet (1 = header). */
  line: number;
  reasons: string[];
}

export interface ImportReport {
  rows: Omit<SolicitationRow, 'id'>[];
  rejected: RejectedRow[];
  warnings: { line: number; message: string }[];
  /** Whole-file problems (missing sheet or columns). */
  errors: string[];
  /** Département read from the workbook's guide sheet, if any. */
  departement?: string;
}
