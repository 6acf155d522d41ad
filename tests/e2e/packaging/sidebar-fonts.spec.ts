// The sidebar's Marianne files are web-accessible from the CRM page and load as a font there (the shadow root relies on it).
import { test, expect } from '../fixtures';
import { SIDEBAR_FONT_FACES, sidebarFontCss } from '../../../components/sidebar-fonts';

test('les polices Marianne de la barre se chargent depuis une page HubSpot', async ({ context, extensionId, fixtureServer }) => {
  void fixtureServer;
  const page = await context.newPage();
  await page.goto('https://app.hubspot.com/');
  const css = sidebarFontCss((p) => `chrome-extension://${extensionId}/${p}`);
  const loaded = await page.evaluate(async (rules) => {
    const style = document.createElement('style');
    style.id = 'aiguilleur-test-fonts';
    style.textContent = rules;
    document.head.append(style);
    const faces = await Promise.all(
      ['normal 400', 'italic 400', 'normal 500', 'normal 700'].map((v) => {
        const [style, weight] = v.split(' ');
        return document.fonts.load(`${style} ${weight} 16px "Marianne Aiguilleur"`);
      }),
    );
    return faces.flat().map((f) => `${f.style} ${f.weight} ${f.status}`);
  }, css);
  expect(new Set(loaded)).toEqual(new Set(SIDEBAR_FONT_FACES.map((f) => `${f.style} ${f.weight} loaded`)));
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
