// Unit tests of entrypoints/background/pack.ts: the only fetcher of the pack URL; refreshPack reads the source from the settings, refreshes of the same source share one fetch, a new address never joins the old one's.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { readFileSync } from 'node:fs';
import type { PackInstallResult } from '@/lib/pack/protocol';

type Handler = (msg: { data: unknown }) => Promise<unknown>;
const handlers = new Map<string, Handler>();
vi.mock('@/lib/messaging', () => ({
  onMessage: (type: string, h: Handler) => handlers.set(type, h),
  sendMessage: vi.fn(),
}));

const URL_A = 'https://packs.example.org/sisiao.json';
// Other addresses for the later tests: the first one's pack is cached (one IndexedDB for the file).
const URL_B = 'https://packs.example.org/autre.json';
const URL_C = 'https://packs.example.org/nouveau.json';
const bundled = JSON.parse(readFileSync('assets/packs/sisiao.fr.json', 'utf8')) as { version: string };
const served = JSON.stringify({ ...bundled, version: '2099.1.0' });

/** A fetch that answers only when released, so that concurrent refreshes can be seen sharing it. */
function heldFetch() {
  let release!: () => void;
  const gate = new Promise<void>((ok) => (release = ok));
  const fetch = vi.fn(async (_url: string, _init?: RequestInit) => {
    await gate;
    return new Response(served, { status: 200, headers: { ETag: '"a"', 'Content-Type': 'application/json' } });
  });
  return { fetch, release };
}

async function register() {
  vi.resetModules();
  handlers.clear();
  const { registerPackHandlers } = await import('@/entrypoints/background/pack');
  registerPackHandlers();
}
const refresh = (data: unknown = {}) => handlers.get('refreshPack')!({ data }) as Promise<PackInstallResult>;

beforeEach(() => fakeBrowser.reset());
afterEach(() => vi.unstubAllGlobals());

describe('background pack refresh', () => {
  it('start-up and two refreshPack requests share one fetch of the URL', async () => {
    const { saveSettings } = await import('@/lib/settings');
    await saveSettings({ packSource: { kind: 'url', url: URL_A } });
    const { fetch, release } = heldFetch();
    vi.stubGlobal('fetch', fetch);
    await register();
    const first = refresh();
    const second = refresh();
    await vi.waitFor(() => expect(fetch).toHaveBeenCalledTimes(1));
    release();
    const results = await Promise.all([first, second]);
    expect(results.map((r) => r.status)).toEqual(['installed', 'installed']);
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(fetch.mock.calls[0]![0]).toBe(URL_A);
  });

  it('refreshPack right after the options page saved an address fetches that address', async () => {
    const { fetch, release } = heldFetch();
    vi.stubGlobal('fetch', fetch);
    await register();
    const status = (await handlers.get('getPackStatus')!({ data: undefined })) as { source: string };
    expect(status.source).toBe('bundled');
    const { saveSettings } = await import('@/lib/settings');
    await saveSettings({ packSource: { kind: 'url', url: URL_B } });
    const result = refresh();
    await vi.waitFor(() => expect(fetch).toHaveBeenCalled());
    release();
    expect(await result).toMatchObject({ status: 'installed', version: '2099.1.0' });
    expect(fetch.mock.calls.every((c) => c[0] === URL_B)).toBe(true);
  });

  it('an address saved while the old one is being fetched is fetched after it, and stays the source', async () => {
    const { saveSettings } = await import('@/lib/settings');
    await saveSettings({ packSource: { kind: 'url', url: URL_A } });
    const { fetch, release } = heldFetch();
    vi.stubGlobal('fetch', fetch);
    await register();
    const old = refresh();
    await vi.waitFor(() => expect(fetch).toHaveBeenCalledTimes(1));
    await saveSettings({ packSource: { kind: 'url', url: URL_C } });
    const fresh = refresh();
    release();
    await old;
    // Same version as the old address served: nothing new to install, but the new address was asked.
    expect(['installed', 'unchanged']).toContain((await fresh).status);
    expect(fetch.mock.calls.map((c) => c[0])).toContain(URL_C);
    const status = (await handlers.get('getPackStatus')!({ data: undefined })) as { source: string; origin?: string };
    expect(status).toMatchObject({ source: 'url', origin: URL_C });
  });
});
