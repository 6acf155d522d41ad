// Accessibility of the extension pages (RGAA): no serious or critical axe violation, a visible focus on every stop, no CSP violation.
import { test, expect } from '../fixtures';
import { builtExtensionPages, extensionPageUrl, EXPECTED_PAGES } from './pages/extension-pages';
import { blockingViolations, describeViolations } from './pages/axe';
import { walkFocus } from './pages/keyboard';

const pages = builtExtensionPages();
const CSP_MARK = '[violation CSP]';

test('la construction contient au moins une page d’extension', () => {
  expect(pages, 'Aucune page HTML dans la construction testée : lancez « npm run build ».').not.toEqual([]);
  const missing = EXPECTED_PAGES.filter((p) => !pages.includes(p));
  if (missing.length) test.info().annotations.push({ type: 'pages absentes', description: missing.join(', ') });
});

for (const file of pages) {
  test.describe(file, () => {
    test('aucune violation axe grave ou critique', async ({ context, extensionId }) => {
      const page = await context.newPage();
      await page.goto(extensionPageUrl(extensionId, file));
      await page.waitForLoadState('networkidle');
      await expect(page.locator('body')).not.toBeEmpty();
      const violations = await blockingViolations(page);
      expect(violations, describeViolations(violations)).toEqual([]);
    });

    test('chaque élément atteint au clavier montre son focus', async ({ context, extensionId }) => {
      const page = await context.newPage();
      await page.goto(extensionPageUrl(extensionId, file));
      await page.waitForLoadState('networkidle');
      const stops = await walkFocus(page);
      expect(stops.length, 'aucun élément atteignable au clavier').toBeGreaterThan(0);
      const invisible = stops.filter((s) => !s.visible).map((s) => s.description);
      expect(invisible, `focus invisible sur :\n${invisible.join('\n')}`).toEqual([]);
    });

    test('la politique de sécurité du contenu (CSP) ne bloque rien', async ({ context, extensionId }) => {
      const page = await context.newPage();
      const refused: string[] = [];
      page.on('console', (msg) => {
        if (msg.text().startsWith(CSP_MARK) || /Content Security Policy|Refused to/i.test(msg.text())) refused.push(msg.text());
      });
      await page.addInitScript((mark) => {
        document.addEventListener('securitypolicyviolation', (e) =>
          console.warn(`${mark} ${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`),
        );
      }, CSP_MARK);
      await page.goto(extensionPageUrl(extensionId, file));
      await page.waitForLoadState('networkidle');
      // Fonts and the first frames are where a late violation would come from: wait for them, not for a delay.
      await page.evaluate(() => document.fonts.ready.then(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok)))));
      expect(refused, refused.join('\n')).toEqual([]);
    });
  });
}
