// Accessibility of the sidebar on the HubSpot demo: axe on its shadow root (launcher, then open), keyboard focus, Marianne without style leak.
import { test, expect } from '../fixtures';
import { HubSpotDemo } from '../pages/HubSpotDemo';
import { blockingViolations, describeViolations } from './pages/axe';
import { SIDEBAR_FONT_FAMILY, SIDEBAR_FONTS_STYLE_ID } from '../../../components/sidebar-fonts';

const HOST = 'aiguilleur-sidebar';

test.describe('barre latérale sur HubSpot', () => {
  test('aucune violation axe grave ou critique, fermée puis ouverte', async ({ context }) => {
    test.setTimeout(120_000);
    const page = await context.newPage();
    await new HubSpotDemo(page).openLanding();
    const launcher = page.getByTestId('launcher');
    await launcher.waitFor();

    const closed = await blockingViolations(page, HOST);
    expect(closed, describeViolations(closed)).toEqual([]);

    if ((await launcher.getAttribute('aria-expanded')) !== 'true') await launcher.click();
    await page.getByTestId('sidebar').waitFor();
    // Let the sidebar finish its first render (classification of the ticket).
    await page.getByTestId('suggestions').waitFor({ timeout: 15_000 }).catch(() => {});
    const open = await blockingViolations(page, HOST);
    expect(open, describeViolations(open)).toEqual([]);
  });

  test('le lanceur s’ouvre au clavier et garde un focus visible', async ({ context }) => {
    const page = await context.newPage();
    await new HubSpotDemo(page).openLanding();
    const launcher = page.getByTestId('launcher');
    await launcher.waitFor();
    await launcher.focus();
    // The sidebar remembers being open across page loads: close it with the keyboard first if needed.
    if ((await launcher.getAttribute('aria-expanded')) === 'true') {
      await page.keyboard.press('Enter');
      await expect(launcher).toHaveAttribute('aria-expanded', 'false');
    }
    const outline = await launcher.evaluate((el) => getComputedStyle(el).outlineStyle);
    expect(outline).not.toBe('none');
    await page.keyboard.press('Enter');
    await expect(launcher).toHaveAttribute('aria-expanded', 'true');
    await expect(page.getByTestId('sidebar')).toBeVisible();
  });

  test('Marianne est déclarée pour la barre, sans autre style ajouté à la page', async ({ context }) => {
    const page = await context.newPage();
    await new HubSpotDemo(page).openLanding();
    await page.getByTestId('launcher').waitFor();
    const loaded = await page.evaluate(
      async (family) => (await document.fonts.load(`16px "${family}"`)).map((f) => f.family),
      SIDEBAR_FONT_FAMILY,
    );
    expect(loaded.length, `police « ${SIDEBAR_FONT_FAMILY} » non chargée : appeler injectSidebarFonts(document)`).toBeGreaterThan(0);
    const rules = await page.evaluate((id) => {
      const sheet = (document.getElementById(id) as HTMLStyleElement | null)?.sheet;
      return sheet ? Array.from(sheet.cssRules).map((r) => r.constructor.name) : null;
    }, SIDEBAR_FONTS_STYLE_ID);
    expect(rules).not.toBeNull();
    expect(new Set(rules)).toEqual(new Set(['CSSFontFaceRule']));
  });
});
