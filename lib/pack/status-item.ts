// The status of the pack in use, mirrored in browser.storage so the sidebar and options page notice changes at once.
import { storage } from 'wxt/utils/storage';
import type { PackStatus } from './protocol';

export const packStatusItem = storage.defineItem<PackStatus | null>('local:packStatus', { fallback: null });

/** Calls back with the new status whenever the background installs or refuses a pack. */
export function watchPackStatus(cb: (s: PackStatus | null) => void): () => void {
  const unwatch = packStatusItem.watch((v) => cb(v));
  return () => {
  // After an extension reload the old content script's storage API throws « Extension context invalidated »: its listeners died with it.
    try {
      unwatch();
    } catch {
      // Nothing left to unsubscribe.
    }
  };
}
