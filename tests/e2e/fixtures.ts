// The one Playwright fixture: Debian Chromium with the built extension, pointed at the local fixture sites.
import { test as base, chromium, type BrowserContext, type Worker } from '@playwright/test';
import { resolve } from 'node:path';
import { existsSync } from 'node:fs';
import { startFixtureServer, type FixtureServer } from '../../scripts/fixture-server';
import { chromiumPath, BASE_CHROMIUM_ARGS, extensionArgs } from '../../scripts/chromium';

export const EXTENSION_DIR = resolve(process.env.AIGUILLEUR_OUT_DIR || '.output', 'chrome-mv3');

interface WorkerFixtures {
  fixtureServer: FixtureServer;
  extensionContext: BrowserContext;
  extensionId: string;
}

export const test = base.extend<{ context: BrowserContext }, WorkerFixtures>({
  fixtureServer: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const server = await startFixtureServer();
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ],
  extensionContext: [
    async ({ fixtureServer }, use) => {
      if (!existsSync(resolve(EXTENSION_DIR, 'manifest.json'))) {
        throw new Error(`Extension non construite : lancez « npm run build » (attendu : ${EXTENSION_DIR}).`);
      }
      const context = await chromium.launchPersistentContext('', {
        executablePath: chromiumPath(),
        headless: true,
        args: [...BASE_CHROMIUM_ARGS, ...extensionArgs(EXTENSION_DIR), ...fixtureServer.chromiumArgs],
      });
      await use(context);
      await context.close();
    },
    { scope: 'worker' },
  ],
  extensionId: [
    async ({ extensionContext }, use) => {
      let [worker]: Worker[] = extensionContext.serviceWorkers();
      worker ??= await extensionContext.waitForEvent('serviceworker');
      await use(new URL(worker.url()).host);
    },
    { scope: 'worker' },
  ],
  // Every test gets the shared context; pages it opens are closed after it.
  context: async ({ extensionContext }, use) => {
    await use(extensionContext);
    for (const p of extensionContext.pages()) await p.close().catch(() => {});
    // Each test starts with the sidebar closed (it remembers being open across page loads).
    const [worker] = extensionContext.serviceWorkers();
    await worker
      ?.evaluate(() => (globalThis as unknown as { chrome: { storage: { local: { remove(k: string): Promise<void> } } } }).chrome.storage.local.remove('sidebarOpen'))
      .catch(() => {});
  },
});

export const expect = test.expect;
