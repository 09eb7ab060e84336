import { AST_NODE_TYPES, ASTUtils, type TSESLint, type TSESTree } from '@typescript-eslint/utils';

// Walking the ESTree by the source code's visitor keys (which know TypeScript's nodes too): the one
// home for "the children of a node", used wherever a rule looks below the node it visits.

/** The child nodes of `node`, in source order. */
export function childNodes(node: TSESTree.Node, visitorKeys: TSESLint.SourceCode.VisitorKeys): TSESTree.Node[] {
  const children: TSESTree.Node[] = [];
  for (const key of visitorKeys[node.type] ?? []) {
    const value = (node as unknown as Record<string, unknown>)[key];
    if (Array.isArray(value)) {
      for (const item of value) if (isNode(item)) children.push(item);
    } else if (isNode(value)) {
      children.push(value);
    }
  }
  return children;
}

/** Calls `visit` on `root` and every node under it (functions included), depth first. */
export function walkAll(root: TSESTree.Node, visitorKeys: TSESLint.SourceCode.VisitorKeys, visit: (node: TSESTree.Node) => void): void {
  visit(root);
  for (const child of childNodes(root, visitorKeys)) walkAll(child, visitorKeys, visit);
}

/** Whether `predicate` holds for `root` or a node under it; stops at the first that does. */
export function someNode(
  root: TSESTree.Node,
  visitorKeys: TSESLint.SourceCode.VisitorKeys,
  predicate: (node: TSESTree.Node) => boolean,
): boolean {
  return predicate(root) || childNodes(root, visitorKeys).some((child) => someNode(child, visitorKeys, predicate));
}

export function isNode(value: unknown): value is TSESTree.Node {
  return typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';
}

/** Whether `node` lies within `container` (or is it), by source range. */
export function isWithin(node: TSESTree.Node, container: TSESTree.Node): boolean {
  return node.range[0] >= container.range[0] && node.range[1] <= container.range[1];
}

/** `a` of `a.b.c`, `a?.b[k]!.c`: what a chain of member reads starts from (through `?.` and `!`). */
export function memberChainRoot(node: TSESTree.Node): TSESTree.Node {
  let root = node;
  for (;;) {
    if (root.type === AST_NODE_TYPES.ChainExpression || root.type === AST_NODE_TYPES.TSNonNullExpression) root = root.expression;
    else if (root.type === AST_NODE_TYPES.MemberExpression) root = root.object;
    else return root;
  }
}

/** The expression of a `ChainExpression` (`a?.b()`), the node itself otherwise. */
export function unwrapChain(node: TSESTree.Node): TSESTree.Node {
  return node.type === AST_NODE_TYPES.ChainExpression ? node.expression : node;
}

/**
 * The text of `node`, a member's object (`fs` of `fs.readFileSync`), to write in front of another
 * member, as a callee or in a message: with the parentheses the source has around it and what they
 * enclose (`(await import('node:fs'))`, `(a ?? b)`, comments included), without which it would bind differently.
 */
export function memberObjectText(sourceCode: Readonly<TSESLint.SourceCode>, node: TSESTree.Node): string {
  if (!ASTUtils.isParenthesized(node, sourceCode)) return sourceCode.getText(node);
  const open = sourceCode.getTokenBefore(node);
  const close = sourceCode.getTokenAfter(node);
  return open && close ? sourceCode.text.slice(open.range[0], close.range[1]) : `(${sourceCode.getText(node)})`;
}

/**
 * Whether an optional link of its own chain comes at or before `node` (`a?.b()`, `a?.b[c]`,
 * `f?.()`, `a?.b!.c()`), so that when it stops, `node` is not evaluated (its key and arguments are
 * not) and its value is `undefined`. A link after it (`a.b[c]?.d`) does not stop it.
 */
export function followsOptionalLink(node: TSESTree.MemberExpression | TSESTree.CallExpression): boolean {
  let current: TSESTree.Node = node;
  for (;;) {
    if (current.type === AST_NODE_TYPES.MemberExpression || current.type === AST_NODE_TYPES.CallExpression) {
      if (current.optional) return true;
      current = current.type === AST_NODE_TYPES.MemberExpression ? current.object : current.callee;
    } else if (current.type === AST_NODE_TYPES.TSNonNullExpression) {
      current = current.expression;
    } else {
      return false;
    }
  }
}
