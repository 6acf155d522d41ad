// Unit tests of scripts/lint-firefox.ts: parsing web-ext's JSON and the French summary.
import { describe, expect, it } from 'vitest';
import { formatLintReport, parseLintOutput } from '@/scripts/lint-firefox';

const report = {
  count: 3,
  summary: { errors: 1, warnings: 2, notices: 0 },
  errors: [{ code: 'MANIFEST_FIELD_INVALID', message: '"permissions" is invalid', file: 'manifest.json' }],
  warnings: [
    { code: 'UNSAFE_VAR_ASSIGNMENT', message: 'Unsafe assignment to innerHTML', file: 'a.js', line: 3 },
    { code: 'UNSAFE_VAR_ASSIGNMENT', message: 'Unsafe assignment to innerHTML', file: 'b.js', line: 9 },
  ],
  notices: [],
};

describe('parseLintOutput', () => {
  it('skips log lines before the JSON', () => {
    expect(parseLintOutput(`Validation...\n${JSON.stringify(report)}`).summary.errors).toBe(1);
  });
  it('fails clearly on output without JSON', () => {
    expect(() => parseLintOutput('oops')).toThrow(/illisible/);
  });
});

describe('formatLintReport', () => {
  it('lists each error and groups warnings by code', () => {
    const text = formatLintReport(report);
    expect(text).toContain('1 erreur(s), 2 avertissement(s)');
    expect(text).toContain('ERREUR MANIFEST_FIELD_INVALID');
    expect(text.match(/UNSAFE_VAR_ASSIGNMENT/g)).toHaveLength(1);
    expect(text).toContain('[a.js, b.js]');
  });
});
