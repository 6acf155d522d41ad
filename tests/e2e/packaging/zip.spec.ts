// Packaging: the store archives (Chrome MV3, Firefox MV2 + browser_specific_settings) and the sources archive for Firefox reviewers.
// Runs `wxt zip` for both browsers into its own folder (or inspects AIGUILLEUR_ZIP_DIR, e.g. ".output" after `npm run zip`).
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { test, expect } from '../fixtures';
import { ZipArchive } from './zip-reader';

const ROOT = resolve(import.meta.dirname, '../../..');
const pkg = JSON.parse(readFileSync(resolve(ROOT, 'package.json'), 'utf8')) as { name: string; version: string };
const ZIP_DIR = resolve(ROOT, process.env.AIGUILLEUR_ZIP_DIR || '.output-zip-check');
const zipPath = (suffix: string) => resolve(ZIP_DIR, `${pkg.name}-${pkg.version}-${suffix}.zip`);

interface Manifest {
  manifest_version: number;
  version: string;
  name: string;
  default_locale?: string;
  permissions?: string[];
  optional_permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  content_security_policy?: string | { extension_pages?: string };
  browser_specific_settings?: { gecko?: { id?: string; data_collection_permissions?: { required?: string[] } } };
  icons?: Record<string, string>;
}

const BROAD_HOSTS = ['<all_urls>', '*://*/*', 'http://*/*', 'https://*/*'];

test.describe.configure({ mode: 'serial' });
test.setTimeout(600_000);

test.beforeAll(() => {
  if (process.env.AIGUILLEUR_ZIP_DIR) return;
  rmSync(ZIP_DIR, { recursive: true, force: true });
  const env: NodeJS.ProcessEnv = { ...process.env, AIGUILLEUR_OUT_DIR: ZIP_DIR };
  delete env.AIGUILLEUR_ENTRYPOINTS;
  const wxt = resolve(ROOT, 'node_modules/.bin/wxt');
  execFileSync(wxt, ['zip'], { cwd: ROOT, env, stdio: 'pipe', timeout: 300_000 });
  execFileSync(wxt, ['zip', '-b', 'firefox'], { cwd: ROOT, env, stdio: 'pipe', timeout: 300_000 });
});

function checkCommon(zip: ZipArchive, manifest: Manifest): void {
  expect(manifest.version).toBe(pkg.version);
  expect(manifest.name).toBe('__MSG_extName__');
  expect(manifest.default_locale).toBe('fr');
  expect(zip.has('_locales/fr/messages.json')).toBe(true);
  // One catalogue: French whatever the browser's language.
  expect(zip.has('_locales/en/messages.json')).toBe(false);
  for (const size of ['16', '32', '48', '128']) expect(zip.has(manifest.icons?.[size] ?? `missing-${size}`), `icône ${size}`).toBe(true);
  // Broad hosts are optional only.
  const granted = [...(manifest.permissions ?? []), ...(manifest.host_permissions ?? [])];
  for (const broad of BROAD_HOSTS) expect(granted).not.toContain(broad);
  // No remote code: no remote script in the pages, a CSP that only allows the extension's own scripts.
  const csp = typeof manifest.content_security_policy === 'string' ? manifest.content_security_policy : manifest.content_security_policy?.extension_pages;
  const scriptSrc = csp?.split(';').map((d) => d.trim()).find((d) => d.startsWith('script-src'));
  expect(scriptSrc).toBe("script-src 'self'");
  expect(csp).not.toMatch(/unsafe-eval|unsafe-inline/);
  for (const page of zip.names().filter((n) => n.endsWith('.html'))) {
    expect(zip.text(page), page).not.toMatch(/<script[^>]+src=["']?(https?:)?\/\//i);
  }
  // Sidebar fonts are shipped.
  expect(zip.has('fonts/Marianne-Regular.woff2')).toBe(true);
}

test('archive Chrome (MV3)', () => {
  const file = zipPath('chrome');
  expect(existsSync(file), file).toBe(true);
  const zip = new ZipArchive(file);
  const manifest = zip.json<Manifest>('manifest.json');
  expect(manifest.manifest_version).toBe(3);
  checkCommon(zip, manifest);
  expect(manifest.host_permissions).toContain('https://app.hubspot.com/*');
  expect(manifest.optional_host_permissions).toEqual(expect.arrayContaining(['https://*.zendesk.com/*', 'https://*.freshdesk.com/*']));
  expect(manifest.browser_specific_settings).toBeUndefined();
});

test('archive Firefox (MV2 avec browser_specific_settings)', () => {
  const file = zipPath('firefox');
  expect(existsSync(file), file).toBe(true);
  const zip = new ZipArchive(file);
  const manifest = zip.json<Manifest>('manifest.json');
  expect(manifest.manifest_version).toBe(2);
  checkCommon(zip, manifest);
  expect(manifest.browser_specific_settings?.gecko?.id).toBe('aiguilleur@sisiao.dihal.gouv.fr');
  expect(manifest.browser_specific_settings?.gecko?.data_collection_permissions?.required).toEqual(['none']);
  expect(manifest.permissions).toContain('https://app.hubspot.com/*');
  expect(manifest.optional_permissions).toEqual(expect.arrayContaining(['https://*.zendesk.com/*', 'https://*.freshdesk.com/*']));
});

test('archive des sources pour les relecteurs Firefox', () => {
  const file = zipPath('sources');
  expect(existsSync(file), file).toBe(true);
  const names = new ZipArchive(file).names();
  for (const needed of ['package.json', 'package-lock.json', 'wxt.config.ts', 'tsconfig.json', 'entrypoints/background/index.ts', 'public/_locales/fr/messages.json']) {
    expect(names, needed).toContain(needed);
  }
  const forbidden = names.filter((n) => /^(node_modules|\.output[^/]*|\.wxt|\.git|test-results|playwright-report|coverage|tests|tmp)\//.test(n) || n.includes('/node_modules/'));
  expect(forbidden).toEqual([]);
  expect(statSync(file).size).toBeLessThan(20 * 1024 * 1024);
});
