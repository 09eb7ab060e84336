import type { TSESLint } from '@typescript-eslint/utils';

/** Every rule of the plugin, by name. Kept in sync with `src/rules/*.ts` by `tests/meta.test.ts`. */
export const rules: Record<string, TSESLint.RuleModule<string, readonly unknown[]>> = {};
