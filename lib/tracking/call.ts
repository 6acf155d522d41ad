// A phone call in progress (« Nouvel appel »): its draft value and the rows it logs (several requests → several rows).
import { z } from 'zod';
import { solicitationRowSchema, type SolicitationInput } from './solicitation';
import { durationMinutes } from './visit';
import { localIsoDateTime } from './dates';

/** One request of the call: the solicitation's own fields, plus when the référent moved on to the next one (ms since epoch). */
export const callRequestSchema = solicitationRowSchema
  .pick({ rowId: true, niveau: true, thematique: true, motif: true, sousMotif: true, templateId: true, status: true, escalated: true, note: true })
  .extend({ addedAt: z.number() });
export type CallRequest = z.infer<typeof callRequestSchema>;

export const callDraftSchema = z.object({
  startedAt: z.number(),
  phone: z.string().default(''),
  structure: z.string().default(''),
  /** What the caller says, typed while listening (classified; never logged as such). */
  text: z.string().default(''),
  requests: z.array(callRequestSchema).default([]),
});
export type CallDraft = z.infer<typeof callDraftSchema>;

export function newCall(now: number): CallDraft {
  return { startedAt: now, phone: '', structure: '', text: '', requests: [] };
}

/**
 * The rows of a finished call: one per request; each request lasts from the previous one (or the start of the call)
 * to the moment it was added; the last one lasts until the end of the call. Minutes are rounded up.
 */
export function rowsFromCall(draft: CallDraft, endAt: number): SolicitationInput[] {
  const date = localIsoDateTime(new Date(draft.startedAt));
  let from = draft.startedAt;
  return draft.requests.map((r, i) => {
    const to = i === draft.requests.length - 1 ? Math.max(endAt, r.addedAt) : r.addedAt;
    const ms = Math.max(0, to - from);
    from = to;
    return {
      channel: 'telephone' as const,
      date,
      ...(draft.phone.trim() ? { phone: draft.phone.trim() } : {}),
      structure: draft.structure.trim(),
      durationMinutes: Math.max(1, durationMinutes(ms)),
      niveau: r.niveau,
      rowId: r.rowId,
      thematique: r.thematique,
      motif: r.motif,
      sousMotif: r.sousMotif,
      ...(r.templateId ? { templateId: r.templateId } : {}),
      status: r.status,
      escalated: r.escalated,
      note: r.note,
    };
  });
}

/** Values for a réponse type's `{{saisie:…}}` fields from what the caller gave: structure, phone number. */
export function callFills(draft: Pick<CallDraft, 'structure' | 'phone'>, labels: readonly string[]): Record<string, string> {
  const fills: Record<string, string> = {};
  for (const label of labels) {
    const value = /structure/i.test(label) ? draft.structure : /t[ée]l[ée]phone|num[ée]ro/i.test(label) ? draft.phone : '';
    if (value.trim()) fills[label] = value.trim();
  }
  return fills;
}
