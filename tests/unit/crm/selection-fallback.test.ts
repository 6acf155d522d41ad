// @vitest-environment happy-dom
// Selection fallback: a help desk page whose adapter reads neither subject nor message takes the référent's selection instead.
import { describe, expect, it } from 'vitest';
import { hubspotAdapter } from '@/lib/crm/hubspot';
import { withSelectionFallback, withSelectionFallbackAdapter } from '@/lib/crm/generic';
import { MISSING } from '@/lib/crm/build';
import { createRecorder, diagnose } from '@/lib/crm/report';
import { demoTicket } from '../../fixtures/tickets/index';
import { loadSnapshot, selectBetween } from './snapshot';

const BROKEN = 'https://app.hubspot.com/help-desk/4242424/view/1700001/ticket/31000001?broken=1';
const HD = 'https://app.hubspot.com/help-desk/4242424/view/1700001/ticket/31000015';

describe('withSelectionFallback', () => {
  it('without a selection, names the selection as missing and keeps what was read', () => {
    const url = new URL(BROKEN);
    const { doc } = loadSnapshot('hubspot-broken.html', url.href);
    const t = withSelectionFallback(hubspotAdapter.read(doc, url), doc, url);
    expect(t.missing).toEqual([MISSING.subject, MISSING.firstMessage, MISSING.selection]);
    expect(t.requester.email).toBe(demoTicket('31000001')!.requester.email);
    expect(t.key).toBe('hubspot:31000001');
  });

  it('with a selection, reads it as subject and message; the ticket key and requester stay those of the page', () => {
    const url = new URL(BROKEN);
    const { doc } = loadSnapshot('hubspot-broken.html', url.href);
    const title = doc.querySelector('h1.ticket-title-v2')!;
    selectBetween(doc, title, title);
    const rec = createRecorder();
    const t = withSelectionFallbackAdapter(hubspotAdapter).read(doc, url, { report: rec });
    expect(t.subject).toBe(demoTicket('31000001')!.subject);
    expect(t.firstMessage).toBe(demoTicket('31000001')!.subject);
    expect(t.missing).toEqual([]);
    expect(t.key).toBe('hubspot:31000001');
    expect(rec.hookOf('subject')?.hook).toBe('texte sélectionné');
  });

  it('leaves a ticket that was read alone, and ignores a selection inside the sidebar', () => {
    const { doc, url } = loadSnapshot('hubspot-helpdesk.html', HD);
    const title = doc.querySelector('h1')!;
    selectBetween(doc, title, title);
    expect(withSelectionFallbackAdapter(hubspotAdapter).read(doc, url)).toEqual(hubspotAdapter.read(doc, url));
    const broken = new URL(BROKEN);
    const page = loadSnapshot('hubspot-broken.html', broken.href).doc;
    page.body.insertAdjacentHTML('beforeend', '<div data-aiguilleur-host><p id="ours">Réponse type de la barre</p></div>');
    const ours = page.getElementById('ours')!;
    selectBetween(page, ours, ours);
    expect(withSelectionFallbackAdapter(hubspotAdapter).read(page, broken).missing).toContain(MISSING.selection);
    expect(diagnose(withSelectionFallbackAdapter(hubspotAdapter), page, broken).fields.find((f) => f.field === 'subject')!.found).toBe(false);
  });
});
