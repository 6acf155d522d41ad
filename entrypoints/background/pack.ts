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

let inFlight: Promise<PackInstallResult> | undefined;

/**
 * Fetches the configured URL now. The source is read from the settings first (the options page asks right after saving
 * an address), and concurrent refreshes share one fetch (start-up, source change, alarm and the options page).
 */
function refreshNow(allowDowngrade = false): Promise<PackInstallResult> {
  if (inFlight && !allowDowngrade) return inFlight;
  const run = (async () => {
    const m = await initialized();
    try {
      const { packSource } = await loadSettings();
      if (sourceKey(m.getSource()) !== sourceKey(packSource)) await m.setSource(packSource);
    } catch (e) {
      console.warn('[aiguilleur] source du pack illisible, source en cours gardée', e);
    }
    return m.refresh({ allowDowngrade });
  })();
  const p = (inFlight ? inFlight.catch(() => undefined).then(() => run) : run).finally(() => {
    if (inFlight === p) inFlight = undefined;
  });
  inFlight = p;
  return p;
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
