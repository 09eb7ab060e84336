import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES, ASTUtils } from '@typescript-eslint/utils';
import { isWithin, someNode } from '../analysis/ast-walk.js';
import { enclosingFunction } from '../analysis/execution-context.js';
import { variableOf } from '../analysis/syntactic-thenable.js';
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
 * The variable or field whose update an `await` inserted at `node` would split: `total += <node>`
 * and `total = total + <node>` read `total` before the `await` and write it after, so a change
 * made meanwhile (another call of the same async function) would be lost, as ESLint's
 * `require-atomic-updates` warns. Undefined when there is no such update, or when it writes a
 * variable declared in the function that awaits, which nothing else can change meanwhile.
 */
export function updateSplitByAwait(node: TSESTree.Node, sourceCode: Readonly<TSESLint.SourceCode>): TSESTree.Node | undefined {
  const fn = enclosingFunction(node);
  for (let child: TSESTree.Node = node, parent = node.parent; parent && parent !== fn; child = parent, parent = parent.parent) {
    if (parent.type !== AST_NODE_TYPES.AssignmentExpression || parent.right !== child) continue;
    const target = parent.left;
    if (isDeclaredWithin(target, fn ?? sourceCode.ast, sourceCode)) continue;
    const written = sourceCode.getText(target);
    const readFirst =
      parent.operator !== '=' ||
      someNode(parent.right, sourceCode.visitorKeys, (inner) => inner.range[1] <= node.range[0] && sourceCode.getText(inner) === written);
    if (readFirst) return target;
  }
  return undefined;
}

/** What `updateSplitByAwait` found, for a report: why the `await` would lose changes to `target`. */
export function splitUpdateExplanation(target: TSESTree.Node, sourceCode: Readonly<TSESLint.SourceCode>): string {
  return `\`${sourceCode.getText(target)}\` would be read before the \`await\` and written after it, so a change made to it meanwhile (by another call) would be lost`;
}

/**
 * A plain name of a variable declared inside `container` (a function, or the whole file at its top
 * level) and written only by `container`'s own code: a function nested in it (a listener, a callback)
 * that writes it could run during the wait.
 */
function isDeclaredWithin(target: TSESTree.Node, container: TSESTree.Node, sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  if (target.type !== AST_NODE_TYPES.Identifier) return false;
  const variable = variableOf(target, sourceCode);
  if (!variable?.defs[0] || !isWithin(variable.defs[0].name, container)) return false;
  const owner = container.type === AST_NODE_TYPES.Program ? undefined : container;
  return variable.references.every((reference) => !reference.isWrite() || enclosingFunction(reference.identifier) === owner);
}
