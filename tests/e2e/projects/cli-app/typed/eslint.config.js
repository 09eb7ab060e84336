// Dropped into a temporary copy of typed-app by tests/e2e/cli.test.ts: the plugin's recommended preset
// in one line, next to typescript-eslint's parser with type information (`projectService`), as a user
// writes it. `eslint-plugin-event-loop` is the repository's build, installed into the copy's node_modules.
import tsParser from '@typescript-eslint/parser';
import eventLoop from 'eslint-plugin-event-loop';

export default [
  {
    files: ['src/**/*.{ts,mts,cts,js,mjs,cjs}'],
    languageOptions: {
      parser: tsParser,
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
  },
  eventLoop.configs.recommended,
];
