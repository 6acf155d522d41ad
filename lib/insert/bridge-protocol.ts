// The insertion bridge's protocol between the isolated and main worlds: event names, marks, zod schemas, JSON event codec, nonce and handshake.
import { z } from 'zod';
import { insertContentSchema, insertResultSchema } from './types';

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
export function parseDetail<T>(schema: z.ZodType<T>, event: Event): T | null {
  const detail = (event as CustomEvent<unknown>).detail;
  if (typeof detail !== 'string') return null;
  try {
    const r = schema.safeParse(JSON.parse(detail));
    return r.success ? r.data : null;
  } catch {
    return null;
  }
}

export function emit(doc: Document, type: string, payload: unknown): void {
  const Ctor = (doc.defaultView as unknown as { CustomEvent: typeof CustomEvent } | null)?.CustomEvent ?? CustomEvent;
  doc.dispatchEvent(new Ctor(type, { detail: JSON.stringify(payload) }));
}

export function createNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
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
