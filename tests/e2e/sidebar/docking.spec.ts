// #13 point 2, at 1366×768 on the HubSpot demo (fixed top bar, right-hand properties): the sidebar docks, the page is
// pushed aside and stays usable; the width is dragged and remembered; folded, only a narrow rail remains.
import { test, expect } from '../fixtures';
import type { Page } from '@playwright/test';
import { SidebarPage } from './sidebar.page';
import { expectReachable } from '../pages/visibility';
import { DEMO_TICKETS } from '../../fixtures/tickets/index';

const LAPTOP = { width: 1366, height: 768 };
const first = DEMO_TICKETS[0]!;

const pageWidth = (page: Page) => page.evaluate(() => document.documentElement.getBoundingClientRect().width);
const sidebarBox = async (sidebar: SidebarPage) => (await sidebar.root.boundingBox())!;

test('the CRM stays whole beside the docked sidebar; width dragged and remembered; rail when folded', async ({ context }) => {
  const { page, crm, sidebar } = await SidebarPage.onHubSpotTicket(context, first.id);
  await page.setViewportSize(LAPTOP);

  // The page's layout width shrinks by the rail and the sidebar: nothing of it is under the sidebar.
  const box = await sidebarBox(sidebar);
  await expect.poll(() => pageWidth(page)).toBeLessThanOrEqual(box.x + 1);

  const targets = {
    sujet: crm.subject(),
    message: page.locator('[data-test-id="primary-message-body-content"]').first(),
    éditeur: crm.editor(),
    envoyer: crm.sendButton(),
    propriétés: page.locator('[data-test-id="ticket-properties"] [data-selenium-test="property-input-hs_pipeline_stage"]'),
    'menu du compte': page.locator('[data-test-id="account-menu"]'),
  };
  for (const [name, locator] of Object.entries(targets)) {
    // The message may run below the fold; everything else is wholly visible.
    await expectReachable(locator, name, { partly: name === 'message' });
  }
  // A real click reaches the composer, and the send button works once there is text.
  await crm.type('Bonjour');
  await expect(crm.sendButton()).toBeEnabled();

  // Dragging the left edge widens the sidebar, the page follows, and the width survives a reload.
  const handle = sidebar.root.getByTestId('resize-handle');
  const h = (await handle.boundingBox())!;
  await page.mouse.move(h.x + h.width / 2, h.y + 200);
  await page.mouse.down();
  await page.mouse.move(h.x + h.width / 2 - 80, h.y + 200, { steps: 4 });
  await page.mouse.up();
  await expect.poll(async () => (await sidebarBox(sidebar)).width).toBeGreaterThan(box.width + 60);
  const widened = (await sidebarBox(sidebar)).width;
  await expect.poll(() => pageWidth(page)).toBeLessThanOrEqual(LAPTOP.width - widened - 30);
  await page.screenshot({ path: 'tests/e2e/screenshots/sidebar-docked-wide-1366x768.png' });

  // The width is saved once the drag settles: wait for it to be stored, then load the ticket again.
  await expect.poll(async () => Math.round((await sidebar.storedWidth()) ?? 0)).toBe(Math.round(widened));
  await crm.open(first.id);
  await sidebar.root.waitFor();
  await expect.poll(async () => Math.round((await sidebarBox(sidebar)).width)).toBe(Math.round(widened));

  // Folded: a narrow rail only, the page takes the rest.
  await sidebar.close();
  const rail = (await page.getByTestId('rail').boundingBox())!;
  expect(rail.width).toBeLessThanOrEqual(40);
  await expect.poll(() => pageWidth(page)).toBe(LAPTOP.width - rail.width);
  await page.screenshot({ path: 'tests/e2e/screenshots/sidebar-folded-1366x768.png' });

  // Back to the default width for the other tests.
  await sidebar.open();
  await handle.focus();
  for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight');
  await expect.poll(async () => (await sidebarBox(sidebar)).width).toBeLessThan(widened - 60);
});
