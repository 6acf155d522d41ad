// @vitest-environment happy-dom
// Unit tests of components/sidebar-fonts.ts: one document-level @font-face block, unique family, idempotent.
import { describe, expect, it } from 'vitest';
import { injectSidebarFonts, sidebarFontCss, SIDEBAR_FONT_FACES, SIDEBAR_FONT_FAMILY, SIDEBAR_FONTS_STYLE_ID } from '@/components/sidebar-fonts';

const url = (p: string) => `chrome-extension://abc/${p}`;

describe('sidebarFontCss', () => {
  it('declares one face per file, under the sidebar family only', () => {
    const css = sidebarFontCss(url);
    expect(css.match(/@font-face/g)).toHaveLength(SIDEBAR_FONT_FACES.length);
    expect(css).toContain(`font-family:"${SIDEBAR_FONT_FAMILY}"`);
    expect(css).toContain('url("chrome-extension://abc/fonts/Marianne-Bold.woff2") format("woff2")');
    expect(css).toContain('font-weight:700');
    // Only @font-face rules: nothing that could restyle the CRM page.
    expect(css.replace(/@font-face\{[^}]*\}/g, '').trim()).toBe('');
  });
});

describe('injectSidebarFonts', () => {
  it('adds a single style element to the head, even when called twice', () => {
    document.head.innerHTML = '';
    const first = injectSidebarFonts(document, url);
    const second = injectSidebarFonts(document, url);
    expect(second).toBe(first);
    expect(document.querySelectorAll(`#${SIDEBAR_FONTS_STYLE_ID}`)).toHaveLength(1);
    expect(first.parentElement).toBe(document.head);
    expect(first.textContent).toContain('Marianne-Regular.woff2');
  });
});
