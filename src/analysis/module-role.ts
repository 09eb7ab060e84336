import { CALL, READ, ReferenceTracker } from '@eslint-community/eslint-utils';
import type { TraceMap } from '@eslint-community/eslint-utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { outermostTypeWrapper, skipTypeWrappers } from './execution-context.js';
import { withImplicitNodeGlobals } from './module-references.js';

// Whole modules (and branches) where blocking the thread harms no one: a CLI entry module runs
// alone, a worker thread runs off the main event loop.

export type ModuleRole = 'cli-entry' | 'worker' | 'module';

/**
 * Whole-module exemptions where blocking harms no one: a CLI entry module (a `#!` line; a main guard `require.main === module`,
 * `import.meta.main`, `import.meta.url === pathToFileURL(process.argv[1]).href` / `url.pathToFileURL(...)`, `fileURLToPath(import.meta.url) === process.argv[1]`,
 * `` import.meta.url === `file://${process.argv[1]}` ``, in either operand order, `==`/`===`; `!module.parent`),
 * or a worker-thread module: it uses `parentPort` or `workerData` from 'worker_threads'/'node:worker_threads' and never
 * reads `isMainThread` (a module that does is dual-mode: see `isInWorkerOnlyBranch`), or all of its top-level code is
 * guarded by `if (!isMainThread) {…}` / `isMainThread === false`, or follows an early exit `if (isMainThread) throw …`.
 * Computed once per file (cached per Program node).
 */
export function getModuleRole(sourceCode: Readonly<TSESLint.SourceCode>): ModuleRole {
  return moduleFacts(sourceCode).role;
}

/**
 * True when `node` sits inside a branch that only runs off the main thread: `if (!isMainThread) {…}`, the else of
 * `if (isMainThread)`, `!isMainThread && …`, `isMainThread || …`, `?:` likewise, or after an early exit
 * `if (isMainThread) return/throw/process.exit()` in the same block. Functions defined there count too: they exist in
 * the worker only. `isMainThread` is recognised through its import from 'worker_threads', which needs the file's scope
 * analysis: pass `sourceCode`, or call `getModuleRole(sourceCode)` for the file first; otherwise the answer is false.
 */
export function isInWorkerOnlyBranch(node: TSESTree.Node, sourceCode?: Readonly<TSESLint.SourceCode>): boolean {
  const facts = sourceCode === undefined ? factsByProgram.get(programOf(node)) : moduleFacts(sourceCode);
  if (facts === undefined || facts.isMainThreadReads.size === 0) {
    return false;
  }
  let child = node;
  let parent = node.parent;
  while (parent != null) {
    if (isWorkerOnlyChild(parent, child, facts)) {
      return true;
    }
    child = parent;
    parent = parent.parent;
  }
  return false;
}

interface ModuleFacts {
  readonly role: ModuleRole;
  /** Where `isMainThread` of worker_threads is read (through imports, `require`, namespaces and `const` aliases). */
  readonly isMainThreadReads: ReadonlySet<TSESTree.Node>;
  /** Calls of `process.exit` (global or imported). */
  readonly processExitCalls: ReadonlySet<TSESTree.Node>;
}

type Thread = 'main' | 'worker';

const factsByProgram = new WeakMap<TSESTree.Program, ModuleFacts>();

function moduleFacts(sourceCode: Readonly<TSESLint.SourceCode>): ModuleFacts {
  const program = sourceCode.ast;
  const cached = factsByProgram.get(program);
  if (cached !== undefined) {
    return cached;
  }
  const uses = trackUses(sourceCode);
  const partial = {
    isMainThreadReads: new Set(uses.get('isMainThread')),
    processExitCalls: new Set(uses.get('process.exit')),
  };
  const role: ModuleRole = isCliEntry(sourceCode, uses)
    ? 'cli-entry'
    : isWorkerModule(program, uses, partial)
      ? 'worker'
      : 'module';
  const facts: ModuleFacts = { role, ...partial };
  factsByProgram.set(program, facts);
  return facts;
}

// ---------------------------------------------------------------------------------------------
// What the module imports and reads (ReferenceTracker)

type Uses = ReadonlyMap<string, readonly TSESTree.Node[]>;

const WORKER_THREADS_EXPORTS = {
  parentPort: { [READ]: 'parentPort' },
  workerData: { [READ]: 'workerData' },
  isMainThread: { [READ]: 'isMainThread' },
};
const URL_EXPORTS = {
  pathToFileURL: { [CALL]: 'pathToFileURL' },
  fileURLToPath: { [CALL]: 'fileURLToPath' },
};
const PROCESS_MEMBERS = {
  argv: { [READ]: 'process.argv' },
  exit: { [CALL]: 'process.exit' },
};
/** What makes `process.argv[1]` a path to compare with the module's own (`ownLocationGuard`). */
const PATH_EXPORTS = { resolve: { [CALL]: 'path.resolve' }, normalize: { [CALL]: 'path.normalize' } };
const FS_EXPORTS = { realpathSync: { [CALL]: 'fs.realpathSync', native: { [CALL]: 'fs.realpathSync' } } };
const MODULE_TRACE_MAP: TraceMap<string> = {
  path: PATH_EXPORTS,
  'node:path': PATH_EXPORTS,
  fs: FS_EXPORTS,
  'node:fs': FS_EXPORTS,
  worker_threads: WORKER_THREADS_EXPORTS,
  'node:worker_threads': WORKER_THREADS_EXPORTS,
  url: URL_EXPORTS,
  'node:url': URL_EXPORTS,
  process: PROCESS_MEMBERS,
  'node:process': PROCESS_MEMBERS,
};
const GLOBAL_TRACE_MAP: TraceMap<string> = {
  require: { main: { [READ]: 'require.main' } },
  module: { [READ]: 'module' },
  process: PROCESS_MEMBERS,
};

/**
 * CommonJS names Node provides to every module. A `.ts` or `.js` module file parsed without Node globals
 * configured leaves them unresolved (`globalScope.through`); they are still Node's.
 */

/**
 * Where each traced thing is used, keyed by the trace map's info: reads (after following
 * `const alias = x` declarations) for READ entries, the CallExpressions for CALL entries.
 */
function trackUses(sourceCode: Readonly<TSESLint.SourceCode>): Uses {
  const uses = new Map<string, TSESTree.Node[]>();
  const scopeManager = sourceCode.scopeManager;
  if (scopeManager?.globalScope == null) {
    return uses;
  }
  // 'legacy': Node's built-in modules offer their members as named ESM exports and on the default export alike.
  const tracker = new ReferenceTracker(withImplicitNodeGlobals(scopeManager.globalScope) as never, { mode: 'legacy' });
  const seenVariables = new Set<TSESLint.Scope.Variable>();
  const add = (references: Iterable<{ node: unknown; info: unknown }>): void => {
    for (const reference of references) {
      const key = reference.info as string;
      const sites = useSites(reference.node as TSESTree.Node, scopeManager, seenVariables);
      uses.set(key, [...(uses.get(key) ?? []), ...sites]);
    }
  };
  add(tracker.iterateEsmReferences(MODULE_TRACE_MAP));
  add(tracker.iterateCjsReferences(MODULE_TRACE_MAP));
  add(tracker.iterateGlobalReferences(GLOBAL_TRACE_MAP));
  // TypeScript's `import wt = require('node:worker_threads')`, which the tracker does not know.
  for (const statement of sourceCode.ast.body) {
    const moduleName = importEqualsRequireSource(statement);
    const moduleTraceMap = moduleName === undefined ? undefined : MODULE_TRACE_MAP[moduleName];
    if (moduleTraceMap === undefined) {
      continue;
    }
    for (const variable of scopeManager.getDeclaredVariables(statement)) {
      for (const reference of variable.references) {
        if (reference.isRead()) {
          add(tracker.iteratePropertyReferences(reference.identifier as never, moduleTraceMap));
        }
      }
    }
  }
  return uses;
}


/**
 * The nodes where a tracked value is used, from what the tracker reports: a named import or a destructured
 * `require` gives its binding's reads, `const alias = wt.isMainThread` gives the alias's reads, a re-export is no use.
 */
function useSites(
  node: TSESTree.Node,
  scopeManager: TSESLint.Scope.ScopeManager,
  seenVariables: Set<TSESLint.Scope.Variable>,
): TSESTree.Node[] {
  switch (node.type) {
    case AST_NODE_TYPES.ImportSpecifier:
    case AST_NODE_TYPES.ImportDefaultSpecifier:
    case AST_NODE_TYPES.ImportNamespaceSpecifier:
      return readsOf(node.local);
    case AST_NODE_TYPES.Property: {
      const target = node.value.type === AST_NODE_TYPES.AssignmentPattern ? node.value.left : node.value;
      return target.type === AST_NODE_TYPES.Identifier ? readsOf(target) : [];
    }
    case AST_NODE_TYPES.ExportSpecifier:
    case AST_NODE_TYPES.ExportAllDeclaration:
    case AST_NODE_TYPES.ExportNamedDeclaration:
    case AST_NODE_TYPES.ImportDeclaration:
      return [];
    default: {
      const parent = node.parent;
      if (
        parent?.type === AST_NODE_TYPES.VariableDeclarator &&
        parent.init === node &&
        parent.id.type === AST_NODE_TYPES.Identifier
      ) {
        return readsOf(parent.id);
      }
      return [node];
    }
  }

  function readsOf(binding: TSESTree.Identifier): TSESTree.Node[] {
    const variable = declaredVariable(binding, scopeManager);
    if (variable === undefined || seenVariables.has(variable)) {
      return [];
    }
    seenVariables.add(variable);
    return variable.references
      .filter((reference) => reference.isRead())
      .flatMap((reference) => useSites(reference.identifier, scopeManager, seenVariables));
  }
}

/** The variable that the binding identifier `binding` declares. */
function declaredVariable(
  binding: TSESTree.Identifier,
  scopeManager: TSESLint.Scope.ScopeManager,
): TSESLint.Scope.Variable | undefined {
  let declaration: TSESTree.Node | undefined = binding.parent;
  while (
    declaration != null &&
    declaration.type !== AST_NODE_TYPES.VariableDeclarator &&
    declaration.type !== AST_NODE_TYPES.ImportSpecifier &&
    declaration.type !== AST_NODE_TYPES.ImportDefaultSpecifier &&
    declaration.type !== AST_NODE_TYPES.ImportNamespaceSpecifier
  ) {
    declaration = declaration.parent;
  }
  if (declaration == null) {
    return undefined;
  }
  return scopeManager.getDeclaredVariables(declaration).find((variable) => variable.identifiers.includes(binding));
}

/** `import x = require('m')` → 'm'. */
function importEqualsRequireSource(statement: TSESTree.ProgramStatement): string | undefined {
  if (
    statement.type === AST_NODE_TYPES.TSImportEqualsDeclaration &&
    statement.moduleReference.type === AST_NODE_TYPES.TSExternalModuleReference &&
    statement.moduleReference.expression.type === AST_NODE_TYPES.Literal &&
    typeof statement.moduleReference.expression.value === 'string'
  ) {
    return statement.moduleReference.expression.value;
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// CLI entry modules

function isCliEntry(sourceCode: Readonly<TSESLint.SourceCode>, uses: Uses): boolean {
  return hasShebang(sourceCode) || readsImportMetaMain(sourceCode) || hasMainGuardComparison(uses);
}

/** ESLint (with espree and @typescript-eslint/parser alike) gives the `#!` line as a comment of type 'Shebang'. */
function hasShebang(sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  return sourceCode.getAllComments().some((comment) => (comment.type as string) === 'Shebang');
}

function readsImportMetaMain(sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  if (!sourceCode.text.includes('meta')) {
    return false;
  }
  return sourceCode.ast.tokens.some((token) => {
    if (token.value !== 'import') {
      return false;
    }
    const metaProperty = sourceCode.getNodeByRangeIndex(token.range[0])?.parent;
    return (
      metaProperty?.type === AST_NODE_TYPES.MetaProperty &&
      metaProperty.property.name === 'meta' &&
      metaProperty.parent.type === AST_NODE_TYPES.MemberExpression &&
      metaProperty.parent.object === metaProperty &&
      memberName(metaProperty.parent) === 'main'
    );
  });
}

/**
 * `require.main === module`, `import.meta.url === pathToFileURL(process.argv[1]).href`,
 * `fileURLToPath(import.meta.url) === process.argv[1]`,
 * `` import.meta.url === `file://${process.argv[1]}` ``, each in either operand order, `==` or
 * `===`; and `!module.parent`.
 */
function hasMainGuardComparison(uses: Uses): boolean {
  const moduleReads = new Set(uses.get('module'));
  const argvReads = new Set(uses.get('process.argv'));
  const isArgv1 = (expression: TSESTree.Node): boolean => {
    const node = skipTypeWrappers(expression);
    return (
      node.type === AST_NODE_TYPES.MemberExpression &&
      node.computed &&
      node.property.type === AST_NODE_TYPES.Literal &&
      node.property.value === 1 &&
      argvReads.has(node.object)
    );
  };

  const requireMainGuard = (uses.get('require.main') ?? []).some(
    (requireMain) => isComparedTo(requireMain, (other) => moduleReads.has(other)),
  );
  const pathToFileUrlGuard = (uses.get('pathToFileURL') ?? []).some((call) => {
    if (call.type !== AST_NODE_TYPES.CallExpression || call.arguments[0] === undefined || !isArgv1(call.arguments[0])) {
      return false;
    }
    const href = call.parent;
    return (
      href?.type === AST_NODE_TYPES.MemberExpression &&
      href.object === call &&
      memberName(href) === 'href' &&
      isComparedTo(href, isImportMetaUrl)
    );
  });
  const fileUrlToPathGuard = (uses.get('fileURLToPath') ?? []).some(
    (call) =>
      call.type === AST_NODE_TYPES.CallExpression &&
      call.arguments[0] !== undefined &&
      isImportMetaUrl(call.arguments[0]) &&
      isComparedTo(call, isArgv1),
  );
  // `` import.meta.url === `file://${process.argv[1]}` ``
  const templateGuard = [...argvReads].some((argv) => {
    const argv1 = argv.parent;
    const template = argv1?.parent;
    return (
      argv1 !== undefined &&
      isArgv1(argv1) &&
      template?.type === AST_NODE_TYPES.TemplateLiteral &&
      template.expressions.length === 1 &&
      template.quasis[0]?.value.cooked === 'file://' &&
      template.quasis[1]?.value.cooked === '' &&
      isComparedTo(template, isImportMetaUrl)
    );
  });
  // `if (!module.parent)`: no module required this one (deprecated, still common in CommonJS CLIs)
  const moduleParentGuard = [...moduleReads].some((read) => {
    const member = read.parent;
    return (
      member?.type === AST_NODE_TYPES.MemberExpression &&
      member.object === read &&
      memberName(member) === 'parent' &&
      member.parent.type === AST_NODE_TYPES.UnaryExpression &&
      member.parent.operator === '!'
    );
  });
  return requireMainGuard || pathToFileUrlGuard || fileUrlToPathGuard || templateGuard || moduleParentGuard || ownLocationGuard(uses, isArgv1);
}

/**
 * The other spellings of "this module is the script Node was started with": `process.argv[1]`, as
 * it is or made into a path by Node's own functions (`path.resolve(…)`, `path.normalize(…)`,
 * `fs.realpathSync(…)`), compared with `==`/`===` to the module's own location (`import.meta.url`,
 * `import.meta.filename`, `__filename`, `fileURLToPath(import.meta.url)` …), or the location
 * `.endsWith(…)` it.
 */
function ownLocationGuard(uses: Uses, isArgv1: (node: TSESTree.Node) => boolean): boolean {
  const pathCalls = new Set([...(uses.get('path.resolve') ?? []), ...(uses.get('path.normalize') ?? []), ...(uses.get('fs.realpathSync') ?? [])]);
  return (uses.get('process.argv') ?? []).some((argv) => {
    let side = argv.parent;
    if (side === undefined || !isArgv1(side)) return false;
    for (let parent = outermostTypeWrapper(side).parent; parent?.type === AST_NODE_TYPES.CallExpression; parent = outermostTypeWrapper(side).parent) {
      if (!parent.arguments.includes(outermostTypeWrapper(side) as TSESTree.CallExpressionArgument)) break;
      const callee = parent.callee;
      if (callee.type === AST_NODE_TYPES.MemberExpression && memberName(callee) === 'endsWith' && isOwnLocation(callee.object)) return true;
      if (!pathCalls.has(parent)) break;
      side = parent;
    }
    return isComparedTo(side, isOwnLocation);
  });
}

/** Whether `operand` (or `operand!`, `operand as T`) is one side of `==`/`===` whose other side passes `test`. */
function isComparedTo(operand: TSESTree.Node, test: (other: TSESTree.Node) => boolean): boolean {
  const wrapped = outermostTypeWrapper(operand);
  const parent = wrapped.parent;
  if (parent?.type !== AST_NODE_TYPES.BinaryExpression || (parent.operator !== '===' && parent.operator !== '==')) {
    return false;
  }
  return test(parent.left === wrapped ? parent.right : parent.left);
}

function isImportMetaUrl(expression: TSESTree.Node): boolean {
  const node = skipTypeWrappers(expression);
  return (
    node.type === AST_NODE_TYPES.MemberExpression &&
    node.object.type === AST_NODE_TYPES.MetaProperty &&
    node.object.meta.name === 'import' &&
    node.object.property.name === 'meta' &&
    memberName(node) === 'url'
  );
}

// ---------------------------------------------------------------------------------------------
// Worker threads

function isWorkerModule(
  program: TSESTree.Program,
  uses: Uses,
  facts: Pick<ModuleFacts, 'isMainThreadReads' | 'processExitCalls'>,
): boolean {
  const usesWorkerApi = (uses.get('parentPort')?.length ?? 0) > 0 || (uses.get('workerData')?.length ?? 0) > 0;
  if (usesWorkerApi && facts.isMainThreadReads.size === 0) {
    return true;
  }
  return facts.isMainThreadReads.size > 0 && topLevelRunsInWorkerOnly(program, facts);
}

/**
 * Every top-level statement that does something runs only in a worker: the statements are inert
 * (imports, declarations of functions, `require`s, type declarations) or worker-only guards
 * `if (!isMainThread) {…}`, up to an early exit `if (isMainThread) throw …` after which all is worker-only.
 */
function topLevelRunsInWorkerOnly(
  program: TSESTree.Program,
  facts: Pick<ModuleFacts, 'isMainThreadReads' | 'processExitCalls'>,
): boolean {
  let guarded = false;
  for (const statement of program.body) {
    if (isInert(statement)) {
      continue;
    }
    if (statement.type === AST_NODE_TYPES.IfStatement) {
      if (exitsMainThread(statement, facts)) {
        return true;
      }
      if (threadOf(statement.test, facts) === 'worker' && statement.alternate === null) {
        guarded = true;
        continue;
      }
    }
    return false;
  }
  return guarded;
}

/** Code that only declares things, runs nothing of its own. */
function isInert(statement: TSESTree.ProgramStatement): boolean {
  switch (statement.type) {
    case AST_NODE_TYPES.ImportDeclaration:
    case AST_NODE_TYPES.TSImportEqualsDeclaration:
    case AST_NODE_TYPES.TSInterfaceDeclaration:
    case AST_NODE_TYPES.TSTypeAliasDeclaration:
    case AST_NODE_TYPES.TSDeclareFunction:
    case AST_NODE_TYPES.FunctionDeclaration:
    case AST_NODE_TYPES.EmptyStatement:
      return true;
    case AST_NODE_TYPES.ExportNamedDeclaration:
      // Exported values could be called from the main thread; exported types are nothing at run time.
      return statement.exportKind === 'type';
    case AST_NODE_TYPES.ExpressionStatement:
      return statement.directive !== undefined;
    case AST_NODE_TYPES.VariableDeclaration:
      return statement.declare || statement.declarations.every((declarator) => isInertInit(declarator.init));
    default:
      return false;
  }
}

function isInertInit(init: TSESTree.Expression | null): boolean {
  if (init === null) {
    return true;
  }
  switch (init.type) {
    case AST_NODE_TYPES.Literal:
    case AST_NODE_TYPES.Identifier:
    case AST_NODE_TYPES.ArrowFunctionExpression:
    case AST_NODE_TYPES.FunctionExpression:
      return true;
    case AST_NODE_TYPES.CallExpression:
      return init.callee.type === AST_NODE_TYPES.Identifier && init.callee.name === 'require';
    case AST_NODE_TYPES.MemberExpression:
      return init.object.type === AST_NODE_TYPES.CallExpression && isInertInit(init.object);
    default:
      return false;
  }
}

/** Whether `test` is true exactly on the main thread ('main') or exactly in a worker ('worker'). */
function threadOf(expression: TSESTree.Node, facts: Pick<ModuleFacts, 'isMainThreadReads'>): Thread | undefined {
  const test = skipTypeWrappers(expression);
  if (facts.isMainThreadReads.has(test)) {
    return 'main';
  }
  if (test.type === AST_NODE_TYPES.UnaryExpression && test.operator === '!') {
    return opposite(threadOf(test.argument, facts));
  }
  if (
    test.type === AST_NODE_TYPES.BinaryExpression &&
    (test.operator === '===' || test.operator === '==' || test.operator === '!==' || test.operator === '!=')
  ) {
    const [literal, other] = isBooleanLiteral(test.right) ? [test.right, test.left] : [test.left, test.right];
    if (!isBooleanLiteral(literal)) {
      return undefined;
    }
    const thread = threadOf(other, facts);
    const negated = (literal.value === false) !== (test.operator === '!==' || test.operator === '!=');
    return negated ? opposite(thread) : thread;
  }
  return undefined;
}

function opposite(thread: Thread | undefined): Thread | undefined {
  if (thread === undefined) {
    return undefined;
  }
  return thread === 'main' ? 'worker' : 'main';
}

function isBooleanLiteral(node: TSESTree.Node): node is TSESTree.BooleanLiteral {
  return node.type === AST_NODE_TYPES.Literal && typeof node.value === 'boolean';
}

/** `if (isMainThread) <exit>` (no else), or `if (!isMainThread) {…} else <exit>`: the code after it is worker-only. */
function exitsMainThread(statement: TSESTree.Statement, facts: Pick<ModuleFacts, 'isMainThreadReads' | 'processExitCalls'>): boolean {
  if (statement.type !== AST_NODE_TYPES.IfStatement) {
    return false;
  }
  const thread = threadOf(statement.test, facts);
  if (thread === 'main') {
    return statement.alternate === null && exits(statement.consequent, facts);
  }
  return thread === 'worker' && statement.alternate !== null && exits(statement.alternate, facts);
}

/** The statement always leaves the function, module or process. */
function exits(statement: TSESTree.Statement, facts: Pick<ModuleFacts, 'processExitCalls'>): boolean {
  switch (statement.type) {
    case AST_NODE_TYPES.ThrowStatement:
    case AST_NODE_TYPES.ReturnStatement:
      return true;
    case AST_NODE_TYPES.ExpressionStatement:
      return facts.processExitCalls.has(statement.expression);
    case AST_NODE_TYPES.BlockStatement: {
      const last = statement.body.at(-1);
      return last !== undefined && exits(last, facts);
    }
    default:
      return false;
  }
}

/** `child` (a direct child of `parent`) only runs off the main thread, judged by `parent` alone. */
function isWorkerOnlyChild(parent: TSESTree.Node, child: TSESTree.Node, facts: ModuleFacts): boolean {
  switch (parent.type) {
    case AST_NODE_TYPES.IfStatement:
    case AST_NODE_TYPES.ConditionalExpression:
      if (child === parent.test) {
        return false;
      }
      return threadOf(parent.test, facts) === (child === parent.consequent ? 'worker' : 'main');
    case AST_NODE_TYPES.LogicalExpression:
      if (child !== parent.right) {
        return false;
      }
      if (parent.operator === '&&') {
        return threadOf(parent.left, facts) === 'worker';
      }
      return parent.operator === '||' && threadOf(parent.left, facts) === 'main';
    case AST_NODE_TYPES.Program:
    case AST_NODE_TYPES.BlockStatement:
    case AST_NODE_TYPES.StaticBlock:
    case AST_NODE_TYPES.SwitchCase: {
      const statements: readonly TSESTree.Node[] = parent.type === AST_NODE_TYPES.SwitchCase ? parent.consequent : parent.body;
      const index = statements.indexOf(child);
      return statements.slice(0, Math.max(index, 0)).some((earlier) => exitsMainThread(earlier as TSESTree.Statement, facts));
    }
    default:
      return false;
  }
}

function memberName(member: TSESTree.MemberExpression): string | undefined {
  if (!member.computed && member.property.type === AST_NODE_TYPES.Identifier) {
    return member.property.name;
  }
  return member.computed && member.property.type === AST_NODE_TYPES.Literal && typeof member.property.value === 'string'
    ? member.property.value
    : undefined;
}

function programOf(node: TSESTree.Node): TSESTree.Program {
  let current = node;
  while (current.parent != null) {
    current = current.parent;
  }
  return current as TSESTree.Program;
}

/** `import.meta.url`, `import.meta.filename`, `__filename`, a call or `new` of one (`fileURLToPath(import.meta.url)`, `new URL(import.meta.url)`), or a property of that (`.href`). */
export function isOwnLocation(node: TSESTree.Node): boolean {
  if (node.type === AST_NODE_TYPES.CallExpression || node.type === AST_NODE_TYPES.NewExpression) {
    return node.arguments.length === 1 && node.arguments[0] !== undefined && isOwnLocation(node.arguments[0]);
  }
  if (node.type === AST_NODE_TYPES.Identifier) return node.name === '__filename';
  if (node.type === AST_NODE_TYPES.MemberExpression && node.object.type !== AST_NODE_TYPES.MetaProperty) {
    return !node.computed && isOwnLocation(node.object); // `new URL(import.meta.url).href`
  }
  return (
    node.type === AST_NODE_TYPES.MemberExpression &&
    !node.computed &&
    node.object.type === AST_NODE_TYPES.MetaProperty &&
    node.object.meta.name === 'import' &&
    node.property.type === AST_NODE_TYPES.Identifier &&
    (node.property.name === 'url' || node.property.name === 'filename')
  );
}
