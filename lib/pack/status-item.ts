// The status of the pack in use, mirrored in browser.storage so the sidebar and options page notice changes at once.
import { storage } from 'wxt/utils/storage';
import type { PackStatus } from './protocol';
import { safeUnwatch } from '../safe-unwatch';

export const packStatusItem = storage.defineItem<PackStatus | null>('local:packStatus', { fallback: null });

/** Calls back with the new status whenever the background installs or refuses a pack. */
export function watchPackStatus(cb: (s: PackStatus | null) => void): () => void {
  return safeUnwatch(packStatusItem.watch((v) => cb(v)));
}
