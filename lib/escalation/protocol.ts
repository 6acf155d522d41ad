// Messages about escalations to national support (contributed to the one protocol of lib/messaging.ts).
import { z } from 'zod';
import type { EscalationDraft } from './schema';
import type { EscalationRecord } from './record';

/** On success, the escalation as recorded (with its id and the form's tab): the one builder of the record is the background. */
export type OpenSupportFormResult = { ok: true; record: EscalationRecord } | { ok: false; error: string };

/** What the form's content script receives for its tab. */
export interface PendingEscalation {
  draft: EscalationDraft;
  recordId: number;
  createdAt: string;
}

export const fillReportMessageSchema = z.object({
  recordId: z.number().int(),
  filled: z.array(z.string()),
  missing: z.array(z.string()),
});
export type FillReportMessage = z.infer<typeof fillReportMessageSchema>;

export interface EscalationProtocol {
  /** Validates the draft, opens the support form in a new tab, remembers the draft for that tab and records the escalation. */
  openSupportForm(draft: EscalationDraft): OpenSupportFormResult;
  /** Asked by the form's content script: the draft waiting for its tab, if any. */
  getPendingEscalation(): PendingEscalation | null;
  /** Sent by the form's content script once the form is filled: stored with the record; the pending draft is dropped. */
  reportEscalationFill(report: FillReportMessage): void;
  /** Escalations of one ticket, newest first. */
  listEscalations(ticketKey: string): EscalationRecord[];
}
