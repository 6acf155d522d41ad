// @vitest-environment happy-dom
// Unit tests of the focus tracker: remembers the last editor and its selection, ignores the sidebar, restores both.
import { describe, it, expect, afterEach } from 'vitest';
import { createFocusTracker } from '@/lib/insert/focus-tracker';

afterEach(() => {
  document.body.innerHTML = '';
});

describe('createFocusTracker', () => {
  it('remembers a textarea and its selection while another field takes focus, then restores them', () => {
    document.body.innerHTML = '<textarea id="reply">Bonjour Madame</textarea><div data-aiguilleur-host><input id="search"></div>';
    const controller = new AbortController();
    const tracker = createFocusTracker(document, {
      ignore: (el) => Boolean(el.closest('[data-aiguilleur-host]')),
      signal: controller.signal,
    });
    const reply = document.getElementById('reply') as HTMLTextAreaElement;
    const search = document.getElementById('search') as HTMLInputElement;
    expect(tracker.lastEditor()).toBeNull();
    reply.focus();
    reply.setSelectionRange(8, 8);
    reply.dispatchEvent(new Event('keyup', { bubbles: true }));
    search.focus();
    search.value = 'mot de passe';
    expect(tracker.lastEditor()).toBe(reply);
    reply.setSelectionRange(0, 0); // the page moved it meanwhile
    expect(tracker.restore()).toBe(true);
    expect(document.activeElement).toBe(reply);
    expect(reply.selectionStart).toBe(8);
    controller.abort();
  });

  it('has nothing to restore when no editor was focused, and forgets editors removed from the page', () => {
    document.body.innerHTML = '<div id="e" contenteditable="true">x</div>';
    const tracker = createFocusTracker(document);
    expect(tracker.restore()).toBe(false);
    const el = document.getElementById('e')!;
    el.focus();
    el.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    expect(tracker.lastEditor()).toBe(el);
    el.remove();
    expect(tracker.lastEditor()).toBeNull();
    expect(tracker.restore()).toBe(false);
  });
});

describe('createFocusTracker and shadow roots', () => {
  it('ignores fields inside an ignored shadow host (the sidebar)', () => {
    document.body.innerHTML = '<textarea id="reply"></textarea><div id="host" data-aiguilleur-host></div>';
    const tracker = createFocusTracker(document, { ignore: (el) => Boolean(el.closest('[data-aiguilleur-host]')) });
    const reply = document.getElementById('reply') as HTMLTextAreaElement;
    const shadow = document.getElementById('host')!.attachShadow({ mode: 'open' });
    const input = document.createElement('input');
    shadow.appendChild(input);
    reply.focus();
    input.focus();
    input.dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true }));
    expect(tracker.lastEditor()).toBe(reply);
  });
});
