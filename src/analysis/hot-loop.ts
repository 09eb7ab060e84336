import { AST_NODE_TYPES, ASTUtils, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import ts from 'typescript';
import { childNodes, isWithin } from './ast-walk.js';
import { isFunctionNode } from './execution-context.js';
import { isCertainlyPromise } from './syntactic-thenable.js';
import { isThenableExpression } from './thenable.js';
import type { TypeInfo } from './type-info.js';

// Loops whose head fixes how often the body runs (`for (let i = 0; i < 1e6; i++)`) and whose body
// never gives the event loop a turn (no `await`, no `yield`) nor leaves early (`break`, `return`).

export interface LoopAnalysis {
  /**
   * How many times the innermost body of the loop runs: its own constant trip count times that of
   * the heaviest constant `for` loop nested in it; undefined when the count is not constant, or the
   * loop awaits, yields or can leave early.
   */
  iterations(loop: TSESTree.ForStatement): number | undefined;
  /**
   * Whether the loop starts async work it does not wait for (`ps.push(enqueue(i))`): a call that
   * returns a promise, per the checker (without type information, a call of an async function of
   * this file). That work must stay on this thread, and no worker could hand its promises back, so
   * the loop is not one to offload. Ask it only of a loop about to be reported: it types every call.
   */
  startsAsyncWork(loop: TSESTree.ForStatement): boolean;
}

/**
 * Loop analysis for one file. Bounds are numbers the code fixes: literals (`1e6`, `100_000`),
 * arithmetic on them, `const` (or never reassigned) variables holding them (ESLint's `getStaticValue`),
 * and, with type information, any expression of a number literal type (`import { N } from './limits.js'`).
 */
export function createLoopAnalysis(sourceCode: Readonly<TSESLint.SourceCode>, typeInfo: TypeInfo | undefined): LoopAnalysis {
  const memo = new WeakMap<TSESTree.ForStatement, number | null>();

  return {
    iterations(loop) {
      return iterations(loop);
    },
    startsAsyncWork(loop) {
      const calls: TSESTree.Node[] = [];
      const collect = (node: TSESTree.Node): void => {
        if (isFunctionNode(node)) return;
        if (node.type === AST_NODE_TYPES.CallExpression || node.type === AST_NODE_TYPES.NewExpression) calls.push(node);
        for (const child of childNodes(node, sourceCode.visitorKeys)) collect(child);
      };
      collect(loop);
      return calls.some((call) => (typeInfo ? isThenableExpression(typeInfo, call) : isCertainlyPromise(call, sourceCode)));
    },
  };

  function iterations(loop: TSESTree.ForStatement): number | undefined {
    const known = memo.get(loop);
    if (known !== undefined) return known ?? undefined;
    memo.set(loop, null); // cycles cannot happen in a tree, but keep the memo total
    const trips = tripCount(loop);
    let result: number | undefined;
    if (trips !== undefined) {
      const body = scanBody(loop, sourceCode.visitorKeys);
      if (!body.awaits && !body.exitsEarly) {
        const inner = Math.max(1, ...body.innerLoops.map((innerLoop) => iterations(innerLoop) ?? 1));
        result = trips * inner;
      }
    }
    memo.set(loop, result ?? null);
    return result;
  }

  /**
   * Iterations of `for (<counter> = A; <counter> < B; <counter> += S)` and its mirror images, when
   * A, B, S are constant; `!==` / `!=` tests too, when the steps land on B exactly.
   */
  function tripCount(loop: TSESTree.ForStatement): number | undefined {
    const test = loop.test;
    if (test?.type !== AST_NODE_TYPES.BinaryExpression) return undefined;
    // `i < N` or `N > i`: the counter is the side the init sets and the update steps.
    const sides = [
      { side: test.left, other: test.right, operator: test.operator },
      { side: test.right, other: test.left, operator: MIRRORED[test.operator] ?? test.operator },
    ];
    for (const { side, other, operator } of sides) {
      if (side.type !== AST_NODE_TYPES.Identifier) continue;
      const counter = counterOf(loop, side.name);
      const step = counter && stepOf(loop.update, counter.name);
      if (!counter || !step) continue;
      const bound = numberOf(other);
      if (bound === undefined || !counterIsOnlyUpdatedByHead(loop, counter, step)) return undefined;
      return countIterations(counter.start, operator, bound, step.amount);
    }
    return undefined;
  }

  /**
   * The counter `name` and its start value, set by the loop's init (`let i = 0`, `let i = 0, n = a.length`,
   * `i = 0`), once: a second declarator or assignment of the counter (`var i = 0, i = 5`) leaves it unknown.
   */
  function counterOf(loop: TSESTree.ForStatement, name: string): Counter | undefined {
    const init = loop.init;
    if (init?.type === AST_NODE_TYPES.VariableDeclaration) {
      if (init.kind === 'const') return undefined;
      const declarators = init.declarations.filter((candidate) => isName(candidate.id, name));
      const declarator = declarators.length === 1 ? declarators[0] : undefined;
      const start = declarator?.init ? numberOf(declarator.init) : undefined;
      const variable = declarator && sourceCode.scopeManager?.getDeclaredVariables(declarator)[0];
      return start === undefined || !variable ? undefined : { name, start, variable, setBy: declarator.id };
    }
    const assignments = (init?.type === AST_NODE_TYPES.SequenceExpression ? init.expressions : init ? [init] : []).filter(
      (candidate): candidate is TSESTree.AssignmentExpression =>
        candidate.type === AST_NODE_TYPES.AssignmentExpression && candidate.operator === '=' && isName(candidate.left, name),
    );
    const assignment = assignments.length === 1 ? assignments[0] : undefined;
    if (!assignment) return undefined;
    const start = numberOf(assignment.right);
    const variable = ASTUtils.findVariable(sourceCode.getScope(loop), name);
    return start === undefined || !variable ? undefined : { name, start, variable, setBy: assignment.left };
  }

  /**
   * The counter is written by the one place of the init that sets it and the one step of the
   * update (and its own declaration elsewhere), never in the body or the test, nor in a function
   * of the head, nor anywhere else the body could reach.
   */
  function counterIsOnlyUpdatedByHead(loop: TSESTree.ForStatement, counter: Counter, step: Step): boolean {
    return counter.variable.references.every(
      (reference) =>
        !reference.isWrite() ||
        reference.identifier === counter.setBy ||
        reference.identifier === step.target ||
        (reference.init === true && !within(reference.identifier, loop)),
    );
  }

  /** The update's one step of the counter (`i++`, `i -= 2`, `i = i + 1`), alone or beside other expressions (`i++, j--`). */
  function stepOf(update: TSESTree.Expression | null, name: string): Step | undefined {
    const parts = update?.type === AST_NODE_TYPES.SequenceExpression ? update.expressions : update ? [update] : [];
    const steps = parts.flatMap((part) => stepIn(part, name) ?? []);
    return steps.length === 1 ? steps[0] : undefined;
  }

  function stepIn(update: TSESTree.Expression, name: string): Step | undefined {
    if (update.type === AST_NODE_TYPES.UpdateExpression && isName(update.argument, name)) {
      return { amount: update.operator === '++' ? 1 : -1, target: update.argument };
    }
    if (update.type !== AST_NODE_TYPES.AssignmentExpression || !isName(update.left, name)) return undefined;
    const target = update.left;
    const step = (amount: number | undefined): Step | undefined => (amount === undefined ? undefined : { amount, target });
    if (update.operator === '+=' || update.operator === '-=') {
      const amount = numberOf(update.right);
      return step(amount === undefined ? undefined : update.operator === '+=' ? amount : -amount);
    }
    const right = update.right;
    if (update.operator !== '=' || right.type !== AST_NODE_TYPES.BinaryExpression) return undefined;
    if (right.operator === '+') {
      if (isName(right.left, name)) return step(numberOf(right.right));
      if (isName(right.right, name)) return step(numberOf(right.left));
    }
    if (right.operator === '-' && isName(right.left, name)) {
      const amount = numberOf(right.right);
      return step(amount === undefined ? undefined : -amount);
    }
    return undefined;
  }

  function numberOf(node: TSESTree.Node): number | undefined {
    const value = ASTUtils.getStaticValue(node as TSESTree.Expression, sourceCode.getScope(node))?.value;
    if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
    if (!typeInfo) return undefined;
    const type = typeInfo.services.getTypeAtLocation(node);
    return type.flags & ts.TypeFlags.NumberLiteral ? (type as ts.NumberLiteralType).value : undefined;
  }
}

interface Counter {
  readonly name: string;
  readonly start: number;
  readonly variable: TSESLint.Scope.Variable;
  /** The identifier of the init that gives the counter its start value. */
  readonly setBy: TSESTree.Node;
}

interface Step {
  readonly amount: number;
  /** The identifier of the update that writes the counter. */
  readonly target: TSESTree.Node;
}

const MIRRORED: Readonly<Record<string, TSESTree.BinaryExpression['operator']>> = { '<': '>', '<=': '>=', '>': '<', '>=': '<=' };

function countIterations(start: number, operator: string, bound: number, step: number): number | undefined {
  let count: number | undefined;
  if (step > 0 && operator === '<') count = bound > start ? Math.ceil((bound - start) / step) : 0;
  else if (step > 0 && operator === '<=') count = bound >= start ? Math.floor((bound - start) / step) + 1 : 0;
  else if (step < 0 && operator === '>') count = start > bound ? Math.ceil((start - bound) / -step) : 0;
  else if (step < 0 && operator === '>=') count = start >= bound ? Math.floor((start - bound) / -step) + 1 : 0;
  else if (operator === '!==' || operator === '!=') count = exactSteps(start, bound, step);
  return count !== undefined && Number.isFinite(count) ? count : undefined;
}

/**
 * How many steps lead from `start` to `bound` exactly, for a loop that runs until the counter equals
 * the bound. Undefined when a step jumps over the bound or walks away from it (that loop never ends),
 * or when a value is not a safe integer (fractions add up inexactly, and so may never meet the bound).
 */
function exactSteps(start: number, bound: number, step: number): number | undefined {
  const distance = bound - start;
  if (step === 0 || ![start, bound, step, distance].every((value) => Number.isSafeInteger(value))) return undefined;
  if (distance % step !== 0 || Math.sign(distance) === -Math.sign(step)) return undefined;
  return Math.abs(distance / step);
}

function isName(node: TSESTree.Node, name: string): boolean {
  return node.type === AST_NODE_TYPES.Identifier && node.name === name;
}

function within(node: TSESTree.Node, container: TSESTree.Node | null): boolean {
  return container !== null && isWithin(node, container);
}

interface BodyScan {
  /** An `await`, `yield` or `for await` in the loop (nested functions aside): each iteration gives the event loop a turn. */
  awaits: boolean;
  /** A `return`, or a `break` / labelled `continue` that leaves the loop: the count is only an upper bound. */
  exitsEarly: boolean;
  /** `for` loops nested in this one with no other `for` loop between. */
  innerLoops: TSESTree.ForStatement[];
}

const LOOPS: ReadonlySet<AST_NODE_TYPES> = new Set([
  AST_NODE_TYPES.ForStatement,
  AST_NODE_TYPES.ForInStatement,
  AST_NODE_TYPES.ForOfStatement,
  AST_NODE_TYPES.WhileStatement,
  AST_NODE_TYPES.DoWhileStatement,
]);

/** What the loop's head and body do, nested functions aside (they run only when called). */
function scanBody(loop: TSESTree.ForStatement, visitorKeys: TSESLint.SourceCode.VisitorKeys): BodyScan {
  const scan: BodyScan = { awaits: false, exitsEarly: false, innerLoops: [] };
  const ownLabels = new Set<string>();
  for (let parent = loop.parent; parent.type === AST_NODE_TYPES.LabeledStatement; parent = parent.parent) {
    ownLabels.add(parent.label.name);
  }
  const visit = (node: TSESTree.Node, context: { breakable: boolean; labels: ReadonlySet<string>; nestedFor: boolean }): void => {
    if (scan.awaits || scan.exitsEarly || isFunctionNode(node)) return;
    let inner = context;
    switch (node.type) {
      case AST_NODE_TYPES.AwaitExpression:
      case AST_NODE_TYPES.YieldExpression:
        scan.awaits = true;
        return;
      case AST_NODE_TYPES.ReturnStatement:
      case AST_NODE_TYPES.ThrowStatement:
        scan.exitsEarly = true;
        return;
      case AST_NODE_TYPES.BreakStatement:
        if (node.label ? !context.labels.has(node.label.name) : !context.breakable) scan.exitsEarly = true;
        return;
      case AST_NODE_TYPES.ContinueStatement:
        if (node.label && !context.labels.has(node.label.name) && !ownLabels.has(node.label.name)) scan.exitsEarly = true;
        return;
      case AST_NODE_TYPES.LabeledStatement:
        inner = { ...context, labels: new Set([...context.labels, node.label.name]) };
        break;
      case AST_NODE_TYPES.SwitchStatement:
        inner = { ...context, breakable: true };
        break;
      default:
        if (LOOPS.has(node.type)) {
          if (node.type === AST_NODE_TYPES.ForOfStatement && node.await) {
            scan.awaits = true;
            return;
          }
          if (node.type === AST_NODE_TYPES.ForStatement && !context.nestedFor) scan.innerLoops.push(node);
          inner = { ...context, breakable: true, nestedFor: context.nestedFor || node.type === AST_NODE_TYPES.ForStatement };
        }
    }
    for (const child of childNodes(node, visitorKeys)) visit(child, inner);
  };
  const start = { breakable: false, labels: new Set<string>(), nestedFor: false };
  for (const part of [loop.init, loop.test, loop.update, loop.body]) {
    if (part) visit(part, start);
  }
  return scan;
}
