// The extension pages present in the build under test (options, suivi, welcome, popup… whichever exist), read from its files.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { EXTENSION_DIR } from '../../fixtures';

/** Pages the a11y suite expects once every area is built; the ones missing from the build are skipped, not failed. */
export const EXPECTED_PAGES = ['options.html', 'suivi.html', 'welcome.html', 'popup.html'] as const;

interface BuiltManifest {
  options_ui?: { page?: string };
  action?: { default_popup?: string };
}

/** HTML pages at the root of the built extension plus the ones the manifest names, sorted. */
export function builtExtensionPages(dir: string = EXTENSION_DIR): string[] {
  const manifestPath = resolve(dir, 'manifest.json');
  if (!existsSync(manifestPath)) return [];
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as BuiltManifest;
  const pages = new Set(readdirSync(dir).filter((f) => f.endsWith('.html')));
  for (const p of [manifest.options_ui?.page, manifest.action?.default_popup]) if (p) pages.add(p.replace(/^\//, ''));
  return [...pages].sort();
}

export function extensionPageUrl(extensionId: string, page: string): string {
  return `chrome-extension://${extensionId}/${page}`;
}
