import { CALL, ESM, ReferenceTracker, findVariable, type TraceMap } from '@eslint-community/eslint-utils';
import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { memberChainRoot } from './ast-walk.js';
import { isReassigned, variableOf } from './syntactic-thenable.js';

/** A call found syntactically: `module` without `node:`, `name` the export path (`realpathSync.native`). */
export interface TrackedCall<T> {
  readonly node: TSESTree.CallExpression;
  readonly module: string;
  readonly name: string;
  readonly info: T;
}

/**
 * Finds the calls of the given module exports and globals through `import`/`require` bindings, with
 * ESLint's scope analysis (`ReferenceTracker`): renamed and namespace imports, default imports,
 * `require` with destructuring, `const` aliases, `node:` and bare specifiers. This is what a rule can
 * know without type information, and what it knows of `require()` in `.ts` files (typed `any`).
 */
export function trackCalls<T>(
  sourceCode: Readonly<TSESLint.SourceCode>,
  entries: readonly { module: string; name: string; info: T }[],
): TrackedCall<T>[] {
  const moduleMap: Record<string, Record<string, unknown>> = {};
  const globalMap: Record<string, unknown> = {};
  for (const entry of entries) {
    const segments = entry.name.split('.');
    if (entry.module === 'globalThis') {
      setPath(globalMap, segments, entry);
      continue;
    }
    for (const specifier of [entry.module, `node:${entry.module}`]) {
      // Node's built-ins are CommonJS modules seen from ESM: named imports, the default import and a
      // namespace import all reach the same exports.
      const exports = (moduleMap[specifier] ??= { [ESM]: true } as Record<string, unknown>);
      exports.default ??= {};
      setPath(exports, segments, entry);
      setPath(exports.default as Record<string, unknown>, segments, entry);
    }
  }
  const scope = sourceCode.scopeManager?.globalScope;
  if (!scope) return [];
  const tracker = new ReferenceTracker(withImplicitNodeGlobals(scope as TSESLint.Scope.Scope) as never);
  const found: TrackedCall<T>[] = [];
  const seen = new Set<TSESTree.Node>();
  const collect = (references: Iterable<{ node: unknown; info: unknown }>): void => {
    for (const reference of references) {
      const node = reference.node as TSESTree.Node;
      if (node.type !== AST_NODE_TYPES.CallExpression || seen.has(node)) continue;
      seen.add(node);
      if (callsThroughReassignedName(node, sourceCode)) continue;
      const entry = reference.info as { module: string; name: string; info: T };
      found.push({ node, module: entry.module, name: entry.name, info: entry.info });
    }
  };
  collect(tracker.iterateEsmReferences(moduleMap as TraceMap<unknown>));
  collect(tracker.iterateCjsReferences(moduleMap as TraceMap<unknown>));
  collect(tracker.iterateGlobalReferences(globalMap as TraceMap<unknown>));
  return found;
}

/**
 * `read(p)` or `io.readFileSync(p)` where `read` / `io` is a `let` or `var` written again after its
 * declaration (`let read = fs.readFileSync; … read = memoryRead`): the tracker follows the
 * declaration, but the call may reach something else.
 */
function callsThroughReassignedName(call: TSESTree.CallExpression, sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  const root = memberChainRoot(call.callee);
  if (root.type !== AST_NODE_TYPES.Identifier) return false;
  const variable = variableOf(root, sourceCode);
  return variable !== undefined && isReassigned(variable);
}

function setPath(root: Record<string, unknown>, segments: readonly string[], entry: unknown): void {
  let level = root;
  for (const segment of segments) {
    level[segment] ??= {};
    level = level[segment] as Record<string, unknown>;
  }
  (level as Record<symbol, unknown>)[CALL] = entry;
}

/**
 * The module specifier an identifier was imported or required from, as written (`'node:fs'`), when it
 * is bound by an `import` declaration, `import x = require()`, or a top-level
 * `const { x } = require('…')` / `const x = require('…')`.
 */
export function importSourceOf(identifier: TSESTree.Identifier, sourceCode: Readonly<TSESLint.SourceCode>): string | undefined {
  const variable = findVariable(sourceCode.getScope(identifier) as never, identifier.name) as TSESLint.Scope.Variable | null;
  const definition = variable?.defs[0];
  if (!definition) return undefined;
  if (definition.type === 'ImportBinding') {
    const parent = definition.parent;
    if (parent?.type === AST_NODE_TYPES.ImportDeclaration) return parent.source.value;
    if (
      definition.node.type === AST_NODE_TYPES.TSImportEqualsDeclaration &&
      definition.node.moduleReference.type === AST_NODE_TYPES.TSExternalModuleReference
    ) {
      const expression = definition.node.moduleReference.expression;
      return expression.type === AST_NODE_TYPES.Literal ? String(expression.value) : undefined;
    }
    return undefined;
  }
  if (definition.type === 'Variable' && definition.node.init) {
    return requiredSpecifier(definition.node.init);
  }
  return undefined;
}

/** `'fs'` for `require('fs')`. */
export function requiredSpecifier(node: TSESTree.Node): string | undefined {
  return requireCallArgument(node)?.value;
}

/** The string literal of a `require('x')` call (a call of the global `require` with one string). */
export function requireCallArgument(node: TSESTree.Node): TSESTree.StringLiteral | undefined {
  if (
    node.type === AST_NODE_TYPES.CallExpression &&
    node.callee.type === AST_NODE_TYPES.Identifier &&
    node.callee.name === 'require' &&
    node.arguments.length === 1 &&
    node.arguments[0]?.type === AST_NODE_TYPES.Literal &&
    typeof node.arguments[0].value === 'string'
  ) {
    return node.arguments[0] as TSESTree.StringLiteral;
  }
  return undefined;
}

const IMPLICIT_NODE_GLOBALS: ReadonlySet<string> = new Set(['require', 'module', 'process']);

/**
 * The global scope, with `require`/`module`/`process` as global variables when they are only unresolved
 * references (a `.ts` or `.js` file parsed as a module without Node globals configured), so that
 * `ReferenceTracker` follows `require()` there too. The scope manager itself is left unchanged.
 */
export function withImplicitNodeGlobals(globalScope: TSESLint.Scope.Scope): TSESLint.Scope.Scope {
  const implicit = new Map<string, TSESLint.Scope.Reference[]>();
  for (const reference of globalScope.through) {
    const name = reference.identifier.name;
    if (IMPLICIT_NODE_GLOBALS.has(name) && !globalScope.set.has(name)) {
      implicit.set(name, [...(implicit.get(name) ?? []), reference]);
    }
  }
  if (implicit.size === 0) {
    return globalScope;
  }
  const set = new Map<string, unknown>(globalScope.set);
  for (const [name, references] of implicit) {
    // What the tracker reads of a global variable: no definitions, only (unresolved) references.
    set.set(name, { name, defs: [], identifiers: [], references, scope: globalScope });
  }
  return Object.create(globalScope, { set: { value: set } }) as TSESLint.Scope.Scope;
}
