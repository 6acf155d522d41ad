// @vitest-environment happy-dom
// Unit tests of the insertion bridge protocol: nonce, target marking, zod validation, fallback when nobody answers.
import { describe, it, expect, vi, afterEach } from 'vitest';
import { BRIDGE_EVENTS, TARGET_ATTR, bridgeAvailable, bridgeNonce } from '@/lib/insert/bridge-protocol';
import { requestInsert } from '@/lib/insert/bridge';
import { serveInsertBridge } from '@/lib/insert/bridge-server';
import type { InsertResult } from '@/lib/insert/types';

afterEach(() => {
  document.body.innerHTML = '';
});

function textarea(): HTMLTextAreaElement {
  const ta = document.createElement('textarea');
  document.body.appendChild(ta);
  return ta;
}

describe('insert bridge', () => {
  it('routes a request to the main-world handler with the marked target, and returns its result', async () => {
    const ta = textarea();
    const seen: { target: HTMLElement; text: string; marked: string | null }[] = [];
    const stop = serveInsertBridge(window, bridgeNonce(document), async (target, content) => {
      seen.push({ target, text: content.text, marked: target.getAttribute(TARGET_ATTR) });
      return { method: 'prosemirror', ok: true, verified: true } satisfies InsertResult;
    });
    const result = await requestInsert(document, ta, { text: 'Bonjour' }, 1000);
    stop();
    expect(result).toEqual({ method: 'prosemirror', ok: true, verified: true });
    expect(seen).toHaveLength(1);
    expect(seen[0]!.target).toBe(ta);
    expect(seen[0]!.text).toBe('Bonjour');
    expect(seen[0]!.marked).toMatch(/^[0-9a-f]{12}$/);
    expect(ta.hasAttribute(TARGET_ATTR)).toBe(false);
  });

  it('ignores requests and pings that do not carry its nonce', () => {
    const handler = vi.fn();
    const stop = serveInsertBridge(window, 'a'.repeat(32), handler);
    expect(bridgeAvailable(document)).toBe(false); // our nonce differs
    document.dispatchEvent(
      new CustomEvent(BRIDGE_EVENTS.request, { detail: JSON.stringify({ nonce: 'b'.repeat(32), id: 'x', content: { text: 't' } }) }),
    );
    stop();
    expect(handler).not.toHaveBeenCalled();
  });

  it('rejects malformed requests (zod) without calling the editor', () => {
    const handler = vi.fn();
    const nonce = bridgeNonce(document);
    const stop = serveInsertBridge(window, nonce, handler);
    document.dispatchEvent(new CustomEvent(BRIDGE_EVENTS.request, { detail: JSON.stringify({ nonce, id: 'x', content: { text: 42 } }) }));
    document.dispatchEvent(new CustomEvent(BRIDGE_EVENTS.request, { detail: '{not json' }));
    stop();
    expect(handler).not.toHaveBeenCalled();
  });

  it('inserts from the isolated world when no bridge answers', async () => {
    const ta = textarea();
    ta.value = 'ab';
    ta.setSelectionRange(1, 1);
    expect(bridgeAvailable(document)).toBe(false);
    const result = await requestInsert(document, ta, { text: 'X' }, 200);
    expect(result.method).toBe('textarea');
    expect(result.ok).toBe(true);
    expect(ta.value).toBe('aXb');
  });

  it('answers with a French message when the target left the page', async () => {
    const ta = textarea();
    const nonce = bridgeNonce(document);
    const stop = serveInsertBridge(window, nonce, async () => ({ method: 'textarea', ok: true, verified: true }));
    const detached = document.createElement('div');
    const pending = requestInsert(document, detached, { text: 'x' }, 1000);
    const result = await pending;
    stop();
    expect(result.ok).toBe(false);
    expect(result.message).toMatch(/plus dans la page/);
    expect(ta.value).toBe('');
  });
});
