// @vitest-environment happy-dom
// Unit tests of the landing check: signatures ignore layout, counts detect a second copy of the same text.
import { describe, it, expect } from 'vitest';
import { countOccurrences, signature, snapshot } from '@/lib/insert/verify';

describe('signature', () => {
  it('keeps only letters and digits, lower-cased, accents included', () => {
    expect(signature('Madame,\n\n  Monsieur — réf. 12')).toBe('madamemonsieurréf12');
  });
});

describe('snapshot', () => {
  it('sees a landed text even when the editor rewrote its spacing', () => {
    const div = document.createElement('div');
    div.textContent = 'Bonjour';
    const snap = snapshot(div, ['Ligne 1\n\nLigne 2']);
    expect(snap.landed()).toBe(false);
    div.innerHTML = '<p>Bonjour Ligne 1</p><p>Ligne&nbsp;2</p>';
    expect(snap.landed()).toBe(true);
  });

  it('needs one more occurrence than before: an identical text already present does not count', () => {
    const div = document.createElement('div');
    div.textContent = 'Merci. Merci.';
    const snap = snapshot(div, ['Merci.']);
    expect(countOccurrences(signature(div.textContent), 'merci')).toBe(2);
    expect(snap.landed()).toBe(false);
    div.textContent = 'Merci. Merci. Merci.';
    expect(snap.landed()).toBe(true);
  });
});
