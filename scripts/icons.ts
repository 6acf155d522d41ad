// Renders scripts/icons/icon.svg into the extension's PNG icons (public/icon/16|32|48|128.png) with headless Chromium.
import { chromium } from '@playwright/test';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { chromiumPath, BASE_CHROMIUM_ARGS } from './chromium';

export const ICON_SIZES = [16, 32, 48, 128] as const;
const ROOT = resolve(import.meta.dirname, '..');
const SOURCE = resolve(ROOT, 'scripts/icons/icon.svg');
const TARGET_DIR = resolve(ROOT, 'public/icon');

async function main(): Promise<void> {
  const svg = await readFile(SOURCE, 'utf8');
  const browser = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: BASE_CHROMIUM_ARGS });
  try {
    await mkdir(TARGET_DIR, { recursive: true });
    for (const size of ICON_SIZES) {
      const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
      const dataUrl = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
      await page.setContent(
        `<html><body style="margin:0;background:transparent"><img src="${dataUrl}" width="${size}" height="${size}" style="display:block"></body></html>`,
      );
      await page.waitForFunction(() => document.images[0]?.complete === true);
      const png = await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
      await writeFile(resolve(TARGET_DIR, `${size}.png`), png);
      await page.close();
      console.log(`public/icon/${size}.png (${png.length} octets)`);
    }
  } finally {
    await browser.close();
  }
}

await main();
