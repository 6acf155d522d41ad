// @vitest-environment happy-dom
// EscalationPanel: builds the draft from settings and ticket, validates it, sends openSupportForm, offers the internal note.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act } from 'react';
import { fakeBrowser } from 'wxt/testing/fake-browser';

const sent: { type: string; data: unknown }[] = [];
vi.mock('@/lib/messaging', () => ({
  sendMessage: vi.fn(async (type: string, data: unknown) => {
    sent.push({ type, data });
    if (type === 'openSupportForm') {
      const draft = data as { ticketKey?: string; rowId?: string };
      const record = { id: 3, ticketKey: draft.ticketKey ?? '', createdAt: '2026-03-05T10:00:00', rowId: draft.rowId ?? '', draft, formUrl: 'https://example.test/form', tabId: 9 };
      return { ok: true, record };
    }
    if (type === 'listEscalations') return [];
    return null;
  }),
}));

const { EscalationPanel } = await import('@/components/EscalationPanel');
const { saveSettings } = await import('@/lib/settings');
const { ticketSchema } = await import('@/lib/crm/ticket');
const { mount: mountComponent, until } = await import('../components/mount');

const row = {
  id: 'assistance-technique.structure.structure',
  niveau: 2 as const,
  thematique: 'ASSISTANCE TECHNIQUE',
  motif: 'Structure',
  sousMotif: 'Structure',
  exemples: [],
  vocabulaire: [],
};
const ticket = ticketSchema.parse({
  source: 'hubspot',
  key: 'hubspot:77',
  id: '77',
  url: 'https://app.hubspot.com/contacts/1/record/0-5/77',
  subject: 'Structure introuvable',
  firstMessage: 'La structure n’apparaît plus, message « Structure inconnue » affiché.',
});

let mounted: Awaited<ReturnType<typeof mountComponent>> | undefined;
let host: HTMLElement;

async function mount(props: Partial<Parameters<typeof EscalationPanel>[0]> = {}) {
  mounted = await mountComponent(<EscalationPanel ticket={ticket} row={row} {...props} />);
  host = mounted.host;
  // Ready once the ticket's escalations were asked for (the settings are read in the same commit).
  await until(() => expect(sent.some((m) => m.type === 'listEscalations')).toBe(true));
}

const button = (text: string) => [...host.querySelectorAll('button')].find((b) => b.textContent?.includes(text))!;
const input = (name: string) => host.querySelector<HTMLInputElement>(`[name="${name}"]`)!;

beforeEach(async () => {
  fakeBrowser.reset();
  sent.length = 0;
  await saveSettings({
    profil: {
      prenom: 'Anne',
      nom: 'Martin',
      email: 'anne.martin@siao75.fr',
      siao: 'SIAO 75',
      siaoEmail: '',
      departement: '75 - Paris',
      profil: 'Référent SI SIAO',
      signature: '',
    },
    consentCommunications: true,
  });
});

afterEach(() => {
  mounted?.unmount();
  mounted = undefined;
});

describe('EscalationPanel', () => {
  it('opens an editable draft filled from the profile and the ticket', async () => {
    await mount();
    expect(host.textContent).toContain('niveau 2');
    await act(async () => button('Escalader au national').click());
    expect(input('prenom').value).toBe('Anne');
    expect(input('departement').value).toBe('75 - Paris');
    expect(input('thematique').value).toBe('ASSISTANCE TECHNIQUE');
    expect(input('consentCommunications').checked).toBe(true);
    expect(input('consentRetourEmail').checked).toBe(true);
    const description = host.querySelector<HTMLTextAreaElement>('textarea[name=description]')!.value;
    expect(description).toContain('n° 77');
    expect(description).toContain('« Structure inconnue »');
  });

  it('sends openSupportForm, reports the record the background built and offers its internal note', async () => {
    const onEscalated = vi.fn();
    const onInsertNote = vi.fn();
    await mount({ onEscalated, onInsertNote });
    await act(async () => button('Escalader au national').click());
    await act(async () => button('Ouvrir le formulaire').click());
    await until(() => expect(onEscalated).toHaveBeenCalled());
    const open = sent.find((m) => m.type === 'openSupportForm');
    expect(open?.data).toMatchObject({ prenom: 'Anne', sousMotif: 'Structure', ticketKey: 'hubspot:77', rowId: row.id });
    expect(onEscalated).toHaveBeenCalledWith(expect.objectContaining({ id: 3, ticketKey: 'hubspot:77', tabId: 9 }));
    expect(host.querySelector('[data-testid=escalation-opened]')).not.toBeNull();
    await act(async () => button('Insérer la note interne').click());
    expect(onInsertNote.mock.calls[0]![0]).toBe("Escaladé à l'assistance nationale le 05/03/2026, motif ASSISTANCE TECHNIQUE > Structure > Structure.");
  });

  it('refuses an incomplete draft in French without sending anything', async () => {
    await mount();
    await act(async () => button('Escalader au national').click());
    const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
    await act(async () => {
      setter.call(input('nom'), '');
      input('nom').dispatchEvent(new Event('input', { bubbles: true }));
    });
    await act(async () => button('Ouvrir le formulaire').click());
    expect(host.querySelector('[role=alert]')?.textContent).toContain('nom manquant');
    expect(sent.some((m) => m.type === 'openSupportForm')).toBe(false);
  });

  it('asks the reason first on a niveau-1 row (« Escalader seulement si nécessaire ») and puts it in the description', async () => {
    await mount({ row: { ...row, niveau: 1 } });
    await act(async () => button('Escalader au national').click());
    expect(host.querySelector('[data-testid=escalation-draft]')).toBeNull();
    expect(host.textContent).toContain('Escalader seulement si nécessaire');
    await act(async () => button('Continuer l’escalade').click());
    expect(host.querySelector('[role=alert]')?.textContent).toContain('Indiquez la raison');
    const reason = host.querySelector<HTMLTextAreaElement>('[data-testid=escalation-reason] textarea')!;
    const setter = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!.set!;
    await act(async () => {
      setter.call(reason, 'Bug confirmé par trois utilisateurs');
      reason.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await act(async () => button('Continuer l’escalade').click());
    const description = host.querySelector<HTMLTextAreaElement>('textarea[name=description]')!.value;
    expect(description.startsWith('Raison de l’escalade (demande de niveau 1) : Bug confirmé par trois utilisateurs\n\n')).toBe(true);
  });

  it('« Ne pas escalader » goes back without a draft', async () => {
    await mount({ row: { ...row, niveau: 1 } });
    await act(async () => button('Escalader au national').click());
    await act(async () => button('Ne pas escalader').click());
    expect(host.querySelector('[data-testid=escalation-reason]')).toBeNull();
    expect(button('Escalader au national')).toBeDefined();
  });
});
