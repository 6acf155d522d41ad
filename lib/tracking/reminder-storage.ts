// Months whose survey was sent, kept in extension storage (`local:surveySent`, zod-validated on every read).
import { storage } from 'wxt/utils/storage';
import { markSent, parseSurveySent, unmarkSent, type SurveySent } from './reminder';
import { safeUnwatch } from '../safe-unwatch';

export const surveySentItem = storage.defineItem<unknown>('local:surveySent', { fallback: {} });

export async function loadSurveySent(): Promise<SurveySent> {
  return parseSurveySent(await surveySentItem.getValue());
}

/** Ticks or unticks « Enquête envoyée » for a month. */
export async function setSurveySent(month: string, sentNow: boolean, now = new Date()): Promise<SurveySent> {
  const current = await loadSurveySent();
  const next = sentNow ? markSent(current, month, now) : unmarkSent(current, month);
  await surveySentItem.setValue(next);
  return next;
}

export function watchSurveySent(cb: (sent: SurveySent) => void): () => void {
  return safeUnwatch(surveySentItem.watch((v) => cb(parseSurveySent(v))));
}
