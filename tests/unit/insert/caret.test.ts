// @vitest-environment happy-dom
// Unit tests of caret helpers: counting visible characters and moving back across text nodes.
import { describe, it, expect } from 'vitest';
import { moveCaretBack, visibleLength } from '@/lib/insert/caret';

describe('visibleLength', () => {
  it('ignores spaces, newlines, nbsp and zero-width characters', () => {
    expect(visibleLength('a b\n\nc\u00a0d\u200b\ufeff')).toBe(4);
  });
});

describe('moveCaretBack', () => {
  it('moves the caret back over visible characters across blocks', () => {
    const root = document.createElement('div');
    root.innerHTML = '<p>Cordialement,</p><p>Le réf</p>';
    document.body.appendChild(root);
    const last = root.lastChild!.firstChild as Text;
    const sel = document.getSelection()!;
    sel.collapse(last, last.length);
    expect(moveCaretBack(root, visibleLength('Le réf'))).toBe(true);
    expect(sel.anchorNode).toBe(last);
    expect(sel.anchorOffset).toBe(0);
    expect(moveCaretBack(root, 1)).toBe(true);
    expect(sel.anchorNode).toBe(root.firstChild!.firstChild);
    expect(sel.anchorOffset).toBe('Cordialement'.length);
    root.remove();
  });
});
