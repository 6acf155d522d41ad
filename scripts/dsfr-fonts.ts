// Build helper: serves the DSFR fonts from one stable folder (fonts/, woff2 only) for the extension pages and the sidebar.
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';

/** Where the fonts land in the built extension. */
export const FONTS_DIR = 'fonts';

export function dsfrFontsSourceDir(root: string): string {
  return resolve(root, 'node_modules/@gouvfr/dsfr/dist/fonts');
}

/** The woff2 files of the DSFR package (Marianne, Spectral). */
export function dsfrWoff2Files(root: string): string[] {
  return readdirSync(dsfrFontsSourceDir(root))
    .filter((f) => f.endsWith('.woff2'))
    .sort();
}

/**
 * Rewrites the DSFR stylesheets' @font-face sources: drops the woff fallbacks (every supported browser reads woff2)
 * and points woff2 to the copied /fonts/ folder, so each font is shipped once and the sidebar can reuse the same files.
 */
export function rewriteDsfrFontUrls(css: string): string {
  return css
    .replace(/,\s*url\(\s*(["']?)fonts\/[^)"']+\.woff\1\s*\)\s*format\(\s*(["'])woff\2\s*\)/g, '')
    .replace(/url\(\s*(["']?)fonts\/([^)"']+\.woff2)\1\s*\)/g, `url(/${FONTS_DIR}/$2)`);
}

export function dsfrFontsVitePlugin(): Plugin {
  return {
    name: 'aiguilleur:dsfr-fonts',
    enforce: 'pre',
    // The rewritten URLs point to files copied at build time: tell Vite they are external (no "didn't resolve" warning).
    config: () => ({ build: { rolldownOptions: { external: [new RegExp(`^/${FONTS_DIR}/[^/]+\\.woff2$`)] } } }),
    transform(code, id) {
      if (!/[\\/]@gouvfr[\\/]dsfr[\\/]dist[\\/].*\.css(\?|$)/.test(id)) return null;
      return { code: rewriteDsfrFontUrls(code), map: null };
    },
  };
}
