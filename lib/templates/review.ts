// Draft réponses types (« à relire »): one confirmation per template per day before the first insertion, kept in storage.local.
import { z } from 'zod';
import { storage } from 'wxt/utils/storage';
import type { ResponseTemplate } from '../pack/schema';

/** Template id → local day (YYYY-MM-DD) of its last confirmation. */
const reviewConfirmationsSchema = z.record(z.string(), z.string());
export type ReviewConfirmations = z.infer<typeof reviewConfirmationsSchema>;

export const reviewConfirmationsItem = storage.defineItem<unknown>('local:templateConfirmations', { fallback: {} });

const pad = (n: number) => String(n).padStart(2, '0');

/** The référent's local day, e.g. `2026-12-02` (a new day asks again). */
export function localDay(d: Date): string {
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** Whether inserting `template` on `day` needs the référent's confirmation first. */
export function needsConfirmation(template: Pick<ResponseTemplate, 'id' | 'review'>, confirmations: ReviewConfirmations, day: string): boolean {
  return template.review !== 'validé' && confirmations[template.id] !== day;
}

/** The confirmations after confirming `templateId` on `day`; other days are dropped (nothing older is ever needed). */
export function withConfirmation(confirmations: ReviewConfirmations, templateId: string, day: string): ReviewConfirmations {
  const kept = Object.fromEntries(Object.entries(confirmations).filter(([, d]) => d === day));
  return { ...kept, [templateId]: day };
}

export async function loadReviewConfirmations(): Promise<ReviewConfirmations> {
  const parsed = reviewConfirmationsSchema.safeParse(await reviewConfirmationsItem.getValue());
  return parsed.success ? parsed.data : {};
}

/** Records the confirmation of `templateId` today and returns the new map. */
export async function confirmTemplateReview(templateId: string, now = new Date()): Promise<ReviewConfirmations> {
  const next = withConfirmation(await loadReviewConfirmations(), templateId, localDay(now));
  await reviewConfirmationsItem.setValue(next);
  return next;
}
