// Remembers the last focused editor of a page and its selection while the sidebar has focus, and restores them before inserting.
import { editingHost, isTextField } from './resolve';

export interface FocusTracker {
  /** The last editable element the user focused (text field, editing host, or editable iframe), if still in the page. */
  lastEditor(): HTMLElement | null;
  /** Focuses that editor again with its last selection; false when there is none. */
  restore(): boolean;
}

export interface FocusTrackerOptions {
  /** Elements to ignore (the sidebar's own fields). */
  ignore?: (el: Element) => boolean;
  signal?: AbortSignal;
}

interface Saved {
  el: HTMLElement;
  range?: Range;
  field?: { start: number; end: number; direction: 'forward' | 'backward' | 'none' };
}

function editableOf(node: EventTarget | null): HTMLElement | null {
  const el = node as HTMLElement | null;
  if (!el || typeof el.tagName !== 'string') return null;
  if (isTextField(el)) return el.readOnly || el.disabled ? null : el;
  if (el.isContentEditable) return editingHost(el);
  return null;
}

export function createFocusTracker(doc: Document, opts: FocusTrackerOptions = {}): FocusTracker {
  let saved: Saved | null = null;
  const watchedFrames = new WeakSet<Document>();

  /** Ignored when the element or any shadow host around it is ignored (the sidebar lives in a shadow root). */
  const ignored = (el: Element): boolean => {
    for (let n: Element | null = el; n; ) {
      if (opts.ignore?.(n)) return true;
      const root = n.getRootNode();
      n = root && 'host' in root ? ((root as ShadowRoot).host ?? null) : null;
    }
    return false;
  };

  const remember = (el: HTMLElement) => {
    if (ignored(el)) return;
    if (isTextField(el)) {
      saved = {
        el,
        field: { start: el.selectionStart ?? 0, end: el.selectionEnd ?? 0, direction: el.selectionDirection ?? 'none' },
      };
      return;
    }
    const sel = el.ownerDocument.getSelection();
    const range = sel && sel.rangeCount > 0 ? sel.getRangeAt(0) : null;
    const inside = range && el.contains(range.startContainer) && el.contains(range.endContainer);
    if (inside) saved = { el, range: range.cloneRange() };
    else if (saved?.el !== el) saved = { el };
  };

  const onFocusIn = (e: Event) => {
    const el = editableOf(e.composedPath()[0] ?? e.target);
    if (el) remember(el);
  };
  const onSelection = (d: Document) => () => {
    const active = d.activeElement;
    const el = editableOf(active);
    if (el) remember(el);
  };
  const listen = (d: Document) => {
    if (watchedFrames.has(d)) return;
    watchedFrames.add(d);
    const options = { capture: true, signal: opts.signal };
    d.addEventListener('focusin', onFocusIn, options);
    d.addEventListener('selectionchange', onSelection(d), options);
    d.addEventListener('keyup', onFocusIn, options);
    d.addEventListener('mouseup', onFocusIn, options);
  };
  listen(doc);

  // Editors inside same-origin iframes (CKEditor 4, TinyMCE): follow the frame's document too.
  const onFrameFocus = (e: Event) => {
    const frame = e.target as HTMLIFrameElement | null;
    if (frame?.tagName !== 'IFRAME') return;
    try {
      const inner = frame.contentDocument;
      if (inner) {
        listen(inner);
        const el = editableOf(inner.activeElement) ?? (inner.designMode === 'on' ? inner.body : null);
        if (el) remember(el);
      }
    } catch {
      // cross-origin frame: not ours to follow
    }
  };
  doc.addEventListener('focusin', onFrameFocus, { capture: true, signal: opts.signal });

  return {
    lastEditor() {
      if (!saved) return null;
      return saved.el.isConnected ? saved.el : null;
    },
    restore() {
      const s = saved;
      if (!s || !s.el.isConnected) return false;
      const d = s.el.ownerDocument;
      d.defaultView?.focus();
      s.el.focus({ preventScroll: true });
      if (s.field && isTextField(s.el)) {
        s.el.setSelectionRange(s.field.start, s.field.end, s.field.direction);
      } else if (s.range && s.el.contains(s.range.startContainer)) {
        const sel = d.getSelection();
        sel?.removeAllRanges();
        sel?.addRange(s.range);
      }
      return true;
    },
  };
}
