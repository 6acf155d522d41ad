// @vitest-environment happy-dom
// ReadReport: every adapter says which hook found each field and how long it was, without changing what it reads.
import { describe, expect, it } from 'vitest';
import { hubspotAdapter } from '@/lib/crm/hubspot';
import { zendeskAdapter } from '@/lib/crm/zendesk';
import { freshdeskAdapter } from '@/lib/crm/freshdesk';
import { genericAdapter } from '@/lib/crm/generic';
import type { CrmAdapter } from '@/lib/crm/ticket';
import { createRecorder, diagnose, formatReport, READ_FIELDS, readReportSchema, type ReadReport } from '@/lib/crm/report';
import { demoTicket } from '../../fixtures/tickets/index';
import { loadSnapshot } from './snapshot';

const HD = 'https://app.hubspot.com/help-desk/4242424/view/1700001/ticket/31000015';
const BROKEN = 'https://app.hubspot.com/help-desk/4242424/view/1700001/ticket/31000001?broken=1';
const ZD = 'https://aiguilleur-demo.zendesk.com/agent/tickets/31000021';
const FD = 'https://aiguilleur-demo.freshdesk.com/a/tickets/31000014';

const field = (r: ReadReport, f: (typeof READ_FIELDS)[number]) => r.fields.find((x) => x.field === f)!;

const CASES: [string, CrmAdapter, string, string][] = [
  ['HubSpot', hubspotAdapter, 'hubspot-helpdesk.html', HD],
  ['Zendesk', zendeskAdapter, 'zendesk-workspace.html', ZD],
  ['Freshdesk', freshdeskAdapter, 'freshdesk-ticket.html', FD],
];

describe('diagnose', () => {
  it.each(CASES)('%s: every field found, with its hook and the length of what the ticket holds', (_name, adapter, file, href) => {
    const { doc, url } = loadSnapshot(file, href);
    const report = diagnose(adapter, doc, url);
    const ticket = adapter.read(doc, url);
    expect(readReportSchema.parse(report)).toEqual(report);
    expect(report.host).toBe(url.hostname);
    expect(report.adapter).toBe(adapter.source);
    expect(report.fields.map((f) => f.field)).toEqual([...READ_FIELDS]);
    for (const f of report.fields) {
      expect(f.found, f.field).toBe(true);
      expect(f.hook, f.field).toBeTruthy();
      expect(f.hook, f.field).not.toBe('inconnu');
      expect(f.learnt).toBe(false);
    }
    expect(field(report, 'subject').length).toBe(ticket.subject.length);
    expect(field(report, 'firstMessage').length).toBe(ticket.firstMessage.length);
    expect(field(report, 'editor').length).toBeNull();
  });

  it('names the HubSpot selectors that matched', () => {
    const { doc, url } = loadSnapshot('hubspot-helpdesk.html', HD);
    const report = diagnose(hubspotAdapter, doc, url);
    expect(field(report, 'subject').hook).toBe('[data-test-id="ticket-header-name-link"]');
    expect(field(report, 'firstMessage').hook).toBe('[data-test-id="primary-message-body-content"]');
    expect(field(report, 'sendButton').hook).toBe('[data-test-id="composer-send-button"]');
    expect(field(report, 'structure').hook).toBe('libellé « structure »');
    expect(field(report, 'editor').hook).toContain('ProseMirror');
  });

  it.each(CASES)('%s: reading with a recorder returns exactly the same ticket', (_name, adapter, file, href) => {
    const { doc, url } = loadSnapshot(file, href);
    expect(adapter.read(doc, url, { report: createRecorder() })).toEqual(adapter.read(doc, url));
  });

  it('says « non trouvé » (found false, no hook) for what a redesigned page hides', () => {
    const url = new URL(BROKEN);
    const { doc } = loadSnapshot('hubspot-broken.html', url.href);
    const report = diagnose(hubspotAdapter, doc, url);
    expect(field(report, 'subject')).toMatchObject({ found: false, hook: null, length: 0 });
    expect(field(report, 'firstMessage')).toMatchObject({ found: false, hook: null });
    expect(field(report, 'requester').found).toBe(true);
  });

  it('on any other page, the selection is the hook; without one nothing is found', () => {
    const { doc, url } = loadSnapshot('generic-page.html', 'https://intranet.example.fr/page');
    const report = diagnose(genericAdapter, doc, url);
    expect(report.adapter).toBe('generic');
    expect(field(report, 'firstMessage')).toMatchObject({ found: false, hook: null });
    expect(field(report, 'sendButton').found).toBe(false);
  });
});

describe('formatReport', () => {
  it('gives host, adapter, version, hooks and lengths — never the ticket text', () => {
    const { doc, url } = loadSnapshot('hubspot-helpdesk.html', HD);
    const text = formatReport(diagnose(hubspotAdapter, doc, url), { version: '9.8.7', adapterLabel: 'HubSpot' });
    const demo = demoTicket('31000015')!;
    expect(text).toContain('Version : 9.8.7');
    expect(text).toContain('Hôte : app.hubspot.com');
    expect(text).toContain('Adaptateur : HubSpot (hubspot)');
    expect(text).toContain(`Objet : ${demo.subject.length} caractères — repère : [data-test-id="ticket-header-name-link"]`);
    expect(text).toContain("Bouton d'envoi : trouvé");
    for (const secret of [demo.subject, demo.requester.name, demo.requester.email, demo.structure, demo.phone]) expect(text).not.toContain(secret);
    expect(text).not.toContain('Internal Server Error');
  });

  it('prints « non trouvé » for missing fields', () => {
    const url = new URL(BROKEN);
    const { doc } = loadSnapshot('hubspot-broken.html', url.href);
    const text = formatReport(diagnose(hubspotAdapter, doc, url), { version: '1', adapterLabel: 'HubSpot' });
    expect(text).toContain('Objet : non trouvé');
  });
});
