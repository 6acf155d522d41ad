// Finds a help desk's reply editor: the editable area inside the smallest ancestor of the send button that holds only one.
import { queryAllFirstHook, queryFirstHook } from './dom';
import type { ReportRecorder } from './report';

/** Editable areas, most specific first (ProseMirror, Draft.js, CKEditor 5, Froala, Quill, Lexical, any contenteditable, textarea). */
export const EDITABLE_SELECTORS = [
  'div.ProseMirror[contenteditable="true"]',
  '.public-DraftEditor-content[contenteditable="true"]',
  '[data-contents="true"]',
  '.ck-editor__editable[contenteditable="true"]',
  'div.fr-element.fr-view[contenteditable]',
  '.ql-editor[contenteditable="true"]',
  '[data-lexical-editor="true"]',
  '[contenteditable="true"]',
  'textarea',
];

/** Draft.js: the editable element is the one around `[data-contents]`. */
function editableOf(el: HTMLElement): HTMLElement {
  if (el.matches('[data-contents]')) return (el.closest('[contenteditable="true"]') as HTMLElement | null) ?? el;
  return el;
}

/** The reply editor near a send button; falls back to the first editable matching `editorSelectors` in `scope`. Records the hooks in `report`. */
export function findReplyEditor(
  scope: ParentNode,
  sendButtonSelectors: readonly string[],
  editorSelectors: readonly string[] = EDITABLE_SELECTORS,
  report?: ReportRecorder,
): HTMLElement | null {
  const { els: buttons, selector: buttonHook } = queryAllFirstHook<HTMLElement>(scope, sendButtonSelectors);
  if (buttonHook) report?.hit('sendButton', buttonHook, true);
  const sendSel = sendButtonSelectors.join(',');
  for (const button of buttons) {
    let node: HTMLElement | null = button.parentElement;
    while (node) {
      let count = 1;
      try {
        count = node.querySelectorAll(sendSel).length;
      } catch {
        count = 1;
      }
      if (count > 1) break;
      const editor = queryFirstHook<HTMLElement>(node, editorSelectors);
      if (editor) {
        report?.hit('editor', `${editor.selector} (près du bouton d'envoi)`, true);
        return editableOf(editor.el);
      }
      if (node === scope) break;
      node = node.parentElement;
    }
  }
  const any = queryFirstHook<HTMLElement>(scope, editorSelectors);
  if (any) report?.hit('editor', any.selector, true);
  return any ? editableOf(any.el) : null;
}
