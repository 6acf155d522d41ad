import { chromium } from '@playwright/test';
import { startFixtureServer } from '../../../scripts/fixture-server';
import { chromiumPath, BASE_CHROMIUM_ARGS } from '../../../scripts/chromium';
import { EditorPage } from './pages/editor-page';
const server = await startFixtureServer();
const browser = await chromium.launch({ executablePath: chromiumPath(), args: [...BASE_CHROMIUM_ARGS, ...server.chromiumArgs] });
for (const name of ['textarea','contenteditable','prosemirror','draftjs','quill','lexical','slate','ckeditor5','froala','squire','ckeditor4','tinymce']) {
  const page = await browser.newPage();
  const ed = new EditorPage(page, name);
  await ed.open();
  await ed.typeInEditor('Bonjour Madame');
  await ed.caretBeforeLast(6);
  await page.waitForTimeout(1100);
  const t = await page.evaluate(async () => { const t0 = performance.now(); const r = await window.__insert!(window.__editor!.target(), { text: 'A\n\nB', html: '<p>A</p><p>B</p>' }); return { ms: Math.round(performance.now() - t0), m: r.method }; });
  console.log(name, t.m, t.ms + ' ms');
  await page.close();
}
await browser.close(); await server.close();
