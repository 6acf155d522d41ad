// Unit tests of lib/i18n.ts: French fallback, substitutions, and both locales carrying the same keys.
import { describe, expect, it, vi, afterEach } from 'vitest';
import { browser } from 'wxt/browser';
import { FRENCH_MESSAGES, substitute, t, type MessageKey } from '@/lib/i18n';
import en from '@/public/_locales/en/messages.json';

afterEach(() => vi.restoreAllMocks());

describe('substitute', () => {
  it('replaces numbered substitutions and keeps escaped dollars', () => {
    expect(substitute('$1 — $2 ($$)', ['a', 'b'])).toBe('a — b ($)');
  });
  it('accepts a single string and blanks missing ones', () => {
    expect(substitute('Version $1$2', '0.1.0')).toBe('Version 0.1.0');
  });
});

describe('t', () => {
  it('falls back to the French text when the browser has no message', () => {
    vi.spyOn(browser.i18n, 'getMessage').mockReturnValue('');
    expect(t('welcomeTitle')).toBe('Bienvenue dans Aiguilleur');
    expect(t('layoutVersion', '1.2.3')).toBe('Version 1.2.3');
  });
  it('falls back to French when the browser API throws', () => {
    vi.spyOn(browser.i18n, 'getMessage').mockImplementation(() => {
      throw new Error('no i18n');
    });
    expect(t('navSuivi')).toBe('Suivi');
  });
  it("uses the browser's message when there is one", () => {
    const spy = vi.spyOn(browser.i18n, 'getMessage').mockReturnValue('Welcome to Aiguilleur');
    expect(t('welcomeTitle')).toBe('Welcome to Aiguilleur');
    expect(spy).toHaveBeenCalledWith('welcomeTitle', undefined);
  });
  it('passes substitutions to the browser as an array', () => {
    const spy = vi.spyOn(browser.i18n, 'getMessage').mockReturnValue('x');
    t('profileErrorsTitle', ['2']);
    expect(spy).toHaveBeenCalledWith('profileErrorsTitle', ['2']);
  });
});

describe('locales', () => {
  const frKeys = Object.keys(FRENCH_MESSAGES).sort();
  it('English has exactly the French keys', () => {
    expect(Object.keys(en).sort()).toEqual(frKeys);
  });
  it('each message uses the same substitutions in both languages', () => {
    const marks = (s: string) => (s.match(/\$[1-9]/g) ?? []).sort().join(',');
    for (const key of frKeys as MessageKey[]) {
      expect(marks((en as Record<string, { message: string }>)[key]!.message), key).toBe(marks(FRENCH_MESSAGES[key].message));
    }
  });
  it('declares its own language', () => {
    expect(FRENCH_MESSAGES.lang.message).toBe('fr');
    expect(en.lang.message).toBe('en');
  });
});
