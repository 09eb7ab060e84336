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
