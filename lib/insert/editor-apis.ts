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
  editor.insertHtml(html(content));
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
  editor.undoManager.transact(() => editor.insertContent(html(content)));
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

function froala(el: HTMLElement, content: InsertContent): boolean {
  const editor = froalaInstance(el);
  if (!editor?.html?.insert) return false;
  editor.undo?.saveStep?.();
  editor.html.insert(html(content));
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
