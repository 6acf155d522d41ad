// @vitest-environment happy-dom
// Freshdesk adapter: subject, description, requester and properties of the ticket details page; the Froala editor.
import { describe, expect, it } from 'vitest';
import { freshdeskAdapter } from '@/lib/crm/freshdesk';
import { demoTicket } from '../../fixtures/tickets/index';
import { loadSnapshot } from './snapshot';

const URL_TICKET = 'https://aiguilleur-demo.freshdesk.com/a/tickets/31000014';

describe('freshdeskAdapter', () => {
  it('matches Freshdesk hosts only', () => {
    expect(freshdeskAdapter.matches(new URL(URL_TICKET))).toBe(true);
    expect(freshdeskAdapter.matches(new URL('https://aiguilleur-demo.zendesk.com/a/tickets/1'))).toBe(false);
  });

  it('reads the ticket details page', () => {
    const { doc, url } = loadSnapshot('freshdesk-ticket.html', URL_TICKET);
    const t = freshdeskAdapter.read(doc, url);
    const demo = demoTicket('31000014')!;
    expect(t.key).toBe('freshdesk:31000014');
    expect(t.subject).toBe(demo.subject);
    expect(t.requester).toEqual(demo.requester);
    expect(t.firstMessage).toContain('1 240 demandes en attente');
    expect(t.requesterChoice).toEqual(demo.requesterChoice);
    expect(t.structure).toBe(demo.structure);
    expect(t.phone).toBe(demo.phone);
    expect(t.missing).toEqual([]);
  });

  it('finds the Froala editable', () => {
    const { doc } = loadSnapshot('freshdesk-ticket.html', URL_TICKET);
    expect(freshdeskAdapter.findEditor(doc)?.matches('div.fr-element.fr-view[contenteditable]')).toBe(true);
  });

  it('names the description as missing when it is not rendered', () => {
    const { doc, url } = loadSnapshot('freshdesk-ticket.html', URL_TICKET);
    doc.querySelector('.ticket-description')!.remove();
    const t = freshdeskAdapter.read(doc, url);
    expect(t.missing).toContain('premier message');
    expect(t.subject).toBe(demoTicket('31000014')!.subject);
  });
});
