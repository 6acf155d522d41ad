// The escalation draft keeps the ticket's polarity: « mes collègues, eux, y arrivent » → non; « le SIAO voisin a le même bug » → oui.
import { test, expect } from '../fixtures';
import { SidebarPage } from './sidebar.page';
import { ExtensionMessenger } from '../escalation/pages/extension';
import { SupportFormPage } from '../escalation/pages/support-form';
import { DEMO_TICKETS } from '../../fixtures/tickets/index';

test.describe.configure({ timeout: 120_000 });

const CASES = [
  { id: '31000026', others: 'non, d’après le demandeur', cache: 'non, pas encore fait' },
  { id: '31000027', others: 'oui, d’après le demandeur', cache: 'oui, fait par le demandeur' },
];

for (const c of CASES) {
  test(`ticket ${c.id}: the prefilled escalation says « ${c.others} » / « ${c.cache} »`, async ({ context, extensionId }) => {
    const ticket = DEMO_TICKETS.find((t) => t.id === c.id)!;
    const messenger = await ExtensionMessenger.open(context, extensionId);
    await messenger.setSettings({
      profil: { prenom: 'Anne', nom: 'Martin', email: 'anne.martin@siao75.fr', siao: 'SIAO 75', departement: '75', profil: 'Référent SI SIAO', signature: 'Anne Martin' },
    });
    await messenger.page.close();

    const { sidebar } = await SidebarPage.onHubSpotTicket(context, ticket.id);
    expect(await sidebar.topRowId()).toBe(ticket.expected.rowId);
    const panel = sidebar.root.getByTestId('escalation-panel');
    await panel.getByRole('button', { name: 'Escalader au national' }).click();
    const description = panel.getByTestId('escalation-draft').getByLabel('Description', { exact: false });
    await expect(description).toHaveValue(new RegExp(`Présence de l’incident chez d’autres utilisateurs : ${c.others}`));
    await expect(description).toHaveValue(new RegExp(`Vidage des caches du navigateur : ${c.cache}`));

    const formOpened = context.waitForEvent('page', (p) => p.url().includes('basedeconnaissances.sisiao.dihal.gouv.fr'));
    await panel.getByTestId('escalation-draft').getByRole('button', { name: 'Ouvrir le formulaire' }).click();
    const form = new SupportFormPage(await formOpened);
    await expect(form.banner()).toContainText('Tous les champs attendus sont remplis', { timeout: 60_000 });
    const state = await form.state();
    expect(state?.description).toContain(`Présence de l’incident chez d’autres utilisateurs : ${c.others}`);
    expect(state?.description).toContain(`Vidage des caches du navigateur : ${c.cache}`);
    expect(await form.submitted()).toBe(false);
  });
}
