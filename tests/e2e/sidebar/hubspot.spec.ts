// The first slice end to end: a HubSpot demo ticket → sidebar suggestion → Insérer into ProseMirror → next ticket updates the sidebar.
import { test, expect } from '../fixtures';
import { HubSpotDemo } from '../pages/HubSpotDemo';
import { SidebarPage } from './sidebar.page';
import { DEMO_TICKETS } from '../../fixtures/tickets/index';

const first = DEMO_TICKETS[0]!;
const second = DEMO_TICKETS[1]!;

test('ticket → suggestion → insertion in the ProseMirror state, caret after it → next ticket', async ({ context }) => {
  const page = await context.newPage();
  const crm = new HubSpotDemo(page);
  const sidebar = new SidebarPage(page);
  await crm.open(first.id);
  await sidebar.open();

  await sidebar.waitForTicket(`hubspot:${first.id}`);
  await expect(sidebar.root.getByTestId('ticket-subject')).toHaveText(first.subject);
  expect(await sidebar.topRowId()).toBe(first.expected.rowId);
  await expect(sidebar.suggestions.locator('button.ag-suggestion')).toHaveCount(3);

  // The réponse type is filled with the requester's first name.
  const firstName = first.requester.name.split(' ')[0]!;
  await expect(sidebar.templateText()).toHaveValue(new RegExp(`^Bonjour ${firstName},`));
  const template = await sidebar.templateText().inputValue();

  // The référent starts a reply, then inserts: the text lands where the caret was, in the editor's model.
  await crm.type('Note : ');
  expect(await crm.sendEnabled()).toBe(true);
  const status = await sidebar.insert();
  expect(status).toContain('insérée');
  const text = await crm.editorText();
  const firstLine = template.split('\n')[0]!;
  expect(text.startsWith(`Note : ${firstLine}`)).toBe(true);
  // Every line of the réponse type is in the document (list bullets become list items in the rich editor).
  for (const line of template.split('\n').filter((l) => l.trim())) expect(text).toContain(line.trim().replace(/^[-•]\s+/, ''));
  const lastLine = template.trim().split('\n').pop()!.trim();
  expect(await crm.caretAfter(lastLine)).toBe(true);

  // The sidebar follows the single-page app to the next ticket without a page load.
  const navigations: string[] = [];
  page.on('framenavigated', (f) => f === page.mainFrame() && navigations.push(f.url()));
  await crm.goTo(second.id);
  await sidebar.waitForTicket(`hubspot:${second.id}`);
  await expect(sidebar.root.getByTestId('ticket-subject')).toHaveText(second.subject);
  expect(await sidebar.topRowId()).toBe(second.expected.rowId);
  const reloads = navigations.filter((u) => !u.includes(second.id));
  expect(reloads).toEqual([]);
});

test('a page the adapter cannot fully read still gets the sidebar with manual classification', async ({ context }) => {
  const page = await context.newPage();
  const crm = new HubSpotDemo(page);
  const sidebar = new SidebarPage(page);
  await crm.open(first.id, { broken: true });
  await sidebar.open();
  await expect(sidebar.root.getByTestId('ticket-missing')).toContainText('Non lu sur la page');
  // Manual requalification by keyboard: type, arrow, Enter.
  await sidebar.pickerSearch().fill('mot de passe');
  await sidebar.pickerSearch().press('ArrowDown');
  await sidebar.pickerSearch().press('ArrowUp');
  await sidebar.pickerSearch().press('Enter');
  await expect(sidebar.templateText()).toHaveValue(/Bonjour/);
  await expect(sidebar.root.getByLabel('Sous-motif')).toHaveValue('acces.probleme-connexion.reinitialisation-mot-passe');
});

test('the requester’s own choice is shown and a disagreement is flagged', async ({ context }) => {
  const disagreeing = DEMO_TICKETS.find((t) => t.requesterChoice && t.note?.includes('ne correspond pas'));
  expect(disagreeing, 'the demo has a ticket whose requester choice disagrees with its text').toBeDefined();
  const page = await context.newPage();
  const crm = new HubSpotDemo(page);
  const sidebar = new SidebarPage(page);
  await crm.open(disagreeing!.id);
  await sidebar.open();
  await sidebar.waitForTicket(`hubspot:${disagreeing!.id}`);
  await expect(sidebar.root.getByTestId('requester-choice')).toContainText(disagreeing!.requesterChoice!.sousMotif);
  await expect(sidebar.root.getByTestId('disagreement')).toBeVisible();
});
