// Unit tests of the HTML reshaping done before calling editors' APIs (CKEditor 4, TinyMCE, Froala).
import { describe, it, expect } from 'vitest';
import { splitParagraphs, unwrapEdgeParagraphs } from '@/lib/insert/editor-apis';

describe('unwrapEdgeParagraphs', () => {
  it('unwraps the first and last paragraphs only', () => {
    expect(unwrapEdgeParagraphs('<p>A</p><p class="x">B <b>b</b></p><p>C<br>D</p>')).toBe('A<p class="x">B <b>b</b></p>C<br>D');
    expect(unwrapEdgeParagraphs('<p>Seul</p>')).toBe('Seul');
    expect(unwrapEdgeParagraphs('<pre>code</pre>')).toBe('<pre>code</pre>');
  });
});

describe('splitParagraphs', () => {
  it('splits a paragraph sequence and refuses other HTML', () => {
    expect(splitParagraphs('<p>A</p>\n<p>B <a href="u">l</a></p>')).toEqual(['A', 'B <a href="u">l</a>']);
    expect(splitParagraphs('<p>A</p><ul><li>x</li></ul>')).toBeNull();
    expect(splitParagraphs('texte')).toBeNull();
  });
});
