// Page object: an extension page used to send typed messages to the background as the sidebar would.
import { existsSync, readdirSync } from 'node:fs';
import type { BrowserContext, Page } from '@playwright/test';
import { EXTENSION_DIR } from '../../fixtures';

/** An extension page to run `chrome.runtime.sendMessage` from: a built HTML page if any, else the manifest. */
function extensionPagePath(): string {
  const html = existsSync(EXTENSION_DIR) ? readdirSync(EXTENSION_DIR).filter((f) => f.endsWith('.html')) : [];
  return html.find((f) => f === 'options.html') ?? html[0] ?? 'manifest.json';
}

export class ExtensionMessenger {
  private constructor(readonly page: Page) {}

  static async open(context: BrowserContext, extensionId: string): Promise<ExtensionMessenger> {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/${extensionPagePath()}`);
    return new ExtensionMessenger(page);
  }

  /** Sends one message in @webext-core/messaging's wire format and returns its result (throws its error). */
  async send<T>(type: string, data: unknown): Promise<T> {
    const reply = await this.page.evaluate(
      ([t, d]) => {
        type Reply = { res?: unknown; err?: { message?: string } };
        const runtime = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown, cb: (r: Reply) => void): void } } })
          .chrome.runtime;
        return new Promise<Reply>((ok) => runtime.sendMessage({ id: Date.now(), type: t, data: d, timestamp: Date.now() }, ok));
      },
      [type, data] as const,
    );
    if (reply?.err) throw new Error(reply.err.message ?? 'erreur');
    return reply?.res as T;
  }

  /**
   * Counts, from now on, the messages of one type that tabs send to the extension (this page listens without answering,
   * so the background still replies).
   */
  async countMessages(type: string): Promise<void> {
    await this.page.evaluate((t) => {
      const g = globalThis as unknown as {
        __counted?: Record<string, number>;
        chrome: { runtime: { onMessage: { addListener(l: (m: { type?: string }, s: { tab?: unknown }) => void): void } } };
      };
      g.__counted = { ...g.__counted, [t]: 0 };
      g.chrome.runtime.onMessage.addListener((m, sender) => {
        if (sender.tab && m?.type === t && g.__counted) g.__counted[t] = (g.__counted[t] ?? 0) + 1;
      });
    }, type);
  }

  messageCount(type: string): Promise<number> {
    return this.page.evaluate((t) => (globalThis as unknown as { __counted?: Record<string, number> }).__counted?.[t] ?? 0, type);
  }

  /** Removes keys of chrome.storage.local (e.g. `templateConfirmations`, so a draft template asks again). */
  async removeLocal(...keys: string[]): Promise<void> {
    await this.page.evaluate(async (k) => {
      const local = (globalThis as unknown as { chrome: { storage: { local: { remove(k: string[]): Promise<void> } } } }).chrome.storage.local;
      await local.remove(k);
    }, keys);
  }

  /** Patches the stored settings (wxt `local:settings` = chrome.storage.local `settings`); `undefined` removes a key. */
  async setSettings(patch: Record<string, unknown>): Promise<void> {
    await this.page.evaluate(async (p) => {
      type Local = { get(k: string): Promise<Record<string, unknown>>; set(v: Record<string, unknown>): Promise<void> };
      const local = (globalThis as unknown as { chrome: { storage: { local: Local } } }).chrome.storage.local;
      const current = ((await local.get('settings')).settings ?? {}) as Record<string, unknown>;
      const next: Record<string, unknown> = { ...current, ...p };
      for (const [k, v] of Object.entries(p)) if (v === undefined) delete next[k];
      await local.set({ settings: next });
    }, patch);
  }
}
