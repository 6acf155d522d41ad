// @vitest-environment happy-dom
// Learnt selectors: per-host store validated by zod, used before the adapter's hooks, reported as learnt, reset per entry.
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { hubspotAdapter } from '@/lib/crm/hubspot';
import { genericAdapter } from '@/lib/crm/generic';
import { zendeskAdapter, zendeskScope } from '@/lib/crm/zendesk';
import { MISSING } from '@/lib/crm/build';
import { diagnose } from '@/lib/crm/report';
import { robustSelector } from '@/lib/crm/selector';
import {
  forgetSelector,
  hooksFor,
  learnSelector,
  learntSelectorsItem,
  listLearnt,
  loadLearntStore,
  parseLearntStore,
} from '@/lib/crm/learnt-selectors';
import { demoTicket } from '../../fixtures/tickets/index';
import { docFrom, loadSnapshot } from './snapshot';

const BROKEN = 'https://app.hubspot.com/help-desk/4242424/view/1700001/ticket/31000001?broken=1';

describe('learnt selectors in the adapters', () => {
  it('a learnt subject selector reads the renamed title, and the diagnostic says it was learnt', () => {
    const url = new URL(BROKEN);
    const { doc } = loadSnapshot('hubspot-broken.html', url.href);
    const selector = robustSelector(doc.querySelector('h1.ticket-title-v2')!);
    const learnt = { subject: selector };
    const t = hubspotAdapter.read(doc, url, { learnt });
    expect(t.subject).toBe(demoTicket('31000001')!.subject);
    expect(t.missing).toEqual([MISSING.firstMessage]);
    const subject = diagnose(hubspotAdapter, doc, url, learnt).fields.find((f) => f.field === 'subject')!;
    expect(subject).toMatchObject({ found: true, hook: selector, learnt: true, length: t.subject.length });
  });

  it('a learnt selector comes before the built-in hooks; one that matches nothing leaves them in charge', () => {
    const { doc, url } = loadSnapshot('hubspot-helpdesk.html', 'https://app.hubspot.com/help-desk/4242424/view/1700001/ticket/31000015');
    const builtIn = hubspotAdapter.read(doc, url);
    expect(hubspotAdapter.read(doc, url, { learnt: { subject: '[data-test-id="property-label"]' } }).subject).not.toBe(builtIn.subject);
    expect(hubspotAdapter.read(doc, url, { learnt: { subject: '.nothing-here', phone: '##bad' } })).toEqual(builtIn);
  });

  it('a learnt editor is the reply target', () => {
    const { doc, url } = docFrom('<div class="box"><div class="reply" contenteditable="true"></div></div><textarea></textarea>', 'https://intranet.example.fr/');
    const ed = genericAdapter.findEditor(doc, { learnt: { editor: 'div.box' } });
    expect(ed).toBe(doc.querySelector('.reply'));
    expect(diagnose(genericAdapter, doc, url, { editor: 'div.box' }).fields.find((f) => f.field === 'editor')).toMatchObject({ found: true, learnt: true });
  });

  it('the generic adapter reads a taught page without a selection; with nothing taught the selection message stays', () => {
    const { doc, url } = docFrom('<h2 class="titre">Compte bloqué</h2><div class="corps">Bonjour, mon compte est bloqué.</div>', 'https://intranet.example.fr/');
    expect(genericAdapter.read(doc, url).missing).toContain(MISSING.selection);
    const t = genericAdapter.read(doc, url, { learnt: { subject: 'h2.titre', firstMessage: 'div.corps' } });
    expect(t.subject).toBe('Compte bloqué');
    expect(t.firstMessage).toBe('Bonjour, mon compte est bloqué.');
    expect(t.missing).not.toContain(MISSING.selection);
  });
});

describe('learnt selector store', () => {
  beforeEach(() => fakeBrowser.reset());

  it('stores per host, lists, and resets one entry', async () => {
    await learnSelector('app.hubspot.com', 'subject', 'h1.ticket-title-v2', 1000);
    await learnSelector('app.hubspot.com', 'phone', 'span.tel', 2000);
    await learnSelector('intranet.example.fr', 'firstMessage', 'div.corps', 3000);
    const store = await loadLearntStore();
    expect(hooksFor(store, 'app.hubspot.com')).toEqual({ subject: 'h1.ticket-title-v2', phone: 'span.tel' });
    expect(hooksFor(store, 'other.example')).toEqual({});
    expect(listLearnt(store).map((e) => `${e.host}/${e.field}`)).toEqual(['app.hubspot.com/subject', 'app.hubspot.com/phone', 'intranet.example.fr/firstMessage']);
    await forgetSelector('app.hubspot.com', 'subject');
    await forgetSelector('intranet.example.fr', 'firstMessage');
    expect(await loadLearntStore()).toEqual({ 'app.hubspot.com': { phone: { selector: 'span.tel', learntAt: 2000 } } });
  });

  it('drops damaged entries and keeps the others', async () => {
    await learntSelectorsItem.setValue({
      'app.hubspot.com': { subject: { selector: 'h1.t', learntAt: 1 }, sendButton: { selector: 'b', learntAt: 1 }, phone: { selector: '' } },
      'x.example': 'nope',
    });
    expect(await loadLearntStore()).toEqual({ 'app.hubspot.com': { subject: { selector: 'h1.t', learntAt: 1 } } });
    expect(parseLearntStore(null)).toEqual({});
  });
});

describe('learnt selectors in a scoped adapter (Zendesk)', () => {
  it('a selector made within the selected workspace reads the subject of whichever tab is selected', () => {
    const { doc } = loadSnapshot('zendesk-workspace.html', 'https://aiguilleur-demo.zendesk.com/agent/dashboard');
    const url = new URL('https://aiguilleur-demo.zendesk.com/agent/dashboard');
    // A redesign: the subject hooks are gone in every workspace.
    for (const el of Array.from(doc.querySelectorAll('[data-test-id="omni-header-subject"]'))) el.setAttribute('data-test-id', 'renamed');
    const selectTab = (id: string) => {
      for (const tab of Array.from(doc.querySelectorAll('[data-test-id="header-tab"]'))) tab.setAttribute('data-selected', String(tab.getAttribute('data-entity-id') === id));
    };
    selectTab('31000021');
    expect(zendeskAdapter.read(doc, url).subject).toBe('');
    const scope = zendeskScope(doc, url)!;
    const selector = robustSelector(scope.querySelector('[data-test-id="renamed"]')!, scope);
    expect(zendeskAdapter.read(doc, url, { learnt: { subject: selector } }).subject).toBe(demoTicket('31000021')!.subject);
    selectTab('31000003');
    expect(zendeskAdapter.read(doc, url, { learnt: { subject: selector } }).subject).toBe(demoTicket('31000003')!.subject);
  });
});
