// @vitest-environment happy-dom
// Unit tests of editor resolution and detection: containers, editing hosts, replaced textareas, editor marks.
import { describe, it, expect, afterEach } from 'vitest';
import { detectEditor, resolveEditable } from '@/lib/insert/resolve';

afterEach(() => {
  document.body.innerHTML = '';
});

describe('resolveEditable', () => {
  it('finds the editing host inside a container and from a nested node', () => {
    document.body.innerHTML = '<div id="c"><div class="toolbar"></div><div id="e" contenteditable="true"><p id="p">x</p></div></div>';
    const host = document.getElementById('e');
    expect(resolveEditable(document.getElementById('c')!)).toBe(host);
    expect(resolveEditable(document.getElementById('p')!)).toBe(host);
  });

  it('returns text fields as they are and nothing for a plain element', () => {
    document.body.innerHTML = '<textarea id="t"></textarea><h1 id="h">Titre</h1>';
    expect(resolveEditable(document.getElementById('t')!)).toBe(document.getElementById('t'));
    expect(resolveEditable(document.getElementById('h')!)).toBeNull();
  });

  it('follows a hidden textarea to the rich editor next to it', () => {
    document.body.innerHTML =
      '<div><textarea id="t" style="display:none"></textarea><div class="box"><div id="e" contenteditable="true"></div></div></div>';
    expect(resolveEditable(document.getElementById('t')!)).toBe(document.getElementById('e'));
  });
});

describe('detectEditor', () => {
  const cases: [string, string][] = [
    ['<div contenteditable="true" class="ProseMirror"></div>', 'prosemirror'],
    ['<div class="DraftEditor-root"><div contenteditable="true" class="public-DraftEditor-content"></div></div>', 'draftjs'],
    ['<div contenteditable="true" class="ql-editor"></div>', 'quill'],
    ['<div contenteditable="true" data-lexical-editor="true"></div>', 'lexical'],
    ['<div contenteditable="true" data-slate-editor="true"></div>', 'slate'],
    ['<div contenteditable="true" class="ck ck-editor__editable"></div>', 'ckeditor5'],
    ['<div class="fr-box"><div contenteditable="true" class="fr-element"></div></div>', 'froala'],
    ['<div contenteditable="true"></div>', 'contenteditable'],
  ];
  for (const [html, kind] of cases) {
    it(`recognises ${kind}`, () => {
      document.body.innerHTML = html;
      const el = document.querySelector<HTMLElement>('[contenteditable]')!;
      expect(detectEditor(el)).toBe(kind);
    });
  }
});
