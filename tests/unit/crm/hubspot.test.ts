// @vitest-environment happy-dom
// HubSpot adapter: reads saved snapshots of the Help Desk, record and Inbox screens, and degrades when hooks are missing.
import { describe, expect, it } from 'vitest';
import { hubspotAdapter, hubspotScreen } from '@/lib/crm/hubspot';
import { MISSING } from '@/lib/crm/build';
import { demoTicket, firstIncoming } from '../../fixtures/tickets/index';
import { loadSnapshot } from './snapshot';

const HD = 'https://app.hubspot.com/help-desk/4242424/view/1700001/ticket/31000015';
const REC = 'https://app.hubspot.com/contacts/4242424/record/0-5/31000024';
const INBOX = 'https://app.hubspot.com/live-messages/4242424/inbox/71000010';

describe('hubspotScreen', () => {
  it('recognises the three agent screens and their ids', () => {
    expect(hubspotScreen(new URL(HD))).toEqual({ kind: 'helpdesk', portal: '4242424', ticketId: '31000015' });
    expect(hubspotScreen(new URL(`${HD}/thread/71000015`))).toMatchObject({ kind: 'helpdesk', ticketId: '31000015' });
    expect(hubspotScreen(new URL(REC))).toEqual({ kind: 'record', portal: '4242424', ticketId: '31000024' });
    expect(hubspotScreen(new URL(INBOX))).toEqual({ kind: 'inbox', portal: '4242424', threadId: '71000010' });
    expect(hubspotScreen(new URL('https://app.hubspot.com/reports-dashboard/4242424'))).toBeNull();
  });

  it('matches HubSpot hosts only, EU data centre included', () => {
    expect(hubspotAdapter.matches(new URL(HD))).toBe(true);
    expect(hubspotAdapter.matches(new URL('https://app-eu1.hubspot.com/contacts/1/record/0-5/2'))).toBe(true);
    expect(hubspotAdapter.matches(new URL('https://hubspot.com.evil.example/help-desk/1'))).toBe(false);
    expect(hubspotAdapter.matches(new URL('https://aiguilleur-demo.zendesk.com/agent/tickets/1'))).toBe(false);
  });
});

describe('hubspotAdapter.read', () => {
  it('reads the Help Desk view: subject, requester, first message with the quoted error, requester choice, properties', () => {
    const { doc, url } = loadSnapshot('hubspot-helpdesk.html', HD);
    const t = hubspotAdapter.read(doc, url);
    const demo = demoTicket('31000015')!;
    expect(t.source).toBe('hubspot');
    expect(t.key).toBe('hubspot:31000015');
    expect(t.subject).toBe(demo.subject);
    expect(t.requester).toEqual(demo.requester);
    expect(t.firstMessage).toContain('Code : 500 – Internal Server Error');
    expect(t.firstMessage.split('\n')[0]).toBe('Bonjour,');
    expect(t.firstMessage).not.toMatch(/<\w+/);
    expect(t.requesterChoice).toEqual(demo.requesterChoice);
    expect(t.structure).toBe(demo.structure);
    expect(t.phone).toBe(demo.phone);
    expect(t.missing).toEqual([]);
  });

  it('reads the ticket record: highlightTitle, the requester message (not the agent answer), quotes dropped, "--" properties empty', () => {
    const { doc, url } = loadSnapshot('hubspot-record.html', REC);
    const t = hubspotAdapter.read(doc, url);
    const demo = demoTicket('31000024')!;
    expect(t.id).toBe('31000024');
    expect(t.subject).toBe(demo.subject);
    expect(t.requester).toEqual(demo.requester);
    expect(t.firstMessage).toContain('repassée au statut « à compléter »');
    expect(t.firstMessage).not.toContain('nous ne voyons pas votre demande');
    expect(t.firstMessage).not.toContain('Je regarde votre demande');
    expect(t.requesterChoice).toBeUndefined();
    expect(t.missing).toEqual([]);
  });

  it('reads the Inbox: ticket id from the associated ticket link, forwarded content kept', () => {
    const { doc, url } = loadSnapshot('hubspot-inbox.html', INBOX);
    const t = hubspotAdapter.read(doc, url);
    const demo = demoTicket('31000010')!;
    expect(t.key).toBe('hubspot:31000010');
    expect(t.subject).toBe(demo.subject);
    expect(t.requester.email).toBe(demo.requester.email);
    expect(t.firstMessage).toContain('ajouter le bébé dans la composition du ménage');
    expect(t.phone).toBe(demo.phone);
  });

  it('keys an Inbox thread without associated ticket by its thread id', () => {
    const { doc, url } = loadSnapshot('hubspot-inbox.html', INBOX);
    doc.querySelector('[data-test-id="associated-tickets"]')!.remove();
    const t = hubspotAdapter.read(doc, url);
    expect(t.key).toBe('hubspot:thread:71000010');
    expect(t.missing).not.toContain(MISSING.id);
  });

  it('does not throw when the title and body hooks are gone: missing names them, the rest is still read', () => {
    const url = new URL('https://app.hubspot.com/help-desk/4242424/view/1700001/ticket/31000001?broken=1');
    const { doc } = loadSnapshot('hubspot-broken.html', url.href);
    const t = hubspotAdapter.read(doc, url);
    expect(t.missing).toEqual([MISSING.subject, MISSING.firstMessage]);
    expect(t.subject).toBe('');
    expect(t.firstMessage).toBe('');
    expect(t.requester.email).toBe(demoTicket('31000001')!.requester.email);
    expect(t.key).toBe('hubspot:31000001');
  });

  it('returns an all-missing ticket on an empty page', () => {
    const { doc, url } = loadSnapshot('hubspot-broken.html', 'https://app.hubspot.com/reports-dashboard/4242424');
    doc.body.innerHTML = '';
    const t = hubspotAdapter.read(doc, url);
    expect(t.missing).toEqual([MISSING.id, MISSING.subject, MISSING.requester, MISSING.firstMessage]);
  });

  it('reads the ticket description property when no message body is rendered', () => {
    const { doc, url } = loadSnapshot('hubspot-broken.html', REC);
    const props = doc.querySelector('[data-test-id="ticket-properties"]')!;
    props.insertAdjacentHTML('beforeend', '<div class="prop"><span data-test-id="property-label">Description du ticket</span><span data-test-id="property-value">Mot de passe perdu</span></div>');
    expect(hubspotAdapter.read(doc, url).firstMessage).toBe('Mot de passe perdu');
  });

  it('snapshot is in step with the fixture data (first incoming message)', () => {
    const { doc } = loadSnapshot('hubspot-helpdesk.html', HD);
    const body = doc.querySelector('[data-test-id="primary-message-body-content"]')!;
    expect(body.innerHTML).toBe(firstIncoming(demoTicket('31000015')!).html);
  });
});

describe('hubspotAdapter.findEditor', () => {
  it('finds the ProseMirror editable inside the composer holding the send button', () => {
    const { doc } = loadSnapshot('hubspot-helpdesk.html', HD);
    const ed = hubspotAdapter.findEditor(doc);
    expect(ed?.classList.contains('ProseMirror')).toBe(true);
    expect(ed?.closest('[data-test-id="composer"]')).not.toBeNull();
  });

  it('finds a Draft.js editor (the contenteditable around [data-contents])', () => {
    const { doc } = loadSnapshot('hubspot-helpdesk.html', HD);
    const place = doc.querySelector('[data-test-id="composer-editor-container"]')!;
    place.innerHTML = '<div class="DraftEditor-root"><div class="public-DraftEditor-content" contenteditable="true" id="draft"><div data-contents="true"></div></div></div>';
    expect(hubspotAdapter.findEditor(doc)?.id).toBe('draft');
  });

  it('ignores editables outside the composer when a send button exists', () => {
    const { doc } = loadSnapshot('hubspot-helpdesk.html', HD);
    doc.body.insertAdjacentHTML('afterbegin', '<div contenteditable="true" id="note">note</div>');
    expect(hubspotAdapter.findEditor(doc)?.id).not.toBe('note');
    expect(hubspotAdapter.findEditor(doc)?.classList.contains('ProseMirror')).toBe(true);
  });
});

describe('hubspotAdapter.read on a support-form notification e-mail', () => {
  it('takes the requester choice and the description from the e-mail text', () => {
    const { doc, url } = loadSnapshot('hubspot-helpdesk.html', HD);
    const body = doc.querySelector('[data-test-id="primary-message-body-content"]')!;
    body.innerHTML = firstIncoming(demoTicket('31000025')!).html;
    for (const v of Array.from(doc.querySelectorAll('[data-selenium-test^="property-input-"] [data-test-id="property-value"]'))) v.textContent = '--';
    const t = hubspotAdapter.read(doc, url);
    expect(t.requesterChoice).toEqual({ thematique: 'ACCÈS ET AUTHENTIFICATION', sousMotif: 'Compte utilisateur au SI SIAO' });
    expect(t.firstMessage.startsWith("Bonjour, je viens d'arriver au CHRS")).toBe(true);
    expect(t.firstMessage).not.toContain('Merci de prendre en charge');
  });
});
