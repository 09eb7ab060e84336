// Lints the plugin's own sources and tests.
import js from '@eslint/js';
import eslintPlugin from 'eslint-plugin-eslint-plugin';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    name: 'repo/ignores',
    ignores: ['dist/', 'node_modules/', 'coverage/', 'tests/fixtures/', 'tests/e2e/projects/', 'examples/', 'offload/dist/', '**/node_modules/'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    name: 'repo/typescript',
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    name: 'repo/rules',
    files: ['src/**/*.ts'],
    ...eslintPlugin.configs.recommended,
    rules: {
      ...eslintPlugin.configs.recommended.rules,
      'eslint-plugin/require-meta-docs-description': ['error', { pattern: '^(Enforce|Require|Disallow) .+[^. ]$' }],
      'eslint-plugin/require-meta-docs-url': 'error',
      'eslint-plugin/no-property-in-node': 'off',
      'eslint-plugin/require-meta-schema-description': 'error',
    },
  },
  {
    name: 'repo/rule-tests',
    files: ['tests/rules/**/*.ts'],
    ...eslintPlugin.configs.recommended,
    rules: {
      ...eslintPlugin.configs.recommended.rules,
      'eslint-plugin/require-test-error-positions': 'error',
      'eslint-plugin/consistent-output': 'error',
    },
  },
  {
    name: 'repo/scripts',
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
  },
);
