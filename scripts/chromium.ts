// Finds Debian's Chromium and Firefox ESR (scripts/browsers.ts) and builds the launch options that load the built extension.
import { BROWSER_PACKAGES, findExecutable } from './browsers';

function browserPath(name: string): string {
  const pkg = BROWSER_PACKAGES.find((p) => p.name === name)!;
  const found = findExecutable(pkg, process.env);
  if (found) return found;
  throw new Error(`${name} introuvable : lancez « npx tsx scripts/browsers.ts » (ou apt-get install -y ${name}).`);
}

/** Debian's Chromium ($CHROMIUM_PATH first). */
export function chromiumPath(): string {
  return browserPath('chromium');
}

/** Debian's Firefox ESR ($FIREFOX_PATH first). */
export function firefoxPath(): string {
  return browserPath('firefox-esr');
}

export const BASE_CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-gpu',
  '--no-first-run',
  '--disable-quic',
];

export function extensionArgs(extensionDir: string): string[] {
  return [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`];
}
