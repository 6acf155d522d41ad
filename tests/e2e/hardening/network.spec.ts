// Privacy: every request made during a full session stays on the extension or the CRM page's own host — ticket content goes nowhere.
import { test, expect } from '../fixtures';
import { HubSpotDemo } from '../pages/HubSpotDemo';
import { SidebarPage } from '../sidebar/sidebar.page';
import { DEMO_TICKETS } from '../../fixtures/tickets/index';

const LOCAL_SCHEMES = new Set(['chrome-extension:', 'data:', 'blob:']);

test('a full session makes no request outside the extension and the CRM page', async ({ context, extensionId }) => {
  const requests: { url: string; fromWorker: boolean; page: string }[] = [];
  context.on('request', (r) => {
    const frame = (() => {
      try {
        return r.frame().url();
      } catch {
        return '';
      }
    })();
    requests.push({ url: r.url(), fromWorker: Boolean(r.serviceWorker()), page: frame });
  });

  const page = await context.newPage();
  const crm = new HubSpotDemo(page);
  const sidebar = new SidebarPage(page);
  await crm.open(DEMO_TICKETS[0]!.id);
  await sidebar.open();
  await sidebar.waitForTicket(`hubspot:${DEMO_TICKETS[0]!.id}`);
  await crm.focusEditor();
  await sidebar.insert();
  for (const t of DEMO_TICKETS.slice(1, 4)) {
    await crm.goTo(t.id);
    await sidebar.waitForTicket(`hubspot:${t.id}`);
  }
  for (const p of ['options.html', 'suivi.html', 'popup.html']) {
    const ext = await context.newPage();
    await ext.goto(`chrome-extension://${extensionId}/${p}`);
    await ext.waitForLoadState('networkidle');
    await ext.close();
  }

  expect(requests.length).toBeGreaterThan(0);
  const outside = requests.filter((r) => {
    const u = new URL(r.url);
    if (LOCAL_SCHEMES.has(u.protocol)) return false;
    // The CRM page loads its own resources from its own host; nothing else may be reached.
    return !(u.host === 'app.hubspot.com' && !r.fromWorker);
  });
  expect(outside).toEqual([]);
});
