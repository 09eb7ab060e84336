import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { childNodes, isWithin, someNode, unwrapChain } from './ast-walk.js';
import { fieldWrites, thisOwner, writeExpressionOf, type WritesOf } from './this-field.js';
import {
  enclosingFunction,
  immediateCallbackOf,
  isFunctionNode,
  outermostTypeWrapper,
  type FunctionNode,
} from './execution-context.js';
import { resolveCallee } from './resolve-callee.js';
import { constDeclaratorOf, isCertainlyPromise, variableOf } from './syntactic-thenable.js';
import { isThenableExpression } from './thenable.js';
import type { TypeInfo } from './type-info.js';

// The sync loop that waits for ever: `while (!done) {}` where `done` is only set in a `.then`
// callback, a timer or event callback, or an async function after an `await`. JavaScript runs one
// thing at a time: those callbacks wait for the running code to finish, and the running code is the
// loop waiting for them. Found by syntax and scope analysis, so it works without types; with types,
// the checker confirms that each API is the one its name says, for a loop about to be reported only.
//
// A loop is reported only when all of these hold, so that "never ends" is a fact, not a guess:
// - it has a condition made only of variables, `this` fields, literals and operators (no calls);
// - nothing in it suspends it (`await`, `yield`) or leaves it (`break`, `return`, `throw`);
// - every variable and field in the condition is declared outside the loop and never written in it;
// - every write of them (besides the initialiser, or the constructor for a field) happens in a
//   deferred callback or after an `await`, and at least one such write exists;
// - for a condition on one variable or field, some deferred write may end the loop (not only
//   `failed = true` for `while (failed)`, which keeps it going);
// - writes in timer callbacks and event listeners count only when the loop calls nothing: a call
//   can run them at once (fake timers' `clock.tick()`, `vi.advanceTimersByTime()`, `vi.runAllTicks()`
//   for `process.nextTick` and `queueMicrotask`; `emitter.emit()`). Promise callbacks and code after
//   an `await` count whatever the loop calls: they run only once the stack is empty;
// - a field that is not private counts only when the loop calls nothing (a call could set it from outside),
//   and a named field only when its class never hands `this` out (`Object.assign(this, …)`, an alias)
//   nor writes it by a computed key, so that its writes are all known;
// - "calls" includes code that runs without call syntax: a member access (a getter or a setter), and
//   an iterator (`for … of`, a spread, an array pattern);
// - the API is the one its name says. With type information, the receiver of `.then`/`.catch`/
//   `.finally` is a thenable and a timer is the platform's (a global, `node:timers`, `process.nextTick`);
//   without it, the receiver is evidently a promise (`Promise.resolve()`, `new Promise(…)`, a call of
//   an async function of the file) and a timer is the global one, not shadowed;
// - in a file that imports a package which runs the event loop from synchronous code (deasync's
//   `while (!done) deasync.runLoopOnce()`), only a loop that calls nothing.

export type LoopNode = TSESTree.WhileStatement | TSESTree.DoWhileStatement | TSESTree.ForStatement;

export type DeferredWriteKind = 'promise-callback' | 'timer-callback' | 'event-listener' | 'async-function';

export interface DeferredWrite {
  readonly kind: DeferredWriteKind;
  /** The function the write happens in (for 'async-function': the async function). */
  readonly fn: FunctionNode;
  /** The API the callback is given to: `then`, `setTimeout`, `on` …; undefined for 'async-function'. */
  readonly api?: string;
}

export interface BusyWait {
  /** What the loop waits for, as written: `done`, `this.result`, `this.#ready`. */
  readonly name: string;
  /** The first write (in source order) that the loop waits for. */
  readonly write: DeferredWrite;
}

/**
 * A call that hands a callback to a deferred API: `p.then(callback)`, `setTimeout(callback)`,
 * `emitter.on('x', callback)`. Kept so that the checker can confirm the API before a report.
 */
interface Handoff {
  readonly kind: Exclude<DeferredWriteKind, 'async-function'>;
  readonly api: string;
  readonly call: TSESTree.CallExpression;
}

/** A deferred write and the calls that hand its callback over (none for an async function). */
interface PlacedWrite {
  readonly deferred: DeferredWrite;
  readonly handoffs: readonly Handoff[];
}

/**
 * Callbacks that a synchronous call made by the loop can run: fake timers run timer callbacks,
 * `process.nextTick` and `queueMicrotask` ones included (`clock.tick()`, `vi.advanceTimersByTime()`,
 * `vi.runAllTicks()`), and `emit` runs listeners. Promise callbacks and code after an `await` are not
 * here: they run only once the stack is empty, whatever the loop calls.
 */
const RUN_BY_A_CALL: ReadonlySet<DeferredWriteKind> = new Set(['timer-callback', 'event-listener']);

const PROMISE_CALLBACK_METHODS: ReadonlySet<string> = new Set(['then', 'catch', 'finally']);
const TIMER_FUNCTIONS: ReadonlySet<string> = new Set([
  'setTimeout',
  'setInterval',
  'setImmediate',
  'queueMicrotask',
  'nextTick',
  'requestAnimationFrame',
  'requestIdleCallback',
]);
/** Where the checker may find the platform's timers: the default library, `node:timers`, `node:process`. */
const TIMER_MODULES: ReadonlySet<string> = new Set(['timers', 'process']);
/** The global object's names, for `globalThis.setTimeout` without type information. */
const GLOBAL_OBJECTS: ReadonlySet<string> = new Set(['globalThis', 'global', 'window', 'self']);
/** Static methods of `Promise` that return a promise. */
const PROMISE_FACTORIES: ReadonlySet<string> = new Set(['resolve', 'reject', 'all', 'allSettled', 'any', 'race', 'try']);
const LISTENER_METHODS: ReadonlySet<string> = new Set([
  'on',
  'once',
  'addListener',
  'prependListener',
  'prependOnceListener',
  'addEventListener',
]);
/**
 * Module names, as written in an import or `require`, of packages that run the event loop from
 * inside a synchronous call, so that callbacks do run while a loop calls them: deasync and its forks
 * (`@kaciras/deasync`, `@se-oss/deasync`, `deasync-promise`), and `synchronized-promise` on top of it.
 */
const EVENT_LOOP_RUNNER_IMPORT = /(["'`])(?:@[\w.-]+\/)?(?:deasync(?:-[\w.-]+)?|synchronized-promise)(?:\/[^"'`]*)?\1/u;

/** Globals that are constants, not variables a loop could wait on. */
const CONSTANT_GLOBALS: ReadonlySet<string> = new Set(['undefined', 'NaN', 'Infinity']);

/**
 * The busy wait `loop` is, or undefined when it is not certainly one. With `typeInfo`, the checker
 * confirms the deferred APIs of a loop that would be reported, and of no other.
 */
export function findBusyWait(
  loop: LoopNode,
  sourceCode: Readonly<TSESLint.SourceCode>,
  typeInfo?: TypeInfo,
): BusyWait | undefined {
  const test = loop.test;
  if (!test) return undefined;
  const reads = conditionReads(test);
  if (!reads || reads.length === 0) return undefined;
  const scan = scanLoop(loop, sourceCode);
  if (scan.suspends || scan.exits) return undefined;
  if (scan.calls && EVENT_LOOP_RUNNER_IMPORT.test(sourceCode.text)) return undefined; // `deasync.runLoopOnce()` lets callbacks run

  let found: { name: string; write: DeferredWrite; at: number } | undefined;
  const deferredWrites: TSESTree.Node[] = [];
  const handoffs = new Map<TSESTree.CallExpression, Handoff>();
  let variables = 0;
  for (const read of reads) {
    let writes: WritesOf | undefined;
    if (read.type === AST_NODE_TYPES.Identifier) {
      if (CONSTANT_GLOBALS.has(read.name) && variableOf(read, sourceCode) === undefined) continue;
      writes = variableWrites(read, loop, sourceCode);
    } else {
      writes = loopFieldWrites(read, loop, scan.calls, sourceCode);
    }
    if (!writes) return undefined;
    variables += 1;
    for (const write of writes.writes) {
      if (isWithin(write, loop) && !insideNestedFunction(write, loop)) return undefined;
      const placed = deferredWriteOf(write, scan.calls, sourceCode, typeInfo !== undefined);
      if (!placed) {
        if (writes.initializers.has(write)) continue;
        return undefined;
      }
      deferredWrites.push(write);
      for (const handoff of placed.handoffs) handoffs.set(handoff.call, handoff);
      if (!found || write.range[0] < found.at) {
        found = { name: sourceCode.getText(read), write: placed.deferred, at: write.range[0] };
      }
    }
  }
  // `while (failed) {}` with `failed = true` in a `.catch`: what the callbacks write keeps the loop
  // going rather than ending it, so the loop does not wait for them (it never runs, or it spins for
  // another reason).
  if (found && variables === 1 && deferredWrites.every((write) => testAfterWrite(test, write) === true)) return undefined;
  if (!found) return undefined;
  // `p.then(() => { done = true; }); await p; while (!done) {}`: while the function waited, the
  // callbacks may have run, and the loop may never start.
  if (waitsBetween(Math.min(...deferredWrites.map((write) => write.range[0])), loop, sourceCode)) return undefined;
  // Types last: a `.catch` of a schema or a `setTimeout` method of the project's own clock may call
  // back at once. Such a callback is one the analysis cannot place, so the loop is not certain to hang.
  if (typeInfo && ![...handoffs.values()].every((handoff) => checkerConfirms(handoff, typeInfo))) return undefined;
  return { name: found.name, write: found.write };
}

/**
 * Whether the function around `loop` (or the module, at top level) waits (`await`, `for await`,
 * `yield`) after source position `from` and before the loop starts, in its own code.
 */
function waitsBetween(from: number, loop: LoopNode, sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  const fn = enclosingFunction(loop);
  return someNode(fn ?? sourceCode.ast, sourceCode.visitorKeys, (node) => {
    const waits =
      node.type === AST_NODE_TYPES.AwaitExpression ||
      node.type === AST_NODE_TYPES.YieldExpression ||
      (node.type === AST_NODE_TYPES.ForOfStatement && node.await);
    return waits && node.range[0] > from && node.range[1] <= loop.range[0] && enclosingFunction(node) === fn;
  });
}

/** Whether the checker agrees that the handoff's API defers its callback, as its name says. */
function checkerConfirms(handoff: Handoff, typeInfo: TypeInfo): boolean {
  const callee = unwrapChain(handoff.call.callee);
  switch (handoff.kind) {
    case 'promise-callback':
      return callee.type === AST_NODE_TYPES.MemberExpression && isThenableExpression(typeInfo, callee.object);
    case 'timer-callback': {
      const resolved = resolveCallee(callee, typeInfo);
      if (!resolved || !TIMER_FUNCTIONS.has(resolved.symbol.getName())) return false;
      return resolved.origin === 'global' || (resolved.origin === 'builtin' && TIMER_MODULES.has(resolved.module));
    }
    case 'event-listener':
      return true;
  }
}

/**
 * The value of the loop test `test` (reading one variable or field) once `write` has run, when both
 * are simple enough to tell: the test is the read, `!read`, or `read` compared with a literal
 * (`===`, `!==`, `==`, `!=`), and the write assigns a literal (`done = true`, `result = null`).
 * Undefined otherwise.
 */
function testAfterWrite(test: TSESTree.Node, write: TSESTree.Node): boolean | undefined {
  if (write.type !== AST_NODE_TYPES.AssignmentExpression || write.operator !== '=') return undefined;
  const written = literalValue(write.right);
  if (!written) return undefined;
  const value = written.value;
  switch (test.type) {
    case AST_NODE_TYPES.Identifier:
    case AST_NODE_TYPES.MemberExpression:
      return Boolean(value);
    case AST_NODE_TYPES.UnaryExpression:
      return test.operator === '!' && test.argument.type !== AST_NODE_TYPES.UnaryExpression ? !value : undefined;
    case AST_NODE_TYPES.BinaryExpression: {
      const other = literalValue(isLiteralLike(test.left) ? test.left : test.right);
      if (!other || (isLiteralLike(test.left) && isLiteralLike(test.right))) return undefined;
      switch (test.operator) {
        case '===':
          return value === other.value;
        case '!==':
          return value !== other.value;
        case '==': // the loop test's own loose equality
          return value == other.value;
        case '!=':
          return value != other.value;
        default:
          return undefined;
      }
    }
    default:
      return undefined;
  }
}

function isLiteralLike(node: TSESTree.Node): boolean {
  return literalValue(node) !== undefined;
}

/** `{ value }` of `true`, `0`, `'x'`, `null`, `undefined`, `void 0`; undefined for anything else. */
function literalValue(node: TSESTree.Node): { value: unknown } | undefined {
  if (node.type === AST_NODE_TYPES.Literal && !('regex' in node) && !('bigint' in node)) return { value: node.value };
  if (node.type === AST_NODE_TYPES.Identifier && node.name === 'undefined') return { value: undefined };
  if (node.type === AST_NODE_TYPES.UnaryExpression && node.operator === 'void' && node.argument.type === AST_NODE_TYPES.Literal) {
    return { value: undefined };
  }
  return undefined;
}

type ConditionRead = TSESTree.Identifier | TSESTree.MemberExpression;

/** The variables and `this` fields a pure condition reads, or undefined when it does more (calls, other member reads …). */
function conditionReads(node: TSESTree.Node): ConditionRead[] | undefined {
  switch (node.type) {
    case AST_NODE_TYPES.Identifier:
      return [node];
    case AST_NODE_TYPES.Literal:
      return [];
    case AST_NODE_TYPES.TemplateLiteral:
      return collectReads(node.expressions);
    case AST_NODE_TYPES.UnaryExpression:
      return node.operator === 'delete' ? undefined : conditionReads(node.argument);
    case AST_NODE_TYPES.BinaryExpression:
      return node.operator === 'in' ? undefined : collectReads([node.left, node.right]);
    case AST_NODE_TYPES.LogicalExpression:
      return collectReads([node.left, node.right]);
    case AST_NODE_TYPES.ConditionalExpression:
      return collectReads([node.test, node.consequent, node.alternate]);
    case AST_NODE_TYPES.TSAsExpression:
    case AST_NODE_TYPES.TSNonNullExpression:
    case AST_NODE_TYPES.TSSatisfiesExpression:
    case AST_NODE_TYPES.TSTypeAssertion:
      return conditionReads(node.expression);
    case AST_NODE_TYPES.MemberExpression:
      return node.object.type === AST_NODE_TYPES.ThisExpression && !node.computed && !node.optional ? [node] : undefined;
    default:
      return undefined;
  }
}

function collectReads(nodes: readonly TSESTree.Node[]): ConditionRead[] | undefined {
  const reads: ConditionRead[] = [];
  for (const node of nodes) {
    const inner = conditionReads(node);
    if (!inner) return undefined;
    reads.push(...inner);
  }
  return reads;
}

interface LoopScan {
  /** `await` / `yield` in the loop: it gives control back, so others can run. */
  suspends: boolean;
  /** `break`, `return`, `throw` or a `continue` to an outer loop: the loop can end without its condition. */
  exits: boolean;
  /** The loop calls something (which could change state or emit events synchronously). */
  calls: boolean;
}

/** Looks at the code the loop runs itself (condition, body, update), not into functions defined in it. */
function scanLoop(loop: LoopNode, sourceCode: Readonly<TSESLint.SourceCode>): LoopScan {
  const scan: LoopScan = { suspends: false, exits: false, calls: false };
  const parts: TSESTree.Node[] = [loop.body];
  if (loop.test) parts.push(loop.test);
  if (loop.type === AST_NODE_TYPES.ForStatement && loop.update) parts.push(loop.update);
  const visit = (node: TSESTree.Node): void => {
    switch (node.type) {
      case AST_NODE_TYPES.AwaitExpression:
      case AST_NODE_TYPES.YieldExpression:
        scan.suspends = true;
        break;
      case AST_NODE_TYPES.VariableDeclaration:
        // `await using r = …`: the block awaits the disposal when it ends.
        if (node.kind === 'await using') scan.suspends = true;
        break;
      case AST_NODE_TYPES.ReturnStatement:
      case AST_NODE_TYPES.ThrowStatement:
        scan.exits = true;
        break;
      case AST_NODE_TYPES.BreakStatement:
      case AST_NODE_TYPES.ContinueStatement:
        if (jumpsOutOf(node, loop)) scan.exits = true;
        break;
      // Code runs without call syntax too: a getter or setter (`trigger.value = 1`, below), an
      // iterator (`for (const x of items)`, `[...items]`, `const [a] = items`).
      case AST_NODE_TYPES.CallExpression:
      case AST_NODE_TYPES.NewExpression:
      case AST_NODE_TYPES.TaggedTemplateExpression:
      case AST_NODE_TYPES.SpreadElement:
      case AST_NODE_TYPES.ArrayPattern:
        scan.calls = true;
        break;
      case AST_NODE_TYPES.ForOfStatement:
        if (node.await) scan.suspends = true;
        else scan.calls = true;
        break;
      case AST_NODE_TYPES.MemberExpression:
        // The condition's own `this.ready` reads are fields, checked as such (no accessor of that name).
        if (!(node.object.type === AST_NODE_TYPES.ThisExpression && !node.computed && loop.test !== null && isWithin(node, loop.test))) scan.calls = true;
        break;
      default:
        break;
    }
    for (const child of childNodes(node, sourceCode.visitorKeys)) {
      if (!isFunctionNode(child) && child.type !== AST_NODE_TYPES.ClassBody) visit(child);
    }
  };
  for (const part of parts) visit(part);
  return scan;
}

/** Whether a `break`/`continue` inside `loop` leaves it. */
function jumpsOutOf(jump: TSESTree.BreakStatement | TSESTree.ContinueStatement, loop: LoopNode): boolean {
  if (jump.label) {
    const label = jump.label.name;
    for (let node: TSESTree.Node | undefined = jump.parent; node && node !== loop; node = node.parent) {
      if (node.type === AST_NODE_TYPES.LabeledStatement && node.label.name === label) return false;
    }
    // The label is on the loop itself: `continue label` stays, `break label` leaves.
    const own = loop.parent.type === AST_NODE_TYPES.LabeledStatement && loop.parent.label.name === label;
    return !(own && jump.type === AST_NODE_TYPES.ContinueStatement);
  }
  for (let node: TSESTree.Node | undefined = jump.parent; node && node !== loop; node = node.parent) {
    if (isLoop(node)) return false;
    if (node.type === AST_NODE_TYPES.SwitchStatement && jump.type === AST_NODE_TYPES.BreakStatement) return false;
  }
  return jump.type === AST_NODE_TYPES.BreakStatement;
}

function isLoop(node: TSESTree.Node): boolean {
  return (
    node.type === AST_NODE_TYPES.WhileStatement ||
    node.type === AST_NODE_TYPES.DoWhileStatement ||
    node.type === AST_NODE_TYPES.ForStatement ||
    node.type === AST_NODE_TYPES.ForInStatement ||
    node.type === AST_NODE_TYPES.ForOfStatement
  );
}

/** Every write of the variable `read` names, or undefined when it is not a local variable declared outside the loop. */
function variableWrites(read: TSESTree.Identifier, loop: LoopNode, sourceCode: Readonly<TSESLint.SourceCode>): WritesOf | undefined {
  const variable = variableOf(read, sourceCode);
  if (!variable) return undefined;
  if (variable.defs.some((definition) => isWithin(definition.name, loop))) return undefined;
  if (variable.defs.some((definition) => definition.type !== 'Variable' && definition.type !== 'Parameter')) return undefined;
  const writes = variable.references
    .filter((reference) => reference.isWrite() && !reference.init)
    .map((reference) => writeExpressionOf(reference.identifier as TSESTree.Node));
  return { writes, initializers: new Set() };
}

/**
 * Every write of the `this` field `read` in the class of the method the loop runs in (not a static
 * method or the constructor). A named field that is not private counts only when the loop calls
 * nothing: a call could set it through another reference.
 */
function loopFieldWrites(
  read: TSESTree.MemberExpression,
  loop: LoopNode,
  loopCalls: boolean,
  sourceCode: Readonly<TSESLint.SourceCode>,
): WritesOf | undefined {
  const owner = thisOwner(loop);
  if (!owner || owner.method.static || owner.method.kind === 'constructor') return undefined;
  const fields = fieldWrites(read, owner, sourceCode);
  return fields && (fields.isPrivate || !loopCalls) ? fields : undefined;
}

/**
 * How the write is deferred: in a promise callback, a timer callback or an event listener (these two
 * only when the loop calls nothing: a call could run them), or an async function after an `await`.
 * Sync callbacks that run at once (array callbacks, IIFEs, `new Promise` executors) are looked
 * through to the function they run in. A named function counts as the callback it is always passed as.
 * `typed`: the checker will confirm the APIs, so their names are enough here.
 */
function deferredWriteOf(
  write: TSESTree.Node,
  loopCalls: boolean,
  sourceCode: Readonly<TSESLint.SourceCode>,
  typed: boolean,
): PlacedWrite | undefined {
  let node: TSESTree.Node = write;
  for (;;) {
    const fn = enclosingFunction(node);
    if (!fn) return undefined;
    if (fn.async && awaitsBefore(node, fn)) return { deferred: { kind: 'async-function', fn }, handoffs: [] };
    const role = callbackRole(fn, sourceCode, typed);
    if (role === 'immediate') {
      node = fn;
      continue;
    }
    const first = role?.[0];
    if (!role || !first || (loopCalls && role.some((handoff) => RUN_BY_A_CALL.has(handoff.kind)))) return undefined;
    return { deferred: { kind: first.kind, api: first.api, fn }, handoffs: role };
  }
}

/** `'immediate'` for a callback that runs at once; otherwise every call that hands it to a deferred API (none: it cannot be placed). */
type CallbackRole = readonly Handoff[] | 'immediate' | undefined;

function callbackRole(fn: FunctionNode, sourceCode: Readonly<TSESLint.SourceCode>, typed: boolean): CallbackRole {
  if (immediateCallbackOf(fn)) return 'immediate';
  const direct = deferredApiOf(outermostTypeWrapper(fn), sourceCode, typed);
  if (direct) return [direct];
  // `function onDone() { … }` used only as `p.then(onDone)`, `setTimeout(onDone)` …
  const binding = fn.type === AST_NODE_TYPES.FunctionDeclaration ? fn.id : constBindingOf(fn);
  if (!binding) return undefined;
  const variable = variableOf(binding, sourceCode);
  const uses = variable?.references.filter((reference) => !reference.init) ?? [];
  if (uses.length === 0) return undefined;
  const handoffs: Handoff[] = [];
  for (const use of uses) {
    const handoff = use.isWrite() ? undefined : deferredApiOf(use.identifier as TSESTree.Node, sourceCode, typed);
    if (!handoff) return undefined;
    handoffs.push(handoff);
  }
  return handoffs;
}

/**
 * The deferred API `argument` is handed to: `p.then(argument)`, `setTimeout(argument)`,
 * `emitter.on('x', argument)`. With `typed`, by name (the checker confirms it before a report);
 * without, `.then`/`.catch`/`.finally` only of an evident promise and a timer only of the globals.
 */
function deferredApiOf(argument: TSESTree.Node, sourceCode: Readonly<TSESLint.SourceCode>, typed: boolean): Handoff | undefined {
  const call = argument.parent;
  if (call?.type !== AST_NODE_TYPES.CallExpression || !call.arguments.includes(argument as TSESTree.CallExpressionArgument)) {
    return undefined;
  }
  const callee = unwrapChain(call.callee);
  const name =
    callee.type === AST_NODE_TYPES.Identifier
      ? callee.name
      : callee.type === AST_NODE_TYPES.MemberExpression && !callee.computed && callee.property.type === AST_NODE_TYPES.Identifier
        ? callee.property.name
        : undefined;
  if (name === undefined) return undefined;
  const isMethod = callee.type === AST_NODE_TYPES.MemberExpression;
  if (isMethod && PROMISE_CALLBACK_METHODS.has(name)) {
    return typed || isEvidentPromise(callee.object, sourceCode, 0) ? { kind: 'promise-callback', api: name, call } : undefined;
  }
  if (TIMER_FUNCTIONS.has(name)) {
    return typed || isGlobalTimer(callee, name, sourceCode) ? { kind: 'timer-callback', api: name, call } : undefined;
  }
  if (isMethod && LISTENER_METHODS.has(name)) return { kind: 'event-listener', api: name, call };
  return undefined;
}


/** Without types: `setTimeout`, `globalThis.setTimeout`, `process.nextTick`, the globals not shadowed in the file. */
function isGlobalTimer(callee: TSESTree.Node, name: string, sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  if (callee.type === AST_NODE_TYPES.Identifier) return name !== 'nextTick' && isUnshadowedGlobal(callee, sourceCode);
  if (callee.type !== AST_NODE_TYPES.MemberExpression || callee.object.type !== AST_NODE_TYPES.Identifier) return false;
  const holder = callee.object;
  const holds = name === 'nextTick' ? holder.name === 'process' : GLOBAL_OBJECTS.has(holder.name);
  return holds && isUnshadowedGlobal(holder, sourceCode);
}

function isUnshadowedGlobal(identifier: TSESTree.Identifier, sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  return variableOf(identifier, sourceCode) === undefined;
}

/**
 * Without types, whether `node` is evidently a promise: `Promise.resolve(…)` and the other static
 * factories, `new Promise(…)`, a call of an async function of the file (or an async IIFE), a
 * `then`/`catch`/`finally` chained on one of these, or a `const` holding one.
 */
function isEvidentPromise(node: TSESTree.Node, sourceCode: Readonly<TSESLint.SourceCode>, depth: number): boolean {
  if (depth > 8) return false;
  if (isCertainlyPromise(node, sourceCode)) return true;
  switch (node.type) {
    case AST_NODE_TYPES.NewExpression:
      return node.callee.type === AST_NODE_TYPES.Identifier && node.callee.name === 'Promise' && isUnshadowedGlobal(node.callee, sourceCode);
    case AST_NODE_TYPES.CallExpression: {
      if (node.optional) return false;
      const callee = node.callee;
      if ((callee.type === AST_NODE_TYPES.ArrowFunctionExpression || callee.type === AST_NODE_TYPES.FunctionExpression) && callee.async) {
        return !callee.generator;
      }
      if (callee.type !== AST_NODE_TYPES.MemberExpression || callee.computed || callee.optional || callee.property.type !== AST_NODE_TYPES.Identifier) {
        return false;
      }
      const method = callee.property.name;
      if (callee.object.type === AST_NODE_TYPES.Identifier && callee.object.name === 'Promise') {
        return PROMISE_FACTORIES.has(method) && isUnshadowedGlobal(callee.object, sourceCode);
      }
      return PROMISE_CALLBACK_METHODS.has(method) && isEvidentPromise(callee.object, sourceCode, depth + 1);
    }
    case AST_NODE_TYPES.Identifier: {
      const init = constDeclaratorOf(node, sourceCode)?.init;
      return init != null && isEvidentPromise(init, sourceCode, depth + 1);
    }
    default:
      return false;
  }
}

function constBindingOf(fn: FunctionNode): TSESTree.Identifier | undefined {
  const declarator = outermostTypeWrapper(fn).parent;
  if (declarator?.type !== AST_NODE_TYPES.VariableDeclarator || declarator.id.type !== AST_NODE_TYPES.Identifier) return undefined;
  return declarator.parent.kind === 'const' ? declarator.id : undefined;
}

/**
 * Whether an `await` certainly runs before `node` in the async function `fn`: `x = await …` itself,
 * or an earlier `await …;` / `const v = await …;` / `for await` statement of a block that encloses `node`.
 */
function awaitsBefore(node: TSESTree.Node, fn: FunctionNode): boolean {
  if (node.type === AST_NODE_TYPES.AssignmentExpression && node.right.type === AST_NODE_TYPES.AwaitExpression) return true;
  let child: TSESTree.Node = node;
  for (let parent = node.parent; parent && parent !== fn; child = parent, parent = parent.parent) {
    if (parent.type !== AST_NODE_TYPES.BlockStatement) continue;
    const index = parent.body.indexOf(child as TSESTree.Statement);
    if (parent.body.slice(0, index).some(isAwaitStatement)) return true;
  }
  return false;
}

function isAwaitStatement(statement: TSESTree.Statement): boolean {
  switch (statement.type) {
    case AST_NODE_TYPES.ExpressionStatement: {
      const expression = statement.expression;
      return (
        expression.type === AST_NODE_TYPES.AwaitExpression ||
        (expression.type === AST_NODE_TYPES.AssignmentExpression && expression.right.type === AST_NODE_TYPES.AwaitExpression)
      );
    }
    case AST_NODE_TYPES.VariableDeclaration:
      return statement.declarations.some((declarator) => declarator.init?.type === AST_NODE_TYPES.AwaitExpression);
    case AST_NODE_TYPES.ForOfStatement:
      return statement.await;
    default:
      return false;
  }
}


/** Whether a function defined inside `container` lies between `node` and it. */
function insideNestedFunction(node: TSESTree.Node, container: TSESTree.Node): boolean {
  for (let current = node.parent; current && current !== container; current = current.parent) {
    if (isFunctionNode(current)) return true;
  }
  return false;
}
