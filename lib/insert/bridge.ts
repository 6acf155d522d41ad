// Bridge between the content script (isolated world) and the page's main world, where editors see our synthetic events.
import { z } from 'zod';
import { insertContentSchema, insertResultSchema, type InsertContent, type InsertResult } from './types';
import { insertIntoEditor } from './index';

export const BRIDGE_EVENTS = {
  request: 'aiguilleur:insert-request',
  response: 'aiguilleur:insert-response',
  ping: 'aiguilleur:insert-ping',
  pong: 'aiguilleur:insert-pong',
} as const;

/** Attribute that marks the target element so the main world can find it. */
export const TARGET_ATTR = 'data-aiguilleur-insert-target';
/** Attribute of the injected script element carrying the nonce of the session. */
export const NONCE_ATTR = 'data-aiguilleur-nonce';

export const bridgeRequestSchema = z.object({
  nonce: z.string().min(8),
  id: z.string().min(1),
  content: insertContentSchema,
});
export const bridgeResponseSchema = z.object({
  nonce: z.string().min(8),
  id: z.string().min(1),
  result: insertResultSchema,
});
export const bridgePingSchema = z.object({ nonce: z.string().min(8) });
export type BridgeRequest = z.infer<typeof bridgeRequestSchema>;

/** Events carry JSON strings: objects do not cross between worlds, strings do (Chrome and Firefox). */
function parseDetail<T>(schema: z.ZodType<T>, event: Event): T | null {
  const detail = (event as CustomEvent<unknown>).detail;
  if (typeof detail !== 'string') return null;
  try {
    const r = schema.safeParse(JSON.parse(detail));
    return r.success ? r.data : null;
  } catch {
    return null;
  }
}

function emit(doc: Document, type: string, payload: unknown): void {
  const Ctor = (doc.defaultView as unknown as { CustomEvent: typeof CustomEvent } | null)?.CustomEvent ?? CustomEvent;
  doc.dispatchEvent(new Ctor(type, { detail: JSON.stringify(payload) }));
}

export function createNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** Finds a marked target in the document or in its same-origin iframes. */
function findTarget(doc: Document, id: string): HTMLElement | null {
  const selector = `[${TARGET_ATTR}="${id}"]`;
  const here = doc.querySelector<HTMLElement>(selector);
  if (here) return here;
  for (const frame of Array.from(doc.querySelectorAll('iframe'))) {
    try {
      const found = frame.contentDocument?.querySelector<HTMLElement>(selector);
      if (found) return found;
    } catch {
      // cross-origin
    }
  }
  return null;
}

/**
 * Main world: answers insertion requests carrying `nonce`. Returns a function that stops serving.
 * `insert` is injectable for tests.
 */
export function serveInsertBridge(
  win: Window,
  nonce: string,
  insert: (target: HTMLElement, content: InsertContent) => Promise<InsertResult> = insertIntoEditor,
): () => void {
  const doc = win.document;
  const onPing = (e: Event) => {
    const ping = parseDetail(bridgePingSchema, e);
    if (ping?.nonce === nonce) emit(doc, BRIDGE_EVENTS.pong, { nonce });
  };
  const onRequest = (e: Event) => {
    const req = parseDetail(bridgeRequestSchema, e);
    if (!req || req.nonce !== nonce) return;
    const target = findTarget(doc, req.id);
    const answer = (result: InsertResult) => emit(doc, BRIDGE_EVENTS.response, { nonce, id: req.id, result });
    if (!target) {
      answer({ method: 'none', ok: false, verified: false, message: "L'éditeur visé n'est plus dans la page." });
      return;
    }
    insert(target, req.content).then(answer, () =>
      answer({ method: 'none', ok: false, verified: false, message: "L'insertion a échoué dans la page." }),
    );
  };
  doc.addEventListener(BRIDGE_EVENTS.ping, onPing);
  doc.addEventListener(BRIDGE_EVENTS.request, onRequest);
  emit(doc, BRIDGE_EVENTS.pong, { nonce });
  return () => {
    doc.removeEventListener(BRIDGE_EVENTS.ping, onPing);
    doc.removeEventListener(BRIDGE_EVENTS.request, onRequest);
  };
}

const nonces = new WeakMap<Document, string>();

/** Isolated world: the nonce shared with the main-world script of this document (created on first use). */
export function bridgeNonce(doc: Document): string {
  let n = nonces.get(doc);
  if (!n) {
    n = createNonce();
    nonces.set(doc, n);
  }
  return n;
}

/** True when a main-world bridge answers in this document (answers synchronously). */
export function bridgeAvailable(doc: Document): boolean {
  const nonce = bridgeNonce(doc);
  let seen = false;
  const onPong = (e: Event) => {
    if (parseDetail(bridgePingSchema, e)?.nonce === nonce) seen = true;
  };
  doc.addEventListener(BRIDGE_EVENTS.pong, onPong);
  emit(doc, BRIDGE_EVENTS.ping, { nonce });
  doc.removeEventListener(BRIDGE_EVENTS.pong, onPong);
  return seen;
}

/**
 * Isolated world: asks the main world to insert into `target`; falls back to inserting from here when no bridge
 * answers (or it times out).
 */
export async function requestInsert(doc: Document, target: HTMLElement, content: InsertContent, timeoutMs = 6000): Promise<InsertResult> {
  const parsed = insertContentSchema.safeParse(content);
  if (!parsed.success) return { method: 'none', ok: false, verified: false, message: 'Texte à insérer invalide : rien n’a été inséré.' };
  const value = parsed.data;
  if (!bridgeAvailable(doc)) return insertIntoEditor(target, value);
  const nonce = bridgeNonce(doc);
  const id = createNonce().slice(0, 12);
  target.setAttribute(TARGET_ATTR, id);
  try {
    return await new Promise<InsertResult>((resolve) => {
      const timer = setTimeout(() => {
        doc.removeEventListener(BRIDGE_EVENTS.response, onResponse);
        resolve(insertIntoEditor(target, value));
      }, timeoutMs);
      const onResponse = (e: Event) => {
        const res = parseDetail(bridgeResponseSchema, e);
        if (!res || res.nonce !== nonce || res.id !== id) return;
        clearTimeout(timer);
        doc.removeEventListener(BRIDGE_EVENTS.response, onResponse);
        resolve(res.result);
      };
      doc.addEventListener(BRIDGE_EVENTS.response, onResponse);
      emit(doc, BRIDGE_EVENTS.request, { nonce, id, content: value } satisfies BridgeRequest);
    });
  } finally {
    target.removeAttribute(TARGET_ATTR);
  }
}

/** Path of the main-world script built from entrypoints/page-bridge.ts. */
export const PAGE_BRIDGE_PATH = '/page-bridge.js';

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
