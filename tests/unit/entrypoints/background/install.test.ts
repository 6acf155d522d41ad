// Unit tests of entrypoints/background/install.ts: the welcome page opens on install only.
import { describe, expect, it, vi, beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { registerInstallHandlers, shouldOpenWelcome, WELCOME_PAGE } from '@/entrypoints/background/install';

beforeEach(() => fakeBrowser.reset());

describe('shouldOpenWelcome', () => {
  it('is true for a fresh install only', () => {
    expect(shouldOpenWelcome({ reason: 'install' })).toBe(true);
    expect(shouldOpenWelcome({ reason: 'update' })).toBe(false);
    expect(shouldOpenWelcome({ reason: 'browser_update' })).toBe(false);
  });
});

describe('registerInstallHandlers', () => {
  it('opens the welcome page in a tab on install, not on update', async () => {
    const create = vi.spyOn(browser.tabs, 'create').mockResolvedValue({} as never);
    registerInstallHandlers();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'update', previousVersion: '0.0.1' });
    expect(create).not.toHaveBeenCalled();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' });
    expect(create).toHaveBeenCalledTimes(1);
    expect(create.mock.calls[0]![0].url).toContain(WELCOME_PAGE);
  });
});
