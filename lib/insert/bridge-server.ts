// Main world side of the insertion bridge: answers the content script's requests carrying the session nonce.
import type { InsertContent, InsertResult } from './types';
import { insertIntoEditor } from './insert';
import { BRIDGE_EVENTS, TARGET_ATTR, bridgePingSchema, bridgeRequestSchema, emit, parseDetail } from './bridge-protocol';

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
