// Unit tests of scripts/dsfr-fonts.ts: the DSFR @font-face sources become one woff2 from /fonts/.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { dsfrWoff2Files, rewriteDsfrFontUrls } from '@/scripts/dsfr-fonts';
import { SIDEBAR_FONT_FACES } from '@/components/sidebar-fonts';

const ROOT = resolve(import.meta.dirname, '../../..');

describe('rewriteDsfrFontUrls', () => {
  it('keeps the woff2 source, from /fonts/, and drops the woff fallback', () => {
    const css =
      '@font-face{font-family:Marianne;src:url(fonts/Marianne-Light.woff2) format("woff2"),url(fonts/Marianne-Light.woff) format("woff")}';
    expect(rewriteDsfrFontUrls(css)).toBe('@font-face{font-family:Marianne;src:url(/fonts/Marianne-Light.woff2) format("woff2")}');
  });

  it('rewrites every @font-face of the real DSFR stylesheet and leaves icon URLs alone', () => {
    const css = readFileSync(resolve(ROOT, 'node_modules/@gouvfr/dsfr/dist/dsfr.main.min.css'), 'utf8');
    const out = rewriteDsfrFontUrls(css);
    expect(out).not.toMatch(/url\([^)]*\.woff\)/);
    expect(out).not.toMatch(/url\(fonts\//);
    expect(out.match(/url\(\/fonts\/[^)]+\.woff2\)/g)?.length).toBe(css.match(/\.woff2\)/g)?.length);
    expect(out).toContain('url(icons/system/');
  });
});

describe('dsfrWoff2Files', () => {
  it('includes every font the sidebar declares', () => {
    const files = dsfrWoff2Files(ROOT).map((f) => `fonts/${f}`);
    for (const face of SIDEBAR_FONT_FACES) expect(files).toContain(face.path);
  });
});
