import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES, ASTUtils } from '@typescript-eslint/utils';
import { isBuiltin } from 'node:module';
import { isWithin, someNode } from '../analysis/ast-walk.js';
import { enclosingFunction, immediateCallbackOf, isFunctionNode } from '../analysis/execution-context.js';
import { importSourceOf } from '../analysis/module-references.js';
import { variableOf } from '../analysis/syntactic-thenable.js';
import { staticMemberName } from '../analysis/value-use.js';
import { needsParenthesesAroundAwait, needsParenthesesAsAwaitOperand } from './precedence.js';
import { needsSemicolonBefore, statementStartedBy } from './semicolon.js';

export interface AwaitOptions {
  /**
   * The text to await instead of the node's own source text, e.g. the async twin's call
   * `readFile(p, 'utf8')`. Treated as a call or member expression (no parentheses) unless
   * `innerIsStrong` is `false`.
   */
  innerText?: string;
  /** With `innerText`: `false` when that text binds looser than a unary operator (`a || b`). */
  innerIsStrong?: boolean;
  /**
   * Read this property of the awaited value instead of using the value itself, for async twins
   * that resolve to a wrapper: `(await exec(cmd)).stdout`.
   */
  resultProperty?: string;
}

/**
 * Fix that replaces `node` with `await <innerText>` (innerText defaults to the node's own source
 * text, comments included), adding the parentheses precedence needs on either side of `await`,
 * a `;` where the result would otherwise continue the previous statement (no-semicolon style), and
 * a space where the result would otherwise run into a keyword (`return[a][0]` -> `return await [a][0]`).
 */
export function fixWithAwait(
  fixer: TSESLint.RuleFixer,
  sourceCode: Readonly<TSESLint.SourceCode>,
  node: TSESTree.Expression,
  options?: AwaitOptions,
): TSESLint.RuleFix {
  return fixer.replaceText(node, awaitedText(sourceCode, node, options));
}

/** The text `fixWithAwait` would put in place of `node`, for callers that combine it with other edits. */
export function awaitedText(
  sourceCode: Readonly<TSESLint.SourceCode>,
  node: TSESTree.Expression,
  options: AwaitOptions = {},
): string {
  const awaited = `await ${awaitOperandText(sourceCode, node, options)}`;
  let text: string;
  if (options.resultProperty !== undefined) {
    // A member expression: strong enough for any place the node was.
    text = `(${awaited}).${options.resultProperty}`;
  } else if (needsParenthesesAroundAwait(node) && !ASTUtils.isParenthesized(node, sourceCode)) {
    text = `(${awaited})`;
  } else {
    text = awaited;
  }
  const shorthand = shorthandPropertyOf(node);
  if (shorthand !== undefined) {
    // `{ value }` -> `{ value: await value }`
    text = `${sourceCode.getText(shorthand.key)}: ${text}`;
  }
  return replacementText(sourceCode, node, text);
}

/**
 * `text` made safe to put in place of `node`: with a `;` in front where it would start a statement
 * with `(`, `[` or `` ` `` (also behind a leading block comment, a JSDoc cast's) that would otherwise
 * continue the previous line (no-semicolon style), and spaced from a neighbouring word.
 */
export function replacementText(sourceCode: Readonly<TSESLint.SourceCode>, node: TSESTree.Node, text: string): string {
  let result = text;
  if (/^(?:\/\*[\s\S]*?\*\/\s*)*[([`]/u.test(result)) {
    const statement = statementStartedBy(node);
    if (statement !== undefined && needsSemicolonBefore(sourceCode, statement)) {
      result = `;${result}`;
    }
  }
  return separateFromNeighbours(sourceCode.text, node.range, result);
}

function awaitOperandText(
  sourceCode: Readonly<TSESLint.SourceCode>,
  node: TSESTree.Expression,
  options: AwaitOptions,
): string {
  if (options.innerText !== undefined) {
    return options.innerIsStrong === false ? `(${options.innerText})` : options.innerText;
  }
  const own = sourceCode.getText(node);
  return needsParenthesesAsAwaitOperand(node) ? `(${own})` : own;
}

function shorthandPropertyOf(node: TSESTree.Node): TSESTree.Property | undefined {
  const parent = node.parent;
  return parent?.type === AST_NODE_TYPES.Property && parent.shorthand && parent.value === node ? parent : undefined;
}

const IDENTIFIER_CHAR = /[\p{ID_Continue}$\u200c\u200d]/u;

/**
 * Adds a space where `text` would otherwise merge with the identifier or keyword right before
 * or after the replaced range (`typeof/re/.x` -> `typeof await /re/.x`, never `typeofawait`).
 */
function separateFromNeighbours(source: string, range: TSESTree.Range, text: string): string {
  const before = source.charAt(range[0] - 1);
  const after = source.charAt(range[1]);
  let result = text;
  if (IDENTIFIER_CHAR.test(before) && IDENTIFIER_CHAR.test(result.charAt(0))) {
    result = ` ${result}`;
  }
  if (IDENTIFIER_CHAR.test(after) && IDENTIFIER_CHAR.test(result.at(-1) ?? '')) {
    result = `${result} `;
  }
  return result;
}

/**
 * The variable, field or object whose update an `await` inserted at `node` would split: it is read
 * before the `await` and written after it, so a change made meanwhile (another call of the same
 * async function) would be lost, as ESLint's `require-atomic-updates` warns. The writes: an
 * assignment whose value holds `node` (`total += <node>`, `total = total + <node>`), a method call
 * on an object whose arguments hold it (`counts.set(key, (counts.get(key) ?? 0) + <node>)`), and
 * `Object.assign(target, …)` (`Object.assign(this, { total: this.total + <node> })`). The read: the
 * same text (`total`, `this.total`, `counts`) where it is evaluated before `node`, by the write's
 * own code or a callback that runs right away. Undefined when there is no such update, or when it
 * is to a variable (or, for a call, the object in a variable) declared in the function that awaits,
 * which nothing else can change meanwhile.
 */
export function updateSplitByAwait(node: TSESTree.Node, sourceCode: Readonly<TSESLint.SourceCode>): TSESTree.Node | undefined {
  const fn = enclosingFunction(node);
  for (let child: TSESTree.Node = node, parent = node.parent; parent && parent !== fn; child = parent, parent = parent.parent) {
    const write = writeAround(parent, child, sourceCode);
    if (write === undefined) continue;
    // `[count] = [count + <node>]`, `({ n: obj.n } = { n: obj.n + <node> })`: each name or field the pattern writes.
    for (const target of patternTargets(write.target)) {
      if (isDeclaredWithin(target, fn ?? sourceCode.ast, sourceCode, write.kind)) continue;
      const written = sourceCode.getText(target);
      const readFirst =
        write.readsTarget ||
        write.values.some((value) => someNode(value, sourceCode.visitorKeys, (inner) => isReadBefore(inner, node) && isReadOfText(inner, written, sourceCode)));
      if (readFirst) return target;
    }
  }
  return undefined;
}

/** The names and fields an assignment target writes: itself, or the leaves of a destructuring pattern. */
function patternTargets(target: TSESTree.Node): TSESTree.Node[] {
  switch (target.type) {
    case AST_NODE_TYPES.ArrayPattern:
      return target.elements.flatMap((element) => (element ? patternTargets(element) : []));
    case AST_NODE_TYPES.ObjectPattern:
      return target.properties.flatMap((property) => patternTargets(property.type === AST_NODE_TYPES.Property ? property.value : property));
    case AST_NODE_TYPES.AssignmentPattern:
      return patternTargets(target.left);
    case AST_NODE_TYPES.RestElement:
      return patternTargets(target.argument);
    default:
      return [target];
  }
}

interface WriteAround {
  /** What is written: the assigned variable or field, or the object a call changes. */
  target: TSESTree.Node;
  /** Where a read of `target` before the `await` would come from: the value assigned, or the call's arguments but the target. */
  values: readonly TSESTree.Node[];
  kind: 'assignment' | 'call';
  /** The write reads the target itself first: `total += …`, `total ??= …`. */
  readsTarget: boolean;
}

/** The write that `parent` makes with its part `child` (the way up from the awaited node), if any. */
function writeAround(parent: TSESTree.Node, child: TSESTree.Node, sourceCode: Readonly<TSESLint.SourceCode>): WriteAround | undefined {
  if (parent.type === AST_NODE_TYPES.AssignmentExpression) {
    return parent.right === child
      ? { target: parent.left, values: [parent.right], kind: 'assignment', readsTarget: parent.operator !== '=' }
      : undefined;
  }
  if (parent.type !== AST_NODE_TYPES.CallExpression || !parent.arguments.includes(child as TSESTree.CallExpressionArgument)) return undefined;
  const callee = skipChainAndNonNull(parent.callee);
  if (callee.type !== AST_NODE_TYPES.MemberExpression || callee.object.type === AST_NODE_TYPES.Super) return undefined;
  if (isObjectAssign(callee, sourceCode)) {
    const [target, ...sources] = parent.arguments;
    return target === undefined || target === child || target.type === AST_NODE_TYPES.SpreadElement
      ? undefined
      : { target, values: sources, kind: 'call', readsTarget: false };
  }
  if (isModuleObject(callee.object, sourceCode)) return undefined;
  return { target: callee.object, values: parent.arguments, kind: 'call', readsTarget: false };
}

/**
 * A module's exports as such, which a call of one of its functions does not write:
 * `import * as zlib`, or a Node built-in bound by an import or `require` (`zlib.createGzip(…)`).
 * A package's or your own default export may be a stateful object (`cache.set(…)`), so it is not one.
 */
function isModuleObject(object: TSESTree.Node, sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  if (object.type !== AST_NODE_TYPES.Identifier) return false;
  const definition = variableOf(object, sourceCode)?.defs[0];
  if (definition?.node.type === AST_NODE_TYPES.ImportNamespaceSpecifier) return true;
  const source = importSourceOf(object, sourceCode);
  return source !== undefined && isBuiltin(source);
}

function skipChainAndNonNull(node: TSESTree.Node): TSESTree.Node {
  let current = node;
  while (current.type === AST_NODE_TYPES.ChainExpression || current.type === AST_NODE_TYPES.TSNonNullExpression) current = current.expression;
  return current;
}

/** `Object.assign`, the global one. */
function isObjectAssign(callee: TSESTree.MemberExpression, sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  return (
    callee.object.type === AST_NODE_TYPES.Identifier &&
    callee.object.name === 'Object' &&
    variableOf(callee.object, sourceCode) === undefined &&
    staticMemberName(callee) === 'assign'
  );
}

/**
 * Whether `inner` is evaluated before `node`, where the `await` goes: it comes before `node` (the
 * operands of a write run left to right), and not in a function that runs later (an array method's
 * callback runs right away; a listener or a getter in an object literal does not). Reads inside `node`
 * are left out: there a rule's fix may put other code (`fs.readFileSync(p)` -> `fs.promises.readFile(p)`).
 */
function isReadBefore(inner: TSESTree.Node, node: TSESTree.Node): boolean {
  if (inner.range[1] > node.range[0]) return false;
  for (let ancestor = inner.parent; ancestor; ancestor = ancestor.parent) {
    if (isFunctionNode(ancestor) && !isWithin(node, ancestor) && immediateCallbackOf(ancestor) === undefined) return false;
  }
  return true;
}

/** An expression whose text is `text` where it reads a value: not a property's name (`o.total`, `{ total: 1 }`). */
function isReadOfText(inner: TSESTree.Node, text: string, sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  const parent = inner.parent;
  if (parent?.type === AST_NODE_TYPES.MemberExpression && parent.property === inner && !parent.computed) return false;
  if (parent?.type === AST_NODE_TYPES.Property && parent.key === inner && !parent.computed) return false;
  return sourceCode.getText(inner) === text;
}

/** What `updateSplitByAwait` found, for a report: why the `await` would lose changes to `target`. */
export function splitUpdateExplanation(target: TSESTree.Node, sourceCode: Readonly<TSESLint.SourceCode>): string {
  return `\`${sourceCode.getText(target)}\` would be read before the \`await\` and written after it, so a change made to it meanwhile (by another call) would be lost`;
}

/**
 * A plain name of a variable declared inside `container` (a function, or the whole file at its top
 * level) and written only by `container`'s own code: a function nested in it (a listener, a callback)
 * that writes it could run during the wait. For a write by a call, which changes the object the name
 * holds rather than the name, the object in it: the name declared inside `container` and used
 * (read or written) only by `container`'s own code.
 */
function isDeclaredWithin(
  target: TSESTree.Node,
  container: TSESTree.Node,
  sourceCode: Readonly<TSESLint.SourceCode>,
  kind: WriteAround['kind'],
): boolean {
  if (target.type !== AST_NODE_TYPES.Identifier) return false;
  const variable = variableOf(target, sourceCode);
  if (!variable?.defs[0] || !isWithin(variable.defs[0].name, container)) return false;
  const owner = container.type === AST_NODE_TYPES.Program ? undefined : container;
  return variable.references.every((reference) => (kind === 'assignment' && !reference.isWrite()) || enclosingFunction(reference.identifier) === owner);
}
