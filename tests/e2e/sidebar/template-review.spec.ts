// A draft réponse type (« à relire »): the first insertion of the day asks for one confirmation, the next one does not.
import { test, expect } from '../fixtures';
import { SidebarPage } from './sidebar.page';
import { ExtensionMessenger } from '../escalation/pages/extension';
import { HubSpotDemo } from '../pages/HubSpotDemo';
import { DEMO_TICKETS } from '../../fixtures/tickets/index';
import bundled from '../../../assets/packs/sisiao.fr.json' with { type: 'json' };

test.describe.configure({ timeout: 120_000 });

const ticket = DEMO_TICKETS[0]!;

test('a draft template asks once before its first insertion of the day, then inserts directly', async ({ context, extensionId }) => {
  const template = bundled.templates.find((t) => t.rowIds.includes(ticket.expected.rowId))!;
  expect(template.review).toBe('à relire');
  const messenger = await ExtensionMessenger.open(context, extensionId);
  await messenger.removeLocal('templateConfirmations');
  await messenger.page.close();

  const { page, crm, sidebar } = await SidebarPage.onHubSpotTicket(context, ticket.id);
  expect(await sidebar.topRowId()).toBe(ticket.expected.rowId);
  await expect(sidebar.root.getByTestId('template-review')).toHaveAttribute('data-review', 'à relire');
  await expect(sidebar.root.getByTestId('template-review')).toContainText('à relire');
  const firstLine = (await sidebar.templateText().inputValue()).split('\n')[0]!;

  // First insertion: the confirmation shows, nothing reaches the editor; « Annuler » keeps it that way.
  await crm.type('Réponse : ');
  expect(await sidebar.insert({ confirmDraft: false })).toBe('');
  await expect(sidebar.reviewConfirm()).toContainText('brouillon « à relire »');
  await sidebar.reviewConfirm().getByRole('button', { name: 'Annuler' }).click();
  await expect(sidebar.reviewConfirm()).toHaveCount(0);
  expect(await crm.editorText()).not.toContain(firstLine);

  // Confirmed: inserted.
  expect(await sidebar.insert()).toContain('insérée');
  expect(await crm.editorText()).toContain(firstLine);

  // Same template, same day, after a reload: no question asked.
  await page.reload();
  const again = new SidebarPage(page);
  await new HubSpotDemo(page).waitForTicket(ticket.id);
  await again.open();
  await again.waitForTicket(`hubspot:${ticket.id}`);
  await again.root.getByTestId('insert').click();
  await expect(again.root.getByTestId('insert-status')).toContainText('insérée');
  await expect(again.reviewConfirm()).toHaveCount(0);
});
