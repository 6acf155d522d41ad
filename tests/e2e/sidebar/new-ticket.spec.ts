// #13 point 4: on a new ticket the sidebar is back at the top, announces the ticket (aria-live) and shows only its own state.
import { test, expect } from '../fixtures';
import { SidebarPage } from './sidebar.page';
import { DEMO_TICKETS } from '../../fixtures/tickets/index';

const first = DEMO_TICKETS[0]!;
const second = DEMO_TICKETS.find((t) => t.expected.rowId !== first.expected.rowId)!;

test('a new ticket starts clean: top of the sidebar, announced, no stale suggestion', async ({ context }) => {
  const { page, crm, sidebar } = await SidebarPage.onHubSpotTicket(context, first.id);
  await page.setViewportSize({ width: 1366, height: 768 });
  const body = sidebar.root.locator('.ag-sidebar__body');
  await body.evaluate((el) => el.scrollTo({ top: el.scrollHeight }));
  await expect.poll(() => body.evaluate((el) => el.scrollTop)).toBeGreaterThan(100);

  // Every suggestion on screen belongs to the ticket shown, from the first frame of the new ticket on.
  await page.evaluate((oldKey) => {
    const w = window as unknown as { __stale: number };
    w.__stale = 0;
    const host = document.querySelector('[data-aiguilleur-host]')!;
    new MutationObserver(() => {
      const list = host.shadowRoot!.querySelector('[data-testid="suggestions"]');
      if (list?.getAttribute('data-ticket-key') === oldKey && !location.pathname.includes(oldKey.split(':')[1]!)) w.__stale++;
    }).observe(host.shadowRoot!, { subtree: true, childList: true, attributes: true });
  }, `hubspot:${first.id}`);

  await crm.goTo(second.id);
  await sidebar.waitForTicket(`hubspot:${second.id}`);
  await expect(sidebar.root.getByTestId('ticket-announce')).toContainText(`Nouveau ticket n° ${second.id}`);
  await expect(sidebar.root.getByTestId('ticket-announce')).toHaveAttribute('aria-live', 'polite');
  await expect.poll(() => body.evaluate((el) => el.scrollTop)).toBe(0);
  expect(await sidebar.topRowId()).toBe(second.expected.rowId);
  await expect(sidebar.root.locator(`[data-testid="suggestions"][data-ticket-key="hubspot:${first.id}"]`)).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { __stale: number }).__stale)).toBe(0);
});
