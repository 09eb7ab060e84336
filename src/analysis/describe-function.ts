import { getFunctionNameWithKind } from '@eslint-community/eslint-utils';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

/**
 * How messages name a function: "async function `handler`", "async method `load`",
 * "async arrow function" (ESLint's own wording, with code in backticks).
 */
export function describeFunction(
  fn: TSESTree.FunctionDeclaration | TSESTree.FunctionExpression | TSESTree.ArrowFunctionExpression,
  sourceCode: Readonly<TSESLint.SourceCode>,
): string {
  const description = getFunctionNameWithKind(fn as never, sourceCode as never);
  return description.replace(/'([^']*)'$/u, '`$1`');
}

/** A node's text, when it is short enough to quote in a message: one line of at most 40 characters. */
export function writtenShort(node: TSESTree.Node, sourceCode: Readonly<TSESLint.SourceCode>): string | undefined {
  const text = sourceCode.getText(node);
  return text.length <= 40 && !/[\n\r]/u.test(text) ? text : undefined;
}
