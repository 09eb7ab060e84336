import ts from 'typescript';
import { boundNames, functionOf } from './module-state.js';
import { skipOuterExpressions } from './resolve-callee.js';

// Whether a function changes what it is given: `rows.sort(…)`, `stats.count += 1`, `delete cache[key]`,
// `Object.assign(options, defaults)` on a parameter (or a name destructured from one, or a member
// chain from either), read from its own body, callbacks in it included. Offloaded to a worker
// thread, such a function changes a structured-clone copy of its argument, and the caller's object
// stays as it was (prefer-worker-offload). What is seen is the function's own text: an alias
// (`const list = rows; list.push(x)`) or another function it hands the parameter to is not followed,
// so the answer can miss a write but does not invent one.

/** Methods that change the array, typed array, `Map` or `Set` they are called on. */
const MUTATING_METHODS: ReadonlySet<string> = new Set([
  'push',
  'pop',
  'shift',
  'unshift',
  'splice',
  'sort',
  'reverse',
  'fill',
  'copyWithin',
  'set',
  'add',
  'delete',
  'clear',
]);

/** Static functions that change their first argument. */
const MUTATING_STATICS: ReadonlySet<string> = new Set([
  'Object.assign',
  'Object.defineProperty',
  'Object.defineProperties',
  'Object.setPrototypeOf',
  'Reflect.set',
  'Reflect.defineProperty',
  'Reflect.deleteProperty',
  'Reflect.setPrototypeOf',
]);

/**
 * The index and name of the first parameter the function declared by `symbol` writes through, or
 * undefined when its body is not available (a declaration file, a package's types) or none is seen.
 */
export function parameterWrittenThrough(symbol: ts.Symbol): { index: number; name: string } | undefined {
  const fn = functionOf(symbol);
  if (!fn?.body) return undefined;
  const owners = new Map<string, number>();
  // A rest parameter's array is made for the call: changing it changes nothing of the caller's.
  fn.parameters.forEach((parameter, index) => {
    if (parameter.dotDotDotToken) return;
    for (const name of boundNames(parameter.name)) owners.set(name.text, index);
  });
  let found: { index: number; name: string } | undefined;
  const note = (target: ts.Expression, requireMember: boolean): void => {
    if (found) return;
    const root = chainRoot(target, requireMember);
    const index = root === undefined ? undefined : owners.get(root);
    if (root !== undefined && index !== undefined) found = { index, name: root };
  };
  const visit = (node: ts.Node): void => {
    if (found) return;
    if (ts.isBinaryExpression(node) && isAssignmentOperator(node.operatorToken.kind)) {
      note(node.left, true);
    } else if ((ts.isPrefixUnaryExpression(node) || ts.isPostfixUnaryExpression(node)) && isIncrementOrDecrement(node.operator)) {
      note(node.operand, true);
    } else if (ts.isDeleteExpression(node)) {
      note(node.expression, true);
    } else if (ts.isCallExpression(node)) {
      const callee = skipOuterExpressions(node.expression);
      if (ts.isPropertyAccessExpression(callee) && MUTATING_METHODS.has(callee.name.text)) note(callee.expression, false);
      const first = node.arguments[0];
      if (first && MUTATING_STATICS.has(staticName(callee) ?? '')) note(first, false);
    }
    ts.forEachChild(node, visit);
  };
  visit(fn.body);
  return found;
}

/**
 * The name at the root of `rows`, `stats.count`, `cache[key]`, `a.b.c` (parentheses and `!` aside);
 * with `requireMember`, only when it is reached through a member (assigning `rows = …` itself
 * changes no caller's object).
 */
function chainRoot(expression: ts.Expression, requireMember: boolean): string | undefined {
  let node = skipOuterExpressions(expression);
  let throughMember = false;
  while (ts.isPropertyAccessExpression(node) || ts.isElementAccessExpression(node)) {
    throughMember = true;
    node = skipOuterExpressions(node.expression);
  }
  return ts.isIdentifier(node) && (throughMember || !requireMember) ? node.text : undefined;
}

function staticName(callee: ts.Expression): string | undefined {
  return ts.isPropertyAccessExpression(callee) && ts.isIdentifier(callee.expression) ? `${callee.expression.text}.${callee.name.text}` : undefined;
}

function isAssignmentOperator(kind: ts.SyntaxKind): boolean {
  return kind >= ts.SyntaxKind.FirstAssignment && kind <= ts.SyntaxKind.LastAssignment;
}

function isIncrementOrDecrement(operator: ts.SyntaxKind): boolean {
  return operator === ts.SyntaxKind.PlusPlusToken || operator === ts.SyntaxKind.MinusMinusToken;
}
