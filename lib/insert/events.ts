// Insertion through the events an editor listens to: synthetic paste, beforeinput, execCommand, and text-field edits.
import type { InsertContent } from './types';
import { trustedHtml } from './trusted-html';

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** HTML for a plain text: blank lines make paragraphs, single newlines make line breaks. */
export function textToHtml(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n{2,}/)
    .map((p) => `<p>${p.split('\n').map(escapeHtml).join('<br>')}</p>`)
    .join('');
}

function fillData(dt: DataTransfer, content: InsertContent): DataTransfer {
  dt.setData('text/plain', content.text);
  dt.setData('text/html', content.html ?? textToHtml(content.text));
  return dt;
}

function dataTransfer(win: Window, content: InsertContent): DataTransfer {
  const Ctor = (win as unknown as { DataTransfer: typeof DataTransfer }).DataTransfer;
  return fillData(new Ctor(), content);
}

/** The element under the caret inside `root` (events are dispatched where a real paste would start). */
function caretElement(root: HTMLElement): HTMLElement {
  const sel = root.ownerDocument.getSelection();
  const node = sel && sel.rangeCount > 0 ? sel.getRangeAt(0).startContainer : null;
  const el = node ? (node.nodeType === 1 ? (node as HTMLElement) : node.parentElement) : null;
  return el && root.contains(el) ? el : root;
}

/** Dispatches a synthetic paste; true when an editor handled it (cancelled the default). */
export function dispatchPaste(root: HTMLElement, content: InsertContent): boolean {
  const win = root.ownerDocument.defaultView;
  if (!win) return false;
  const Ctor = (win as unknown as { ClipboardEvent: typeof ClipboardEvent }).ClipboardEvent;
  const event = new Ctor('paste', { clipboardData: dataTransfer(win, content), bubbles: true, cancelable: true, composed: true });
  // Firefox ignores `clipboardData` in the init and gives the event an empty, writable one of its own: fill that one.
  if (event.clipboardData && !event.clipboardData.types.includes('text/plain')) fillData(event.clipboardData, content);
  return !caretElement(root).dispatchEvent(event);
}

/** Dispatches beforeinput insertFromPaste with a DataTransfer (Slate, Lexical); true when handled. */
export function dispatchBeforeInput(root: HTMLElement, content: InsertContent): boolean {
  const win = root.ownerDocument.defaultView;
  if (!win) return false;
  const Ctor = (win as unknown as { InputEvent: typeof InputEvent }).InputEvent;
  const event = new Ctor('beforeinput', {
    inputType: 'insertFromPaste',
    dataTransfer: dataTransfer(win, content),
    bubbles: true,
    cancelable: true,
    composed: true,
  });
  return !caretElement(root).dispatchEvent(event);
}

/** execCommand insertHTML (browser undo stack); false when the browser refused. */
export function execInsertHtml(root: HTMLElement, content: InsertContent): boolean {
  const doc = root.ownerDocument;
  const html = content.html ?? textToHtml(content.text);
  try {
    return doc.execCommand('insertHTML', false, trustedHtml(doc.defaultView, html) as string);
  } catch {
    return false;
  }
}

/** execCommand insertText: plain text, newlines become the browser's line breaks. */
export function execInsertText(root: HTMLElement, content: InsertContent): boolean {
  try {
    return root.ownerDocument.execCommand('insertText', false, content.text);
  } catch {
    return false;
  }
}

/** Text fields: execCommand insertText (native undo), else setRangeText; then input + change so the page sees it. */
export function insertInTextField(field: HTMLTextAreaElement | HTMLInputElement, content: InsertContent): boolean {
  if (field.readOnly || field.disabled) return false;
  const text = field.tagName === 'INPUT' ? content.text.replace(/\s*\n+\s*/g, ' ') : content.text;
  const start = field.selectionStart ?? field.value.length;
  const end = field.selectionEnd ?? start;
  const before = field.value;
  const expected = before.slice(0, start) + text + before.slice(end);
  let done = false;
  try {
    done = field.ownerDocument.execCommand('insertText', false, text) && field.value === expected;
  } catch {
    done = false;
  }
  const win = field.ownerDocument.defaultView;
  if (!done) {
    field.value = before; // undo a partial execCommand
    field.setRangeText(text, start, end, 'end');
    const Ev = (win as unknown as { InputEvent: typeof InputEvent } | null)?.InputEvent ?? InputEvent;
    field.dispatchEvent(new Ev('input', { bubbles: true, inputType: 'insertFromPaste', data: text }));
  }
  const Base = (win as unknown as { Event: typeof Event } | null)?.Event ?? Event;
  field.dispatchEvent(new Base('change', { bubbles: true }));
  return field.value === expected;
}
