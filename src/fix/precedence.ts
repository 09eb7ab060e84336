import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';

/**
 * Expressions that may stand bare as the operand of `await` (a UnaryExpression operand):
 * left-hand-side expressions, update and unary expressions, and TS's postfix/prefix forms
 * of the same strength. Anything not listed here (binary, logical, conditional, assignment,
 * arrow functions, sequences, `yield`, `as`, `satisfies`, and node types we do not know)
 * gets parentheses.
 */
const UNARY_OR_STRONGER: ReadonlySet<AST_NODE_TYPES> = new Set([
  AST_NODE_TYPES.ArrayExpression,
  AST_NODE_TYPES.AwaitExpression,
  AST_NODE_TYPES.CallExpression,
  AST_NODE_TYPES.ChainExpression,
  AST_NODE_TYPES.ClassExpression,
  AST_NODE_TYPES.FunctionExpression,
  AST_NODE_TYPES.Identifier,
  AST_NODE_TYPES.ImportExpression,
  AST_NODE_TYPES.JSXElement,
  AST_NODE_TYPES.JSXFragment,
  AST_NODE_TYPES.Literal,
  AST_NODE_TYPES.MemberExpression,
  AST_NODE_TYPES.MetaProperty,
  AST_NODE_TYPES.NewExpression,
  AST_NODE_TYPES.ObjectExpression,
  AST_NODE_TYPES.TaggedTemplateExpression,
  AST_NODE_TYPES.TemplateLiteral,
  AST_NODE_TYPES.ThisExpression,
  AST_NODE_TYPES.TSInstantiationExpression,
  AST_NODE_TYPES.TSNonNullExpression,
  AST_NODE_TYPES.TSTypeAssertion,
  AST_NODE_TYPES.UnaryExpression,
  AST_NODE_TYPES.UpdateExpression,
]);

/** Whether `node` must be parenthesised to be the operand of `await` (`await (a || b)`). */
export function needsParenthesesAsAwaitOperand(node: TSESTree.Node): boolean {
  return !UNARY_OR_STRONGER.has(node.type);
}

/**
 * Whether an `await …` expression put in the place of `node` must be parenthesised so that it
 * keeps meaning "the awaited value" there: as the object of a member access, a callee, a tag,
 * the left operand of `**`, the operand of a unary or postfix operator, a class heritage or a
 * decorator. Does not look at parentheses already in the source (see `isParenthesized`).
 */
export function needsParenthesesAroundAwait(node: TSESTree.Node): boolean {
  const parent = node.parent;
  if (parent === undefined) {
    return false;
  }
  switch (parent.type) {
    case AST_NODE_TYPES.ChainExpression:
      // `a?.b()` replaced as a whole: what matters is where the chain itself sits.
      return needsParenthesesAroundAwait(parent);
    case AST_NODE_TYPES.MemberExpression:
      return parent.object === node;
    case AST_NODE_TYPES.CallExpression:
    case AST_NODE_TYPES.NewExpression:
      return parent.callee === node;
    case AST_NODE_TYPES.TaggedTemplateExpression:
      return parent.tag === node;
    case AST_NODE_TYPES.BinaryExpression:
      // `await x ** 2` is a syntax error; `2 ** await x` is fine.
      return parent.operator === '**' && parent.left === node;
    // `!await x` parses, but reads as if `!` applied to the promise: spell it `!(await x)`.
    case AST_NODE_TYPES.UnaryExpression:
    case AST_NODE_TYPES.UpdateExpression:
    case AST_NODE_TYPES.TSNonNullExpression:
    case AST_NODE_TYPES.Decorator:
      return true;
    case AST_NODE_TYPES.TSInstantiationExpression:
      return parent.expression === node;
    case AST_NODE_TYPES.ClassDeclaration:
    case AST_NODE_TYPES.ClassExpression:
      return parent.superClass === node;
    default:
      return false;
  }
}
