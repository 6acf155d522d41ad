// Export mapping of the history sheet: a stored solicitation to one record of the seed's columns (XLSX and CSV).
import type { SolicitationRow, SolicitationStatus, Channel } from './solicitation';
import { toFrenchDate } from './dates';
import type { HistoryColumn } from './history-row';

const CHANNEL_OUT: Record<Channel, string> = { ticket: 'formulaire/ticket', telephone: 'téléphone', email: 'e-mail' };
/** « Problème résolu ? » takes oui / non as in the seed: a request still open is « non », with « en cours » in Statut. */
const RESOLVED_OUT: Record<SolicitationStatus, string> = { oui: 'oui', non: 'non', en_cours: 'non' };

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
