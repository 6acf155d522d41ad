// @vitest-environment happy-dom
// SolicitationPanel: an insertion proposes a prefilled entry logged in one click; a visit is logged once; escalation updates it.
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

describe('SolicitationPanel', () => {
  it('proposes a prefilled entry after an insertion and logs it in one click, once', async () => {
    host = document.createElement('div');
    document.body.append(host);
    root = createRoot(host);
    await render({ ticket, row, active: true, lastAction: null });
    expect(host.querySelector('[role="timer"]')).not.toBeNull();
    expect(host.querySelector('[aria-label="Enregistrer la sollicitation"]')).toBeNull();

    await render({ ticket, row, active: true, lastAction: { kind: 'insert', templateId: 'tpl-mdp', at: 1 } });
    expect(host.textContent).toContain('ACCÈS ET AUTHENTIFICATION - Problème de connexion au SI SIAO - Réinitialisation mot de passe');
    await act(async () => button('Résolu : en cours')!.click());
    await flush();

    const logs = sent.filter((m) => m.type === 'logSolicitation');
    expect(logs).toHaveLength(1);
    expect(logs[0]!.data).toMatchObject({
      channel: 'ticket', ticketKey: 'hubspot:7', ticketUrl: 'https://app.hubspot.com/x/7', structure: 'CHU Nord',
      rowId: row.id, sousMotif: row.sousMotif, templateId: 'tpl-mdp', status: 'en_cours', escalated: false, durationMinutes: 1,
    });
    expect((logs[0]!.data as { visitKey: string }).visitKey).toMatch(/^hubspot:7@\d+$/);
    expect(host.textContent).toContain('Sollicitation enregistrée');

    // Another insertion on the same visit proposes nothing; an escalation offers to update the logged row.
    await render({ ticket, row, active: true, lastAction: { kind: 'insert', templateId: 'tpl-mdp', at: 2 } });
    expect(host.querySelector('[aria-label="Enregistrer la sollicitation"]')).toBeNull();
    await render({ ticket, row, active: true, lastAction: { kind: 'escalate', at: 3 } });
    await act(async () => button('Marquer la sollicitation comme escaladée')!.click());
    await flush();
    expect(sent.filter((m) => m.type === 'logSolicitation')).toHaveLength(1);
    expect(sent.find((m) => m.type === 'updateSolicitation')?.data).toEqual({ id: 41, patch: { escalated: true } });
  });

  it('marks the proposal escalated after an escalation', async () => {
    host = document.createElement('div');
    document.body.append(host);
    root = createRoot(host);
    await render({ ticket, row, active: true, lastAction: null });
    await render({ ticket, row, active: true, lastAction: { kind: 'escalate', at: 5 } });
    await act(async () => button('Résolu : non')!.click());
    await flush();
    expect(sent.find((m) => m.type === 'logSolicitation')?.data).toMatchObject({ escalated: true, status: 'non' });
  });
});
