// Retention of everything personal kept on the poste (the log, corrections, escalations, the call draft, pending drafts, the sidebar's ticket memory), through each one's store.
import type { AiguilleurDb } from '../db';
import type { PendingStore } from '../escalation/pending';
import { localDay } from './dates';
import { clearAll, countSolicitations, purgeSolicitationsBefore } from './store';
import { clearEscalations, countEscalations, purgeEscalationsBefore } from '../escalation/record-store';
import { clearCorrections, countCorrections, purgeCorrectionsBefore } from '../classify/correction-store';

/** First day kept: rows dated before it are purged. */
export function retentionCutoff(now: Date, months: number): string {
  const d = new Date(now.getFullYear(), now.getMonth() - months, now.getDate());
  return localDay(d);
}

export const PURGE_EVERY_MS = 24 * 60 * 60 * 1000;

/** The call in progress (`local:currentCall`), seen through what retention needs. */
export interface CallDraftArea {
  load(): Promise<{ startedAt: number } | null>;
  clear(): Promise<void>;
}

/** The sidebar's per-ticket memory (`local:ticketMemory`: time spent, logged row, pending list); it prunes itself after 31 days. */
export interface TicketMemoryArea {
  clear(): Promise<void>;
}

/** Every store of personal data on the poste. */
export interface PersonalStores {
  db: AiguilleurDb;
  call: CallDraftArea;
  pending: Pick<PendingStore, 'count' | 'purgeExpired' | 'clear'>;
  ticketMemory: TicketMemoryArea;
}

/** The stores in the order the privacy sections list them, with what each one holds. */
export const PERSONAL_STORES = [
  { key: 'solicitations', label: 'Journal des sollicitations', detail: 'date, structure, durée, qualification, note, numéro de téléphone' },
  { key: 'corrections', label: 'Corrections de qualification', detail: 'texte complet des demandes corrigées' },
  { key: 'escalations', label: 'Escalades', detail: 'nom, e-mail, téléphone et message envoyés au formulaire' },
  { key: 'call', label: 'Appel en cours', detail: 'numéro, structure et notes de l’appel non terminé' },
  { key: 'pending', label: 'Escalades en attente du formulaire', detail: 'brouillons remis à l’onglet du formulaire (30 minutes au plus)' },
] as const;
export type PersonalStoreKey = (typeof PERSONAL_STORES)[number]['key'];
export type PersonalCounts = Record<PersonalStoreKey, number>;

export function totalOf(counts: PersonalCounts): number {
  return Object.values(counts).reduce((a, b) => a + b, 0);
}

export async function countPersonal(s: PersonalStores): Promise<PersonalCounts> {
  const [solicitations, corrections, escalations, call, pending] = await Promise.all([
    countSolicitations(s.db),
    countCorrections(s.db),
    countEscalations(s.db),
    s.call.load().then((c) => (c ? 1 : 0)),
    s.pending.count(),
  ]);
  return { solicitations, corrections, escalations, call, pending };
}

/**
 * Deletes what is older than the retention period in every store; returns how much went from each.
 * Log rows by their day; corrections and escalations by their creation date; the call draft by its start;
 * pending drafts by their own 30-minute limit.
 */
export async function purgePersonal(s: PersonalStores, retentionMonths: number, now = new Date()): Promise<PersonalCounts> {
  const cutoff = retentionCutoff(now, retentionMonths);
  // ISO creation dates sort as strings; the cutoff is a local day, compared with its local midnight.
  const cutoffIso = new Date(`${cutoff}T00:00:00`).toISOString();
  const solicitations = await purgeSolicitationsBefore(s.db, cutoff);
  const corrections = await purgeCorrectionsBefore(s.db, cutoffIso);
  const escalations = await purgeEscalationsBefore(s.db, cutoffIso);
  const draft = await s.call.load();
  let call = 0;
  if (draft && localDay(new Date(draft.startedAt)) < cutoff) {
    await s.call.clear();
    call = 1;
  }
  const pending = await s.pending.purgeExpired();
  return { solicitations, corrections, escalations, call, pending };
}

/** « Tout supprimer »: empties every store; returns how much went from each. */
export async function clearPersonal(s: PersonalStores): Promise<PersonalCounts> {
  const before = await countPersonal(s);
  // First: should it fail, nothing is deleted and « Tout supprimer » can be asked again (it is disabled once the log is empty).
  // Left behind, it would show a deleted ticket as logged and keep its next send from being logged again.
  await s.ticketMemory.clear();
  await s.db.transaction('rw', [s.db.solicitations, s.db.corrections, s.db.escalations], async () => {
    await clearAll(s.db);
    await clearCorrections(s.db);
    await clearEscalations(s.db);
  });
  await s.call.clear();
  const pending = await s.pending.clear();
  return { ...before, pending };
}
