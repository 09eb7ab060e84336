import { AST_NODE_TYPES, ASTUtils, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import type { JSONSchema4 } from '@typescript-eslint/utils/json-schema';
import {
  enclosingFunction,
  findAsyncPath,
  outermostTypeWrapper,
  type AsyncPath,
  type AsyncPathOptions,
  type FunctionNode,
} from './execution-context.js';
import { getModuleRole, isInWorkerOnlyBranch, isOwnLocation } from './module-role.js';
import { variableOf } from './syntactic-thenable.js';

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
      'Also check synchronous callbacks that run at once inside an async function (array methods, a string\'s `replace` callback, `new Promise` executors, IIFEs).',
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
 * branch that only runs off the main thread nor in a `process.on('exit')` listener; undefined otherwise.
 */
export function findCheckedAsyncPath(
  node: TSESTree.Node,
  hooks: AsyncPathOptions,
  options: BlockingScopeOptions,
  sourceCode: Readonly<TSESLint.SourceCode>,
): AsyncPath | undefined {
  const path = findAsyncPath(node, hooks);
  if (!path) return undefined;
  if (path.reason === 'promise-returning' && options.checkPromiseReturningFunctions === false) return undefined;
  if (path.immediateCallbacks.length > 0 && options.checkImmediateCallbacks === false) return undefined;
  const fn = path.asyncFunction;
  const references = bindingReferences(fn, sourceCode);
  const handedOver = handedOverAt(fn, references);
  if (handedOver.some((node) => isExitRegistrationArgument(node, sourceCode)) || handedOver.some(isForkedEntryArgument) || isStartupFunction(fn, references, sourceCode)) {
    return undefined;
  }
  return isInWorkerOnlyBranch(node) ? undefined : path;
}

const LISTENER_METHODS: ReadonlySet<string> = new Set(['on', 'once', 'addListener', 'prependListener', 'prependOnceListener']);

/** A `process.on('exit')` listener, written there or registered by name (`isExitRegistrationArgument`). */
export function isExitListener(fn: FunctionNode, sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  return handedOverAt(fn, bindingReferences(fn, sourceCode)).some((node) => isExitRegistrationArgument(node, sourceCode));
}

/** Where the function is handed over as a value: written in place, or read through its name. */
function handedOverAt(fn: FunctionNode, references: readonly TSESLint.Scope.Reference[]): TSESTree.Node[] {
  return [fn, ...references.map((reference) => reference.identifier as TSESTree.Node)];
}

/**
 * A startup function: `async function main() {…}` (or `const main = async () => {…}`) declared at
 * module top level, not exported, and only ever called from module top level (`main()`,
 * `main().catch(…)`, `void main()`, `await main()`), or directly from the code of other startup
 * functions (`async function loadConfig()` called only by `main`). It runs once, before the process
 * serves anything, like top-level await: blocking there harms no one.
 */
function isStartupFunction(
  fn: FunctionNode,
  references: readonly TSESLint.Scope.Reference[],
  sourceCode: Readonly<TSESLint.SourceCode>,
  asking: ReadonlySet<FunctionNode> = new Set(),
): boolean {
  const declaration = fn.type === AST_NODE_TYPES.FunctionDeclaration ? fn : outermostTypeWrapper(fn).parent;
  const statement = declaration?.type === AST_NODE_TYPES.VariableDeclarator ? declaration.parent : declaration;
  if (statement?.parent?.type !== AST_NODE_TYPES.Program || asking.has(fn)) return false;
  const reads = references.filter((reference) => reference.isRead());
  const along = new Set([...asking, fn]);
  return (
    reads.length > 0 &&
    reads.every((reference) => {
      const call = reference.identifier.parent;
      if (call?.type !== AST_NODE_TYPES.CallExpression || call.callee !== reference.identifier) return false;
      const caller = enclosingFunction(call);
      return caller === undefined || isStartupFunction(caller, bindingReferences(caller, sourceCode), sourceCode, along);
    })
  );
}

/**
 * The entry point of another thread or process that loads this module: the function is handed to a
 * call together with the module's own location (`import.meta.url`, `import.meta.filename`,
 * `__filename`, or a call or `new` of one: `fileURLToPath(import.meta.url)`), as in SvelteKit's
 * `export default forked(import.meta.url, prerender)`, which runs `prerender` in a worker thread.
 */
function isForkedEntryArgument(node: TSESTree.Node): boolean {
  const used = outermostTypeWrapper(node);
  const call = used.parent;
  return (
    (call?.type === AST_NODE_TYPES.CallExpression || call?.type === AST_NODE_TYPES.NewExpression) &&
    call.arguments.includes(used as TSESTree.CallExpressionArgument) &&
    call.arguments.some((argument) => argument !== used && isOwnLocation(argument))
  );
}

/** The references of the name a function is declared with (`function f`, `const f = …`); none for anonymous ones. */
function bindingReferences(fn: FunctionNode, sourceCode: Readonly<TSESLint.SourceCode>): TSESLint.Scope.Reference[] {
  const binding =
    fn.type === AST_NODE_TYPES.FunctionDeclaration
      ? fn
      : outermostTypeWrapper(fn).parent?.type === AST_NODE_TYPES.VariableDeclarator
        ? outermostTypeWrapper(fn).parent
        : undefined;
  if (!binding) return [];
  // A function declaration also declares its parameters: only its name counts.
  return (
    sourceCode.scopeManager
      ?.getDeclaredVariables(binding)
      .filter((variable) => variable.defs.some((definition) => definition.type !== 'Parameter'))
      .flatMap((variable) => variable.references) ?? []
  );
}

/**
 * `process.on('exit', <node>)` and the other ways to add a listener: a listener of the process's
 * end, written there or registered by name. The process is ending: blocking harms no one, and only
 * the part before the first `await` ever runs, so an awaited rewrite would lose the work. The
 * process as `process`, `globalThis.process` or an import of `node:process`; the event as any
 * constant string (`'exit'`, `` `exit` ``, a `const` holding it).
 */
function isExitRegistrationArgument(node: TSESTree.Node, sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  const used = outermostTypeWrapper(node);
  const call = used.parent;
  if (call?.type !== AST_NODE_TYPES.CallExpression || call.arguments[1] !== used) return false;
  const callee = call.callee;
  const [event] = call.arguments;
  if (
    event === undefined ||
    callee.type !== AST_NODE_TYPES.MemberExpression ||
    callee.computed ||
    callee.property.type !== AST_NODE_TYPES.Identifier ||
    !LISTENER_METHODS.has(callee.property.name) ||
    !isProcessObject(callee.object, sourceCode)
  ) {
    return false;
  }
  return ASTUtils.getStaticValue(event, sourceCode.getScope(event))?.value === 'exit';
}

const PROCESS_MODULES: ReadonlySet<string> = new Set(['process', 'node:process']);

/** `process.argv`, `process.env` (of any `isProcessObject`) for `names` `['argv', 'env']`. */
export function isProcessProperty(node: TSESTree.Node, names: readonly string[], sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  return (
    node.type === AST_NODE_TYPES.MemberExpression &&
    !node.computed &&
    node.property.type === AST_NODE_TYPES.Identifier &&
    names.includes(node.property.name) &&
    isProcessObject(node.object, sourceCode)
  );
}

/** `process`, `globalThis.process`, and `proc` of `import proc from 'node:process'` / `const proc = require('process')`. */
function isProcessObject(node: TSESTree.Node, sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  if (node.type === AST_NODE_TYPES.MemberExpression) {
    return (
      !node.computed &&
      node.property.type === AST_NODE_TYPES.Identifier &&
      node.property.name === 'process' &&
      node.object.type === AST_NODE_TYPES.Identifier &&
      (node.object.name === 'globalThis' || node.object.name === 'global') &&
      variableOf(node.object, sourceCode) === undefined
    );
  }
  if (node.type !== AST_NODE_TYPES.Identifier) return false;
  const definition = variableOf(node, sourceCode)?.defs[0];
  if (definition === undefined) return node.name === 'process';
  if (definition.type === 'ImportBinding') {
    const declaration = definition.parent;
    return (
      declaration.type === AST_NODE_TYPES.ImportDeclaration &&
      PROCESS_MODULES.has(declaration.source.value) &&
      definition.node.type !== AST_NODE_TYPES.ImportSpecifier
    );
  }
  if (definition.type !== 'Variable' || definition.node.id.type !== AST_NODE_TYPES.Identifier) return false;
  const init = definition.node.init;
  return (
    init?.type === AST_NODE_TYPES.CallExpression &&
    init.callee.type === AST_NODE_TYPES.Identifier &&
    init.callee.name === 'require' &&
    init.arguments[0]?.type === AST_NODE_TYPES.Literal &&
    typeof init.arguments[0].value === 'string' &&
    PROCESS_MODULES.has(init.arguments[0].value)
  );
}
