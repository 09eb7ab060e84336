import { AST_NODE_TYPES, ASTUtils, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { fieldWrites, thisOwner } from './this-field.js';

// What syntax alone says about whether an expression is a promise: a cheap "certainly not" filter
// that runs before any question to the type checker, and the few cases that are certainly promises
// without type information (calls of async functions declared in the same file).

/** Globals that are never thenables (built-in namespaces, constructors, Node's module globals). */
const NON_THENABLE_GLOBALS: ReadonlySet<string> = new Set([
  'undefined',
  'NaN',
  'Infinity',
  'globalThis',
  'console',
  'Math',
  'JSON',
  'Reflect',
  'Intl',
  'Atomics',
  'Object',
  'Array',
  'Number',
  'String',
  'Boolean',
  'Symbol',
  'BigInt',
  'Date',
  'RegExp',
  'Error',
  'Map',
  'Set',
  'WeakMap',
  'WeakSet',
  'Promise',
  'process',
  'Buffer',
  'module',
  'exports',
  'require',
  '__dirname',
  '__filename',
]);

/**
 * False when `node` can certainly not evaluate to a thenable: literals, object and array literals,
 * functions, classes, operators (whose results are primitives), `await`, `this`, well-known globals,
 * and names bound to classes, functions, enums, namespaces or a `const` holding one of those.
 * True otherwise (the checker decides).
 */
export function mayBeThenable(node: TSESTree.Node, sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  switch (node.type) {
    case AST_NODE_TYPES.CallExpression:
    case AST_NODE_TYPES.NewExpression:
    case AST_NODE_TYPES.MemberExpression:
    case AST_NODE_TYPES.ChainExpression:
    case AST_NODE_TYPES.TaggedTemplateExpression:
    case AST_NODE_TYPES.ImportExpression:
    case AST_NODE_TYPES.YieldExpression:
    case AST_NODE_TYPES.TSAsExpression:
    case AST_NODE_TYPES.TSTypeAssertion:
    case AST_NODE_TYPES.TSSatisfiesExpression:
      return true;
    case AST_NODE_TYPES.TSNonNullExpression:
      return mayBeThenable(node.expression, sourceCode);
    case AST_NODE_TYPES.AssignmentExpression:
      return node.operator === '=' && mayBeThenable(node.right, sourceCode);
    case AST_NODE_TYPES.Identifier:
      return identifierMayBeThenable(node, sourceCode);
    default:
      return false;
  }
}

/**
 * True when `node` is certainly a promise by syntax alone: a call of an `async` function (not a
 * generator) declared in this file and never reassigned, or a `const` initialised with such a call.
 */
export function isCertainlyPromise(node: TSESTree.Node, sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  if (node.type === AST_NODE_TYPES.CallExpression) {
    return node.callee.type === AST_NODE_TYPES.Identifier && !node.optional && isLocalAsyncFunction(node.callee, sourceCode);
  }
  if (node.type !== AST_NODE_TYPES.Identifier) return false;
  const declarator = constDeclaratorOf(node, sourceCode);
  const init = declarator?.init;
  return (
    init?.type === AST_NODE_TYPES.CallExpression &&
    init.callee.type === AST_NODE_TYPES.Identifier &&
    !init.optional &&
    isLocalAsyncFunction(init.callee, sourceCode)
  );
}

/**
 * True when `node` may hold nothing at run time whatever its type says, so that testing it (`if (!p)`,
 * `p ?? …`, `p === undefined`) asks whether it is there: an element access (`cache[key]`,
 * `queue[0]`: an index signature or an array may have no entry there), what a caller passes in (a
 * JavaScript caller may leave it out): a parameter, a member read from one (`opts.connection`,
 * `options.db.pool`), or a variable never assigned again that was taken from one of those
 * (`const { connection } = opts`, `let pool = options.db.pool`, and its members), a variable declared without an initialiser
 * (`let ready: Promise<void>;`, set on first use), or one taken from an array pattern
 * (`const [first] = tasks`) or initialised with an element access (`const last = queue[queue.length - 1]`).
 */
export function mayBeAbsent(node: TSESTree.Node, sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  const inner = node.type === AST_NODE_TYPES.TSNonNullExpression ? node.expression : node;
  if (isElementAccess(inner) || readsParameter(inner, sourceCode)) return true;
  if (inner.type !== AST_NODE_TYPES.Identifier) return false;
  const variable = variableOf(inner, sourceCode);
  return (
    variable?.defs.some((definition) => {
      if (definition.type !== 'Variable') return false;
      const declarator = definition.node;
      if (declarator.id.type !== AST_NODE_TYPES.Identifier) return isInArrayPattern(definition.name, declarator.id);
      return !declarator.init || isElementAccess(declarator.init);
    }) ?? false
  );
}

/**
 * A parameter (`opts`), or a chain of non-computed members read from one (`opts.connection`,
 * `opts?.db.pool`, through non-null assertions): what the caller handed in, which a JavaScript caller
 * may leave out whatever the parameter's type says. A variable never assigned again after it was
 * taken from one counts as what it was taken from: `const { db } = opts` (then `db`, `db.pool`),
 * `let settings = opts.settings` (then `settings.connection`).
 */
function readsParameter(node: TSESTree.Node, sourceCode: Readonly<TSESLint.SourceCode>, depth = 0): boolean {
  let inner: TSESTree.Node = node.type === AST_NODE_TYPES.ChainExpression ? node.expression : node;
  let member: TSESTree.MemberExpression | undefined;
  for (;;) {
    if (inner.type === AST_NODE_TYPES.TSNonNullExpression) inner = inner.expression;
    else if (inner.type === AST_NODE_TYPES.MemberExpression && !inner.computed) {
      member = inner;
      inner = inner.object;
    } else break;
  }
  if (inner.type === AST_NODE_TYPES.ThisExpression) return member !== undefined && depth < 8 && keptFromParameter(member, sourceCode, depth);
  if (inner.type !== AST_NODE_TYPES.Identifier) return false;
  const variable = variableOf(inner, sourceCode);
  if (!variable) return false;
  if (variable.defs.some((definition) => definition.type === 'Parameter')) return true;
  // `let { connection = connect() } = opts`: with a default the name is never missing.
  const definition = depth < 8 ? settledDefinition(inner, sourceCode) : undefined;
  const init = definition?.name.parent.type === AST_NODE_TYPES.AssignmentPattern ? undefined : definition?.node.init;
  return init != null && readsParameter(init, sourceCode, depth + 1);
}

/**
 * `this.options` of a class whose constructor keeps a parameter there, and nothing else writes it:
 * a parameter property (`constructor(private options: Options)`), or `this.options = options` (or
 * `= options.db`, what `readsParameter` accepts) in the constructor itself.
 */
function keptFromParameter(member: TSESTree.MemberExpression, sourceCode: Readonly<TSESLint.SourceCode>, depth: number): boolean {
  const owner = thisOwner(member);
  if (!owner || owner.method.static) return false;
  const fields = fieldWrites(member, owner, sourceCode);
  if (!fields) return false;
  const name = member.property.type === AST_NODE_TYPES.Identifier ? member.property.name : undefined;
  const constructor = owner.method.parent.body.find(
    (element): element is TSESTree.MethodDefinition => element.type === AST_NODE_TYPES.MethodDefinition && element.kind === 'constructor',
  );
  const parameterProperty = constructor?.value.params.some((parameter) => {
    if (parameter.type !== AST_NODE_TYPES.TSParameterProperty) return false;
    const binding = parameter.parameter.type === AST_NODE_TYPES.AssignmentPattern ? parameter.parameter.left : parameter.parameter;
    return binding.type === AST_NODE_TYPES.Identifier && binding.name === name;
  });
  if (parameterProperty) return fields.writes.length === 0;
  return (
    fields.writes.length > 0 &&
    fields.writes.every(
      (write) =>
        fields.initializers.has(write) &&
        write.type === AST_NODE_TYPES.AssignmentExpression &&
        write.operator === '=' &&
        readsParameter(write.right, sourceCode, depth + 1),
    )
  );
}

/** `a[i]`, `a[0]`, `a['key']`, through a non-null assertion or a cast. */
function isElementAccess(node: TSESTree.Node): boolean {
  let inner = node;
  while (
    inner.type === AST_NODE_TYPES.TSNonNullExpression ||
    inner.type === AST_NODE_TYPES.TSAsExpression ||
    inner.type === AST_NODE_TYPES.TSTypeAssertion ||
    inner.type === AST_NODE_TYPES.TSSatisfiesExpression
  ) {
    inner = inner.expression;
  }
  if (inner.type === AST_NODE_TYPES.ChainExpression) inner = inner.expression;
  return inner.type === AST_NODE_TYPES.MemberExpression && inner.computed;
}

/** Whether the binding `name` sits in an array pattern within `pattern`. */
function isInArrayPattern(name: TSESTree.Node, pattern: TSESTree.Node): boolean {
  for (let node = name.parent; node && node !== pattern.parent; node = node.parent) {
    if (node.type === AST_NODE_TYPES.ArrayPattern) return true;
  }
  return false;
}

/** The variable `identifier` refers to, or undefined for a global without a declaration in the file. */
export function variableOf(
  identifier: TSESTree.Identifier,
  sourceCode: Readonly<TSESLint.SourceCode>,
): TSESLint.Scope.Variable | undefined {
  const variable = ASTUtils.findVariable(sourceCode.getScope(identifier), identifier);
  return variable && variable.defs.length > 0 ? variable : undefined;
}

/** The declarator of the `const` `identifier` names (a plain name, not a pattern); undefined otherwise. */
export function constDeclaratorOf(
  identifier: TSESTree.Identifier,
  sourceCode: Readonly<TSESLint.SourceCode>,
): TSESTree.VariableDeclarator | undefined {
  const definition = variableOf(identifier, sourceCode)?.defs[0];
  if (definition?.type !== 'Variable' || definition.parent.kind !== 'const') return undefined;
  const declarator = definition.node;
  return declarator.id.type === AST_NODE_TYPES.Identifier ? declarator : undefined;
}

function identifierMayBeThenable(identifier: TSESTree.Identifier, sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  const variable = variableOf(identifier, sourceCode);
  if (!variable) return !NON_THENABLE_GLOBALS.has(identifier.name);
  const definition = variable.defs[0];
  switch (definition?.type) {
    case 'ClassName':
    case 'FunctionName':
    case 'TSEnumName':
    case 'TSModuleName':
    case 'Type':
      return false;
    case 'ImportBinding':
      return definition.node.type !== AST_NODE_TYPES.ImportNamespaceSpecifier;
    case 'Variable': {
      const declarator = constDeclaratorOf(identifier, sourceCode);
      return !declarator?.init || !isCertainlyNotThenable(declarator.init);
    }
    default:
      return true;
  }
}

/** Initialisers that never produce a thenable. */
function isCertainlyNotThenable(init: TSESTree.Expression): boolean {
  switch (init.type) {
    case AST_NODE_TYPES.Literal:
    case AST_NODE_TYPES.TemplateLiteral:
    case AST_NODE_TYPES.ArrayExpression:
    case AST_NODE_TYPES.ArrowFunctionExpression:
    case AST_NODE_TYPES.FunctionExpression:
    case AST_NODE_TYPES.ClassExpression:
    case AST_NODE_TYPES.AwaitExpression:
    case AST_NODE_TYPES.UnaryExpression:
    case AST_NODE_TYPES.BinaryExpression:
    case AST_NODE_TYPES.UpdateExpression:
      return true;
    case AST_NODE_TYPES.ObjectExpression:
      // `{ then() {} }` is a thenable.
      return !init.properties.some(
        (property) =>
          property.type === AST_NODE_TYPES.SpreadElement ||
          property.computed ||
          (property.key.type === AST_NODE_TYPES.Identifier && property.key.name === 'then') ||
          (property.key.type === AST_NODE_TYPES.Literal && property.key.value === 'then'),
      );
    default:
      return false;
  }
}

/** `f` names an `async function f` or a `const f = async () => …` / `async function () …` of this file. */
function isLocalAsyncFunction(callee: TSESTree.Identifier, sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  const variable = variableOf(callee, sourceCode);
  if (!variable || variable.defs.length !== 1) return false;
  const definition = variable.defs[0];
  if (definition?.type === 'FunctionName') {
    const fn = definition.node;
    return fn.type === AST_NODE_TYPES.FunctionDeclaration && fn.async && !fn.generator && !isReassigned(variable);
  }
  const declarator = constDeclaratorOf(callee, sourceCode);
  const init = declarator?.init;
  return (
    (init?.type === AST_NODE_TYPES.ArrowFunctionExpression || init?.type === AST_NODE_TYPES.FunctionExpression) &&
    init.async &&
    !init.generator
  );
}

type VariableDefinition = Extract<TSESLint.Scope.Definition, { type: 'Variable' }>;

/**
 * The declaration of the variable `identifier` names, when it is declared once, with an initialiser,
 * and never assigned again (`const dir = …`, a `let` that keeps its first value, a name a pattern
 * takes from it: `const { sync } = fg`); undefined otherwise.
 */
export function settledDefinition(identifier: TSESTree.Identifier, sourceCode: Readonly<TSESLint.SourceCode>): VariableDefinition | undefined {
  const variable = variableOf(identifier, sourceCode);
  const definition = variable?.defs.length === 1 ? variable.defs[0] : undefined;
  if (!variable || definition?.type !== 'Variable' || !definition.node.init || isReassigned(variable)) return undefined;
  return definition;
}

/** The initialiser of a `settledDefinition` that binds the name itself (`const dir = …`, not `const { dir } = …`). */
export function settledInitializer(identifier: TSESTree.Identifier, sourceCode: Readonly<TSESLint.SourceCode>): TSESTree.Expression | undefined {
  const definition = settledDefinition(identifier, sourceCode);
  if (definition === undefined || definition.node.id !== definition.name) return undefined;
  return definition.node.init ?? undefined;
}

/**
 * Whether the variable is written besides its declaration (`f = other`, `read = memoryRead`): then
 * its declaration (a function's, an initialiser's) no longer says what it holds.
 */
export function isReassigned(variable: TSESLint.Scope.Variable): boolean {
  return variable.references.some((reference) => reference.isWrite() && !reference.init);
}
