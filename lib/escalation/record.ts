// An escalation remembered with its ticket (Dexie row of `db().escalations`).
import { z } from 'zod';
import { escalationDraftSchema } from './schema';

const fillResultSchema = z.object({
  at: z.string(),
  filled: z.array(z.string()),
  missing: z.array(z.string()),
});

export const escalationRecordSchema = z.object({
  id: z.number().int().optional(),
  /** `Ticket.key` (e.g. `hubspot:123`); empty when the ticket had no id. */
  ticketKey: z.string(),
  /** ISO date of the escalation. */
  createdAt: z.string(),
  /** Nomenclature row id of the sous-motif, empty when unknown. */
  rowId: z.string(),
  draft: escalationDraftSchema,
  /** Support form address opened. */
  formUrl: z.string().default(''),
  /** Browser tab of the form (while it is open). */
  tabId: z.number().int().optional(),
  /** What the content script reported after filling. */
  fill: fillResultSchema.optional(),
});
export type EscalationRecord = z.infer<typeof escalationRecordSchema>;
