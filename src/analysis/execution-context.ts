import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import type { TSESTree } from '@typescript-eslint/utils';
import { TYPED_ARRAY_NAMES } from '../catalog/typed-arrays.js';
import { isNullishLiteral } from './value-use.js';

// Where code runs: on an async path (an async function, or a function that returns a promise),
// in code that runs right away inside one (array callbacks, a string's `replace` callback,
// promise executors, IIFEs), or
// somewhere blocking harms no request (top level, plain sync functions, deferred callbacks).

export type FunctionNode =
  | TSESTree.FunctionDeclaration
  | TSESTree.FunctionExpression
  | TSESTree.ArrowFunctionExpression;

export type ImmediateCallbackKind = 'array-callback' | 'string-callback' | 'promise-executor' | 'iife';

export interface ImmediateCallback {
  readonly fn: FunctionNode;
  readonly kind: ImmediateCallbackKind;
  /** The method (`map`, `forEach`, … or `from` for `Array.from`; `replace`, `replaceAll`); for 'array-callback' and 'string-callback'. */
  readonly method?: string;
}

/**
 * Array methods whose callback must give its value at once: a comparator, a reducer, a predicate
 * (an async predicate's promise is always truthy). Making it async does not help them.
 */
const NEEDS_VALUES_AT_ONCE: ReadonlySet<string> = new Set([
  'sort',
  'toSorted',
  'reduce',
  'reduceRight',
  'filter',
  'some',
  'every',
  'find',
  'findIndex',
  'findLast',
  'findLastIndex',
]);

/**
 * `items.map(f)`, `forEach`, `flatMap`, `Array.from(items, f)`: a callback run once per element,
 * which can be made async and its promises awaited together (`await Promise.all(items.map(async
 * (item) => …))`). Not a `sort` comparator, a `reduce` reducer or a `filter`/`some`/`find`
 * predicate, which need the values themselves.
 */
export function isPerElementCallback(immediate: ImmediateCallback): boolean {
  return immediate.kind === 'array-callback' && !NEEDS_VALUES_AT_ONCE.has(immediate.method ?? '');
}

export interface AsyncPath {
  /** The function whose asynchronous run the node is part of. */
  readonly asyncFunction: FunctionNode;
  /** 'async-function': declared `async` (functions, arrows, methods, class property arrows, async generators).
   *  'promise-returning': not async but returns a promise (a "fake async" wrapper whose `new Promise` executor does sync work). */
  readonly reason: 'async-function' | 'promise-returning';
  /** Synchronous callbacks between the node and asyncFunction that run immediately, innermost first
   *  (array iteration callbacks, `new Promise` executors, IIFEs). Empty when the node sits directly in asyncFunction. */
  readonly immediateCallbacks: readonly ImmediateCallback[];
  /** True when `await` may be inserted at the node: asyncFunction is async, nothing between, and the node is not in
   *  a parameter list/default value or a class field initializer or other spot where `await` is a syntax error. */
  readonly canAwait: boolean;
}

export interface AsyncPathOptions {
  /** Type-aware answer to "does this non-async function return a thenable?"; undefined answer means "cannot tell". */
  isPromiseReturning?: (fn: FunctionNode) => boolean | undefined;
  /** Type-aware answer to "is this receiver an array-like (Array, ReadonlyArray, tuple, typed array, Set, Map)?" for the array-callback case. */
  isArrayLikeReceiver?: (receiver: TSESTree.Expression) => boolean | undefined;
  /** Type-aware answer to "is this receiver a string?" for `replace`/`replaceAll` callbacks. */
  isStringReceiver?: (receiver: TSESTree.Expression) => boolean | undefined;
}

/** Array (and Set/Map/typed array) methods that call their first argument synchronously before returning. */
const ARRAY_CALLBACK_METHODS: ReadonlySet<string> = new Set(['map', 'forEach', 'flatMap', ...NEEDS_VALUES_AT_ONCE]);

/** String methods that call a function given as their second argument for each match, before returning. */
const STRING_CALLBACK_METHODS: ReadonlySet<string> = new Set(['replace', 'replaceAll']);

/** Constructors whose static `from(source, mapFn)` calls `mapFn` synchronously. */
const FROM_WITH_MAP_FN: ReadonlySet<string> = new Set(['Array', ...TYPED_ARRAY_NAMES]);

const CALL_AND_APPLY: ReadonlySet<string> = new Set(['call', 'apply']);

/** `Promise.x(…)` statics that return a promise. */
const PROMISE_RETURNING_STATICS: ReadonlySet<string> = new Set([
  'resolve',
  'reject',
  'all',
  'allSettled',
  'any',
  'race',
  'try',
]);

/**
 * The async path `node` runs on, or undefined when it runs at module top level (incl. top-level await), in a plain sync
 * function, or in a callback handed to another API to run later (event listeners, timers, process.on('exit'), framework callbacks).
 *
 * Walking up from the node, the nearest function decides. An async function is the path. A sync callback that runs
 * right away (array iteration callback, `new Promise` executor, IIFE) is recorded and the walk goes on to the next
 * function. A non-async function (a getter included) that returns a promise is a 'promise-returning' path. Anything
 * else (plain sync function, plain generator, deferred callback, getter, setter, constructor) is not an async path.
 * Class field initializers (instance and static) and static blocks are class initialization, not part of the
 * enclosing function's run, so they end the walk too.
 */
function isTopLevelAsyncIife(fn: FunctionNode, options: AsyncPathOptions): boolean {
  let current: FunctionNode | undefined = fn;
  while (current) {
    if (immediateCallbackOf(current, options)?.kind !== 'iife') return false;
    current = enclosingFunction(current);
    if (current && !current.async && immediateCallbackOf(current, options) === undefined) return false;
  }
  return true;
}

export function findAsyncPath(node: TSESTree.Node, options: AsyncPathOptions = {}): AsyncPath | undefined {
  const immediateCallbacks: ImmediateCallback[] = [];
  let child: TSESTree.Node = node;
  let parent = node.parent;
  while (parent != null) {
    if (isClassInitializerBoundary(parent, child)) {
      return undefined;
    }
    if (isFunctionNode(parent)) {
      const fn = parent;
      if (fn.async) {
        // `(async () => { … })()` at module top level is CommonJS's top-level await: startup, not a request path.
        if (isTopLevelAsyncIife(fn, options)) return undefined;
        return {
          asyncFunction: fn,
          reason: 'async-function',
          immediateCallbacks,
          canAwait: immediateCallbacks.length === 0 && child === fn.body && !awaitBlockedWithin(node, fn),
        };
      }
      const immediate = immediateCallbackOf(fn, options);
      if (immediate !== undefined) {
        immediateCallbacks.push(immediate);
      } else if (canReturnPromise(fn) && isPromiseReturning(fn, options)) {
        return { asyncFunction: fn, reason: 'promise-returning', immediateCallbacks, canAwait: false };
      } else {
        return undefined;
      }
    }
    child = parent;
    parent = parent.parent;
  }
  return undefined;
}

/**
 * Syntactic: true when fn is non-async and evidently returns a promise: explicit return type annotation `Promise<…>`/`PromiseLike<…>`,
 * an expression body or a `return` (of fn itself, not nested functions) that is `new Promise(…)`,
 * `Promise.resolve/reject/all/…(…)` (also behind `as`/`!`/`satisfies`, or a `?:` whose both branches are such),
 * and every other `return` with a value returns `null`/`undefined` or a promise chain (`p.then(…)`).
 */
export function returnsPromiseSyntactically(fn: FunctionNode): boolean {
  if (fn.async || fn.generator) {
    return false;
  }
  if (fn.returnType !== undefined && isPromiseTypeReference(fn.returnType.typeAnnotation)) {
    return true;
  }
  if (fn.body.type !== AST_NODE_TYPES.BlockStatement) {
    return isPromiseExpression(fn.body);
  }
  // Every value it returns but nothing (`return null`): a function that returns a promise on one path
  // and a value on another (`if (cached) return cached; return Promise.resolve(…)`, as `Promise<T> | T`
  // would type it) may be called synchronously. A promise chain (`return load(p).then(…)`) is no value.
  return (
    someOwnReturn(fn.body, (argument) => argument !== null && isPromiseExpression(argument)) &&
    !someOwnReturn(
      fn.body,
      (argument) => argument !== null && !isPromiseExpression(argument) && !isPromiseChain(argument) && !isNullishLiteral(argument),
    )
  );
}

/**
 * The nearest enclosing function of node, or undefined at top level. A node in a function's parameter list (a default
 * value) belongs to that function; a function node's own enclosing function is the one around it. Code in a class
 * field initializer or a static block belongs to no function (it runs when the class is instantiated or defined), so
 * the answer there is undefined as well.
 */
export function enclosingFunction(node: TSESTree.Node): FunctionNode | undefined {
  let child: TSESTree.Node = node;
  let parent = node.parent;
  while (parent != null) {
    if (isClassInitializerBoundary(parent, child)) {
      return undefined;
    }
    if (isFunctionNode(parent)) {
      return parent;
    }
    child = parent;
    parent = parent.parent;
  }
  return undefined;
}

/** A TypeScript `enum` or `namespace` body: each compiles to a function of its own, where `await` is not allowed. */
export function compilesToOwnFunction(node: TSESTree.Node): boolean {
  return node.type === AST_NODE_TYPES.TSEnumDeclaration || node.type === AST_NODE_TYPES.TSModuleBlock;
}

/** Whether an `enum` or `namespace` between `node` and its enclosing function `fn` rules `await` out at `node`. */
export function awaitBlockedWithin(node: TSESTree.Node, fn: FunctionNode): boolean {
  for (let parent = node.parent; parent && parent !== fn; parent = parent.parent) {
    if (compilesToOwnFunction(parent)) return true;
  }
  return false;
}

/** True for the three function node types. */
export function isFunctionNode(node: TSESTree.Node): node is FunctionNode {
  return (
    node.type === AST_NODE_TYPES.FunctionDeclaration ||
    node.type === AST_NODE_TYPES.FunctionExpression ||
    node.type === AST_NODE_TYPES.ArrowFunctionExpression
  );
}

/** `child` is the initializer of a class field (run per instance / at class definition) or `parent` is a static block. */
function isClassInitializerBoundary(parent: TSESTree.Node, child: TSESTree.Node): boolean {
  switch (parent.type) {
    case AST_NODE_TYPES.PropertyDefinition:
    case AST_NODE_TYPES.AccessorProperty:
      return parent.value === child;
    case AST_NODE_TYPES.StaticBlock:
      return true;
    default:
      return false;
  }
}

/** How `fn` runs right away when it is reached, or undefined when it runs whenever someone calls it. */
export function immediateCallbackOf(fn: FunctionNode, options: AsyncPathOptions = {}): ImmediateCallback | undefined {
  if (fn.generator) {
    // Calling a generator function does not run its body.
    return undefined;
  }
  const used = outermostTypeWrapper(fn);
  const parent = used.parent;
  if (parent == null) {
    return undefined;
  }
  if (parent.type === AST_NODE_TYPES.CallExpression) {
    if (parent.callee === used) {
      return { fn, kind: 'iife' };
    }
    const argumentIndex = parent.arguments.indexOf(used as TSESTree.CallExpressionArgument);
    const callee = parent.callee;
    if (argumentIndex < 0 || callee.type !== AST_NODE_TYPES.MemberExpression) {
      return undefined;
    }
    const method = staticPropertyName(callee);
    if (method === undefined) {
      return undefined;
    }
    if (argumentIndex === 0 && ARRAY_CALLBACK_METHODS.has(method)) {
      return options.isArrayLikeReceiver?.(callee.object) === false ? undefined : { fn, kind: 'array-callback', method };
    }
    if (
      argumentIndex === 1 &&
      method === 'from' &&
      callee.object.type === AST_NODE_TYPES.Identifier &&
      FROM_WITH_MAP_FN.has(callee.object.name)
    ) {
      return { fn, kind: 'array-callback', method };
    }
    // `text.replace(/\{\{(\w+)\}\}/g, (_, name) => …)`: a string's, as the types say or the receiver is written.
    if (argumentIndex === 1 && STRING_CALLBACK_METHODS.has(method) && (options.isStringReceiver?.(callee.object) ?? isStringBySyntax(callee.object))) {
      return { fn, kind: 'string-callback', method };
    }
    return undefined;
  }
  if (parent.type === AST_NODE_TYPES.NewExpression) {
    return parent.arguments[0] === used &&
      parent.callee.type === AST_NODE_TYPES.Identifier &&
      parent.callee.name === 'Promise'
      ? { fn, kind: 'promise-executor' }
      : undefined;
  }
  // `(function () { … }).call(this, …)` / `.apply(…)`
  if (
    parent.type === AST_NODE_TYPES.MemberExpression &&
    parent.object === used &&
    isOneOf(staticPropertyName(parent), CALL_AND_APPLY) &&
    parent.parent.type === AST_NODE_TYPES.CallExpression &&
    parent.parent.callee === parent
  ) {
    return { fn, kind: 'iife' };
  }
  return undefined;
}

/** `'…'`, `` `…` ``: a string whatever the types say. */
function isStringBySyntax(node: TSESTree.Expression): boolean {
  return (node.type === AST_NODE_TYPES.Literal && typeof node.value === 'string') || node.type === AST_NODE_TYPES.TemplateLiteral;
}

/** Setters and constructors never hand a promise to their caller; generators return iterators. */
function canReturnPromise(fn: FunctionNode): boolean {
  if (fn.generator) {
    return false;
  }
  const parent = fn.parent;
  if (parent.type === AST_NODE_TYPES.MethodDefinition && parent.value === fn) {
    if (parent.kind === 'set' || parent.kind === 'constructor') return false;
  }
  if (parent.type === AST_NODE_TYPES.Property && parent.value === fn) {
    if (parent.kind === 'set') return false;
  }
  // Cheap answers before anyone asks the checker: a body that never returns a value, or a return
  // type written as a primitive, cannot give a promise.
  if (fn.returnType && NON_PROMISE_RETURN_TYPES.has(fn.returnType.typeAnnotation.type)) {
    return false;
  }
  return fn.body.type !== AST_NODE_TYPES.BlockStatement || someOwnReturn(fn.body, (argument) => argument !== null);
}

const NON_PROMISE_RETURN_TYPES: ReadonlySet<AST_NODE_TYPES> = new Set([
  AST_NODE_TYPES.TSVoidKeyword,
  AST_NODE_TYPES.TSUndefinedKeyword,
  AST_NODE_TYPES.TSNeverKeyword,
  AST_NODE_TYPES.TSStringKeyword,
  AST_NODE_TYPES.TSNumberKeyword,
  AST_NODE_TYPES.TSBooleanKeyword,
  AST_NODE_TYPES.TSBigIntKeyword,
  AST_NODE_TYPES.TSSymbolKeyword,
  AST_NODE_TYPES.TSNullKeyword,
]);

function isPromiseReturning(fn: FunctionNode, options: AsyncPathOptions): boolean {
  return options.isPromiseReturning?.(fn) ?? returnsPromiseSyntactically(fn);
}

function isPromiseTypeReference(type: TSESTree.TypeNode): boolean {
  return (
    type.type === AST_NODE_TYPES.TSTypeReference &&
    type.typeName.type === AST_NODE_TYPES.Identifier &&
    (type.typeName.name === 'Promise' || type.typeName.name === 'PromiseLike')
  );
}

function isPromiseExpression(expression: TSESTree.Expression): boolean {
  const node = skipTypeWrappers(expression);
  switch (node.type) {
    case AST_NODE_TYPES.NewExpression:
      return node.callee.type === AST_NODE_TYPES.Identifier && node.callee.name === 'Promise';
    case AST_NODE_TYPES.CallExpression:
      return (
        node.callee.type === AST_NODE_TYPES.MemberExpression &&
        node.callee.object.type === AST_NODE_TYPES.Identifier &&
        node.callee.object.name === 'Promise' &&
        isOneOf(staticPropertyName(node.callee), PROMISE_RETURNING_STATICS)
      );
    case AST_NODE_TYPES.ConditionalExpression:
      return isPromiseExpression(node.consequent) && isPromiseExpression(node.alternate);
    default:
      return false;
  }
}

const PROMISE_CHAIN_METHODS: ReadonlySet<string> = new Set(['then', 'catch', 'finally']);

/** `load(p).then(…)`, `.catch(…)`, `.finally(…)`: a promise chain, whatever its start. */
function isPromiseChain(expression: TSESTree.Expression): boolean {
  const node = skipTypeWrappers(expression);
  return (
    node.type === AST_NODE_TYPES.CallExpression &&
    node.callee.type === AST_NODE_TYPES.MemberExpression &&
    isOneOf(staticPropertyName(node.callee), PROMISE_CHAIN_METHODS)
  );
}

/** True when some `return` in `statement` that belongs to the function around it (not to nested functions) passes `predicate`. */
export function someOwnReturn(
  statement: TSESTree.Statement,
  predicate: (argument: TSESTree.Expression | null) => boolean,
): boolean {
  const recurse = (inner: TSESTree.Statement | null | undefined): boolean =>
    inner != null && someOwnReturn(inner, predicate);
  switch (statement.type) {
    case AST_NODE_TYPES.ReturnStatement:
      return predicate(statement.argument);
    case AST_NODE_TYPES.BlockStatement:
      return statement.body.some(recurse);
    case AST_NODE_TYPES.IfStatement:
      return recurse(statement.consequent) || recurse(statement.alternate);
    case AST_NODE_TYPES.ForStatement:
    case AST_NODE_TYPES.ForInStatement:
    case AST_NODE_TYPES.ForOfStatement:
    case AST_NODE_TYPES.WhileStatement:
    case AST_NODE_TYPES.DoWhileStatement:
    case AST_NODE_TYPES.LabeledStatement:
    case AST_NODE_TYPES.WithStatement:
      return recurse(statement.body);
    case AST_NODE_TYPES.TryStatement:
      return recurse(statement.block) || recurse(statement.handler?.body) || recurse(statement.finalizer);
    case AST_NODE_TYPES.SwitchStatement:
      return statement.cases.some((switchCase) => switchCase.consequent.some(recurse));
    default:
      return false;
  }
}

type TypeWrapper =
  | TSESTree.TSAsExpression
  | TSESTree.TSNonNullExpression
  | TSESTree.TSSatisfiesExpression
  | TSESTree.TSTypeAssertion;

function isTypeWrapper(node: TSESTree.Node): node is TypeWrapper {
  return (
    node.type === AST_NODE_TYPES.TSAsExpression ||
    node.type === AST_NODE_TYPES.TSNonNullExpression ||
    node.type === AST_NODE_TYPES.TSSatisfiesExpression ||
    node.type === AST_NODE_TYPES.TSTypeAssertion
  );
}

/** `x as T`, `x!`, `x satisfies T`, `<T>x` → `x`. */
export function skipTypeWrappers<T extends TSESTree.Node>(node: T): T | TSESTree.Expression {
  let current: T | TSESTree.Expression = node;
  while (isTypeWrapper(current)) {
    current = current.expression;
  }
  return current;
}

/** The outermost `as`/`!`/`satisfies`/`<T>` wrapper around `node` (or node itself): what its parent sees. */
export function outermostTypeWrapper(node: TSESTree.Node): TSESTree.Node {
  let current = node;
  while (current.parent != null && isTypeWrapper(current.parent) && current.parent.expression === current) {
    current = current.parent;
  }
  return current;
}

/** `a.b` / `a['b']` / `` a[`b`] `` → 'b'; undefined for other computed keys and private names. */
function staticPropertyName(member: TSESTree.MemberExpression): string | undefined {
  const property = member.property;
  if (!member.computed) {
    return property.type === AST_NODE_TYPES.Identifier ? property.name : undefined;
  }
  if (property.type === AST_NODE_TYPES.Literal && typeof property.value === 'string') {
    return property.value;
  }
  if (property.type === AST_NODE_TYPES.TemplateLiteral && property.expressions.length === 0) {
    return property.quasis[0]?.value.cooked ?? undefined;
  }
  return undefined;
}

function isOneOf(name: string | undefined, names: ReadonlySet<string>): boolean {
  return name !== undefined && names.has(name);
}
