// @vitest-environment happy-dom
// Zendesk adapter: reads only the selected tab's ticket although every open ticket stays in the DOM.
import { describe, expect, it } from 'vitest';
import { zendeskAdapter, zendeskScope } from '@/lib/crm/zendesk';
import { demoTicket } from '../../fixtures/tickets/index';
import { loadSnapshot } from './snapshot';

const URL_SELECTED = 'https://aiguilleur-demo.zendesk.com/agent/tickets/31000021';

describe('zendeskAdapter', () => {
  it('matches Zendesk hosts only', () => {
    expect(zendeskAdapter.matches(new URL(URL_SELECTED))).toBe(true);
    expect(zendeskAdapter.matches(new URL('https://app.hubspot.com/agent/tickets/1'))).toBe(false);
  });

  it('reads the selected ticket, not the other open tabs', () => {
    const { doc, url } = loadSnapshot('zendesk-workspace.html', URL_SELECTED);
    expect(doc.querySelectorAll('[data-test-id="omni-log-comment-item"]').length).toBeGreaterThan(1);
    const t = zendeskAdapter.read(doc, url);
    const demo = demoTicket('31000021')!;
    expect(t.key).toBe('zendesk:31000021');
    expect(t.subject).toBe(demo.subject);
    expect(t.requester).toEqual(demo.requester);
    expect(t.firstMessage).toContain('désimmobiliser');
    expect(t.firstMessage).not.toContain('lien de connexion');
    expect(t.requesterChoice).toEqual(demo.requesterChoice);
    expect(t.structure).toBe(demo.structure);
    expect(t.phone).toBe(demo.phone);
    expect(t.missing).toEqual([]);
  });

  it('follows the selected tab when the URL has no ticket id', () => {
    const { doc, url } = loadSnapshot('zendesk-workspace.html', 'https://aiguilleur-demo.zendesk.com/agent/dashboard');
    for (const tab of Array.from(doc.querySelectorAll('[data-test-id="header-tab"]'))) {
      tab.setAttribute('data-selected', String(tab.getAttribute('data-entity-id') === '31000003'));
    }
    const t = zendeskAdapter.read(doc, url);
    expect(t.id).toBe('31000003');
    expect(t.subject).toBe(demoTicket('31000003')!.subject);
    expect(t.requesterChoice).toBeUndefined();
  });

  it('finds the CKEditor 5 editable of the selected workspace only', () => {
    const { doc, url } = loadSnapshot('zendesk-workspace.html', URL_SELECTED);
    const ed = zendeskAdapter.findEditor(doc);
    expect(ed?.matches('.ck-editor__editable[data-test-id="omnicomposer-rich-text-ckeditor"]')).toBe(true);
    expect(ed?.closest('[data-entity-id]')?.getAttribute('data-entity-id')).toBe('31000021');
    expect(zendeskScope(doc, url)?.getAttribute('data-entity-id')).toBe('31000021');
  });

  it('reports what is missing instead of throwing when the workspace is not rendered yet', () => {
    const { doc, url } = loadSnapshot('zendesk-workspace.html', URL_SELECTED);
    doc.querySelector('.zd-workspaces')!.innerHTML = '';
    const t = zendeskAdapter.read(doc, url);
    expect(t.id).toBe('31000021');
    expect(t.missing).toEqual(['objet', 'demandeur', 'premier message']);
  });
});
