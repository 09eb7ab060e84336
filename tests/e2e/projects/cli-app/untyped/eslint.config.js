// Dropped into a temporary copy of untyped-app by tests/e2e/cli.test.ts: the recommended preset with
// typescript-eslint's parser but no type information (no `projectService`), so only what the syntax
// proves can be reported.
import tsParser from '@typescript-eslint/parser';
import eventLoop from 'eslint-plugin-event-loop';

export default [
  {
    files: ['**/*.{ts,mts,cts,js,mjs,cjs}'],
    languageOptions: { parser: tsParser },
  },
  eventLoop.configs.recommended,
];
