import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { outermostTypeWrapper, type FunctionNode } from '../analysis/execution-context.js';

const IDENTIFIER_CHAR = /[\p{ID_Continue}$\u200c\u200d]/u;

/**
 * Edits that make `fn` async: `async` before `function`, the method name or the arrow's parameters,
 * and a declared return type turned into a promise (`: void` → `: Promise<void>`,
 * `: PromiseLike<T>` → `: Promise<T>`, `: T` → `: Promise<T>`). Only inserts and renames: comments stay.
 */
export function makeAsyncFixes(
  fixer: TSESLint.RuleFixer,
  sourceCode: Readonly<TSESLint.SourceCode>,
  fn: FunctionNode,
): TSESLint.RuleFix[] {
  const fixes: TSESLint.RuleFix[] = [];
  const at = asyncKeywordPosition(fn, sourceCode);
  const before = sourceCode.text.charAt(at - 1);
  fixes.push(fixer.insertTextBeforeRange([at, at], IDENTIFIER_CHAR.test(before) ? ' async ' : 'async '));
  const returnType = fn.returnType?.typeAnnotation;
  if (returnType) fixes.push(...promiseReturnType(fixer, returnType));
  return fixes;
}

/** Where `async ` goes: before the key of a method, else before the function's first token. */
function asyncKeywordPosition(fn: FunctionNode, sourceCode: Readonly<TSESLint.SourceCode>): number {
  const holder = outermostTypeWrapper(fn).parent;
  const isMethod =
    (holder?.type === AST_NODE_TYPES.MethodDefinition && holder.value === fn) ||
    (holder?.type === AST_NODE_TYPES.Property && holder.method && holder.value === fn);
  if (isMethod) {
    const key = holder.key;
    return holder.computed ? (sourceCode.getTokenBefore(key)?.range[0] ?? key.range[0]) : key.range[0];
  }
  return fn.range[0];
}

function promiseReturnType(fixer: TSESLint.RuleFixer, type: TSESTree.TypeNode): TSESLint.RuleFix[] {
  if (type.type === AST_NODE_TYPES.TSTypeReference && type.typeName.type === AST_NODE_TYPES.Identifier) {
    if (type.typeName.name === 'Promise') return [];
    if (type.typeName.name === 'PromiseLike') return [fixer.replaceText(type.typeName, 'Promise')];
  }
  return [fixer.insertTextBefore(type, 'Promise<'), fixer.insertTextAfter(type, '>')];
}
