import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES, AST_TOKEN_TYPES } from '@typescript-eslint/utils';

/**
 * The expression statement that `node` starts (its first token is the statement's first token),
 * or `undefined`. Parentheses in the source break the chain: in `(f()).x` the statement starts with `(`.
 */
export function statementStartedBy(node: TSESTree.Node): TSESTree.ExpressionStatement | undefined {
  let current = node;
  let parent = current.parent;
  while (parent !== undefined && parent.range[0] === current.range[0]) {
    if (parent.type === AST_NODE_TYPES.ExpressionStatement) {
      return parent;
    }
    current = parent;
    parent = current.parent;
  }
  return undefined;
}

/** Heads whose closing `)` is followed by the statement body, never by a continuation of an expression. */
const STATEMENT_HEADS: ReadonlySet<AST_NODE_TYPES> = new Set([
  AST_NODE_TYPES.DoWhileStatement, // ASI always applies after `do … while (x)`
  AST_NODE_TYPES.ForInStatement,
  AST_NODE_TYPES.ForOfStatement,
  AST_NODE_TYPES.ForStatement,
  AST_NODE_TYPES.IfStatement,
  AST_NODE_TYPES.WhileStatement,
  AST_NODE_TYPES.WithStatement,
]);

/** Keywords that can end the token run before a statement without an expression to continue. */
const KEYWORD_OWNERS: Readonly<Record<string, AST_NODE_TYPES>> = {
  break: AST_NODE_TYPES.BreakStatement,
  continue: AST_NODE_TYPES.ContinueStatement,
  debugger: AST_NODE_TYPES.DebuggerStatement,
  do: AST_NODE_TYPES.DoWhileStatement,
  else: AST_NODE_TYPES.IfStatement,
  return: AST_NODE_TYPES.ReturnStatement,
  yield: AST_NODE_TYPES.YieldExpression,
};

/**
 * Whether a statement that will start with `(`, `[` or `` ` `` needs a `;` in front so that it is
 * not read as a continuation of the code before it (no-semicolon style: `a = b\n(await f()).x`).
 */
export function needsSemicolonBefore(
  sourceCode: Readonly<TSESLint.SourceCode>,
  statement: TSESTree.Node,
): boolean {
  const previous = sourceCode.getTokenBefore(statement);
  if (previous === null) {
    return false;
  }
  const owner = sourceCode.getNodeByRangeIndex(previous.range[0]);
  if (owner === null) {
    return true;
  }
  switch (previous.type) {
    case AST_TOKEN_TYPES.Punctuator:
      return punctuatorContinues(previous.value, owner);
    case AST_TOKEN_TYPES.Keyword:
    case AST_TOKEN_TYPES.Identifier: {
      if (owner.parent?.type === AST_NODE_TYPES.BreakStatement || owner.parent?.type === AST_NODE_TYPES.ContinueStatement) {
        return false; // `break label`
      }
      const keywordOwner = Object.hasOwn(KEYWORD_OWNERS, previous.value) ? KEYWORD_OWNERS[previous.value] : undefined;
      return keywordOwner === undefined || owner.type !== keywordOwner;
    }
    case AST_TOKEN_TYPES.String: {
      // The module specifier that ends `import … from 'x'` / `export … from 'x'`.
      const declaration = owner.parent?.type;
      return !(
        declaration === AST_NODE_TYPES.ImportDeclaration ||
        declaration === AST_NODE_TYPES.ExportAllDeclaration ||
        declaration === AST_NODE_TYPES.ExportNamedDeclaration
      );
    }
    default:
      return true;
  }
}

function punctuatorContinues(value: string, owner: TSESTree.Node): boolean {
  switch (value) {
    case ';':
    case '{':
    case ':':
    case '++':
    case '--':
      return false;
    case ')':
      return !STATEMENT_HEADS.has(owner.type);
    case '}':
      return closesAnExpression(owner);
    default:
      return true;
  }
}

/** Whether the `}` owned by `owner` ends an expression (object literal, function or class expression). */
function closesAnExpression(owner: TSESTree.Node): boolean {
  switch (owner.type) {
    case AST_NODE_TYPES.ObjectExpression:
      return true;
    case AST_NODE_TYPES.BlockStatement:
      return owner.parent.type === AST_NODE_TYPES.FunctionExpression;
    case AST_NODE_TYPES.ClassBody:
      return owner.parent.type === AST_NODE_TYPES.ClassExpression;
    default:
      return false;
  }
}
