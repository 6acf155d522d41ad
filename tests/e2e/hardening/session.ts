// A long navigation session in the HubSpot demo with the sidebar open: console errors, listeners, DOM nodes and heap over time.
import type { BrowserContext, Page } from '@playwright/test';
import { SidebarPage } from '../sidebar/sidebar.page';

export interface SessionSample {
  navigations: number;
  listeners: number;
  nodes: number;
  heapMb: number;
}

export interface SessionReport {
  samples: SessionSample[];
  consoleErrors: string[];
  latenciesMs: number[];
}

type Demo = { goTo(id: string): void; ticketIds(): string[] };

async function sample(page: Page, navigations: number): Promise<SessionSample> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('Performance.enable');
  const { metrics } = await cdp.send('Performance.getMetrics');
  await cdp.detach();
  const m = (name: string) => metrics.find((x) => x.name === name)?.value ?? NaN;
  return { navigations, listeners: m('JSEventListeners'), nodes: m('Nodes'), heapMb: m('JSHeapUsedSize') / 1048576 };
}

/** Opens the demo, opens the sidebar, then moves through `count` tickets, waiting each time for the suggestions. */
export async function runSession(context: BrowserContext, count: number, sampleEvery = 50): Promise<SessionReport> {
  const page = await context.newPage();
  const consoleErrors: string[] = [];
  page.on('console', (msg) => msg.type() === 'error' && consoleErrors.push(`${msg.text()} (${msg.location().url})`));
  page.on('pageerror', (err) => consoleErrors.push(err.message));
  await page.goto('https://app.hubspot.com/');
  await new SidebarPage(page).open();
  await page.getByTestId('suggestions').waitFor();
  const ids = await page.evaluate(() => (window as unknown as { __demo: Demo }).__demo.ticketIds());
  const samples: SessionSample[] = [];
  const latenciesMs: number[] = [];
  let current = await page.evaluate(() => document.querySelector('[data-aiguilleur-host]')?.getAttribute('data-rendered')?.split('@')[0] ?? '');
  for (let i = 1; i <= count; i++) {
    let id = ids[i % ids.length]!;
    if (`hubspot:${id}` === current) id = ids[(i + 1) % ids.length]!;
    const t0 = await page.evaluate((tid) => {
      const start = performance.now();
      (window as unknown as { __demo: Demo }).__demo.goTo(tid);
      return start;
    }, id);
    const rendered = await page.waitForFunction(
      (k) => {
        const [key, at] = (document.querySelector('[data-aiguilleur-host]')?.getAttribute('data-rendered') ?? '').split('@');
        return key === k ? Number(at) : null;
      },
      `hubspot:${id}`,
      { timeout: 10_000 },
    );
    latenciesMs.push(((await rendered.jsonValue()) as number) - t0);
    current = `hubspot:${id}`;
    if (i === 20 || i % sampleEvery === 0) samples.push(await sample(page, i));
  }
  await page.close();
  return { samples, consoleErrors, latenciesMs };
}
