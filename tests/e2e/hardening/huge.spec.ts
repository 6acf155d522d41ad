// Huge pages: a HubSpot ticket with a 1 MB, 500-message thread still opens the sidebar with suggestions within a bound.
import { test, expect } from '../fixtures';
import { SidebarPage } from '../sidebar/sidebar.page';

/** Generous bound for a loaded, shared CI machine; the bench (scripts/bench/hardening.ts) holds the 1000 ms target. */
const BOUND_MS = 8_000;

test('a 1 MB, 500-message ticket opens the sidebar and shows suggestions within the bound', async ({ context }) => {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('https://app.hubspot.com/huge/?id=7001');
  const size = await page.evaluate(() => ({
    messages: document.querySelectorAll('[data-test-id="primary-message-body-content"]').length,
    bytes: Number(document.documentElement.getAttribute('data-huge-bytes')),
  }));
  expect(size.messages).toBe(500);
  expect(size.bytes).toBeGreaterThanOrEqual(1024 * 1024);

  const sidebar = new SidebarPage(page);
  const start = Date.now();
  await sidebar.open();
  await sidebar.waitForTicket('hubspot:7001');
  await expect(sidebar.suggestion(0)).toBeVisible();
  const elapsed = Date.now() - start;
  expect(elapsed).toBeLessThan(BOUND_MS);
  // The first message is the requester's, read in full: the classifier sees a connection problem.
  expect(await sidebar.topRowId()).toMatch(/^acces\./);
  await expect(sidebar.root.getByTestId('ticket-subject')).toContainText('Problème de connexion');
  expect(await page.locator('[data-aiguilleur-host]').count()).toBe(1);
  expect(errors).toEqual([]);
});
