// ESLint: TypeScript and React hooks rules over the project's sources and tests.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

export default tseslint.config(
  { ignores: ['.output*/**', 'tmp/**', '.wxt/**', 'node_modules/**', 'tests/fixtures/**/vendor/**', 'coverage/**', 'test-results/**', 'playwright-report/**', 'dist/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['tests/e2e/**/*.ts'],
    rules: { 'react-hooks/rules-of-hooks': 'off' },
  },
  {
    // Only the store modules of lib/ open the database: pages and the background go through them (tests may open their own).
    files: ['**/*.{ts,tsx}'],
    ignores: ['lib/**', 'tests/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['@/lib/db', '**/lib/db', '**/lib/db.ts'], message: 'Passer par un module store de lib/ (lib/db.ts est réservé aux stores).' }] }],
    },
  },
  {
    files: ['lib/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['**/entrypoints/**', '**/components/**', 'react', 'react-dom'] }],
    },
  },
  {
    // lib/pack is the ground layer: the schemas it validates live in it and the other areas import them, never the reverse.
    files: ['lib/pack/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/entrypoints/**', '**/components/**', 'react', 'react-dom'], message: 'lib/ reste sans interface.' },
            { group: ['**/classify/**', '@/lib/classify/**', '../classify', '**/templates/**', '@/lib/templates/**', '../templates'], message: 'lib/pack est la couche de base : il n’importe ni lib/classify ni lib/templates (mettre le schéma dans lib/pack).' },
          ],
        },
      ],
    },
  },
);
