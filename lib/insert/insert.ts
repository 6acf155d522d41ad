// The insertion engine: puts a réponse type into whatever editor the help desk uses, checks it landed, else copies it.
import { insertContentSchema, type EditorKind, type InsertContent, type InsertMethod, type InsertResult } from './types';
import { detectEditor, isTextField, resolveEditable } from './resolve';
import { snapshot, waitFor } from './verify';
import { applyRange, caretAtEnd, moveCaretBack, rangeInside, visibleLength } from './caret';
import { dispatchBeforeInput, dispatchPaste, execInsertHtml, execInsertText, insertInTextField } from './events';
import { insertWithApi } from './editor-apis';
import { htmlToText } from './trusted-html';
import { copyToClipboard } from './clipboard';

type Step = 'field' | 'paste' | 'beforeinput' | 'api' | 'execHtml' | 'execText';

/** Methods tried in order for each editor family: the one its model accepts first, then fallbacks. */
const PLANS: Record<EditorKind, Step[]> = {
  textarea: ['field'],
  prosemirror: ['paste', 'execHtml'],
  draftjs: ['paste'],
  quill: ['paste', 'execHtml'],
  lexical: ['paste', 'beforeinput'],
  slate: ['beforeinput', 'paste'],
  ckeditor5: ['paste', 'api'],
  froala: ['api', 'paste', 'execHtml'],
  squire: ['paste', 'execHtml'],
  ckeditor4: ['api', 'paste', 'execHtml'],
  tinymce: ['api', 'paste', 'execHtml'],
  contenteditable: ['paste', 'execHtml', 'execText'],
};

const MESSAGES = {
  copied: "L'éditeur n'a pas accepté le texte : il a été copié dans le presse-papiers, collez-le avec Ctrl+V.",
  noEditor: "Aucun éditeur de réponse trouvé : le texte a été copié dans le presse-papiers, collez-le avec Ctrl+V.",
  nothing: "Impossible d'insérer le texte ni de le copier : copiez-le depuis la barre Aiguilleur.",
  invalid: 'Texte à insérer invalide : rien n’a été inséré.',
} as const;

function methodName(kind: EditorKind, step: Step): InsertMethod {
  if (kind === 'textarea') return 'textarea';
  if (step === 'execHtml' || step === 'execText') return kind === 'contenteditable' ? 'contenteditable' : 'execCommand';
  return kind;
}

function runStep(step: Step, el: HTMLElement, kind: EditorKind, content: InsertContent): boolean {
  switch (step) {
    case 'field':
      return isTextField(el) && insertInTextField(el, content);
    case 'paste':
      return dispatchPaste(el, content);
    case 'beforeinput':
      return dispatchBeforeInput(el, content);
    case 'api':
      return insertWithApi(kind, el, content);
    case 'execHtml':
      return el.getAttribute('contenteditable') !== 'plaintext-only' && execInsertHtml(el, content);
    case 'execText':
      return execInsertText(el, content);
  }
}

// Range.START_TO_START / END_TO_END, without reaching for the Range global.
const START_TO_START = 0;
const END_TO_END = 2;

const tick = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Focuses the editable without losing its selection; puts the caret at the end when it had none. True if the selection moved. */
function prepareFocus(el: HTMLElement): boolean {
  const doc = el.ownerDocument;
  if (isTextField(el)) {
    if (doc.activeElement !== el) el.focus({ preventScroll: true });
    return false;
  }
  const saved = rangeInside(el);
  const frame = doc.defaultView?.frameElement as HTMLElement | null | undefined;
  if (frame) doc.defaultView?.focus();
  if (!el.contains(doc.activeElement) && doc.activeElement !== el) el.focus({ preventScroll: true });
  const now = rangeInside(el);
  if (saved && (!now || now.compareBoundaryPoints(START_TO_START, saved) !== 0 || now.compareBoundaryPoints(END_TO_END, saved) !== 0)) {
    applyRange(el, saved);
    return true;
  }
  if (!saved && !now) {
    caretAtEnd(el);
    return true;
  }
  return false;
}

/** Moves the caret to `content.caretOffset` once the text is in (the caret is after the insertion by then). */
async function placeCaret(el: HTMLElement, content: InsertContent, fieldStart: number): Promise<void> {
  const offset = content.caretOffset;
  if (offset === undefined || offset >= content.text.length) return;
  if (isTextField(el)) {
    const pos = fieldStart + (el.tagName === 'INPUT' ? content.text.slice(0, offset).replace(/\s*\n+\s*/g, ' ').length : offset);
    el.setSelectionRange(pos, pos);
    return;
  }
  moveCaretBack(el, visibleLength(content.text.slice(offset)));
  await tick(30); // editors read the DOM selection on selectionchange
}

async function clipboardFallback(doc: Document, content: InsertContent, noEditor: boolean): Promise<InsertResult> {
  const copied = await copyToClipboard(doc, content.text, content.html);
  return copied
    ? { method: 'clipboard', ok: false, verified: false, copied: true, message: noEditor ? MESSAGES.noEditor : MESSAGES.copied }
    : { method: 'none', ok: false, verified: false, copied: false, message: MESSAGES.nothing };
}

/**
 * Inserts `content` into the editor at or inside `target`, at its caret, in a way the editor's own model keeps.
 * Works in the page's main world (and, with fewer editors reachable, in an isolated world).
 */
export async function insertIntoEditor(target: HTMLElement, content: InsertContent): Promise<InsertResult> {
  const parsed = insertContentSchema.safeParse(content);
  if (!parsed.success) return { method: 'none', ok: false, verified: false, message: MESSAGES.invalid };
  const value = parsed.data;
  const el = resolveEditable(target);
  if (!el) return clipboardFallback(target.ownerDocument, value, true);
  const kind = detectEditor(el);
  if (prepareFocus(el)) await tick(30);
  const fieldStart = isTextField(el) ? Math.min(el.selectionStart ?? el.value.length, el.selectionEnd ?? el.value.length) : 0;
  const expected = [value.text];
  if (value.html) expected.push(htmlToText(el.ownerDocument, value.html));
  for (const step of PLANS[kind]) {
    const snap = snapshot(el, expected);
    let ran = false;
    try {
      ran = runStep(step, el, kind, value);
    } catch {
      ran = false;
    }
    if (!ran && !snap.changed()) continue;
    if (await waitFor(() => snap.landed(), 400)) {
      await placeCaret(el, value, fieldStart);
      return { method: methodName(kind, step), ok: true, verified: true };
    }
    // The editor changed but our text is not recognisable: do not insert a second time.
    if (snap.changed()) return { method: methodName(kind, step), ok: true, verified: false };
  }
  return clipboardFallback(el.ownerDocument, value, false);
}
