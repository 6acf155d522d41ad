// Unit tests of the HTML helpers: safe links, text → HTML, sanitizer.
import { describe, expect, it } from 'vitest';
import { sanitizeHtml, textToHtml } from '@/lib/templates/html';
import { isSafeHref } from '@/lib/pack/safe-href';

describe('html helpers', () => {
  it('accepts http(s) and mailto only', () => {
    expect(isSafeHref('https://a.fr/x')).toBe(true);
    expect(isSafeHref('mailto:a@b.fr')).toBe(true);
    expect(isSafeHref('java\tscript:alert(1)')).toBe(false);
    expect(isSafeHref('data:text/html,x')).toBe(false);
    expect(isSafeHref('/relative')).toBe(false);
  });

  it('turns text into paragraphs, line breaks and links, escaping it', () => {
    expect(textToHtml('Bonjour <b>,\n\nVoir https://a.fr/x.\nMerci')).toBe(
      '<p>Bonjour &lt;b&gt;,</p><p>Voir <a href="https://a.fr/x">https://a.fr/x</a>.<br>Merci</p>',
    );
  });

  it('closes open tags and escapes stray ampersands', () => {
    expect(sanitizeHtml('<p>a & b <strong>c')).toBe('<p>a &amp; b <strong>c</strong></p>');
    expect(sanitizeHtml('<ul><li>x<li>y</ul>')).toBe('<ul><li>x</li><li>y</li></ul>');
  });
});
