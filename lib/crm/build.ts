// Assembles a Ticket from what an adapter read: blanks become `missing` labels (French), the form notification fills gaps.
import { type CrmAdapter, type CrmSource, type Ticket, ticketSchema } from './ticket';
import { parseNotification } from './notification';

export interface TicketParts {
  id: string;
  /** Overrides the default `<source>:<id>` key (e.g. a conversation without a ticket id). */
  key?: string;
  subject: string;
  requester: { name: string; email: string };
  firstMessage: string;
  requesterChoice?: { thematique?: string; motif?: string; sousMotif?: string };
  structure?: string;
  phone?: string;
  /** Adds labels to `missing` beyond the standard ones. */
  extraMissing?: string[];
}

/** French labels of what could not be read, shown by the sidebar. */
export const MISSING = {
  id: 'identifiant du ticket',
  subject: 'objet',
  requester: 'demandeur',
  firstMessage: 'premier message',
  selection: 'texte sélectionné',
} as const;

function compact(choice: TicketParts['requesterChoice']): Ticket['requesterChoice'] {
  if (!choice) return undefined;
  const out: NonNullable<Ticket['requesterChoice']> = {};
  if (choice.thematique) out.thematique = choice.thematique;
  if (choice.motif) out.motif = choice.motif;
  if (choice.sousMotif) out.sousMotif = choice.sousMotif;
  return Object.keys(out).length ? out : undefined;
}

export function buildTicket(source: CrmSource, url: URL, parts: TicketParts): Ticket {
  let firstMessage = parts.firstMessage;
  let choice = compact(parts.requesterChoice);
  // Tickets created by the support form's notification e-mail carry the requester's choice in the text.
  const note = parseNotification(firstMessage);
  if (note.description) firstMessage = note.description;
  if (!choice) choice = compact(note);
  const missing: string[] = [];
  if (!parts.id && parts.key === undefined) missing.push(MISSING.id);
  if (!parts.subject) missing.push(MISSING.subject);
  if (!parts.requester.name && !parts.requester.email) missing.push(MISSING.requester);
  if (!firstMessage) missing.push(MISSING.firstMessage);
  for (const m of parts.extraMissing ?? []) if (!missing.includes(m)) missing.push(m);
  return ticketSchema.parse({
    source,
    key: parts.key ?? (parts.id ? `${source}:${parts.id}` : ''),
    id: parts.id,
    url: url.href,
    subject: parts.subject,
    requester: parts.requester,
    firstMessage,
    ...(choice ? { requesterChoice: choice } : {}),
    structure: parts.structure ?? '',
    phone: parts.phone ?? '',
    missing,
  });
}

/** Short string that changes when the ticket the sidebar should show changes (for change detection). */
export function ticketSignature(t: Ticket): string {
  let h = 0;
  for (let i = 0; i < t.firstMessage.length; i++) h = (Math.imul(h, 31) + t.firstMessage.charCodeAt(i)) | 0;
  return [t.source, t.key, t.subject, t.requester.email, t.requester.name, t.firstMessage.length, (h >>> 0).toString(36), t.missing.join(',')].join('|');
}

/**
 * An adapter's `read` that never throws: a page its reader does not understand gives an empty ticket (`missing` lists
 * what is blank) and the référent qualifies by hand. `empty` adds to the empty ticket's parts.
 */
export function safeRead(source: CrmSource, read: CrmAdapter['read'], empty: Partial<TicketParts> = {}): CrmAdapter['read'] {
  return (doc, url, ctx) => {
    try {
      return read(doc, url, ctx);
    } catch {
      return buildTicket(source, url, { id: '', subject: '', requester: { name: '', email: '' }, firstMessage: '', ...empty });
    }
  };
}
