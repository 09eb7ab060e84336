// The workspace the editor test opens: the plugin's recommended preset in one line, with type
// information as typescript-eslint sets it up. The plugin comes from the repository's build (dist/).
import tsParser from '@typescript-eslint/parser';
import eventLoop from '../../../../dist/index.js';

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
