// Adapter registry: URL matching picks the help desk's adapter, the generic one otherwise; readTicket never throws.
import { describe, expect, it } from 'vitest';
import { adapterFor, adapters, readTicket } from '@/lib/crm/index';
import { Window } from 'happy-dom';

describe('adapterFor', () => {
  it.each([
    ['https://app.hubspot.com/help-desk/1/view/2/ticket/3', 'hubspot'],
    ['https://app-eu1.hubspot.com/contacts/1/record/0-5/3', 'hubspot'],
    ['https://app.hubspot.com/live-messages/1/inbox/9', 'hubspot'],
    ['https://aiguilleur-demo.zendesk.com/agent/tickets/12', 'zendesk'],
    ['https://aiguilleur-demo.freshdesk.com/a/tickets/12', 'freshdesk'],
    ['https://basedeconnaissances.sisiao.dihal.gouv.fr/support/kb-tickets/new', 'generic'],
    ['https://hubspot.com.example.org/help-desk/1', 'generic'],
  ])('%s → %s', (href, source) => {
    expect(adapterFor(new URL(href)).source).toBe(source);
  });

  it('lists the generic adapter last', () => {
    expect(adapters.at(-1)?.source).toBe('generic');
    expect(new Set(adapters.map((a) => a.source)).size).toBe(adapters.length);
  });
});

describe('readTicket', () => {
  it('returns a ticket with everything missing on an empty HubSpot page', () => {
    const w = new Window({ url: 'https://app.hubspot.com/help-desk/1/view/2/ticket/3' });
    const t = readTicket(w.document as unknown as Document, new URL(w.location.href));
    expect(t.source).toBe('hubspot');
    expect(t.key).toBe('hubspot:3');
    expect(t.missing).toEqual(['objet', 'demandeur', 'premier message']);
  });
});
