// Registers the sidebar's content script on the optional sites the référent allowed, and injects it on demand elsewhere.
import { browser } from 'wxt/browser';
import { BUILT_IN_ORIGINS, originsToRegister } from '@/lib/sidebar/sites';

const SCRIPT_ID = 'aiguilleur-crm-optional';
const CONTENT_SCRIPT = '/content-scripts/crm.js' as const;

async function sync(): Promise<void> {
  if (!browser.scripting?.registerContentScripts) return;
  const granted = (await browser.permissions.getAll()).origins ?? [];
  const origins = originsToRegister(granted);
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [SCRIPT_ID] });
  if (existing.length) await browser.scripting.unregisterContentScripts({ ids: [SCRIPT_ID] });
  if (origins.length === 0) return;
  await browser.scripting.registerContentScripts([
    { id: SCRIPT_ID, matches: origins, js: [CONTENT_SCRIPT], runAt: 'document_idle', persistAcrossSessions: true },
  ]);
}

/** Injects the sidebar into a tab that has none (generic adapter; allowed by activeTab after the keyboard command). */
export async function injectSidebar(tabId: number): Promise<boolean> {
  if (!browser.scripting?.executeScript) return false;
  try {
    await browser.scripting.executeScript({ target: { tabId }, files: [CONTENT_SCRIPT] });
    return true;
  } catch {
    return false;
  }
}

/**
 * After an update or a reload of the extension, the content scripts of open CRM tabs are orphaned (WXT invalidates them):
 * inject the new one so the sidebar takes over without a page reload.
 */
async function reinjectOpenTabs(): Promise<void> {
  const granted = (await browser.permissions.getAll()).origins ?? [];
  const patterns = [...BUILT_IN_ORIGINS, ...originsToRegister(granted)];
  const tabs = await browser.tabs.query({ url: patterns });
  await Promise.all(tabs.map((t) => (t.id === undefined ? false : injectSidebar(t.id))));
}

export function registerSiteHandlers(): void {
  void sync().catch(() => {});
  browser.runtime.onInstalled.addListener((details) => {
    if (details.reason === 'update') void reinjectOpenTabs().catch(() => {});
  });
  browser.permissions.onAdded.addListener(() => void sync().catch(() => {}));
  browser.permissions.onRemoved.addListener(() => void sync().catch(() => {}));
}
