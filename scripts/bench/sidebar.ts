// Sidebar figures: content-script bundle size (gzip) and ticket DOM ready → suggestions rendered, in headless Chromium.
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join, resolve } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { startFixtureServer } from '../fixture-server';
import { chromiumPath, BASE_CHROMIUM_ARGS, extensionArgs } from '../chromium';
import { figure, median, percentile } from './_format';

const OUT = process.env.AIGUILLEUR_OUT_DIR || '.output-bench';

function gzSize(dir: string, prefix: string): number {
  return readdirSync(dir)
    .filter((f) => f.startsWith(prefix) && /\.(js|css)$/.test(f))
    .reduce((sum, f) => sum + gzipSync(readFileSync(join(dir, f)), { level: 9 }).length, 0);
}

async function renderedFor(page: Page, key: string): Promise<{ rendered: number; read: number } | null> {
  const handle = await page.waitForFunction(
    (k) => {
      const v = document.querySelector('[data-aiguilleur-host]')?.getAttribute('data-rendered') ?? '';
      const [key, rendered, read] = v.split('@');
      return key === k ? { rendered: Number(rendered), read: Number(read) } : null;
    },
    key,
    { timeout: 10_000 },
  );
  return (await handle.jsonValue()) as { rendered: number; read: number } | null;
}

export default async function bench(): Promise<boolean> {
  const build = spawnSync('npx', ['wxt', 'build'], { env: { ...process.env, AIGUILLEUR_OUT_DIR: OUT }, encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`construction impossible :\n${build.stdout}\n${build.stderr}`);
  const extDir = resolve(OUT, 'chrome-mv3');
  let ok = true;
  const csDir = join(extDir, 'content-scripts');
  ok = figure('bundle du content script (gzip)', gzSize(csDir, 'crm') / 1024, 'Ko', 150) && ok;

  const server = await startFixtureServer();
  const context = await chromium.launchPersistentContext('', {
    executablePath: chromiumPath(),
    headless: true,
    args: [...BASE_CHROMIUM_ARGS, ...extensionArgs(extDir), ...server.chromiumArgs],
  });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto('https://app.hubspot.com/');
    const launcher = page.locator('[data-testid="launcher"]');
    if ((await launcher.getAttribute('aria-expanded')) !== 'true') await launcher.click();
    await page.locator('[data-testid="suggestions"]').waitFor();
    const ids = (await page.evaluate(() => (window as unknown as { __demo: { ticketIds(): string[] } }).__demo.ticketIds())) as string[];
    const fromDom: number[] = [];
    const fromRead: number[] = [];
    for (let round = 0; round < 3; round++) {
      for (const id of ids) {
        const t0 = await page.evaluate((tid) => {
          const start = performance.now();
          (window as unknown as { __demo: { goTo(id: string): void } }).__demo.goTo(tid);
          return start;
        }, id);
        const hit = await renderedFor(page, `hubspot:${id}`);
        if (!hit) continue;
        fromDom.push(hit.rendered - t0);
        fromRead.push(hit.rendered - hit.read);
      }
    }
    console.log(`  ${fromDom.length} changements de ticket mesurés`);
    ok = figure('ticket prêt → suggestions affichées (médiane)', median(fromDom), 'ms', 100) && ok;
    figure('ticket prêt → suggestions affichées (p95)', percentile(fromDom, 95), 'ms');
    figure('lecture du ticket → suggestions affichées (médiane)', median(fromRead), 'ms');
  } finally {
    await context.close();
    await server.close();
  }
  return ok;
}

if (!existsSync(resolve('package.json'))) throw new Error('à lancer depuis la racine du projet');
