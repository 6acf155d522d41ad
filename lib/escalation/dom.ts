// DOM helpers for filling third-party forms so their framework registers the values (native setters, real events, clicks).

export const sleep = (ms: number): Promise<void> => new Promise((ok) => setTimeout(ok, ms));

function win(el: Element): Window & typeof globalThis {
  return (el.ownerDocument.defaultView ?? globalThis) as Window & typeof globalThis;
}

/** The documents to search: the root and every same-origin iframe inside it (HubSpot's `iframe.hs-form-iframe`). */
export function allDocuments(root: Document): Document[] {
  const out: Document[] = [root];
  for (let i = 0; i < out.length; i++) {
    for (const frame of Array.from(out[i]!.querySelectorAll('iframe'))) {
      try {
        const d = (frame as HTMLIFrameElement).contentDocument;
        if (d && d.documentElement && !out.includes(d)) out.push(d);
      } catch {
        // cross-origin frame: not ours to fill
      }
    }
  }
  return out;
}

/** True when the element or an ancestor is hidden (attribute, display:none, visibility:hidden, hidden input). */
export function isHidden(el: Element): boolean {
  if (el.tagName === 'INPUT' && (el as HTMLInputElement).type === 'hidden') return true;
  const view = el.ownerDocument.defaultView;
  for (let n: Element | null = el; n; n = n.parentElement) {
    if ((n as HTMLElement).hidden) return true;
    const style = view?.getComputedStyle(n);
    if (style && (style.display === 'none' || style.visibility === 'hidden')) return true;
  }
  return false;
}

/** Sets `value` through the prototype's native setter, so that React's value tracker sees a change. */
export function setNativeValue(el: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement, value: string): void {
  const w = win(el);
  const proto =
    el.tagName === 'TEXTAREA'
      ? w.HTMLTextAreaElement.prototype
      : el.tagName === 'SELECT'
        ? w.HTMLSelectElement.prototype
        : w.HTMLInputElement.prototype;
  const setter = Object.getOwnPropertyDescriptor(proto, 'value')?.set;
  if (setter) setter.call(el, value);
  else el.value = value;
}

export function fire(el: Element, type: string): void {
  const w = win(el);
  let ev: Event;
  if (type === 'input' && typeof w.InputEvent === 'function') {
    ev = new w.InputEvent('input', { bubbles: true, cancelable: false, inputType: 'insertReplacementText' });
  } else if (type === 'focus' || type === 'blur') {
    ev = new w.FocusEvent(type, { bubbles: false });
  } else if (type === 'focusin' || type === 'focusout') {
    ev = new w.FocusEvent(type, { bubbles: true });
  } else {
    ev = new w.Event(type, { bubbles: true, cancelable: true });
  }
  el.dispatchEvent(ev);
}

/** Types a whole value into an input or textarea: focus, native set, input, change, blur. */
export function typeValue(el: HTMLInputElement | HTMLTextAreaElement, value: string): void {
  el.focus?.();
  setNativeValue(el, value);
  fire(el, 'input');
  fire(el, 'change');
  blur(el);
}

export function blur(el: HTMLElement): void {
  if (typeof el.blur === 'function' && el.ownerDocument.activeElement === el) el.blur();
  else {
    fire(el, 'blur');
    fire(el, 'focusout');
  }
}

/** A user-like click: pointer and mouse down/up, then click. */
export function userClick(el: Element): void {
  const w = win(el);
  const opts = { bubbles: true, cancelable: true, composed: true, button: 0 } as const;
  const Pointer = typeof w.PointerEvent === 'function' ? w.PointerEvent : w.MouseEvent;
  el.dispatchEvent(new Pointer('pointerdown', opts));
  el.dispatchEvent(new w.MouseEvent('mousedown', opts));
  el.dispatchEvent(new Pointer('pointerup', opts));
  el.dispatchEvent(new w.MouseEvent('mouseup', opts));
  if (typeof (el as HTMLElement).click === 'function') (el as HTMLElement).click();
  else el.dispatchEvent(new w.MouseEvent('click', opts));
}

/** Polls `probe` until it returns a truthy value or the timeout passes. */
export async function waitFor<T>(probe: () => T | null | undefined | false, timeoutMs: number, everyMs = 50): Promise<T | null> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const v = probe();
    if (v) return v;
    if (Date.now() >= end) return null;
    await sleep(everyMs);
  }
}

/** Visible text of an element without the text of embedded controls and option lists. */
export function ownText(el: Element): string {
  const clone = el.cloneNode(true) as Element;
  for (const n of Array.from(clone.querySelectorAll('select, option, textarea, [role=listbox], [role=option], .hs-form-required, script, style'))) {
    n.remove();
  }
  return (clone.textContent ?? '').replace(/\*/g, ' ').replace(/\s+/g, ' ').trim();
}

const FILLED_OUTLINE = '3px solid #18753c';
const MISSING_OUTLINE = '3px solid #b34000';

/** Outlines a field: green when filled, orange when it needs the référent's attention. */
export function highlight(el: HTMLElement, state: 'filled' | 'missing'): void {
  el.style.outline = state === 'filled' ? FILLED_OUTLINE : MISSING_OUTLINE;
  el.style.outlineOffset = '2px';
  el.setAttribute('data-aiguilleur', state);
}

/** Decodes a `data:` URL into a File created in the element's realm. */
export function dataUrlToFile(el: Element, dataUrl: string, name: string): File | null {
  const m = /^data:([^;,]+)?(;base64)?,(.*)$/s.exec(dataUrl);
  if (!m) return null;
  const w = win(el);
  const type = m[1] ?? 'application/octet-stream';
  const raw = m[2] ? w.atob(m[3]!) : decodeURIComponent(m[3]!);
  const bytes = new Uint8Array(raw.length);
  for (let i = 0; i < raw.length; i++) bytes[i] = raw.charCodeAt(i);
  return new w.File([bytes], name, { type });
}
