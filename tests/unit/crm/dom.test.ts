// DOM helpers of the adapters: name/e-mail parsing, label normalisation, fallback queries that never throw.
import { describe, expect, it } from 'vitest';
import { emptyToBlank, findEmail, normalizeLabel, parseNameEmail, queryFirst } from '@/lib/crm/dom';

describe('parseNameEmail', () => {
  it.each([
    ['Jeanne Dupont <Jeanne.Dupont@asso.fr>', 'Jeanne Dupont', 'jeanne.dupont@asso.fr'],
    ['Jeanne Dupont (jeanne@asso.fr)', 'Jeanne Dupont', 'jeanne@asso.fr'],
    ['De : "Jeanne Dupont"', 'Jeanne Dupont', ''],
    ['jeanne@asso.fr', '', 'jeanne@asso.fr'],
  ])('%s', (input, name, email) => {
    expect(parseNameEmail(input)).toEqual({ name, email });
  });

  it('finds no e-mail in plain text', () => {
    expect(findEmail('appelez le 115')).toBe('');
  });
});

describe('normalizeLabel / emptyToBlank', () => {
  it('lower-cases, strips accents and the trailing colon or star', () => {
    expect(normalizeLabel(' Thématique de la demande* : ')).toBe('thematique de la demande');
  });

  it('blanks the empty markers only', () => {
    expect(emptyToBlank(' -- ')).toBe('');
    expect(emptyToBlank('Non renseigné')).toBe('');
    expect(emptyToBlank('RGPD')).toBe('RGPD');
  });
});

describe('queryFirst', () => {
  it('skips invalid selectors instead of throwing', () => {
    const root = { querySelector: (s: string) => { if (s.includes('!!')) throw new Error('bad'); return s === '#ok' ? ({ id: 'ok' } as unknown as Element) : null; } };
    expect(queryFirst(root as unknown as ParentNode, ['!!bad', '#none', '#ok'])).toEqual({ id: 'ok' });
  });
});
