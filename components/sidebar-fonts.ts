// Marianne for the shadow-root sidebar: one document-level @font-face block under a family name no CRM page uses.
import { browser } from 'wxt/browser';
import '../lib/zod-config';

/** Family name to use inside the sidebar's shadow root (see --ag-font in theme.css). */
export const SIDEBAR_FONT_FAMILY = 'Marianne Aiguilleur';

/** Id of the <style> element added to the CRM document; also lets a second call be a no-op. */
export const SIDEBAR_FONTS_STYLE_ID = 'aiguilleur-sidebar-fonts';

export interface SidebarFontFace {
  /** Path inside the built extension: a DSFR font copied to fonts/ at build time (scripts/dsfr-fonts.ts), web-accessible. */
  path: string;
  weight: 400 | 500 | 700;
  style: 'normal' | 'italic';
}

export const SIDEBAR_FONT_FACES: readonly SidebarFontFace[] = [
  { path: 'fonts/Marianne-Regular.woff2', weight: 400, style: 'normal' },
  { path: 'fonts/Marianne-Regular_Italic.woff2', weight: 400, style: 'italic' },
  { path: 'fonts/Marianne-Medium.woff2', weight: 500, style: 'normal' },
  { path: 'fonts/Marianne-Bold.woff2', weight: 700, style: 'normal' },
];

/** The @font-face rules, with each file's URL given by `resolveUrl`. */
export function sidebarFontCss(resolveUrl: (path: string) => string): string {
  return SIDEBAR_FONT_FACES.map(
    (f) =>
      `@font-face{font-family:"${SIDEBAR_FONT_FAMILY}";src:url("${resolveUrl(f.path)}") format("woff2");` +
      `font-weight:${f.weight};font-style:${f.style};font-display:swap;}`,
  ).join('\n');
}

function extensionUrl(path: string): string {
  return browser.runtime.getURL(`/${path}` as Parameters<typeof browser.runtime.getURL>[0]);
}

/**
 * Declares Marianne for the sidebar at document level (a shadow root cannot declare fonts itself).
 * Adds nothing but @font-face rules, so the CRM page's own styles are untouched. Idempotent.
 */
export function injectSidebarFonts(doc: Document, resolveUrl: (path: string) => string = extensionUrl): HTMLStyleElement {
  const existing = doc.getElementById(SIDEBAR_FONTS_STYLE_ID);
  if (existing && existing.tagName === 'STYLE') return existing as HTMLStyleElement;
  const style = doc.createElement('style');
  style.id = SIDEBAR_FONTS_STYLE_ID;
  style.textContent = sidebarFontCss(resolveUrl);
  (doc.head ?? doc.documentElement).append(style);
  return style;
}

/**
 * The same faces through the FontFace API, for an extension page that does not load the DSFR (the popup): its CSP
 * (style-src 'self') refuses an inline <style>, while font-src 'self' lets FontFace fetch the packaged files.
 */
export function addSidebarFontFaces(doc: Document, resolveUrl: (path: string) => string = extensionUrl): FontFace[] {
  const faces = SIDEBAR_FONT_FACES.map(
    (f) => new FontFace(SIDEBAR_FONT_FAMILY, `url("${resolveUrl(f.path)}") format("woff2")`, { weight: String(f.weight), style: f.style, display: 'swap' }),
  );
  for (const face of faces) doc.fonts.add(face);
  return faces;
}
