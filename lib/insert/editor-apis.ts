// Insertion through the editors' own APIs when the page exposes them (CKEditor 4 and 5, TinyMCE, Froala): one undo step each.
import type { EditorKind, InsertContent } from './types';
import { hostWindow } from './resolve';
import { textToHtml } from './events';

/* The editors' APIs are untyped here on purpose: they belong to the page, we only call a few documented methods. */
/* eslint-disable @typescript-eslint/no-explicit-any */
type Any = any;

function html(content: InsertContent): string {
  return content.html ?? textToHtml(content.text);
}

/**
 * Drops the <p> around the first and last paragraphs, so that CKEditor 4 and TinyMCE join them to the paragraph
 * around the caret (as ProseMirror and the others do) instead of splitting it into extra lines.
 */
export function unwrapEdgeParagraphs(source: string): string {
  const first = /^\s*<p(?:\s[^>]*)?>([\s\S]*?)<\/p>([\s\S]*)$/i.exec(source);
  if (!first) return source;
  const head = first[1] ?? '';
  const rest = first[2] ?? '';
  if (!rest.trim()) return head;
  const last = /^([\s\S]*)<p(?:\s[^>]*)?>([\s\S]*?)<\/p>\s*$/i.exec(rest);
  return last ? head + (last[1] ?? '') + (last[2] ?? '') : head + rest;
}

function ckeditor4(el: HTMLElement, content: InsertContent): boolean {
  const CK = (hostWindow(el.ownerDocument) as Any)?.CKEDITOR ?? (el.ownerDocument.defaultView as Any)?.CKEDITOR;
  if (!CK?.instances) return false;
  const editor = Object.values(CK.instances as Record<string, Any>).find((e) => {
    try {
      return e.document?.$ === el.ownerDocument || e.editable?.()?.$ === el;
    } catch {
      return false;
    }
  });
  if (!editor) return false;
  editor.focus();
  editor.fire('saveSnapshot');
  editor.insertHtml(unwrapEdgeParagraphs(html(content)));
  editor.fire('saveSnapshot');
  editor.fire('change');
  return true;
}

function tinymce(el: HTMLElement, content: InsertContent): boolean {
  const tm = (hostWindow(el.ownerDocument) as Any)?.tinymce;
  if (!tm) return false;
  const all: Any[] = typeof tm.get === 'function' ? [].concat(tm.get() ?? []) : [];
  const editor = all.find((e) => e?.getBody?.() === el) ?? (tm.activeEditor?.getBody?.() === el ? tm.activeEditor : null);
  if (!editor) return false;
  editor.focus();
  editor.undoManager.transact(() => editor.insertContent(unwrapEdgeParagraphs(html(content))));
  return true;
}

function ckeditor5(el: HTMLElement, content: InsertContent): boolean {
  const editor = (el as Any).ckeditorInstance;
  if (!editor?.model || !editor?.data) return false;
  editor.model.change(() => editor.model.insertContent(editor.data.parse(html(content))));
  return true;
}

function froalaInstance(el: HTMLElement): Any {
  for (let n: HTMLElement | null = el; n; n = n.parentElement) {
    const inst = (n as Any)['data-froala.editor'];
    if (inst) return inst;
  }
  const all: Any[] = (el.ownerDocument.defaultView as Any)?.FroalaEditor?.INSTANCES ?? [];
  return all.find((e) => e?.el === el) ?? null;
}

/** Inner HTML of each paragraph when `source` is only a sequence of <p>…</p>; null otherwise. */
export function splitParagraphs(source: string): string[] | null {
  const parts: string[] = [];
  const re = /^\s*<p(?:\s[^>]*)?>([\s\S]*?)<\/p>/i;
  let rest = source;
  for (let m = re.exec(rest); m; m = re.exec(rest)) {
    parts.push(m[1] ?? '');
    rest = rest.slice(m[0].length);
  }
  return parts.length > 0 && !rest.trim() ? parts : null;
}

function froala(el: HTMLElement, content: InsertContent): boolean {
  const editor = froalaInstance(el);
  if (!editor?.html?.insert) return false;
  const source = html(content);
  const paragraphs = editor.cursor?.enter ? splitParagraphs(source) : null;
  editor.undo?.saveStep?.();
  // Froala's html.insert splits the caret's paragraph around block content: insert paragraph by paragraph instead.
  if (paragraphs) {
    paragraphs.forEach((p, i) => {
      if (i > 0) editor.cursor.enter();
      if (p) editor.html.insert(p);
    });
  } else editor.html.insert(source);
  editor.undo?.saveStep?.();
  editor.events?.trigger?.('contentChanged');
  return true;
}

const APIS: Partial<Record<EditorKind, (el: HTMLElement, content: InsertContent) => boolean>> = {
  ckeditor4,
  tinymce,
  ckeditor5,
  froala,
};

/** Inserts through the editor's API; false when the page does not expose it. */
export function insertWithApi(kind: EditorKind, el: HTMLElement, content: InsertContent): boolean {
  const api = APIS[kind];
  return api ? api(el, content) : false;
}
