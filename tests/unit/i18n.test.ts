// Unit tests of lib/i18n.ts and of "French everywhere": one catalogue, French whatever the browser says, no English left in what the référent sees.
import { describe, expect, it, vi, afterEach } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { browser } from 'wxt/browser';
import { FRENCH_MESSAGES, messagesLanguage, substitute, t } from '@/lib/i18n';
import config from '../../wxt.config';

const ROOT = resolve(import.meta.dirname, '../..');

afterEach(() => vi.restoreAllMocks());

/** Common English words that are not French words: one of them in a user-facing string means English text slipped in. */
const ENGLISH_WORDS = [
  'the', 'and', 'with', 'your', 'you', 'for', 'from', 'this', 'that', 'welcome', 'tracking', 'settings', 'classify', 'answer',
  'escalate', 'open', 'close', 'save', 'saved', 'cancel', 'help', 'sidebar', 'toggle', 'shortcut', 'shortcuts', 'keyboard', 'profile',
  'first', 'last', 'name', 'email', 'required', 'error', 'errors', 'loading', 'home', 'skip', 'footer', 'try', 'now',
];
// Letter boundaries that know accents (\b does not: « forêt » would match « for »).
const ENGLISH = new RegExp(`(?<![\\p{L}\\p{N}])(${ENGLISH_WORDS.join('|')})(?![\\p{L}\\p{N}])`, 'giu');

/** The English words of `text`, or [] (URLs, __MSG_ keys and template variables such as {{siao.email}} are not words). */
function englishIn(text: string): string[] {
  const words = text.replace(/https?:\/\/\S+|chrome:\/\/\S+|about:\S+|__MSG_\w+__|\{\{[^}]*\}\}/g, ' ');
  return words.match(ENGLISH) ?? [];
}

describe('englishIn (the detector itself)', () => {
  it('finds English page chrome', () => {
    expect(englishIn('Welcome to Aiguilleur')).toEqual(['Welcome']);
    expect(englishIn('Tracking — Aiguilleur')).toEqual(['Tracking']);
    expect(englishIn('Classify, answer and escalate SI SIAO requests')).toEqual(['Classify', 'answer', 'and', 'escalate']);
  });
  it('lets French through', () => {
    expect(englishIn('Qualifier, répondre et escalader les sollicitations SI SIAO depuis le CRM.')).toEqual([]);
    expect(englishIn('Ouvrir la page https://app.hubspot.com/the-and')).toEqual([]);
    expect(englishIn('Les réponses types l’utilisent avec {{siao.email}}')).toEqual([]);
    expect(englishIn('Une forêt, un bâton, ça close-t-il ?')).toEqual(['close']);
  });
});

describe('substitute', () => {
  it('replaces numbered substitutions and keeps escaped dollars', () => {
    expect(substitute('$1 — $2 ($$)', ['a', 'b'])).toBe('a — b ($)');
  });
  it('accepts a single string and blanks missing ones', () => {
    expect(substitute('Version $1$2', '0.1.0')).toBe('Version 0.1.0');
  });
});

describe('t', () => {
  it('gives the French text with its substitutions', () => {
    expect(t('welcomeTitle')).toBe('Bienvenue dans Aiguilleur');
    expect(t('layoutVersion', '1.2.3')).toBe('Version 1.2.3');
    expect(messagesLanguage()).toBe('fr');
  });
  it('stays French when the browser would answer in another language', () => {
    const spy = vi.spyOn(browser.i18n, 'getMessage').mockReturnValue('Welcome to Aiguilleur');
    expect(t('welcomeTitle')).toBe('Bienvenue dans Aiguilleur');
    expect(messagesLanguage()).toBe('fr');
    expect(spy).not.toHaveBeenCalled();
  });
});

describe('French everywhere', () => {
  it('has one message catalogue, French', () => {
    expect(readdirSync(resolve(ROOT, 'public/_locales'))).toEqual(['fr']);
    expect(FRENCH_MESSAGES.lang.message).toBe('fr');
  });

  it('has no English message in the catalogue', () => {
    const found = Object.entries(FRENCH_MESSAGES).flatMap(([key, { message }]) => englishIn(message).map((w) => `${key}: ${w}`));
    expect(found).toEqual([]);
  });

  for (const browserName of ['chrome', 'firefox'] as const) {
    it(`manifest (${browserName}): default locale fr, every __MSG_ key in the catalogue, no English text`, async () => {
      const manifestFn = config.manifest as (env: { browser: string; manifestVersion: number; mode: string; command: string }) => unknown;
      const manifest = await manifestFn({ browser: browserName, manifestVersion: browserName === 'firefox' ? 2 : 3, mode: 'production', command: 'build' });
      const json = JSON.stringify(manifest);
      expect((manifest as { default_locale?: string }).default_locale).toBe('fr');
      for (const [, key] of json.matchAll(/__MSG_(\w+)__/g)) expect(Object.keys(FRENCH_MESSAGES), `__MSG_${key}__`).toContain(key);
      const texts: string[] = [];
      const walk = (v: unknown, field: string) => {
        if (typeof v === 'string' && ['name', 'short_name', 'description', 'default_title'].includes(field)) texts.push(v);
        else if (v && typeof v === 'object') for (const [k, child] of Object.entries(v)) walk(child, k);
      };
      walk(manifest, '');
      expect(texts.length).toBeGreaterThan(2);
      expect(texts.flatMap(englishIn)).toEqual([]);
    });
  }

  it('extension pages: <html lang="fr"> and a French <title>', () => {
    const dir = resolve(ROOT, 'entrypoints');
    const pages = readdirSync(dir)
      .map((name) => resolve(dir, name, 'index.html'))
      .filter((f) => existsSync(f));
    expect(pages.length).toBeGreaterThanOrEqual(4);
    for (const file of pages) {
      const html = readFileSync(file, 'utf8');
      expect(html, file).toMatch(/<html[^>]*\blang="fr"/);
      const title = /<title>([^<]*)<\/title>/.exec(html)?.[1] ?? '';
      expect(title, file).not.toBe('');
      expect(englishIn(title), file).toEqual([]);
    }
  });

  it('package description is French', () => {
    const pkg = JSON.parse(readFileSync(resolve(ROOT, 'package.json'), 'utf8')) as { description: string };
    expect(englishIn(pkg.description)).toEqual([]);
  });
});
