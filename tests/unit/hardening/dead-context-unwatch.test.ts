// After an extension reload, unsubscribing a storage watcher of the old content script must not throw « Extension context invalidated ».
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { watchSettings } from '@/lib/settings';
import { watchCall } from '@/lib/tracking/call-storage';
import { watchPackStatus } from '@/lib/pack/status-item';

const invalidated = () => {
  throw new Error('Extension context invalidated.');
};

describe('storage watchers in a dead extension context', () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(() => vi.restoreAllMocks());

  for (const [name, watch] of [
    ['watchSettings', watchSettings],
    ['watchCall', watchCall],
    ['watchPackStatus', watchPackStatus],
  ] as const) {
    it(`${name}: the unsubscribe is a no-op instead of an uncaught error`, () => {
      const unwatch = (watch as (cb: () => void) => () => void)(() => {});
      const spy = vi.spyOn(fakeBrowser.storage.local.onChanged, 'removeListener').mockImplementation(invalidated);
      expect(() => unwatch()).not.toThrow();
      expect(spy).toHaveBeenCalled();
    });
  }

  it('a live context still unsubscribes: the callback gets no more changes', async () => {
    const cb = vi.fn();
    const unwatch = watchPackStatus(cb);
    await fakeBrowser.storage.local.set({ packStatus: { state: 'a' } });
    expect(cb).toHaveBeenCalledTimes(1);
    unwatch();
    await fakeBrowser.storage.local.set({ packStatus: { state: 'b' } });
    expect(cb).toHaveBeenCalledTimes(1);
  });
});
