// #13 point 5: a {{saisie:…}} the ticket answers (structure) is prefilled; Insérer and Copier refuse while a fill-in is
// empty or a {{…}} mark is left, and say which; a mailbox named after an organisation is greeted « Bonjour, ».
import { test, expect } from '../fixtures';
import { SidebarPage } from './sidebar.page';
import { DEMO_TICKETS } from '../../fixtures/tickets/index';

const withFillIn = DEMO_TICKETS.find((t) => t.expected.rowId === 'acces.gestion-acces-habilitations.modification-structure')!;

test('never send what is not ready', async ({ context }) => {
  const { page, crm, sidebar } = await SidebarPage.onHubSpotTicket(context, withFillIn.id);
  await page.setViewportSize({ width: 1366, height: 768 });
  const blockers = sidebar.root.getByTestId('template-blockers');
  // « Nom de la structure » comes prefilled from the ticket (to check), and is in the text: nothing blocks.
  const structure = sidebar.root.getByLabel(/Nom de la structure/);
  await expect(structure).toHaveValue(withFillIn.structure);
  await expect(sidebar.templateText()).toHaveValue(new RegExp(`\\(${withFillIn.structure}\\)`));
  await expect(blockers).toHaveCount(0);
  await page.screenshot({ path: 'tests/e2e/screenshots/sidebar-fill-in-prefilled-1366x768.png' });
  // Emptied by the référent, it blocks.
  await structure.fill('');
  await expect(blockers).toContainText('à compléter');
  const fillName = ((await blockers.textContent()) ?? '').match(/à compléter : ([^;.]+)/)![1]!.split(',')[0]!.trim();

  // Both refuse, naming the empty fill-in; nothing reaches the editor.
  await crm.focusEditor();
  expect(await sidebar.insert()).toMatch(new RegExp(`Insertion impossible.*${fillName}`));
  await sidebar.root.getByRole('button', { name: 'Copier' }).click();
  await expect(sidebar.root.getByTestId('insert-status')).toContainText(`Copie impossible`);
  await expect(sidebar.root.getByTestId('insert-status')).toContainText(fillName);
  expect((await crm.editorText()).trim()).toBe('');

  // Filled in, the fill-in is no obstacle; a mark typed into the text is.
  for (const input of await sidebar.root.locator('.ag-answer input.ag-input').all()) await input.fill('CHRS Les Tilleuls');
  await expect(blockers).toHaveCount(0);
  const text = await sidebar.templateText().inputValue();
  await sidebar.templateText().fill(`${text}\n{{usager.prenon}}`);
  expect(await sidebar.insert()).toContain('{{usager.prenon}}');
  expect((await crm.editorText()).trim()).toBe('');

  // A mailbox named after an organisation: « Bonjour, ».
  await sidebar.root.getByRole('button', { name: 'Rétablir le modèle' }).click();
  await page.locator('[data-test-id="ticket-header-contact-detail-link"]').evaluate((a) => (a.textContent = 'Les Lilas - Accueil'));
  await expect(sidebar.templateText()).toHaveValue(/^Bonjour,/);
});
