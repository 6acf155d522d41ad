// @vitest-environment happy-dom
// SolicitationPanel: Insérer or an escalation logs the request at once « en cours »; « Résolu : oui / non » updates the same visit.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';

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
type Props = Parameters<typeof SolicitationPanel>[0];

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const row = {
  id: 'acces.probleme-connexion.mdp', niveau: 1 as const, thematique: 'ACCÈS ET AUTHENTIFICATION',
  motif: 'Problème de connexion au SI SIAO', sousMotif: 'Réinitialisation mot de passe', exemples: [], vocabulaire: [],
};
const ticket = ticketSchema.parse({ source: 'hubspot', key: 'hubspot:7', id: '7', url: 'https://app.hubspot.com/x/7', structure: 'CHU Nord' });

let root: Root | undefined;
let host: HTMLElement;
const client = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
const flush = () => act(async () => new Promise((ok) => setTimeout(ok, 20)));
async function render(props: Props) {
  await act(async () =>
    root!.render(
      <QueryClientProvider client={client}>
        <SolicitationPanel {...props} />
      </QueryClientProvider>,
    ),
  );
  await flush();
}
const button = (name: string) => [...host.querySelectorAll('button')].find((b) => b.textContent?.trim() === name);

afterEach(() => {
  act(() => root?.unmount());
  host?.remove();
  sent.length = 0;
  vi.useRealTimers();
});

/** Waits (with React's act) until `check` holds: the panel reads the ticket memory from storage first. */
async function until(check: () => void): Promise<void> {
  await vi.waitFor(async () => {
    await flush();
    check();
  }, { timeout: 3000, interval: 10 });
}
const logs = () => sent.filter((m) => m.type === 'logSolicitation').map((m) => m.data as Record<string, unknown>);

describe('SolicitationPanel', () => {
  it('an insertion logs the request at once « en cours » with its template; « Résolu : oui » updates the same visit', async () => {
    host = document.createElement('div');
    document.body.append(host);
    root = createRoot(host);
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
    host = document.createElement('div');
    document.body.append(host);
    root = createRoot(host);
    await render({ ticket: other, row, active: true, lastAction: null });
    await render({ ticket: other, row, active: true, lastAction: { kind: 'escalate', at: 5 } });
    await until(() => expect(logs()).toHaveLength(1));
    expect(logs()[0]).toMatchObject({ ticketKey: 'hubspot:8', escalated: true, status: 'en_cours' });
    await until(() => expect(button('Résolu : non')).toBeDefined());
    await act(async () => button('Résolu : non')!.click());
    await until(() => expect(logs()).toHaveLength(2));
    expect(logs()[1]).toMatchObject({ escalated: true, status: 'non' });
  });
});
