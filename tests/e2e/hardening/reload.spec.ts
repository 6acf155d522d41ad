// Extension reload with a CRM tab open: the old content script stops cleanly and the re-injected one takes over, once.
import type { BrowserContext } from '@playwright/test';
import { test, expect } from '../fixtures';
import { SidebarPage } from '../sidebar/sidebar.page';
import { HubSpotDemo } from '../pages/HubSpotDemo';
import { DEMO_TICKETS } from '../../fixtures/tickets/index';

/** The extension API seen by the evaluated function (it runs in the service worker). */
declare const chrome: { runtime: { reload(): void } };

interface DeveloperPrivate {
  updateProfileConfiguration(cfg: { inDeveloperMode: boolean }): Promise<void>;
}

/** Chromium disables a reloaded unpacked extension unless developer mode is on (as it is for a developer or an updated install). */
async function enableDeveloperMode(context: BrowserContext): Promise<void> {
  const page = await context.newPage();
  await page.goto('chrome://extensions/');
  await page.evaluate(() =>
    (globalThis as unknown as { chrome: { developerPrivate: DeveloperPrivate } }).chrome.developerPrivate.updateProfileConfiguration({ inDeveloperMode: true }),
  );
  await page.close();
}

test('reloading the extension removes the old sidebar and the new content script takes over', async ({ context }) => {
  test.setTimeout(90_000);
  await enableDeveloperMode(context);
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error' || /context invalidated/i.test(m.text())) problems.push(`console.${m.type()}: ${m.text()}`);
  });
  const demo = new HubSpotDemo(page);
  await demo.open();
  const sidebar = new SidebarPage(page);
  await sidebar.open();
  await sidebar.waitForTicket(`hubspot:${DEMO_TICKETS[0]!.id}`);
  await expect(page.locator('[data-aiguilleur-host]')).toHaveCount(1);

  const [oldWorker] = context.serviceWorkers();
  expect(oldWorker).toBeTruthy();
  // Mark the old UI, then reload the extension (the call ends with the worker it runs in).
  await page.locator('[data-aiguilleur-host]').evaluate((h) => h.setAttribute('data-test-old', ''));
  const newWorker = context.waitForEvent('serviceworker', { predicate: (w) => w !== oldWorker, timeout: 30_000 });
  await oldWorker!.evaluate(() => chrome.runtime.reload()).catch(() => {});
  await newWorker;

  // The new content script is injected (onInstalled 'update') and the old UI is gone: exactly one host, freshly mounted.
  await expect(page.locator('[data-aiguilleur-host][data-test-old]')).toHaveCount(0, { timeout: 30_000 });
  await expect(page.locator('[data-aiguilleur-host]')).toHaveCount(1);
  await expect(sidebar.launcher).toHaveCount(1);
  // Still working: open it (the new instance starts closed) and get suggestions for the open ticket.
  await sidebar.open();
  await sidebar.waitForTicket(`hubspot:${DEMO_TICKETS[0]!.id}`);
  await expect(sidebar.suggestion(0)).toBeVisible();
  // And it follows client-side navigation.
  const other = DEMO_TICKETS[1]!.id;
  await demo.goTo(other);
  await sidebar.waitForTicket(`hubspot:${other}`);
  await expect(page.locator('[data-aiguilleur-host]')).toHaveCount(1);
  // Interacting with the page after the reload wakes no orphaned listener.
  await page.mouse.click(5, 5);
  await page.keyboard.press('Escape');
  // An orphaned listener throws while the events are dispatched: one task round trip in the page is enough to see it.
  await page.evaluate(() => new Promise((ok) => setTimeout(ok, 0)));
  expect(problems).toEqual([]);
});
