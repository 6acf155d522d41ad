// The CRM adapters: picks the one for a page URL (generic as the fallback) and reads its ticket.
import type { CrmAdapter, Ticket } from './ticket';
import { hubspotAdapter } from './hubspot';
import { zendeskAdapter } from './zendesk';
import { freshdeskAdapter } from './freshdesk';
import { genericAdapter } from './generic';

export type { CrmAdapter, Ticket, CrmSource } from './ticket';
export { ticketSchema } from './ticket';
export { ticketSignature, MISSING } from './build';
export { trackGenericPage, withSelectionFallback, withSelectionFallbackAdapter } from './generic';
export { htmlToText, htmlStringToText } from './html-text';
export { hubspotAdapter, zendeskAdapter, freshdeskAdapter, genericAdapter };

/** Specific adapters first; the generic one last (it matches every page). */
export const adapters: readonly CrmAdapter[] = [hubspotAdapter, zendeskAdapter, freshdeskAdapter, genericAdapter];

export function adapterFor(url: URL): CrmAdapter {
  return adapters.find((a) => a.matches(url)) ?? genericAdapter;
}

/** Reads the ticket of `doc` with the adapter of `url`; never throws. */
export function readTicket(doc: Document, url: URL): Ticket {
  return adapterFor(url).read(doc, url);
}
