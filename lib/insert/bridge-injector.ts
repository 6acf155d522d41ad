// Injects the main-world bridge script (entrypoints/page-bridge.ts) into the page from the content script.
import { NONCE_ATTR, bridgeAvailable, bridgeNonce } from './bridge-protocol';

/** Path of the main-world script built from entrypoints/page-bridge.ts. */
const PAGE_BRIDGE_PATH = '/page-bridge.js';

/**
 * Content script, once at mount: injects the main-world bridge script (extension URL, allowed by strict CSPs) and
 * waits briefly for it to answer. Never throws: without it, requestInsert inserts from the isolated world.
 */
export async function installInsertBridge(ctx?: { signal?: AbortSignal }, doc: Document = document, waitMs = 1500): Promise<boolean> {
  if (bridgeAvailable(doc)) return true;
  const nonce = bridgeNonce(doc);
  try {
    const { browser } = await import('wxt/browser');
    const script = doc.createElement('script');
    script.setAttribute(NONCE_ATTR, nonce);
    script.src = (browser.runtime.getURL as (path: string) => string)(PAGE_BRIDGE_PATH);
    (doc.head ?? doc.documentElement).append(script);
    ctx?.signal?.addEventListener('abort', () => script.remove());
  } catch {
    return false; // Trusted Types or CSP refused the script: isolated-world fallback
  }
  const end = Date.now() + waitMs;
  while (Date.now() < end) {
    if (bridgeAvailable(doc)) return true;
    await new Promise((r) => setTimeout(r, 50));
  }
  return false;
}
