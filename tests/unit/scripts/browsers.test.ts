// Unit tests of scripts/browsers.ts: browsers found, installed as root (fake apt), or the French command printed otherwise.
import { describe, expect, it } from 'vitest';
import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BROWSER_PACKAGES, ensureBrowsers, findExecutable, type Env } from '@/scripts/browsers';

/** A PATH directory holding fake executables with the given names. */
function binDir(names: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'aiguilleur-bin-'));
  for (const n of names) {
    writeFileSync(join(dir, n), '#!/bin/sh\n');
    chmodSync(join(dir, n), 0o755);
  }
  return dir;
}

interface Fake extends Env {
  calls: string[];
  lines: string[];
}

/** A machine where nothing is installed; `apt-get install` drops the executables into `dir` and marks dpkg packages. */
function fakeMachine(opts: { uid: number | null; apt: boolean; dir: string; l10n?: boolean }): Fake {
  const dpkg = new Set<string>(opts.l10n ? ['chromium-l10n'] : []);
  const calls: string[] = [];
  const lines: string[] = [];
  return {
    env: { PATH: opts.dir, CHROMIUM_PATH: join(opts.dir, 'absent-chromium') },
    uid: opts.uid,
    calls,
    lines,
    log: (l) => lines.push(l),
    probe: (cmd, args) => {
      if (cmd === 'apt-get') return opts.apt ? 0 : null;
      if (cmd === 'dpkg-query') return dpkg.has(args[args.length - 1]!) ? 0 : 1;
      return null;
    },
    run: (cmd, args) => {
      calls.push([cmd, ...args].join(' '));
      if (cmd === 'apt-get' && args[0] === 'install') {
        const name = args[args.length - 1]!;
        const pkg = BROWSER_PACKAGES.find((p) => p.name === name)!;
        if (pkg.binaries.length > 0) {
          writeFileSync(join(opts.dir, pkg.binaries[0]!), '#!/bin/sh\n');
          chmodSync(join(opts.dir, pkg.binaries[0]!), 0o755);
        } else dpkg.add(name);
      }
      return 0;
    },
  };
}

describe('findExecutable', () => {
  const chromium = BROWSER_PACKAGES.find((p) => p.name === 'chromium')!;
  it('honours CHROMIUM_PATH, then the PATH', () => {
    const dir = binDir(['chromium', 'my-chromium']);
    expect(findExecutable(chromium, { PATH: dir, CHROMIUM_PATH: join(dir, 'my-chromium') })).toBe(join(dir, 'my-chromium'));
    expect(findExecutable(chromium, { PATH: dir, CHROMIUM_PATH: join(dir, 'nope') })).toBe(join(dir, 'chromium'));
  });
  it('is null when chromium is neither on PATH nor at CHROMIUM_PATH', () => {
    expect(findExecutable(chromium, { PATH: binDir([]), CHROMIUM_PATH: '/nonexistent/chromium' })).toBeNull();
  });
});

describe('ensureBrowsers', () => {
  it('does nothing when every package is there', () => {
    const m = fakeMachine({ uid: 1000, apt: true, dir: binDir(['chromium', 'firefox-esr']), l10n: true });
    expect(ensureBrowsers(m)).toBe(0);
    expect(m.calls).toEqual([]);
  });

  it('as root with apt-get: updates once, installs each missing package, one line per step', () => {
    const m = fakeMachine({ uid: 0, apt: true, dir: binDir([]) });
    expect(ensureBrowsers(m)).toBe(0);
    expect(m.calls).toEqual([
      'apt-get update -qq',
      'apt-get install -y -qq chromium',
      'apt-get install -y -qq chromium-l10n',
      'apt-get install -y -qq firefox-esr',
    ]);
    expect(m.lines.filter((l) => l.startsWith('apt-get'))).toEqual([
      'apt-get update…',
      'apt-get install -y chromium…',
      'apt-get install -y chromium-l10n…',
      'apt-get install -y firefox-esr…',
    ]);
  });

  it('installs only what is missing', () => {
    const m = fakeMachine({ uid: 0, apt: true, dir: binDir(['firefox-esr']), l10n: true });
    expect(ensureBrowsers(m)).toBe(0);
    expect(m.calls).toEqual(['apt-get update -qq', 'apt-get install -y -qq chromium']);
  });

  it('not root: installs nothing, prints the exact French command and fails', () => {
    const m = fakeMachine({ uid: 1000, apt: true, dir: binDir(['firefox-esr']), l10n: true });
    expect(ensureBrowsers(m)).toBe(1);
    expect(m.calls).toEqual([]);
    expect(m.lines).toContain('  sudo apt-get update && sudo apt-get install -y chromium');
    expect(m.lines.join('\n')).toMatch(/droits administrateur/);
  });

  it('no apt-get (not Debian): says so and prints the command', () => {
    const m = fakeMachine({ uid: 0, apt: false, dir: binDir([]) });
    expect(ensureBrowsers(m)).toBe(1);
    expect(m.calls).toEqual([]);
    expect(m.lines).toContain('  sudo apt-get update && sudo apt-get install -y chromium chromium-l10n firefox-esr');
    expect(m.lines.join('\n')).toMatch(/apt-get est introuvable/);
  });

  it('fails when apt-get install fails', () => {
    const m = fakeMachine({ uid: 0, apt: true, dir: binDir(['firefox-esr']), l10n: true });
    m.run = (cmd, args) => (m.calls.push([cmd, ...args].join(' ')), args[0] === 'install' ? 100 : 0);
    expect(ensureBrowsers(m)).toBe(1);
    expect(m.lines.join('\n')).toMatch(/Échec de l’installation de chromium/);
  });
});
