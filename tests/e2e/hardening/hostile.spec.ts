// Hostile content: every payload of the corpus, as ticket subject, requester and message, runs nothing and is shown as text.
import { test, expect } from '../fixtures';
import corpus from '../../fixtures/payloads/hostile.json' with { type: 'json' };
import { SidebarPage } from '../sidebar/sidebar.page';

const payloads: string[] = corpus.payloads;
const BATCH = 3; // each page carries three payloads in its own fields, and the whole corpus in its message

test('no payload of the corpus executes or becomes markup in the sidebar or the inserted reply', async ({ context }) => {
  test.setTimeout(300_000);
  const page = await context.newPage();
  const sidebar = new SidebarPage(page);
  for (let i = 0; i < payloads.length; i += BATCH) {
    await page.goto(`https://app.hubspot.com/hostile/?i=${i}`);
    await sidebar.open();
    await expect(sidebar.root.getByTestId('ticket-subject')).toContainText('Problème de connexion');
    await sidebar.suggestions.waitFor();
    await page.locator('[data-test-id="hostile-editor"]').click();
    await sidebar.insert();
    const report = await page.evaluate(() => {
      const host = document.querySelector('[data-aiguilleur-host]');
      const shadow = host?.shadowRoot;
      const bad = shadow ? [...shadow.querySelectorAll('script, img, svg, iframe, object, embed, style:not([data-wxt-style]) ~ style, link, meta, base, form, video, audio, marquee, details[ontoggle], template')] : [];
      const handlers = shadow ? [...shadow.querySelectorAll('*')].filter((e) => e.getAttributeNames().some((a) => a.startsWith('on'))) : [];
      const editor = document.querySelector('[data-test-id="hostile-editor"]')!;
      const editorBad = [...editor.querySelectorAll('*')].filter(
        (e) => !['P', 'A', 'STRONG', 'B', 'EM', 'I', 'UL', 'OL', 'LI', 'BR', 'DIV', 'SPAN'].includes(e.tagName) || e.getAttributeNames().some((a) => a.startsWith('on') || a === 'style'),
      );
      const links = [...editor.querySelectorAll('a')].map((a) => a.getAttribute('href') ?? '').filter((h) => !/^(https?:|mailto:)/i.test(h));
      return {
        pwned: (window as unknown as { __pwned: number[] }).__pwned,
        bad: bad.map((e) => e.tagName),
        handlers: handlers.map((e) => e.tagName),
        editorBad: editorBad.map((e) => e.tagName),
        links,
        subject: shadow?.querySelector('[data-testid="ticket-subject"]')?.textContent ?? '',
      };
    });
    expect(report, `payloads ${i}…${i + BATCH - 1}`).toEqual({
      pwned: [],
      bad: [],
      handlers: [],
      editorBad: [],
      links: [],
      subject: expect.stringContaining(payloads[i]!.replaceAll('\u0000', '').slice(0, 30).trim()) as unknown as string,
    });
  }
});

test('a hostile page stylesheet does not change the sidebar, and the sidebar does not style the page', async ({ context }) => {
  const measure = async (css: boolean) => {
    const page = await context.newPage();
    await page.goto(`https://app.hubspot.com/hostile/?i=0${css ? '&css=1' : ''}`);
    const sidebar = new SidebarPage(page);
    await sidebar.open();
    await sidebar.suggestions.waitFor();
    const style = await page.evaluate(() => {
      const shadow = document.querySelector('[data-aiguilleur-host]')!.shadowRoot!;
      const pick = (sel: string) => {
        const cs = getComputedStyle(shadow.querySelector(sel)!);
        return { width: cs.width, fontSize: cs.fontSize, color: cs.color, background: cs.backgroundColor, letterSpacing: cs.letterSpacing };
      };
      return { sidebar: pick('[data-testid="sidebar"]'), insert: pick('[data-testid="insert"]'), title: pick('.ag-sidebar__title') };
    });
    const pageButton = await page.locator('[data-test-id="composer-send-button"]').evaluate((b) => getComputedStyle(b).backgroundColor);
    await page.close();
    return { style, pageButton };
  };
  const clean = await measure(false);
  const hostile = await measure(true);
  expect(hostile.style).toEqual(clean.style);
  // Our classes and variables do not reach the page: its own button keeps the page's styling.
  expect(clean.pageButton).not.toBe('rgb(0, 0, 145)');
});
