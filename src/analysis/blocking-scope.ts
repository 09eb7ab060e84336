import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import type { JSONSchema4 } from '@typescript-eslint/utils/json-schema';
import { findAsyncPath, type AsyncPath, type AsyncPathOptions } from './execution-context.js';
import { getModuleRole, isInWorkerOnlyBranch } from './module-role.js';

// Where blocking work counts, for the rules about blocking (`no-sync-in-async`,
// `prefer-worker-offload`): the same options, the same exemptions, written once.

/** The options both blocking rules take for where they look. */
export interface BlockingScopeOptions {
  checkPromiseReturningFunctions?: boolean;
  checkImmediateCallbacks?: boolean;
  checkCliModules?: boolean;
}

/** Their schema properties, to spread into a rule's options schema. */
export const BLOCKING_SCOPE_OPTION_SCHEMAS = {
  checkPromiseReturningFunctions: {
    type: 'boolean',
    description: 'Also check functions that are not `async` but return a promise (a `new Promise` wrapper around sync work).',
  },
  checkImmediateCallbacks: {
    type: 'boolean',
    description:
      'Also check synchronous callbacks that run at once inside an async function (array methods, `new Promise` executors, IIFEs).',
  },
  checkCliModules: {
    type: 'boolean',
    description: 'Also check CLI entry modules (a `#!` line or a main-module guard), which are exempt by default.',
  },
} satisfies Record<keyof BlockingScopeOptions, JSONSchema4>;

/** Their defaults, to spread into a rule's `meta.defaultOptions`. */
export const BLOCKING_SCOPE_DEFAULTS = {
  checkPromiseReturningFunctions: true,
  checkImmediateCallbacks: true,
  checkCliModules: false,
} as const satisfies Required<BlockingScopeOptions>;

/** Whether the whole file is exempt: a worker-thread module, or a CLI entry module unless `checkCliModules`. */
export function isExemptModule(sourceCode: Readonly<TSESLint.SourceCode>, options: BlockingScopeOptions): boolean {
  const role = getModuleRole(sourceCode);
  return role === 'worker' || (role === 'cli-entry' && options.checkCliModules !== true);
}

/**
 * The async path `node` runs on, when the options check that kind of path and the node is not in a
 * branch that only runs off the main thread; undefined otherwise.
 */
export function findCheckedAsyncPath(
  node: TSESTree.Node,
  hooks: AsyncPathOptions,
  options: BlockingScopeOptions,
): AsyncPath | undefined {
  const path = findAsyncPath(node, hooks);
  if (!path) return undefined;
  if (path.reason === 'promise-returning' && options.checkPromiseReturningFunctions === false) return undefined;
  if (path.immediateCallbacks.length > 0 && options.checkImmediateCallbacks === false) return undefined;
  return isInWorkerOnlyBranch(node) ? undefined : path;
}
