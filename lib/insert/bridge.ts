// Isolated world side of the insertion bridge: asks the main world to insert (editors see its events), else inserts from here.
import { insertContentSchema, type InsertContent, type InsertResult } from './types';
import { insertIntoEditor } from './insert';
import { BRIDGE_EVENTS, TARGET_ATTR, bridgeAvailable, bridgeNonce, bridgeResponseSchema, createNonce, emit, parseDetail, type BridgeRequest } from './bridge-protocol';

// The content script installs the bridge and inserts through it: both from here.
export { installInsertBridge } from './bridge-injector';

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
