// The same config through typescript-eslint's config() helper, as many TypeScript projects write it.
import tseslint from 'typescript-eslint';
import eventLoop from 'eslint-plugin-event-loop';

export default tseslint.config(
  ...tseslint.configs.recommended,
  eventLoop.configs.recommended,
  {
    languageOptions: { parserOptions: { projectService: true } },
    plugins: { 'event-loop': eventLoop },
    rules: { 'event-loop/no-sync-in-async': ['error', { allow: ['existsSync'] }] },
  },
);
