// Background side of the data pack: the pack in use (bundled / file / URL with offline cache) and its refresh, the only fetch of the pack URL.
import { browser } from 'wxt/browser';
import { onMessage } from '@/lib/messaging';
import type { Pack } from '@/lib/pack/schema';
import { PackManager } from '@/lib/pack/manager';
import { packCacheStore } from '@/lib/pack/cache-store';
import { packStatusItem } from '@/lib/pack/status-item';
import type { PackInstallResult } from '@/lib/pack/protocol';
import { loadSettings, packSourceSchema, watchSettings, type PackSource } from '@/lib/settings';
import bundled from '@/assets/packs/sisiao.fr.json';

const REFRESH_ALARM = 'aiguilleur-pack-refresh';
const REFRESH_MINUTES = 24 * 60;

let manager: PackManager | undefined;
let ready: Promise<PackManager> | undefined;
const listeners = new Set<(p: Pack) => void>();

function getManager(): PackManager {
  if (!manager) {
    manager = new PackManager({ bundled, cache: packCacheStore });
    manager.onChange((p, status) => {
      void packStatusItem.setValue(status);
      for (const l of listeners) l(p);
    });
  }
  return manager;
}

/** Manager with the configured source loaded (cached file / URL pack for offline use). */
function initialized(): Promise<PackManager> {
  ready ??= (async () => {
    const m = getManager();
    try {
      const settings = await loadSettings();
      await m.setSource(settings.packSource);
    } catch (e) {
      console.warn('[aiguilleur] source du pack illisible, pack intégré utilisé', e);
    }
    // Not awaited: a woken worker answers its first classify without waiting for this storage write.
    void packStatusItem.setValue(m.getStatus()).catch(() => {});
    return m;
  })();
  return ready;
}

/** The pack in use. */
export async function currentPack(): Promise<Pack> {
  return (await initialized()).current();
}

/** Called with the new pack each time it changes. */
export function onPackChange(cb: (p: Pack) => void): () => void {
  listeners.add(cb);
  return () => listeners.delete(cb);
}

/** The fetch under way, with the source it is for. */
let inFlight: { key: string; promise: Promise<PackInstallResult> } | undefined;

/** The source saved in the settings; the current one when the settings cannot be read. */
async function configuredSource(m: PackManager): Promise<PackSource> {
  try {
    return (await loadSettings()).packSource;
  } catch (e) {
    console.warn('[aiguilleur] source du pack illisible, source en cours gardée', e);
    return m.getSource();
  }
}

/**
 * Fetches the configured URL now. The source is read from the settings first (the options page asks right after saving
 * an address). Concurrent refreshes of the same source share one fetch (start-up, source change, alarm and the options
 * page); a refresh for another source, or one allowing a downgrade, runs after the fetch under way, never joins it.
 * Requests are decided one at a time, in the order they came.
 */
function refreshNow(allowDowngrade = false): Promise<PackInstallResult> {
  const fetch = deciding.then(() => joinOrStart(allowDowngrade));
  deciding = fetch.catch(() => undefined);
  return fetch.then((f) => f.promise);
}

let deciding: Promise<unknown> = Promise.resolve();

async function joinOrStart(allowDowngrade: boolean): Promise<NonNullable<typeof inFlight>> {
  const m = await initialized();
  const source = await configuredSource(m);
  const key = sourceKey(source);
  if (inFlight && inFlight.key === key && !allowDowngrade) return inFlight;
  const previous = inFlight?.promise.catch(() => undefined);
  const promise = (async () => {
    await previous;
    if (sourceKey(m.getSource()) !== key) await m.setSource(source);
    return m.refresh({ allowDowngrade });
  })().finally(() => {
    if (inFlight?.promise === promise) inFlight = undefined;
  });
  inFlight = { key, promise };
  return inFlight;
}

function sourceKey(s: PackSource): string {
  return s.kind === 'url' ? `url:${s.url}` : s.kind === 'file' ? `file:${s.name}` : 'bundled';
}

function scheduleRefresh(): void {
  // Daily refresh needs the `alarms` permission; without it the pack is refreshed at start-up and from the options page.
  const alarms = (browser as unknown as { alarms?: typeof browser.alarms }).alarms;
  if (!alarms?.create) return;
  void alarms.create(REFRESH_ALARM, { periodInMinutes: REFRESH_MINUTES, delayInMinutes: 1 });
  alarms.onAlarm.addListener((a) => {
    if (a.name === REFRESH_ALARM) void refreshNow();
  });
}

export function registerPackHandlers(): void {
  onMessage('getPack', async () => {
    const { model: _model, ...rest } = await currentPack();
    return rest;
  });
  onMessage('getPackStatus', async () => (await initialized()).getStatus());
  onMessage('installPack', async ({ data }) => {
    const m = await initialized();
    const source = packSourceSchema.safeParse(data?.source);
    if (!source.success) return { status: 'error', message: 'Source du pack invalide.', retryable: false } as const;
    return m.install({
      raw: data.raw,
      source: source.data,
      ...(typeof data.etag === 'string' ? { etag: data.etag } : {}),
      ...(data.allowDowngrade === true ? { allowDowngrade: true } : {}),
    });
  });
  onMessage('refreshPack', async ({ data }) => refreshNow(data?.allowDowngrade === true));

  // Follow the source chosen in the options page without reload; refresh a URL source at start-up and on change.
  let lastSource = '';
  void initialized().then((m) => {
    lastSource = sourceKey(m.getSource());
    if (m.getSource().kind === 'url') void refreshNow();
  });
  watchSettings((s) => {
    const key = sourceKey(s.packSource);
    if (key === lastSource) return;
    lastSource = key;
    void initialized().then(async (m) => {
      if (sourceKey(m.getSource()) !== key) await m.setSource(s.packSource);
      if (s.packSource.kind === 'url') await refreshNow();
    });
  });
  scheduleRefresh();
}
