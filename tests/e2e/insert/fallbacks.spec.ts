// E2E: the sidebar flow (focus leaves the editor, comes back at the same caret) and the clipboard fallback.
import { test, expect } from '../fixtures';
import { EditorPage, RICH_LINES, TEMPLATE } from './pages/editor-page';

test.describe.configure({ timeout: 120_000 });

for (const editor of ['prosemirror', 'textarea', 'lexical']) {
  test(`${editor}: after the sidebar took focus, the text goes where the caret was`, async ({ context }) => {
    const ed = new EditorPage(await context.newPage(), editor);
    await ed.open();
    await ed.typeInEditor('Bonjour Madame');
    await ed.caretBeforeLast('Madame'.length);
    await ed.useSidebar('mot de passe');
    const result = await ed.insertIntoLastEditor();
    expect(result).toMatchObject({ ok: true, verified: true });
    const inserted = editor === 'textarea' ? TEMPLATE.text : RICH_LINES;
    expect(await ed.modelText()).toBe('Bonjour ' + inserted + 'Madame');
  });
}

test('nothing to write into: the text is copied and the message says so in French', async ({ context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: 'https://editors.test' });
  const ed = new EditorPage(await context.newPage(), 'textarea');
  await ed.open();
  const onTitle = await ed.insertInto('h1');
  expect(onTitle).toMatchObject({ method: 'clipboard', ok: false, copied: true });
  expect(onTitle.message).toMatch(/presse-papiers/);
  expect(await ed.clipboardText()).toBe(TEMPLATE.text);

  const short = { text: 'Réponse courte' };
  const onLocked = await ed.insertInto('#locked', short);
  expect(onLocked).toMatchObject({ method: 'clipboard', ok: false, copied: true });
  expect(await ed.page.locator('#locked').inputValue()).toBe('Lecture seule');
  expect(await ed.clipboardText()).toBe(short.text);
});

test('the Trusted Types and strict CSP pages really enforce their policy (so their insertion tests mean something)', async ({ context }) => {
  const tt = new EditorPage(await context.newPage(), 'trusted-types');
  await tt.open();
  const ttRefused = await tt.page.evaluate(() => {
    try {
      document.createElement('div').innerHTML = '<b>x</b>';
      return false;
    } catch {
      return true;
    }
  });
  expect(ttRefused).toBe(true);
  const csp = new EditorPage(await context.newPage(), 'csp');
  const response = await csp.page.goto('https://editors.test/csp/');
  expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
});
