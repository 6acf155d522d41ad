// @vitest-environment happy-dom
// CallPanel: a call with two requests logs two telephone rows; a classifier that does not answer leaves the manual choice;
// the réponse type is rendered (variables filled, paragraphs kept) with an « Envoyer par e-mail » mailto: link.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act } from 'react';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { mount, until, type Mounted } from './mount';

const nomenclature = [
  { id: 'a.m.s1', niveau: 1, thematique: 'ACCÈS', motif: 'Connexion', sousMotif: 'Mot de passe', exemples: [], vocabulaire: [] },
  { id: 'b.m.s2', niveau: 2, thematique: 'MODULE OFFRE', motif: 'Module offre', sousMotif: 'Module offre', exemples: [], vocabulaire: [] },
];
// Text only (a référent's own template has no HTML): paragraphs come from the blank lines.
const templates = [{
  id: 't1', rowIds: ['a.m.s1'], title: 'Mot de passe oublié', html: '', kb: ['k1'],
  text: 'Bonjour {{usager.prenom}},\n\nCliquez sur « Mot de passe oublié ». Voir {{kb.lien}}\n\nStructure : {{saisie:Nom de la structure}}',
}];
const sent: { type: string; data: unknown }[] = [];
vi.mock('@/lib/messaging', () => ({
  sendMessage: vi.fn(async (type: string, data: unknown) => {
    sent.push({ type, data });
    if (type === 'getPack') return { nomenclature, templates, kb: { baseUrl: 'https://kb.example.fr', entries: [{ id: 'k1', title: 'Mot de passe', url: 'https://kb.example.fr/mdp', verified: true, rowIds: ['a.m.s1'] }] } };
    if (type === 'classify') throw new Error('Could not establish connection. Receiving end does not exist.');
    if (type === 'logSolicitation') return { id: sent.length, updated: false };
    return null;
  }),
}));

const { CallPanel } = await import('@/components/CallPanel');

let mounted: Mounted | undefined;
let host: HTMLElement;
const button = (name: string) => [...host.querySelectorAll('button')].find((b) => b.textContent?.trim() === name)!;
const labelled = <T extends HTMLElement>(text: string): T => {
  const label = [...host.querySelectorAll('label')].find((l) => l.textContent?.trim() === text)!;
  return host.querySelector(`#${CSS.escape(label.htmlFor)}`) as T;
};
async function choose(selectLabel: string, value: string) {
  const select = labelled<HTMLSelectElement>(selectLabel);
  await act(async () => {
    Object.getOwnPropertyDescriptor(HTMLSelectElement.prototype, 'value')!.set!.call(select, value);
    select.dispatchEvent(new Event('change', { bubbles: true }));
  });
}
async function type(label: string, value: string) {
  const el = labelled<HTMLInputElement | HTMLTextAreaElement>(label);
  const proto = el instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
  await act(async () => {
    Object.getOwnPropertyDescriptor(proto, 'value')!.set!.call(el, value);
    el.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

afterEach(() => {
  mounted?.unmount();
  sent.length = 0;
  fakeBrowser.reset();
});

describe('CallPanel', () => {
  it('logs one row per request of the call', async () => {
    mounted = await mount(<CallPanel />);
    host = mounted.host;
    await until(() => expect(button('Nouvel appel')).toBeTruthy());
    await act(async () => button('Nouvel appel').click());
    await until(() => expect(host.querySelector('[role="timer"]')).not.toBeNull());
    await type('Numéro de téléphone', '0611223344');
    await type('Structure', 'CHU');
    await type('Ce que dit l’appelant', 'mot de passe oublié, il ne peut plus se connecter');
    // Classified once the référent pauses typing (600 ms); the classifier does not answer: the manual choice stays.
    await until(() => expect(host.textContent).toContain('Suggestions indisponibles'));
    expect(sent.filter((m) => m.type === 'classify').map((m) => m.data)).toEqual([{ subject: '', body: 'mot de passe oublié, il ne peut plus se connecter' }]);

    await choose('Thématique', 'ACCÈS');
    await choose('Motif', 'Connexion');
    await choose('Sous-motif', 'a.m.s1');
    // Rendered as in the sidebar: no name → « Bonjour, », the row's verified KB link, the structure given, one <p> per paragraph.
    const answer = host.querySelector('[data-testid=call-template-text]')!;
    expect([...answer.querySelectorAll('p')].map((p) => p.textContent)).toEqual([
      'Bonjour,',
      'Cliquez sur « Mot de passe oublié ». Voir https://kb.example.fr/mdp',
      'Structure : CHU',
    ]);
    expect(answer.querySelector('a')?.getAttribute('href')).toBe('https://kb.example.fr/mdp');
    const mail = host.querySelector<HTMLAnchorElement>('[data-testid=call-mailto]')!;
    expect(mail.textContent?.trim()).toBe('Envoyer par e-mail');
    expect(mail.getAttribute('href')).toBe(
      `mailto:?subject=${encodeURIComponent('Mot de passe oublié')}&body=${encodeURIComponent('Bonjour,\r\n\r\nCliquez sur « Mot de passe oublié ». Voir https://kb.example.fr/mdp\r\n\r\nStructure : CHU')}`,
    );
    // Good practice: the référent reads the request back to the caller.
    expect(host.querySelector('[data-testid=call-reformulation]')?.textContent).toBe('Reformulation : Si je reformule : votre demande concerne « Mot de passe » (Connexion). C’est bien cela ?');
    await act(async () => button('Ajouter une autre demande').click());
    await until(() => expect(host.querySelector('ol[aria-label="Demandes de l’appel"]')?.textContent).toContain('ACCÈS - Connexion - Mot de passe'));

    await choose('Thématique', 'MODULE OFFRE');
    await choose('Motif', 'Module offre');
    await choose('Sous-motif', 'b.m.s2');
    const escalated = [...host.querySelectorAll('label')].find((l) => l.textContent?.includes('Escaladé au national'))!.querySelector('input')!;
    await act(async () => escalated.click());
    await act(async () => button('Terminer l’appel et enregistrer').click());
    await until(() => expect(host.textContent).toContain('Appel enregistré : 2 sollicitations'));

    const logs = sent.filter((m) => m.type === 'logSolicitation').map((m) => m.data as Record<string, unknown>);
    expect(logs).toHaveLength(2);
    expect(logs[0]).toMatchObject({ channel: 'telephone', phone: '0611223344', structure: 'CHU', rowId: 'a.m.s1', templateId: 't1', escalated: false });
    expect(logs[1]).toMatchObject({ channel: 'telephone', rowId: 'b.m.s2', niveau: 2, escalated: true });
    expect(button('Nouvel appel')).toBeTruthy();
  });
});
