// Makes sure Debian's browsers used by `npm run demo` and `npm test` are there: installs them as root, else says how, in French.
import { spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync } from 'node:fs';
import { delimiter, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** A Debian package the tests need, and how to tell it is there. */
export interface BrowserPackage {
  name: string;
  why: string;
  /** Executable names looked up on PATH (none: checked with dpkg-query only). */
  binaries: readonly string[];
  /** Environment variable that points at the executable instead. */
  envVar?: string;
}

/** The one list of packages (also used by .ci/run, through this script). */
export const BROWSER_PACKAGES: readonly BrowserPackage[] = [
  { name: 'chromium', why: 'démonstration et tests de bout en bout', binaries: ['chromium', 'chromium-browser'], envVar: 'CHROMIUM_PATH' },
  { name: 'chromium-l10n', why: 'fichiers de langue française de Chromium', binaries: [] },
  { name: 'firefox-esr', why: 'test de bout en bout de la version Firefox (npm run test:e2e:firefox)', binaries: ['firefox-esr', 'firefox'], envVar: 'FIREFOX_PATH' },
];

export interface Env {
  env: Record<string, string | undefined>;
  /** Effective user id (0 = root); null where the platform has none. */
  uid: number | null;
  /** Runs a command, output shown; returns its exit status (null when it could not start). */
  run(cmd: string, args: readonly string[]): number | null;
  /** Runs a command quietly; returns its exit status (null when it could not start). */
  probe(cmd: string, args: readonly string[]): number | null;
  log(line: string): void;
}

function isExecutable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** First executable called `name` on the PATH of `env`. */
export function onPath(name: string, env: Record<string, string | undefined>): string | null {
  for (const dir of (env.PATH ?? '').split(delimiter)) {
    if (!dir) continue;
    const file = join(dir, name);
    if (existsSync(file) && isExecutable(file)) return file;
  }
  return null;
}

/** Path of the package's executable (env override first), or null when it is missing. */
export function findExecutable(pkg: BrowserPackage, env: Record<string, string | undefined>): string | null {
  const override = pkg.envVar ? env[pkg.envVar] : undefined;
  if (override && existsSync(override)) return override;
  for (const name of pkg.binaries) {
    const p = onPath(name, env);
    if (p) return p;
  }
  return null;
}

/** Whether the package is there: its executable when it has one, else dpkg-query's "install ok installed". */
export function isPresent(pkg: BrowserPackage, e: Env): boolean {
  if (pkg.binaries.length > 0) return findExecutable(pkg, e.env) !== null;
  // Locale files: only Debian knows; no dpkg-query means not Debian, reported as missing.
  return e.probe('dpkg-query', ['-W', '-f=${Status}', pkg.name]) === 0;
}

export function installCommand(names: readonly string[], asRoot: boolean): string {
  const prefix = asRoot ? '' : 'sudo ';
  return `${prefix}apt-get update && ${prefix}apt-get install -y ${names.join(' ')}`;
}

/** Checks every package, installs the missing ones when it can; returns the exit code (0 = all there). */
export function ensureBrowsers(e: Env, packages: readonly BrowserPackage[] = BROWSER_PACKAGES): number {
  const missing = packages.filter((p) => !isPresent(p, e));
  if (missing.length === 0) {
    e.log(`Navigateurs : ${packages.map((p) => p.name).join(', ')} présents.`);
    return 0;
  }
  const names = missing.map((p) => p.name);
  for (const p of missing) e.log(`Manquant : ${p.name} (${p.why}).`);
  const canInstall = e.uid === 0 && e.probe('apt-get', ['--version']) === 0;
  if (!canInstall) {
    const why = e.probe('apt-get', ['--version']) === 0 ? 'il faut les droits administrateur' : 'apt-get est introuvable (système autre que Debian ?)';
    e.log(`Installation automatique impossible : ${why}. Lancez :`);
    e.log(`  ${installCommand(names, false)}`);
    e.log('puis relancez la commande.');
    return 1;
  }
  e.log('apt-get update…');
  if (e.run('apt-get', ['update', '-qq']) !== 0) {
    e.log(`Échec de « apt-get update ». Lancez vous-même : ${installCommand(names, true)}`);
    return 1;
  }
  for (const name of names) {
    e.log(`apt-get install -y ${name}…`);
    if (e.run('apt-get', ['install', '-y', '-qq', name]) !== 0) {
      e.log(`Échec de l’installation de ${name}. Lancez vous-même : ${installCommand([name], true)}`);
      return 1;
    }
  }
  const still = missing.filter((p) => !isPresent(p, e));
  if (still.length > 0) {
    e.log(`Toujours introuvable après installation : ${still.map((p) => p.name).join(', ')}.`);
    return 1;
  }
  e.log(`Installé : ${names.join(', ')}.`);
  return 0;
}

/** The real machine: this process's environment, uid and child processes. */
export function systemEnv(): Env {
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const spawn = (cmd: string, args: readonly string[], quiet: boolean): number | null => {
    const r = spawnSync(cmd, [...args], { stdio: quiet ? 'ignore' : 'inherit', env });
    return r.error ? null : r.status;
  };
  return {
    env,
    uid: typeof process.getuid === 'function' ? process.getuid() : null,
    run: (cmd, args) => spawn(cmd, args, false),
    probe: (cmd, args) => spawn(cmd, args, true),
    log: (line) => console.log(line),
  };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    process.exitCode = ensureBrowsers(systemEnv());
  } catch (err) {
    console.log(`Vérification des navigateurs impossible : ${err instanceof Error ? err.message : String(err)}`);
    process.exitCode = 1;
  }
}
