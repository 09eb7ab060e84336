import { AccessKind, getAccessKind } from 'ts-api-utils';
import ts from 'typescript';
import { boundNames, functionOf } from './module-state.js';
import { skipOuterExpressions } from './resolve-callee.js';

// Whether a function changes what it is given: `rows.sort(…)`, `stats.count += 1`, `delete cache[key]`,
// `[pair[0], pair[1]] = …`, `for (state.item of list)`, `Object.assign(options, defaults)` on a
// parameter (or a name destructured from one, or a member chain from either), read from its own body,
// callbacks in it included. Offloaded to a worker thread, such a function changes a structured-clone
// copy of its argument, and the caller's object stays as it was (prefer-worker-offload). What is seen is the function's own text: an alias
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
  const note = (target: ts.Expression): void => {
    if (found) return;
    const root = chainRoot(target);
    const index = root === undefined ? undefined : owners.get(root);
    if (root !== undefined && index !== undefined) found = { index, name: root };
  };
  const visit = (node: ts.Node): void => {
    if (found) return;
    if (ts.isIdentifier(node)) {
      const index = owners.get(node.text);
      if (index !== undefined && isWrittenThroughMember(node)) found = { index, name: node.text };
    } else if (ts.isCallExpression(node)) {
      const callee = skipOuterExpressions(node.expression);
      if (ts.isPropertyAccessExpression(callee) && MUTATING_METHODS.has(callee.name.text)) note(callee.expression);
      const first = node.arguments[0];
      if (first && MUTATING_STATICS.has(staticName(callee) ?? '')) note(first);
    }
    ts.forEachChild(node, visit);
  };
  visit(fn.body);
  return found;
}

/** The name at the root of `rows`, `cache[key]`, `a.b.c` (parentheses and `!` aside). */
function chainRoot(expression: ts.Expression): string | undefined {
  let node = skipOuterExpressions(expression);
  while (ts.isPropertyAccessExpression(node) || ts.isElementAccessExpression(node)) node = skipOuterExpressions(node.expression);
  return ts.isIdentifier(node) ? node.text : undefined;
}

/**
 * Whether `identifier` is the root of a member chain that is written: assigned (`stats.count = 1`,
 * `cells[i] ??= 0`, `[rows[0]] = pair`, `({ a: opts.a } = x)`, `for (state.item of list)`),
 * incremented (`cells[i]++`) or deleted (`delete cache.old`). ts-api-utils' `getAccessKind` tells
 * the write from the read at the top of the chain. Assigning the name itself (`rows = …`) changes
 * no caller's object, so a chain of at least one member is required.
 */
function isWrittenThroughMember(identifier: ts.Identifier): boolean {
  let node: ts.Expression = identifier;
  let throughMember = false;
  for (;;) {
    let parent = node.parent;
    while (ts.isParenthesizedExpression(parent) || ts.isNonNullExpression(parent) || ts.isAsExpression(parent) || ts.isSatisfiesExpression(parent) || ts.isTypeAssertionExpression(parent)) {
      node = parent;
      parent = parent.parent;
    }
    if ((ts.isPropertyAccessExpression(parent) || ts.isElementAccessExpression(parent)) && parent.expression === node) {
      node = parent;
      throughMember = true;
    } else {
      break;
    }
  }
  return throughMember && (getAccessKind(node) & (AccessKind.Write | AccessKind.Delete)) !== 0;
}

function staticName(callee: ts.Expression): string | undefined {
  return ts.isPropertyAccessExpression(callee) && ts.isIdentifier(callee.expression) ? `${callee.expression.text}.${callee.name.text}` : undefined;
}
