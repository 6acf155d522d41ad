// #13 points 3 and 5, at 1366×768: a reply typed without a template and sent with the CRM's own « Envoyer » is logged
// (« en cours »), its « Fermer le ticket » logs it « Résolu : oui » (HubSpot; Freshdesk's and Zendesk's send too); the internal note
// goes to the composer's « Commentaire » tab, never into the e-mail.
import { test, expect } from '../fixtures';
import { SidebarPage } from './sidebar.page';
import { SuiviPage } from '../tracking/pages/SuiviPage';
import type { BrowserContext, Locator, Page } from '@playwright/test';
import { FreshdeskDemo } from '../pages/FreshdeskDemo';
import { ZendeskDemo } from '../pages/ZendeskDemo';
import { ExtensionMessenger } from '../escalation/pages/extension';
import { DEMO_TICKETS } from '../../fixtures/tickets/index';

test.describe.configure({ timeout: 120_000 });

const LAPTOP = { width: 1366, height: 768 };
// A ticket no other spec answers: its memory (logged, status) starts empty in a shared browser.
const ticket = DEMO_TICKETS.find((t) => t.expected.rowId === 'gestion.gestion-menage.ajout-retrait-personne-menage')!;
const niveau2 = DEMO_TICKETS.find((t) => t.expected.rowId === 'donnees.erreur-dans-resultats-extraction')!;

/** Escalates the open niveau 2 ticket (the référent's profile set first) and closes the support form it opens. */
async function escalate(context: BrowserContext, extensionId: string, sidebar: SidebarPage): Promise<Locator> {
  const messenger = await ExtensionMessenger.open(context, extensionId);
  await messenger.setSettings({
    profil: { prenom: 'Anne', nom: 'Martin', email: 'anne.martin@siao75.fr', siao: 'SIAO 75', departement: '75', profil: 'Référent SI SIAO', signature: 'Anne Martin\nSIAO 75' },
  });
  await messenger.page.close();
  const panel = sidebar.root.getByTestId('escalation-panel');
  await panel.getByRole('button', { name: 'Escalader au national' }).click();
  const formOpened = context.waitForEvent('page', (p) => p.url().includes('basedeconnaissances.sisiao.dihal.gouv.fr'));
  await panel.getByTestId('escalation-draft').getByRole('button', { name: 'Ouvrir le formulaire' }).click();
  await (await formOpened).close();
  return panel;
}

test('HubSpot: a reply typed by hand and sent is logged « en cours »; closing the ticket logs « Résolu : oui »', async ({ context, extensionId }) => {
  const suivi = await SuiviPage.open(context, extensionId);
  await suivi.clearAll();

  const { page, crm, sidebar } = await SidebarPage.onHubSpotTicket(context, ticket.id);
  await page.setViewportSize(LAPTOP);
  await sidebar.waitForTicket(`hubspot:${ticket.id}`);
  await crm.type('Bonjour, je fusionne les deux fiches ce matin.');
  await crm.send();
  await expect.poll(async () => (await crm.sent()).length).toBe(1);
  await expect(sidebar.root.getByTestId('logged-status')).toHaveText('en cours');
  await suivi.page.reload();
  await expect(suivi.historyRows).toHaveCount(1);
  await expect(suivi.historyRows.first()).toContainText('En cours');

  await page.locator('[data-test-id="ticket-close-button"]').click();
  await expect(sidebar.root.getByTestId('logged-status')).toHaveText('oui');
  await suivi.page.reload();
  await expect(suivi.historyRows).toHaveCount(1);
  await expect(suivi.historyRows.first()).toContainText('Oui');
});

for (const desk of [
  { name: 'Freshdesk', source: 'freshdesk', make: (p: Page) => new FreshdeskDemo(p) },
  { name: 'Zendesk', source: 'zendesk', make: (p: Page) => new ZendeskDemo(p) },
]) {
  test(`${desk.name}: a reply typed by hand and sent with the CRM's own button is logged`, async ({ context, extensionId }) => {
    const suivi = await SuiviPage.open(context, extensionId);
    await suivi.clearAll();
    const page = await context.newPage();
    await page.setViewportSize(LAPTOP);
    const crm = desk.make(page);
    const sidebar = new SidebarPage(page);
    await crm.open(ticket.id);
    await sidebar.open();
    await sidebar.waitForTicket(`${desk.source}:${ticket.id}`);
    await crm.type('Bonjour, c’est fait.');
    await crm.send();
    await expect(sidebar.root.getByTestId('logged-status')).toHaveText('en cours');
    await suivi.page.reload();
    await expect(suivi.historyRows).toHaveCount(1);
  });
}

test('the internal note goes to the « Commentaire » tab, never into the e-mail', async ({ context, extensionId }) => {
  const { page, crm, sidebar } = await SidebarPage.onHubSpotTicket(context, niveau2.id);
  await page.setViewportSize(LAPTOP);
  // An e-mail draft is under way: the note must not touch it.
  await crm.type('Brouillon pour le demandeur');
  const panel = await escalate(context, extensionId, sidebar);
  await panel.getByRole('button', { name: 'Insérer la note interne' }).click();

  await expect(sidebar.root.getByTestId('note-status')).toContainText('onglet « Commentaire »');
  expect(await page.evaluate(() => window.__demo!.composerMode!())).toBe('comment');
  await expect.poll(() => crm.editorText()).toContain('Escaladé à l’assistance nationale'.replace('’', "'"));
  expect(await crm.editorText()).not.toContain('Brouillon pour le demandeur');
  await page.screenshot({ path: 'tests/e2e/screenshots/sidebar-internal-note-1366x768.png' });

  // Back on « E-mail », the requester's draft is intact and holds no note.
  await page.locator('[data-test-id="composer-tab-email"]').click();
  await expect.poll(() => crm.editorText()).toBe('Brouillon pour le demandeur');
});

test('where the CRM has no comment tab Aiguilleur can open, the note is refused in French, copied, never put in the reply', async ({ context, extensionId }) => {
  const page = await context.newPage();
  await page.setViewportSize(LAPTOP);
  const crm = new FreshdeskDemo(page);
  const sidebar = new SidebarPage(page);
  await crm.open(niveau2.id);
  await sidebar.open();
  await sidebar.waitForTicket(`freshdesk:${niveau2.id}`);
  const panel = await escalate(context, extensionId, sidebar);
  await panel.getByRole('button', { name: 'Insérer la note interne' }).click();
  await expect(sidebar.root.getByTestId('note-status')).toContainText('ne sait pas ouvrir l’onglet de commentaire interne');
  expect((await crm.editorText()).trim()).toBe('');
});
