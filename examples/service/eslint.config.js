// The config a team adopting the plugin writes: type information the way typescript-eslint sets
// it up, the plugin's recommended preset in one line, and our three rules with their options.
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';
// A user writes `import eventLoop from 'eslint-plugin-event-loop'`. Inside this repository that
// name does not resolve from here (Node resolves a package's own name only from files in its
// package scope, and this example has its own package.json), so we import the build directly.
import eventLoop from '../../dist/index.js';

const offloadHelper = { module: '@eslint-plugin-event-loop/offload', name: 'runInWorker' };

const rules = {
  'no-sync-in-async': 'error',
  'no-floating-promise-result': 'error',
  'prefer-worker-offload': ['error', { offloadHelper }],
};

export default defineConfig(
  { ignores: ['dist/'] },
  {
    files: ['src/**/*.{ts,js,cjs}'],
    languageOptions: {
      parser: tseslint.parser,
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
  },
  eventLoop.configs.recommended,
  {
    // Only the rules this build of the plugin has (rules still in development join when they land).
    rules: Object.fromEntries(
      Object.entries(rules)
        .filter(([name]) => name in eventLoop.rules)
        .map(([name, setting]) => [`event-loop/${name}`, setting]),
    ),
  },
);
