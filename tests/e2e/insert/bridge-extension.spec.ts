// E2E on the built extension: the content script injects the main-world bridge (page-bridge.js) and insertions go through it.
import { test, expect } from '../fixtures';
import { HubSpotDemo } from '../pages/HubSpotDemo';
import { SidebarPage } from '../sidebar/sidebar.page';
import { DEMO_TICKETS } from '../../fixtures/tickets/index';

test.describe.configure({ timeout: 120_000 });

test('the sidebar inserts through the main-world bridge of the extension', async ({ context }) => {
  const ticket = DEMO_TICKETS[0]!;
  const page = await context.newPage();
  const crm = new HubSpotDemo(page);
  const sidebar = new SidebarPage(page);
  await crm.open(ticket.id);
  await sidebar.open();
  await sidebar.waitForTicket(`hubspot:${ticket.id}`);

  // The bridge script comes from the extension (allowed by the page's CSP) and stays in the DOM.
  await expect(page.locator('script[src$="/page-bridge.js"]')).toHaveCount(1);
  expect(await page.locator('script[src$="/page-bridge.js"]').getAttribute('src')).toMatch(/^chrome-extension:\/\//);

  // A main-world listener records the bridge's answers: only the main-world side emits them.
  await page.evaluate(() => {
    const w = window as unknown as { __bridgeAnswers: string[] };
    w.__bridgeAnswers = [];
    document.addEventListener('aiguilleur:insert-response', (e) => w.__bridgeAnswers.push(String((e as CustomEvent).detail)));
  });
  await crm.type('Note : ');
  const status = await sidebar.insert();
  expect(status).toContain('insérée');
  const answers = await page.evaluate(() => (window as unknown as { __bridgeAnswers: string[] }).__bridgeAnswers);
  expect(answers).toHaveLength(1);
  const answer = JSON.parse(answers[0]!) as { result: { ok: boolean; method: string; verified: boolean } };
  expect(answer.result).toMatchObject({ ok: true, method: 'prosemirror', verified: true });
});
