import type { TSESLint } from '@typescript-eslint/utils';
import noFloatingPromiseResult from './no-floating-promise-result.js';
import noSyncInAsync from './no-sync-in-async.js';
import preferWorkerOffload from './prefer-worker-offload.js';

/** Every rule of the plugin, by name. Kept in sync with `src/rules/*.ts` by `tests/meta.test.ts`. */
export const rules: Record<string, TSESLint.RuleModule<string, readonly unknown[]>> = {
  'no-floating-promise-result': noFloatingPromiseResult as unknown as TSESLint.RuleModule<string, readonly unknown[]>,
  'no-sync-in-async': noSyncInAsync as unknown as TSESLint.RuleModule<string, readonly unknown[]>,
  'prefer-worker-offload': preferWorkerOffload as unknown as TSESLint.RuleModule<string, readonly unknown[]>,
};
