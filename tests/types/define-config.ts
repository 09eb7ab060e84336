// A user's eslint.config.ts with ESLint's own defineConfig(), importing the package by its name.
import { defineConfig } from 'eslint/config';
import eventLoop, {
  type EventLoopPlugin,
  type NoFloatingPromiseResultOptions,
  type NoSyncInAsyncOptions,
  type PreferWorkerOffloadOptions,
} from 'eslint-plugin-event-loop';

const allowExistsSync: NoSyncInAsyncOptions[0] = { allow: ['existsSync', { from: 'package', name: 'readFileSync', package: 'node:fs' }] };
const floating: NoFloatingPromiseResultOptions = [{ allowAsArgumentTo: [{ from: 'lib', name: 'structuredClone' }], checkBusyWait: true }];
const offload: PreferWorkerOffloadOptions = [{ offloadHelper: { module: '@eslint-plugin-event-loop/offload', name: 'runInWorker' }, loopThreshold: 50_000 }];

export default defineConfig([
  eventLoop.configs.recommended,
  {
    files: ['**/*.ts'],
    plugins: { 'event-loop': eventLoop },
    rules: {
      'event-loop/no-sync-in-async': ['error', { allow: ['existsSync'] }],
    },
  },
  { files: ['scripts/**'], extends: [eventLoop.configs.all] },
  {
    files: ['legacy/**'],
    plugins: { 'event-loop': eventLoop },
    rules: {
      'event-loop/no-sync-in-async': ['warn', allowExistsSync],
      'event-loop/no-floating-promise-result': ['error', ...floating],
      'event-loop/prefer-worker-offload': ['error', ...offload],
    },
  },
]);

// The plugin's identity is what --cache and --print-config serialise.
export const namespace: 'event-loop' = eventLoop.meta.namespace;
export const plugin: EventLoopPlugin = eventLoop;

// @ts-expect-error: there is no such preset.
export const missing = eventLoop.configs.strict;
// @ts-expect-error: a misspelt option is a type error, not a silent no-op.
export const misspelt: NoSyncInAsyncOptions = [{ alow: ['existsSync'] }];
// @ts-expect-error: the helper needs both its module and its export name.
export const halfHelper: PreferWorkerOffloadOptions = [{ offloadHelper: { module: './offload.js' } }];
