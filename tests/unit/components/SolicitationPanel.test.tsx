// @vitest-environment happy-dom
// SolicitationPanel: Insérer or an escalation logs the request at once « en cours »; « Résolu : oui / non » updates the same visit.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act } from 'react';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { mount, settle, testQueryClient, until, type Mounted } from './mount';

const sent: { type: string; data: unknown }[] = [];
vi.mock('@/lib/messaging', () => ({
  sendMessage: vi.fn(async (type: string, data: unknown) => {
    sent.push({ type, data });
    if (type === 'logSolicitation') return { id: 41, updated: false };
    if (type === 'getPack') return { nomenclature: [], templates: [] };
    return null;
  }),
}));

const { SolicitationPanel } = await import('@/components/SolicitationPanel');
const { ticketSchema } = await import('@/lib/crm/ticket');
const { clearMemory } = await import('@/lib/sidebar/ticket-memory');
type Props = Parameters<typeof SolicitationPanel>[0];

const row = {
  id: 'acces.probleme-connexion.mdp', niveau: 1 as const, thematique: 'ACCÈS ET AUTHENTIFICATION',
  motif: 'Problème de connexion au SI SIAO', sousMotif: 'Réinitialisation mot de passe', exemples: [], vocabulaire: [],
};
const ticket = ticketSchema.parse({ source: 'hubspot', key: 'hubspot:7', id: '7', url: 'https://app.hubspot.com/x/7', structure: 'CHU Nord' });

let mounted: Mounted | undefined;
let host: HTMLElement;
const client = testQueryClient();
/** Renders the panel (the first time, mounts it) and lets its storage reads and messages settle. */
async function render(props: Props) {
  if (mounted) {
    await mounted.rerender(<SolicitationPanel {...props} />);
    await settle();
  } else mounted = await mount(<SolicitationPanel {...props} />, client);
  host = mounted.host;
}
const button = (name: string) => [...host.querySelectorAll('button')].find((b) => b.textContent?.trim() === name);

afterEach(() => {
  mounted?.unmount();
  mounted = undefined;
  sent.length = 0;
  fakeBrowser.reset();
});

const logs = () => sent.filter((m) => m.type === 'logSolicitation').map((m) => m.data as Record<string, unknown>);

describe('SolicitationPanel', () => {
  it('an insertion logs the request at once « en cours » with its template; « Résolu : oui » updates the same visit', async () => {
    await render({ ticket, row, active: true, lastAction: null });
    expect(host.querySelector('[role="timer"]')).not.toBeNull();
    expect(host.querySelector('[aria-label="Enregistrer la sollicitation"]')).toBeNull();
    expect(logs()).toHaveLength(0);

    await render({ ticket, row, active: true, lastAction: { kind: 'insert', templateId: 'tpl-mdp', at: 1 } });
    await until(() => expect(logs()).toHaveLength(1));
    expect(logs()[0]).toMatchObject({
      channel: 'ticket', ticketKey: 'hubspot:7', ticketUrl: 'https://app.hubspot.com/x/7', structure: 'CHU Nord',
      rowId: row.id, sousMotif: row.sousMotif, templateId: 'tpl-mdp', status: 'en_cours', escalated: false,
    });
    const visitKey = logs()[0]!.visitKey as string;
    expect(visitKey).toMatch(/^hubspot:7@\d+$/);
    await until(() => expect(host.textContent).toContain('Sollicitation enregistrée dans le suivi : en cours'));
    expect(host.textContent).toContain('ACCÈS ET AUTHENTIFICATION - Problème de connexion au SI SIAO - Réinitialisation mot de passe');

    // The same action seen again logs nothing more; « Résolu : oui » re-logs the same visit (the background updates the row).
    await render({ ticket, row, active: true, lastAction: { kind: 'insert', templateId: 'tpl-mdp', at: 1 } });
    expect(logs()).toHaveLength(1);
    await act(async () => button('Résolu : oui')!.click());
    await until(() => expect(logs()).toHaveLength(2));
    expect(logs()[1]).toMatchObject({ visitKey, status: 'oui', templateId: 'tpl-mdp' });
  });

  it('an escalation logs the request at once as escalated; « Résolu : non » keeps it escalated', async () => {
    const other = ticketSchema.parse({ ...ticket, key: 'hubspot:8', id: '8', url: 'https://app.hubspot.com/x/8' });
    await render({ ticket: other, row, active: true, lastAction: null });
    await render({ ticket: other, row, active: true, lastAction: { kind: 'escalate', at: 5 } });
    await until(() => expect(logs()).toHaveLength(1));
    expect(logs()[0]).toMatchObject({ ticketKey: 'hubspot:8', escalated: true, status: 'en_cours' });
    await until(() => expect(button('Résolu : non')).toBeDefined());
    await act(async () => button('Résolu : non')!.click());
    await until(() => expect(logs()).toHaveLength(2));
    expect(logs()[1]).toMatchObject({ escalated: true, status: 'non' });
  });

  it('after « Tout supprimer » (ticket memory cleared) the ticket no longer shows as logged, and its next action is logged again', async () => {
    const other = ticketSchema.parse({ ...ticket, key: 'hubspot:9', id: '9', url: 'https://app.hubspot.com/x/9' });
    const group = () => host.querySelector('[aria-label="Enregistrer la sollicitation"]');
    await render({ ticket: other, row, active: true, lastAction: null });
    await render({ ticket: other, row, active: true, lastAction: { kind: 'insert', templateId: 'tpl-mdp', at: 1 } });
    await until(() => expect(group()).not.toBeNull());
    await act(async () => clearMemory());
    await until(() => expect(group()).toBeNull());
    await render({ ticket: other, row, active: true, lastAction: { kind: 'sent', at: 2 } });
    await until(() => expect(logs()).toHaveLength(2));
    expect(logs()[1]).toMatchObject({ ticketKey: 'hubspot:9', status: 'en_cours' });
    await until(() => expect(group()).not.toBeNull());
  });
});
