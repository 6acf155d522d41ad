// Niveau 2 from the sidebar: a demo ticket → « Escalader au national » → draft → « Ouvrir le formulaire » → the national form is filled, not submitted.
import { test, expect } from '../fixtures';
import { SidebarPage } from './sidebar.page';
import { ExtensionMessenger } from '../escalation/pages/extension';
import { SupportFormPage } from '../escalation/pages/support-form';
import { DEMO_TICKETS } from '../../fixtures/tickets/index';

test.describe.configure({ timeout: 120_000 });

const ticket = DEMO_TICKETS.find((t) => t.expected.rowId === 'donnees.erreur-dans-resultats-extraction')!;

test('from a niveau 2 demo ticket, one click and a review fill the support form', async ({ context, extensionId }) => {
  const messenger = await ExtensionMessenger.open(context, extensionId);
  await messenger.setSettings({
    profil: { prenom: 'Anne', nom: 'Martin', email: 'anne.martin@siao75.fr', siao: 'SIAO 75', departement: '75', profil: 'Référent SI SIAO', signature: 'Anne Martin\nSIAO 75' },
  });
  await messenger.page.close();

  const { sidebar } = await SidebarPage.onHubSpotTicket(context, ticket.id);
  expect(await sidebar.topRowId()).toBe(ticket.expected.rowId);

  const panel = sidebar.root.getByTestId('escalation-panel');
  await panel.getByRole('button', { name: 'Escalader au national' }).click();
  const draft = panel.getByTestId('escalation-draft');
  await expect(draft.getByLabel('Description', { exact: false })).toHaveValue(new RegExp(ticket.id));
  const formOpened = context.waitForEvent('page', (p) => p.url().includes('basedeconnaissances.sisiao.dihal.gouv.fr'));
  await draft.getByRole('button', { name: 'Ouvrir le formulaire' }).click();
  await expect(panel.getByTestId('escalation-opened')).toBeVisible();

  const form = new SupportFormPage(await formOpened);
  await expect(form.banner()).toContainText('Tous les champs attendus sont remplis', { timeout: 60_000 });
  expect(await form.state()).toMatchObject({
    firstname: 'Anne',
    lastname: 'Martin',
    email: 'anne.martin@siao75.fr',
    departement: '75 - Paris',
    sousMotif: expect.stringMatching(/extraction/i) as unknown as string,
    consentRetourEmail: true,
  });
  expect(await form.submitted()).toBe(false);
});
