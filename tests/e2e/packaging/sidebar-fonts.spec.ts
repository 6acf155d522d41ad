// The sidebar's Marianne files are web-accessible from the CRM page and load as a font there; no other site, nor the fixed id, reaches them.
import { test, expect } from '../fixtures';
import type { Page } from '@playwright/test';
import { HubSpotDemo } from '../pages/HubSpotDemo';
import { SIDEBAR_FONT_FACES, SIDEBAR_FONTS_STYLE_ID } from '../../../components/sidebar-fonts';

/** The font URLs the content script declared in the page (runtime.getURL: Chrome's per-session id with use_dynamic_url). */
async function declaredFontUrls(page: Page): Promise<string[]> {
  const style = page.locator(`style#${SIDEBAR_FONTS_STYLE_ID}`);
  await style.waitFor({ state: 'attached' });
  const css = (await style.textContent()) ?? '';
  return [...css.matchAll(/url\("([^"]+)"\)/g)].map((m) => m[1]!);
}

async function fetchStatus(page: Page, url: string): Promise<number | 'refusé'> {
  return page.evaluate(async (u) => {
    try {
      return (await fetch(u)).status;
    } catch {
      return 'refusé' as const;
    }
  }, url);
}

test('les polices Marianne de la barre se chargent depuis une page HubSpot', async ({ context, fixtureServer }) => {
  void fixtureServer;
  const page = await context.newPage();
  await new HubSpotDemo(page).openLanding();
  const urls = await declaredFontUrls(page);
  expect(urls).toHaveLength(SIDEBAR_FONT_FACES.length);
  const loaded = await page.evaluate(async () => {
    const faces = await Promise.all(
      ['normal 400', 'italic 400', 'normal 500', 'normal 700'].map((v) => {
        const [style, weight] = v.split(' ');
        return document.fonts.load(`${style} ${weight} 16px "Marianne Aiguilleur"`);
      }),
    );
    return faces.flat().map((f) => `${f.style} ${f.weight} ${f.status}`);
  });
  expect(new Set(loaded)).toEqual(new Set(SIDEBAR_FONT_FACES.map((f) => `${f.style} ${f.weight} loaded`)));
});

test('les fichiers accessibles ne le sont que sous l’identifiant de session, et pas depuis un autre site', async ({ context, extensionId, fixtureServer }) => {
  void fixtureServer;
  const page = await context.newPage();
  await new HubSpotDemo(page).openLanding();
  const [fontUrl] = await declaredFontUrls(page);
  const bridgeUrl = await page.locator('script[src$="/page-bridge.js"]').getAttribute('src');
  expect(await fetchStatus(page, fontUrl!)).toBe(200);
  // use_dynamic_url: the extension's fixed id does not serve them, so a page cannot tell the extension is installed.
  expect(new URL(fontUrl!).host).not.toBe(extensionId);
  expect(await fetchStatus(page, `chrome-extension://${extensionId}/${SIDEBAR_FONT_FACES[0]!.path}`)).toBe('refusé');
  // A site outside the help desks and the knowledge base gets nothing, even with the session's URLs.
  const other = await context.newPage();
  await other.goto('https://editors.test/');
  expect(await fetchStatus(other, fontUrl!)).toBe('refusé');
  expect(await fetchStatus(other, bridgeUrl!)).toBe('refusé');
});

test('une page sans droit d’accès ne voit pas les autres fichiers de l’extension', async ({ context, extensionId, fixtureServer }) => {
  void fixtureServer;
  const page = await context.newPage();
  await page.goto('https://app.hubspot.com/');
  const status = await page.evaluate(async (url) => {
    try {
      return (await fetch(url)).status;
    } catch {
      return 'refusé';
    }
  }, `chrome-extension://${extensionId}/fonts/Spectral-Regular.woff2`);
  expect(status).toBe('refusé');
});
