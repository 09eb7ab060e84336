import { createRequire } from 'node:module';
import type { ESLint, Linter } from 'eslint';
import type { TSESLint } from '@typescript-eslint/utils';
import { rules } from './rules/index.js';
import { buildConfigs } from './configs/index.js';

const pkg = createRequire(import.meta.url)('../package.json') as { name: string; version: string };

const meta = { name: pkg.name, version: pkg.version, namespace: 'event-loop' } as const;

const internalPlugin: TSESLint.FlatConfig.Plugin = { meta, rules };
const configs = buildConfigs(internalPlugin, rules);
internalPlugin.configs = configs as TSESLint.FlatConfig.Plugin['configs'];

/** The plugin as ESLint sees it; the shape users pass to `defineConfig()`. */
export interface EventLoopPlugin extends ESLint.Plugin {
  meta: typeof meta;
  rules: NonNullable<ESLint.Plugin['rules']>;
  configs: {
    /** Our rules at their recommended severity (one flat config object). */
    recommended: Linter.Config;
    /** Every rule of the plugin as an error. */
    all: Linter.Config;
  };
}

const plugin = internalPlugin as unknown as EventLoopPlugin;

// Each rule's options type, for users who type their rule settings. Adding a rule? Export its Options here.
export type { Options as NoFloatingPromiseResultOptions } from './rules/no-floating-promise-result.js';
export type { Options as NoSyncInAsyncOptions } from './rules/no-sync-in-async.js';
export type { Options as PreferWorkerOffloadOptions } from './rules/prefer-worker-offload.js';

export default plugin;
export { plugin as 'module.exports' };
