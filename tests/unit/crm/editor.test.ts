// @vitest-environment happy-dom
// Reply editor lookup: the editable next to the one send button, never one in another composer.
import { describe, expect, it } from 'vitest';
import { findReplyEditor } from '@/lib/crm/editor';

const SEND = ['[data-send]'];

describe('findReplyEditor', () => {
  it('returns the editable inside the smallest ancestor holding one send button', () => {
    document.body.innerHTML =
      '<div id="a"><div contenteditable="true" id="ed-a"></div><div><button data-send>Envoyer</button></div></div>' +
      '<div id="b"><textarea id="ed-b"></textarea><button data-send>Envoyer</button></div>';
    expect(findReplyEditor(document, SEND)?.id).toBe('ed-a');
    expect(findReplyEditor(document.getElementById('b')!, SEND)?.id).toBe('ed-b');
  });

  it('prefers the rich editor over another editable in the same composer', () => {
    document.body.innerHTML = '<div><input contenteditable="true" id="to"><div class="ProseMirror" contenteditable="true" id="pm"></div><button data-send></button></div>';
    expect(findReplyEditor(document, SEND)?.id).toBe('pm');
  });

  it('falls back to any editable when there is no send button, and null when there is none', () => {
    document.body.innerHTML = '<div class="ql-editor" contenteditable="true" id="q"></div>';
    expect(findReplyEditor(document, SEND)?.id).toBe('q');
    document.body.innerHTML = '<p>rien</p>';
    expect(findReplyEditor(document, SEND)).toBeNull();
  });
});
