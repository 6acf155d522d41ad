// Suivi without a spreadsheet: handle a demo ticket (insert the réponse type) → confirm the proposed log entry → the row is in Suivi.
import { test, expect } from '../fixtures';
import { SidebarPage } from './sidebar.page';
import { SuiviPage } from '../tracking/pages/SuiviPage';
import { DEMO_TICKETS } from '../../fixtures/tickets/index';

test.describe.configure({ timeout: 120_000 });

const ticket = DEMO_TICKETS.find((t) => t.expected.rowId === 'gestion.gestion-menage.fusion-personnes')!;

test('handling a demo ticket logs one row that appears in Suivi', async ({ context, extensionId }) => {
  const suivi = await SuiviPage.open(context, extensionId);
  await suivi.clearAll();

  const { crm, sidebar } = await SidebarPage.onHubSpotTicket(context, ticket.id);
  await crm.focusEditor();
  await sidebar.insert();

  const group = sidebar.root.getByRole('group', { name: 'Enregistrer la sollicitation' });
  await group.getByRole('button', { name: 'Résolu : oui' }).click();
  await expect(sidebar.root.getByTestId('solicitation-panel')).toContainText(/enregistr/i);

  await suivi.page.reload();
  await expect(suivi.historyRows).toHaveCount(1);
  const row = suivi.historyRows.first();
  await expect(row).toContainText('Fusion des personnes');
  await expect(row).toContainText(ticket.structure);
  await expect(row.getByRole('link', { name: `ticket n° ${ticket.id}` })).toHaveAttribute('href', new RegExp(`${ticket.id}`));
  await suivi.page.getByRole('button', { name: 'Ce mois-ci' }).click();
  // A form ticket is outside the survey's default scope (téléphone + e-mail): it shows in its own block, and in « Tout ».
  await expect(suivi.page.getByTestId('tickets-block')).toContainText('Tickets du formulaire (1)');
  await suivi.page.getByLabel('Tout (tickets compris)').check();
  await expect(suivi.survey).toHaveValue(/Nombre de sollicitations reçues \(total\) : 1\b/);
  await expect(suivi.survey).toHaveValue(/Fusion des personnes/);

  // « Tout supprimer » also empties the sidebar's ticket memory: the open ticket no longer shows as logged, and its next
  // insertion is logged again.
  await suivi.clearAll();
  await expect(group).toBeHidden();
  await crm.focusEditor();
  await sidebar.insert();
  await expect(group.getByTestId('logged-status')).toHaveText('en cours');
  await suivi.page.reload();
  await expect(suivi.historyRows).toHaveCount(1);
});
