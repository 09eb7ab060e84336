// A user's project: typescript-eslint's parser with type information, and the plugin's preset in one line.
import tsParser from '@typescript-eslint/parser';
import eventLoop from 'eslint-plugin-event-loop';

export default [
  {
    files: ['**/*.ts'],
    languageOptions: {
      parser: tsParser,
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
  },
  eventLoop.configs.recommended,
];
