import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';

// Where an expression's value is evidently used as the value itself: read from, taken apart,
// turned into text or a number, compared, tested, or handed to a function. This is the syntactic
// half of `no-floating-promise-result`: it names the positions, and walks from a use site down to
// the expressions whose value the site uses (`(a ? f() : g()).x` uses `f()` and `g()`), and from an
// expression up to its use. Whether the value is a promise, and whether a parameter takes one, are
// type questions the rule asks afterwards, only for the expressions found here.

export type ValueUseKind =
  /** `p.x`, `p[0]`, `p?.x`, `p.x()` (not `then`/`catch`/`finally`). */
  | 'member'
  /** `const { a } = p`, `[a] = p`, a default taken apart: `function f({ a } = p)`, `[{ a } = p] = list`. */
  | 'destructuring'
  /** `{ ...p }`, `[...p]`, `f(...p)`. */
  | 'spread'
  /** `for (const x of p)`. */
  | 'iteration'
  /** `` `${p}` `` (not a tagged template: the tag gets the value as it is). */
  | 'template'
  /** `p + x`, `x + p`, `s += p`. */
  | 'concatenation'
  /** `p * 2`, `-p`, `~p`, `x -= p`, `p | 0`. */
  | 'arithmetic'
  /** `p < x`, `p === undefined`, `p == null`, `p !== x`. */
  | 'comparison'
  /**
   * `switch (p) { case 'a': … }`, `switch (true) { case p: … }`: compared by `===` with the `case`s, or
   * with the discriminant (only where the other side is a literal other than `null`/`undefined`).
   */
  | 'switch'
  /**
   * `if (p)`, loop tests, `p ? a : b`, `!p`, the left of `&&` / `||`, `Boolean(p)`; and `assert(p)`, an
   * `argument` the rule finds (with types) to go to a truthiness assertion (`asserts value`).
   */
  | 'condition'
  /** The left of `??`. */
  | 'nullish'
  /** `f(p)`, `new C(p)`: a use only if the parameter does not take a promise (a type question). */
  | 'argument';

export interface ValueUse {
  readonly kind: ValueUseKind;
  /** The node that uses the value: the member access, the operator, the statement, the call. */
  readonly site: TSESTree.Node;
  /** The site's child in the used position, before looking through `?:` branches, `&&`/`||`/`??` right operands and sequences. */
  readonly operand: TSESTree.Node;
}

/** Members that use a thenable as a thenable. */
const PROMISE_MEMBERS: ReadonlySet<string> = new Set(['then', 'catch', 'finally']);

const ARITHMETIC_OPERATORS: ReadonlySet<string> = new Set(['-', '*', '/', '%', '**', '|', '&', '^', '<<', '>>', '>>>']);
const COMPARISON_OPERATORS: ReadonlySet<string> = new Set(['<', '>', '<=', '>=', '==', '!=', '===', '!==']);
export const EQUALITY_OPERATORS: ReadonlySet<string> = new Set(['==', '!=', '===', '!==']);

/** Every value use `site` makes of its children, in source order. */
export function valueUsesAt(site: TSESTree.Node): ValueUse[] {
  const uses: ValueUse[] = [];
  for (const child of usedChildren(site)) {
    const kind = valueUseOfChild(site, child);
    if (kind !== undefined) uses.push({ kind, site, operand: child });
  }
  return uses;
}

/**
 * The value use `node`'s value ends in, walking up through what passes a value on unchanged (`?:`
 * branches, the right operand of `&&`/`||`/`??`, the last expression of a sequence), or undefined
 * when the value is stored, returned, awaited, passed on as it is, discarded, or cast (`p as T`:
 * the cast is what is used, as in `valueSources`).
 */
export function valueUseOf(node: TSESTree.Node): ValueUse | undefined {
  let child = node;
  let parent = node.parent;
  while (parent !== undefined && passesValueOn(parent, child)) {
    child = parent;
    parent = parent.parent;
  }
  if (parent === undefined) return undefined;
  const kind = valueUseOfChild(parent, child);
  return kind === undefined ? undefined : { kind, site: parent, operand: child };
}

/**
 * The expressions whose value `operand` evaluates to, looking through `?:` branches, the right
 * operand of `&&`/`||`/`??` (the left one is a condition of its own) and the last expression of a
 * sequence. Type assertions are kept: `p as any` says what the author wants it to be.
 */
export function valueSources(operand: TSESTree.Node): TSESTree.Node[] {
  switch (operand.type) {
    case AST_NODE_TYPES.ConditionalExpression:
      return [...valueSources(operand.consequent), ...valueSources(operand.alternate)];
    case AST_NODE_TYPES.LogicalExpression:
      return valueSources(operand.right);
    case AST_NODE_TYPES.SequenceExpression: {
      const last = operand.expressions.at(-1);
      return last ? valueSources(last) : [];
    }
    default:
      return [operand];
  }
}

/** The value use of `child`, a direct child of `site`, or undefined. */
export function valueUseOfChild(site: TSESTree.Node, child: TSESTree.Node): ValueUseKind | undefined {
  switch (site.type) {
    case AST_NODE_TYPES.MemberExpression:
      return site.object === child && !isPromiseMember(site) ? 'member' : undefined;
    case AST_NODE_TYPES.VariableDeclarator:
      return site.init === child && isPattern(site.id) ? 'destructuring' : undefined;
    case AST_NODE_TYPES.AssignmentPattern:
      return site.right === child && isPattern(site.left) ? 'destructuring' : undefined;
    case AST_NODE_TYPES.AssignmentExpression:
      if (site.right !== child) return undefined;
      if (site.operator === '=') return isPattern(site.left) ? 'destructuring' : undefined;
      if (site.operator === '+=') return 'concatenation';
      return ARITHMETIC_OPERATORS.has(site.operator.slice(0, -1)) ? 'arithmetic' : undefined;
    case AST_NODE_TYPES.SpreadElement:
      return site.argument === child ? 'spread' : undefined;
    case AST_NODE_TYPES.ForOfStatement:
      return site.right === child && !site.await ? 'iteration' : undefined;
    case AST_NODE_TYPES.TemplateLiteral:
      return site.parent.type !== AST_NODE_TYPES.TaggedTemplateExpression &&
        site.expressions.includes(child as TSESTree.Expression)
        ? 'template'
        : undefined;
    case AST_NODE_TYPES.BinaryExpression:
      if (site.operator === '+') return 'concatenation';
      if (ARITHMETIC_OPERATORS.has(site.operator)) return 'arithmetic';
      return COMPARISON_OPERATORS.has(site.operator) ? 'comparison' : undefined;
    case AST_NODE_TYPES.UnaryExpression:
      if (site.operator === '!') return 'condition';
      return site.operator === '+' || site.operator === '-' || site.operator === '~' ? 'arithmetic' : undefined;
    case AST_NODE_TYPES.IfStatement:
    case AST_NODE_TYPES.WhileStatement:
    case AST_NODE_TYPES.DoWhileStatement:
    case AST_NODE_TYPES.ForStatement:
    case AST_NODE_TYPES.ConditionalExpression:
      return site.test === child ? 'condition' : undefined;
    case AST_NODE_TYPES.LogicalExpression:
      if (site.left !== child) return undefined;
      return site.operator === '??' ? 'nullish' : 'condition';
    case AST_NODE_TYPES.SwitchStatement:
      // A `case` that names a constant or a variable may hold the promise itself (`case pending:`).
      return site.discriminant === child && site.cases.some((branch) => branch.test !== null && isValueLiteral(branch.test)) ? 'switch' : undefined;
    case AST_NODE_TYPES.SwitchCase:
      return site.test === child && isValueLiteral(site.parent.discriminant) ? 'switch' : undefined;
    case AST_NODE_TYPES.CallExpression:
    case AST_NODE_TYPES.NewExpression:
      if (!site.arguments.includes(child as TSESTree.CallExpressionArgument) || child.type === AST_NODE_TYPES.SpreadElement) {
        return undefined;
      }
      return isBooleanCall(site) ? 'condition' : 'argument';
    default:
      return undefined;
  }
}

/** `p.then`, `p.catch`, `p['finally']`: the promise used as a promise. */
export function isPromiseMember(member: TSESTree.MemberExpression): boolean {
  const name = staticMemberName(member);
  return name !== undefined && PROMISE_MEMBERS.has(name);
}

/**
 * `p.x = v`, `p.x += v`, `p.x++`, `delete p.x`, `[p.x] = list`, `for (p.x of list)`: the member is
 * written (or removed), not only read. Writing a property of a promise usually decorates the promise
 * itself (`promise.cancel = …`, as execa and p-timeout do), so no-floating-promise-result asks more
 * before reporting it; the busy-wait check collects the writes of the fields a loop waits for.
 */
export function isWriteTarget(member: TSESTree.MemberExpression): boolean {
  let node: TSESTree.Node = member;
  let parent = node.parent;
  // Out of destructuring-assignment patterns: `({ a: p.x } = o)`, `[p.x = 1] = list`, `[...p.x] = list`.
  while (parent !== undefined) {
    if (parent.type === AST_NODE_TYPES.Property && parent.value === node && parent.parent.type === AST_NODE_TYPES.ObjectPattern) {
      node = parent.parent;
    } else if (parent.type === AST_NODE_TYPES.ArrayPattern || (parent.type === AST_NODE_TYPES.RestElement && parent.argument === node)) {
      node = parent;
    } else if (parent.type === AST_NODE_TYPES.AssignmentPattern && parent.left === node) {
      node = parent;
    } else {
      break;
    }
    parent = node.parent;
  }
  if (parent === undefined) return false;
  switch (parent.type) {
    case AST_NODE_TYPES.AssignmentExpression:
      return parent.left === node;
    case AST_NODE_TYPES.UpdateExpression:
      return true;
    case AST_NODE_TYPES.UnaryExpression:
      return parent.operator === 'delete' && node === member;
    case AST_NODE_TYPES.ForInStatement:
    case AST_NODE_TYPES.ForOfStatement:
      return parent.left === node;
    default:
      return false;
  }
}

/** `a.b` / `a['b']` / `` a[`b`] `` / `a[0]` → 'b' / '0'; undefined for other computed keys and private names. */
export function staticMemberName(member: TSESTree.MemberExpression): string | undefined {
  const property = member.property;
  if (!member.computed) return property.type === AST_NODE_TYPES.Identifier ? property.name : undefined;
  if (property.type === AST_NODE_TYPES.Literal && (typeof property.value === 'string' || typeof property.value === 'number')) {
    return String(property.value);
  }
  if (property.type === AST_NODE_TYPES.TemplateLiteral && property.expressions.length === 0) {
    return property.quasis[0]?.value.cooked ?? undefined;
  }
  return undefined;
}

/** The children of `site` that may be in a value-use position. */
function usedChildren(site: TSESTree.Node): readonly TSESTree.Node[] {
  switch (site.type) {
    case AST_NODE_TYPES.MemberExpression:
      return [site.object];
    case AST_NODE_TYPES.VariableDeclarator:
      return site.init ? [site.init] : [];
    case AST_NODE_TYPES.AssignmentExpression:
    case AST_NODE_TYPES.AssignmentPattern:
      return [site.right];
    case AST_NODE_TYPES.SpreadElement:
      return [site.argument];
    case AST_NODE_TYPES.ForOfStatement:
      return [site.right];
    case AST_NODE_TYPES.TemplateLiteral:
      return site.expressions;
    case AST_NODE_TYPES.BinaryExpression:
      return [site.left, site.right];
    case AST_NODE_TYPES.UnaryExpression:
      return [site.argument];
    case AST_NODE_TYPES.IfStatement:
    case AST_NODE_TYPES.WhileStatement:
    case AST_NODE_TYPES.DoWhileStatement:
    case AST_NODE_TYPES.ConditionalExpression:
      return [site.test];
    case AST_NODE_TYPES.ForStatement:
      return site.test ? [site.test] : [];
    case AST_NODE_TYPES.LogicalExpression:
      return [site.left];
    case AST_NODE_TYPES.SwitchStatement:
      return [site.discriminant];
    case AST_NODE_TYPES.SwitchCase:
      return site.test ? [site.test] : [];
    case AST_NODE_TYPES.CallExpression:
    case AST_NODE_TYPES.NewExpression:
      return site.arguments;
    default:
      return [];
  }
}

/** Whether `parent` evaluates to `child`'s value unchanged (in some branch); the mirror of `valueSources`. */
function passesValueOn(parent: TSESTree.Node, child: TSESTree.Node): boolean {
  switch (parent.type) {
    case AST_NODE_TYPES.ConditionalExpression:
      return parent.consequent === child || parent.alternate === child;
    case AST_NODE_TYPES.LogicalExpression:
      return parent.right === child;
    case AST_NODE_TYPES.SequenceExpression:
      return parent.expressions.at(-1) === child;
    default:
      return false;
  }
}

/** `null`, `undefined`, `void 0`. */
export function isNullishLiteral(node: TSESTree.Node): boolean {
  return (
    (node.type === AST_NODE_TYPES.Literal && node.value === null && !('regex' in node)) ||
    (node.type === AST_NODE_TYPES.Identifier && node.name === 'undefined') ||
    (node.type === AST_NODE_TYPES.UnaryExpression && node.operator === 'void')
  );
}

/** A primitive written as such other than `null`/`undefined`: what a `switch` compares a promise with by value. */
function isValueLiteral(node: TSESTree.Node): boolean {
  return isPrimitiveLiteral(node) && !isNullishLiteral(node);
}

/** `'a'`, `2`, `null`, `` `a${b}` ``, `-1`, `typeof x`: a primitive written as such, never a promise. */
export function isPrimitiveLiteral(node: TSESTree.Node): boolean {
  return (
    (node.type === AST_NODE_TYPES.Literal && !('regex' in node)) ||
    node.type === AST_NODE_TYPES.TemplateLiteral ||
    (node.type === AST_NODE_TYPES.UnaryExpression && (node.operator === '-' || node.operator === '+' || node.operator === 'typeof'))
  );
}

/** The pattern a `destructuring` use takes its operand apart with. */
export function destructuringPattern(site: TSESTree.Node): TSESTree.Node {
  if (site.type === AST_NODE_TYPES.VariableDeclarator) return site.id;
  return (site as TSESTree.AssignmentExpression | TSESTree.AssignmentPattern).left;
}

function isPattern(node: TSESTree.Node): boolean {
  return node.type === AST_NODE_TYPES.ObjectPattern || node.type === AST_NODE_TYPES.ArrayPattern;
}

/** `Boolean(x)`: a truthiness test written as a call. */
export function isBooleanCall(call: TSESTree.CallExpression | TSESTree.NewExpression): boolean {
  return (
    call.type === AST_NODE_TYPES.CallExpression &&
    call.callee.type === AST_NODE_TYPES.Identifier &&
    call.callee.name === 'Boolean'
  );
}
