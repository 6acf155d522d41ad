// A help-desk ticket as read from the page: the one value everything after the adapter works on.
import { z } from 'zod';
import type { ReadContext } from './read-context';
import type { CrmControls } from './controls';

export const crmSourceSchema = z.enum(['hubspot', 'zendesk', 'freshdesk', 'generic']);
export type CrmSource = z.infer<typeof crmSourceSchema>;

export const ticketSchema = z.object({
  source: crmSourceSchema,
  /** Stable key of the ticket across visits, e.g. `hubspot:123`; empty when the page has no ticket id. */
  key: z.string(),
  id: z.string().default(''),
  url: z.string(),
  subject: z.string().default(''),
  requester: z.object({ name: z.string().default(''), email: z.string().default('') }).default({ name: '', email: '' }),
  firstMessage: z.string().default(''),
  /** The classification the requester chose in the support form, when the ticket carries it. */
  requesterChoice: z
    .object({
      thematique: z.string().optional(),
      motif: z.string().optional(),
      sousMotif: z.string().optional(),
    })
    .optional(),
  structure: z.string().default(''),
  phone: z.string().default(''),
  /** What the adapter could not read, in French (« objet », « premier message »…): shown in the sidebar. */
  missing: z.array(z.string()).default([]),
});
export type Ticket = z.infer<typeof ticketSchema>;

/** One help desk: URL matching, reading the ticket, finding the reply editor. Selectors live in the adapter's file. */
export interface CrmAdapter {
  source: CrmSource;
  /** Human name shown in the sidebar. */
  label: string;
  matches(url: URL): boolean;
  /** Reads the open ticket; never throws: what is missing goes to `missing`. `ctx` adds learnt selectors and a hook recorder. */
  read(doc: Document, url: URL, ctx?: ReadContext): Ticket;
  /** The reply editor of the open ticket, if any (a learnt editor selector first). */
  findEditor(doc: Document, ctx?: ReadContext): HTMLElement | null;
  /** Where the adapter reads the open ticket when not the whole document (Zendesk's selected workspace): learnt selectors are made for it. */
  scope?(doc: Document, url: URL): ParentNode | null;
  /** The CRM's send / close / comment controls (lib/crm/controls.ts), when known. */
  controls?: CrmControls;
  /** Element whose changes mean the ticket view changed (observed to re-read). */
  root?(doc: Document): Element | null;
}
