// E2E through the extension: openSupportForm opens the form in a new tab, the content script fills it and shows the banner; nothing is submitted.
import { test, expect } from '../fixtures';
import { FORM_HOST, FORM_PATHS, SupportFormPage } from './pages/support-form';
import { ExtensionMessenger } from './pages/extension';
import { DRAFT_ACCES, DRAFT_EVOLUTION } from './drafts';

// The machine is shared and slow: give the new tab, the form and the filler time.
test.describe.configure({ timeout: 120_000 });

interface OpenResult {
  ok: boolean;
  tabId?: number;
  recordId?: number;
  error?: string;
}

test('openSupportForm → the new tab’s form is filled, the banner lists the result, nothing is submitted', async ({ context, extensionId }) => {
  const messenger = await ExtensionMessenger.open(context, extensionId);
  const newPage = context.waitForEvent('page', (p) => p.url().includes('basedeconnaissances.sisiao.dihal.gouv.fr'));
  const result = await messenger.send<OpenResult>('openSupportForm', DRAFT_ACCES);
  expect(result.ok).toBe(true);
  const form = new SupportFormPage(await newPage);
  expect(form.page.url()).toContain('/support/kb-tickets/new');
  await expect(form.banner()).toContainText('champs remplis', { timeout: 60_000 });
  await expect(form.banner()).toContainText('Tous les champs attendus sont remplis');
  const s = (await form.state())!;
  expect(s).toMatchObject({
    firstname: 'Anne',
    lastname: 'Martin',
    profil: 'Référent SI SIAO',
    departement: '75 - Paris',
    thematique: 'Accès et authentification',
    motif: 'Problème de connexion au SI SIAO',
    sousMotif: 'Accès au compte',
    consentRetourEmail: true,
  });
  expect(await form.submitted()).toBe(false);

  // The escalation is remembered with its ticket, with the fill report.
  await expect
    .poll(async () => {
      const rows = await messenger.send<{ ticketKey: string; fill?: { missing: string[] } }[]>('listEscalations', 'hubspot:4242');
      return rows[0]?.fill?.missing;
    })
    .toEqual([]);

  // A reload does not fill over the référent's corrections: the draft was used once. The content script asks for
  // its draft up to 8 times (entrypoints/form.content askPending) and fills at the first answer: wait for all 8 asks.
  await messenger.countMessages('getPendingEscalation');
  await form.page.reload();
  await form.waitForForm();
  await expect.poll(() => messenger.messageCount('getPendingEscalation'), { timeout: 20_000 }).toBe(8);
  expect((await form.state())!.firstname).toBe('');
  await expect(form.banner()).toHaveCount(0);
});

test('openSupportForm refuses an invalid draft with a French message', async ({ context, extensionId }) => {
  const messenger = await ExtensionMessenger.open(context, extensionId);
  const result = await messenger.send<OpenResult>('openSupportForm', { ...DRAFT_ACCES, nom: '' });
  expect(result.ok).toBe(false);
  expect(result.error).toContain('nom manquant');
});

for (const variant of ['v4', 'iframe'] as const) {
  test(`openSupportForm with the ${variant} form as supportFormUrl → filled from the content script`, async ({ context, extensionId }) => {
    const messenger = await ExtensionMessenger.open(context, extensionId);
    await messenger.setSettings({ supportFormUrl: `${FORM_HOST}${FORM_PATHS[variant]}` });
    try {
      const newPage = context.waitForEvent('page', (p) => p.url().includes('basedeconnaissances.sisiao.dihal.gouv.fr'));
      const result = await messenger.send<OpenResult>('openSupportForm', DRAFT_EVOLUTION);
      expect(result.ok).toBe(true);
      const form = new SupportFormPage(await newPage);
      await expect(form.banner()).toContainText('Tous les champs attendus sont remplis', { timeout: 60_000 });
      expect(await form.state()).toMatchObject({
        firstname: 'Anne',
        profil: 'Administrateur départemental',
        departement: '93 - Seine-Saint-Denis',
        thematique: 'Proposition d’évolutions',
        motif: 'Demande d’hébergement d’urgence',
        sousMotif: 'Demande d’hébergement d’urgence',
        consentRetourEmail: true,
        consentCommunications: true,
      });
      expect(await form.submitted()).toBe(false);
    } finally {
      await messenger.setSettings({ supportFormUrl: undefined });
    }
  });
}
