// Finds the editable element behind an insertion target (the editable, its container, an iframe, a replaced textarea) and names its editor.
import type { EditorKind } from './types';

const TEXT_INPUT_TYPES = new Set(['', 'text', 'search', 'email', 'url', 'tel']);

export function isTextField(el: Element): el is HTMLTextAreaElement | HTMLInputElement {
  if (el.tagName === 'TEXTAREA') return true;
  return el.tagName === 'INPUT' && TEXT_INPUT_TYPES.has(((el as HTMLInputElement).getAttribute('type') ?? '').toLowerCase());
}

function isHidden(el: HTMLElement): boolean {
  const view = el.ownerDocument.defaultView;
  const style = view?.getComputedStyle(el);
  return !!style && (style.display === 'none' || style.visibility === 'hidden');
}

function isEditableHost(el: HTMLElement): boolean {
  return el.isContentEditable || el.ownerDocument.designMode === 'on';
}

/** The outermost contenteditable ancestor (the editing host) of an editable element. */
export function editingHost(el: HTMLElement): HTMLElement {
  let host = el;
  while (host.parentElement && host.parentElement.isContentEditable) host = host.parentElement;
  return host;
}

function frameBody(frame: HTMLIFrameElement): HTMLElement | null {
  try {
    return frame.contentDocument?.body ?? null;
  } catch {
    return null; // cross-origin
  }
}

const INNER_SELECTOR = [
  '[contenteditable]:not([contenteditable="false"])',
  'iframe',
  'textarea',
  'input:not([type])',
  'input[type="text"]',
  'input[type="search"]',
  'input[type="email"]',
].join(', ');

/** The element that really receives the text: a text field, an editing host, or the body of an editable iframe. */
export function resolveEditable(target: HTMLElement, depth = 0): HTMLElement | null {
  if (depth > 3) return null;
  if (target.tagName === 'IFRAME') {
    const body = frameBody(target as HTMLIFrameElement);
    return body ? resolveEditable(body, depth + 1) : null;
  }
  if (isTextField(target)) {
    if (!isHidden(target)) return target;
    // A textarea replaced by a rich editor (CKEditor 4, TinyMCE, Froala…): the editor sits next to it.
    const around = target.parentElement?.querySelectorAll<HTMLElement>(INNER_SELECTOR) ?? [];
    for (const el of Array.from(around)) {
      if (el !== target && !isTextField(el)) {
        const found = resolveEditable(el, depth + 1);
        if (found) return found;
      }
    }
    return null;
  }
  if (target.isContentEditable) return editingHost(target);
  if (target.ownerDocument.designMode === 'on') return target.ownerDocument.body;
  const candidates = Array.from(target.querySelectorAll<HTMLElement>(INNER_SELECTOR)).filter((el) => !isHidden(el));
  const editable = candidates.find((el) => el.isContentEditable);
  if (editable) return editingHost(editable);
  for (const el of candidates) {
    const found = el.tagName === 'IFRAME' ? resolveEditable(el, depth + 1) : isTextField(el) ? el : null;
    if (found) return found;
  }
  return null;
}

/** Same-origin parent window of an iframe document (where CKEditor 4 or TinyMCE keep their API), if any. */
export function hostWindow(doc: Document): Window | null {
  const view = doc.defaultView;
  try {
    const frame = view?.frameElement;
    return frame ? frame.ownerDocument.defaultView : view;
  } catch {
    return view;
  }
}

/** Names the editor that owns an editable element, from the marks each library leaves in the DOM. */
export function detectEditor(el: HTMLElement): EditorKind {
  if (isTextField(el)) return 'textarea';
  const rec = el as unknown as Record<string, unknown>;
  const cls = el.classList;
  const doc = el.ownerDocument;
  if (doc.defaultView?.frameElement && el === doc.body) {
    if (cls.contains('cke_editable')) return 'ckeditor4';
    if (cls.contains('mce-content-body') || el.id === 'tinymce') return 'tinymce';
  }
  if (cls.contains('ProseMirror') || 'pmViewDesc' in rec) return 'prosemirror';
  if (cls.contains('public-DraftEditor-content') || el.closest('.DraftEditor-root')) return 'draftjs';
  if (cls.contains('ql-editor')) return 'quill';
  if (el.dataset.lexicalEditor === 'true' || '__lexicalEditor' in rec) return 'lexical';
  if (el.dataset.slateEditor === 'true') return 'slate';
  if (cls.contains('ck-editor__editable') || 'ckeditorInstance' in rec) return 'ckeditor5';
  if (cls.contains('fr-element') || el.closest('.fr-box')) return 'froala';
  if (cls.contains('cke_editable')) return 'ckeditor4';
  if (cls.contains('mce-content-body')) return 'tinymce';
  if (el.dataset.squire !== undefined || cls.contains('squire')) return 'squire';
  return 'contenteditable';
}

export { isEditableHost };
