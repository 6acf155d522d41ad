// #13 point 3: Insérer logs the request at once (« en cours », template, time so far); leaving the ticket without another
// click keeps it in Suivi and lists it as pending at the top of the sidebar; « Résolu » only updates it; time accumulates.
import { test, expect } from '../fixtures';
import { SidebarPage } from './sidebar.page';
import { SuiviPage } from '../tracking/pages/SuiviPage';
import { DEMO_TICKETS } from '../../fixtures/tickets/index';

test.describe.configure({ timeout: 120_000 });

const ticket = DEMO_TICKETS.find((t) => t.expected.rowId === 'gestion.gestion-menage.fusion-personnes')!;
const next = DEMO_TICKETS.find((t) => t.id !== ticket.id)!;

/** Seconds shown by the sidebar's timer (mm:ss or h:mm:ss). */
async function timerSeconds(sidebar: SidebarPage): Promise<number> {
  const text = (await sidebar.root.getByRole('timer').textContent()) ?? '';
  return text.split(':').map(Number).reduce((acc, n) => acc * 60 + n, 0);
}

test('a ticket answered with Insérer then left without any other click is on the Suivi page', async ({ context, extensionId }) => {
  const suivi = await SuiviPage.open(context, extensionId);
  await suivi.clearAll();

  const { page, crm, sidebar } = await SidebarPage.onHubSpotTicket(context, ticket.id);
  await page.setViewportSize({ width: 1366, height: 768 });
  await crm.focusEditor();
  await sidebar.insert();
  // Logged at once, « en cours ».
  await expect(sidebar.root.getByTestId('logged-status')).toHaveText('en cours');

  // Time accumulates across a reload of the same ticket.
  await expect.poll(() => timerSeconds(sidebar), { timeout: 15_000 }).toBeGreaterThanOrEqual(2);
  const before = await timerSeconds(sidebar);
  await crm.open(ticket.id);
  await sidebar.waitForTicket(`hubspot:${ticket.id}`);
  await expect.poll(() => timerSeconds(sidebar)).toBeGreaterThanOrEqual(before);
  await expect(sidebar.root.getByTestId('logged-status')).toHaveText('en cours');

  // Leave for another ticket without any other click.
  await crm.goTo(next.id);
  await sidebar.waitForTicket(`hubspot:${next.id}`);
  // (Other tests of the run may have left their own tickets pending.)
  const pendingList = sidebar.root.getByTestId('pending-tickets');
  await expect(pendingList).toContainText('À confirmer');
  await pendingList.locator("summary").click();
  const pending = sidebar.root.locator(`[data-testid="pending-ticket"][data-ticket-key="hubspot:${ticket.id}"]`);
  await expect(pending).toHaveCount(1);
  await expect(pending).toContainText(ticket.id);
  await page.screenshot({ path: 'tests/e2e/screenshots/sidebar-pending-1366x768.png' });

  await suivi.page.reload();
  await expect(suivi.historyRows).toHaveCount(1);
  await expect(suivi.historyRows.first()).toContainText('Fusion des personnes');
  await expect(suivi.historyRows.first()).toContainText('En cours');
  // The Suivi page lists it first, « À confirmer ».
  const suiviPending = suivi.page.getByTestId('suivi-pending');
  await expect(suiviPending.locator(`[data-testid="pending-ticket"][data-ticket-key="hubspot:${ticket.id}"]`)).toContainText(ticket.id);
  const beforeResults = await suiviPending.evaluate((el) => Boolean(el.compareDocumentPosition(document.getElementById('resultats')!) & Node.DOCUMENT_POSITION_FOLLOWING));
  expect(beforeResults, '« À confirmer » avant les résultats').toBe(true);
  await suivi.page.setViewportSize({ width: 1366, height: 768 });
  // The reload keeps the previous scroll position: show the top of the page, where « À confirmer » is.
  await suivi.page.evaluate(() => window.scrollTo(0, 0));
  await expect(suiviPending).toBeInViewport();
  await suivi.page.screenshot({ path: 'tests/e2e/screenshots/suivi-pending-1366x768.png' });

  // « Résolu : oui » from the pending list only updates the same row.
  await pending.getByRole('button', { name: 'Résolu : oui' }).click();
  await expect(pending).toHaveCount(0);
  await suivi.page.reload();
  await expect(suivi.historyRows).toHaveCount(1);
  await expect(suivi.historyRows.first()).toContainText('Oui');
  await expect(suivi.page.locator(`[data-testid="pending-ticket"][data-ticket-key="hubspot:${ticket.id}"]`)).toHaveCount(0);
});
