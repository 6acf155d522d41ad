// Sidebar figures: content-script bundle size (gzip) and ticket switch → suggestions rendered in headless Chromium, service worker warm and cold.
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type CDPSession, type Page } from '@playwright/test';
import { startFixtureServer } from '../fixture-server';
import { chromiumPath, BASE_CHROMIUM_ARGS, extensionArgs } from '../chromium';
import { figure, median, percentile } from './_format';

const OUT = process.env.AIGUILLEUR_OUT_DIR || '.output-bench';
/** Page loads per case; each visits every demo ticket once (a ticket already seen is answered from the sidebar's cache). */
const ROUNDS = Number(process.env.AIGUILLEUR_BENCH_ROUNDS || 2);

function gzSize(dir: string, prefix: string): number {
  return readdirSync(dir)
    .filter((f) => f.startsWith(prefix) && /\.(js|css)$/.test(f))
    .reduce((sum, f) => sum + gzipSync(readFileSync(join(dir, f)), { level: 9 }).length, 0);
}

type Demo = { __demo: { goTo(id: string): void; ticketIds(): string[]; currentTicketId(): string } };

/** The sidebar's latency mark (actions.ts `rendered`) for this ticket, once it is later than `after`. */
async function renderedFor(page: Page, key: string, after: number): Promise<{ rendered: number; read: number }> {
  const handle = await page.waitForFunction(
    ([k, t]) => {
      const v = document.querySelector('[data-aiguilleur-host]')?.getAttribute('data-rendered') ?? '';
      const [key, rendered, read] = v.split('@');
      return key === k && Number(rendered) >= t ? { rendered: Number(rendered), read: Number(read) } : null;
    },
    [key, after] as const,
    { timeout: 10_000 },
  );
  return (await handle.jsonValue()) as { rendered: number; read: number };
}

/**
 * Stops the extension's service worker as Chrome does after 30 s idle, through the ServiceWorker domain of a page of the
 * extension's origin (a CRM page's session does not see extension workers). Resolves once the worker is stopped.
 */
async function workerStopper(context: BrowserContext): Promise<() => Promise<void>> {
  const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const page = await context.newPage();
  // The manifest runs no script: this page never wakes the worker itself.
  await page.goto(new URL('manifest.json', sw.url()).href);
  const cdp: CDPSession = await context.newCDPSession(page);
  let status = 'running';
  const waiters = new Set<() => void>();
  cdp.on('ServiceWorker.workerVersionUpdated', (e) => {
    const v = e.versions.find((x) => x.scriptURL === sw.url());
    if (!v) return;
    status = v.runningStatus;
    if (status === 'stopped') for (const w of waiters) w();
  });
  await cdp.send('ServiceWorker.enable');
  return async () => {
    const stopped = new Promise<void>((res, rej) => {
      const timer = setTimeout(() => rej(new Error('le service worker ne s’arrête pas')), 10_000);
      const done = () => {
        clearTimeout(timer);
        waiters.delete(done);
        res();
      };
      waiters.add(done);
    });
    await cdp.send('ServiceWorker.stopAllWorkers');
    if (status !== 'stopped') await stopped;
  };
}

interface Timings {
  fromSwitch: number[];
  fromRead: number[];
}

/** One page load, then every other demo ticket once; `before` runs before each switch (e.g. stopping the worker). */
async function visitAll(page: Page, into: Timings, before?: () => Promise<void>): Promise<void> {
  await page.goto('https://app.hubspot.com/');
  const launcher = page.locator('[data-testid="launcher"]');
  if ((await launcher.getAttribute('aria-expanded')) !== 'true') await launcher.click();
  await page.locator('[data-testid="suggestions"]').waitFor();
  const [ids, first] = await page.evaluate(() => [(window as unknown as Demo).__demo.ticketIds(), (window as unknown as Demo).__demo.currentTicketId()] as const);
  for (const id of ids.filter((i) => i !== first)) {
    await before?.();
    const t0 = await page.evaluate((tid) => {
      const start = performance.now();
      (window as unknown as Demo).__demo.goTo(tid);
      return start;
    }, id);
    const hit = await renderedFor(page, `hubspot:${id}`, t0);
    into.fromSwitch.push(hit.rendered - t0);
    into.fromRead.push(hit.rendered - hit.read);
  }
}

function report(label: string, t: Timings, target: number): boolean {
  console.log(`  ${label} : ${t.fromSwitch.length} changements de ticket mesurés`);
  const ok = figure(`changement de ticket → suggestions affichées, ${label} (médiane)`, median(t.fromSwitch), 'ms', target);
  figure(`changement de ticket → suggestions affichées, ${label} (p95)`, percentile(t.fromSwitch, 95), 'ms');
  figure(`lecture du ticket → suggestions affichées, ${label} (médiane)`, median(t.fromRead), 'ms');
  return ok;
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
    const stopWorker = await workerStopper(context);
    const warm: Timings = { fromSwitch: [], fromRead: [] };
    const cold: Timings = { fromSwitch: [], fromRead: [] };
    for (let round = 0; round < ROUNDS; round++) await visitAll(page, warm);
    for (let round = 0; round < ROUNDS; round++) await visitAll(page, cold, stopWorker);
    ok = report('service worker actif', warm, 100) && ok;
    ok = report('service worker arrêté', cold, 300) && ok;
  } finally {
    await context.close();
    await server.close();
  }
  return ok;
}

if (!existsSync(resolve('package.json'))) throw new Error('à lancer depuis la racine du projet');
