// Background side of the data pack: the pack in use (bundled by default) and its message handlers.
import { onMessage } from '@/lib/messaging';
import { packSchema, type Pack } from '@/lib/pack/schema';
import bundled from '@/assets/packs/sisiao.fr.json';

let current: Pack | undefined;
const listeners = new Set<(p: Pack) => void>();

/** The pack in use. */
export async function currentPack(): Promise<Pack> {
  current ??= packSchema.parse(bundled);
  return current;
}

/** Called with the new pack each time it changes. */
export function onPackChange(cb: (p: Pack) => void): () => void {
  listeners.add(cb);
  return () => listeners.delete(cb);
}

export function registerPackHandlers(): void {
  onMessage('getPack', async () => {
    const { model: _model, ...rest } = await currentPack();
    return rest;
  });
  onMessage('getPackStatus', async () => {
    const p = await currentPack();
    return { id: p.id, version: p.version, source: 'bundled' as const, loadedAt: new Date().toISOString() };
  });
}
