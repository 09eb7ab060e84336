import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { childNodes, followsOptionalLink, isWithin } from './ast-walk.js';
import { isFunctionNode } from './execution-context.js';

// What code may do when it runs: whether it can have effects (and so settle a promise that is
// waiting for them), and what runs between a declaration and a later read of its variable.
// Conservative: whatever is not known to be free of effects counts as having them.

/**
 * Whether running `node` (an expression or a statement) may have effects: a call, `new`, a tagged
 * template, an assignment, an update, `delete`, `await`, `yield`, `import()`, a spread or a pattern
 * (which run iterators and getters), a class (its static parts run), a loop, a `try` … — anything
 * but reading names and properties, literals, operators, and creating functions (whose bodies do
 * not run). A getter, `valueOf` or `toString` that a property read or an operator calls is not
 * looked for.
 */
export function mayHaveEffects(node: TSESTree.Node): boolean {
  switch (node.type) {
    case AST_NODE_TYPES.Literal:
    case AST_NODE_TYPES.Identifier:
    case AST_NODE_TYPES.ThisExpression:
    case AST_NODE_TYPES.Super:
    case AST_NODE_TYPES.MetaProperty:
    case AST_NODE_TYPES.PrivateIdentifier:
    case AST_NODE_TYPES.TemplateElement:
    case AST_NODE_TYPES.FunctionExpression:
    case AST_NODE_TYPES.ArrowFunctionExpression:
    case AST_NODE_TYPES.FunctionDeclaration:
    case AST_NODE_TYPES.TSDeclareFunction:
    case AST_NODE_TYPES.TSTypeAliasDeclaration:
    case AST_NODE_TYPES.TSInterfaceDeclaration:
    case AST_NODE_TYPES.EmptyStatement:
    case AST_NODE_TYPES.BreakStatement:
    case AST_NODE_TYPES.ContinueStatement:
      return false;
    case AST_NODE_TYPES.TemplateLiteral:
      return node.expressions.some(mayHaveEffects);
    case AST_NODE_TYPES.MemberExpression:
      return mayHaveEffects(node.object) || (node.computed && mayHaveEffects(node.property));
    case AST_NODE_TYPES.ChainExpression:
    case AST_NODE_TYPES.TSAsExpression:
    case AST_NODE_TYPES.TSSatisfiesExpression:
    case AST_NODE_TYPES.TSNonNullExpression:
    case AST_NODE_TYPES.TSTypeAssertion:
    case AST_NODE_TYPES.TSInstantiationExpression:
    case AST_NODE_TYPES.ExpressionStatement:
      return mayHaveEffects(node.expression);
    case AST_NODE_TYPES.UnaryExpression:
      return node.operator === 'delete' || mayHaveEffects(node.argument);
    case AST_NODE_TYPES.BinaryExpression:
    case AST_NODE_TYPES.LogicalExpression:
      return mayHaveEffects(node.left) || mayHaveEffects(node.right);
    case AST_NODE_TYPES.ConditionalExpression:
      return mayHaveEffects(node.test) || mayHaveEffects(node.consequent) || mayHaveEffects(node.alternate);
    case AST_NODE_TYPES.SequenceExpression:
      return node.expressions.some(mayHaveEffects);
    case AST_NODE_TYPES.ArrayExpression:
      return node.elements.some((element) => element !== null && mayHaveEffects(element));
    case AST_NODE_TYPES.ObjectExpression:
      return node.properties.some(mayHaveEffects);
    case AST_NODE_TYPES.Property:
      return (node.computed && mayHaveEffects(node.key)) || mayHaveEffects(node.value);
    case AST_NODE_TYPES.VariableDeclaration:
      return (node.kind !== 'const' && node.kind !== 'let' && node.kind !== 'var') || node.declarations.some(mayHaveEffects);
    case AST_NODE_TYPES.VariableDeclarator:
      // A pattern runs an iterator or getters.
      return node.id.type !== AST_NODE_TYPES.Identifier || (node.init !== null && mayHaveEffects(node.init));
    case AST_NODE_TYPES.BlockStatement:
      return node.body.some(mayHaveEffects);
    case AST_NODE_TYPES.IfStatement:
      return mayHaveEffects(node.test) || mayHaveEffects(node.consequent) || (node.alternate !== null && mayHaveEffects(node.alternate));
    case AST_NODE_TYPES.ReturnStatement:
      return node.argument !== null && mayHaveEffects(node.argument);
    case AST_NODE_TYPES.ExportNamedDeclaration:
      return node.declaration !== null && mayHaveEffects(node.declaration);
    default:
      return true;
  }
}

/**
 * Whether code with possible effects may run after `declarator`'s initialiser (a plain name declared
 * in a block, a `switch` case or the file's top level) and before the first of `reads` to run, so
 * that an `await` of the initialiser would wait for the promise before that code runs, where a wait
 * at the read would not: the code may be what settles the promise (`child.send(…)` before reading the
 * reply). Reads are taken in source order; the first that surely runs when its statement does ends
 * the search (later ones run after it). A read inside a loop, or in a callback that runs right away,
 * may run after code that follows it: the whole loop or callback counts as running before it.
 */
export function mayRunEffectsBeforeReads(
  declarator: TSESTree.VariableDeclarator,
  reads: readonly TSESTree.Node[],
  visitorKeys: TSESLint.SourceCode.VisitorKeys,
): boolean {
  const declaration = declarator.parent as TSESTree.VariableDeclaration;
  const container = declaration.parent;
  const statements: readonly TSESTree.Node[] =
    container.type === AST_NODE_TYPES.SwitchCase
      ? container.consequent
      : container.type === AST_NODE_TYPES.BlockStatement || container.type === AST_NODE_TYPES.Program
        ? container.body
        : [];
  const start = statements.indexOf(declaration);
  if (start < 0) return true;
  const declarators: readonly TSESTree.VariableDeclarator[] = declaration.declarations;
  if (declarators.slice(declarators.indexOf(declarator) + 1).some(mayHaveEffects)) return true;
  let checked = start;
  for (const read of [...reads].sort((a, b) => a.range[0] - b.range[0])) {
    const index = statements.findIndex((statement) => isWithin(read, statement));
    // A read in the declaration itself, before it, or outside its block (a `var`): no order to rely on.
    if (index <= start) return true;
    for (; checked + 1 < index; checked++) {
      if (mayHaveEffects(statements[checked + 1] as TSESTree.Node)) return true;
    }
    const scan = scanDownTo(statements[index] as TSESTree.Node, read, visitorKeys);
    if (scan.effects) return true;
    if (scan.surelyReached) return false;
  }
  return false;
}

interface DownScan {
  /** Code with possible effects may run before `read` when its statement runs. */
  effects: boolean;
  /** `read` runs whenever its statement does (unless something before it throws). */
  surelyReached: boolean;
}

/** Looks at what runs, within `statement`, before `read`: the parts before it in source order on its way down. */
function scanDownTo(statement: TSESTree.Node, read: TSESTree.Node, visitorKeys: TSESLint.SourceCode.VisitorKeys): DownScan {
  const path: TSESTree.Node[] = [];
  for (let node: TSESTree.Node | undefined = read; node && node !== statement; node = node.parent) path.unshift(node);
  let surelyReached = true;
  let parent = statement;
  for (const child of path) {
    if (isFunctionNode(child) || isRepeatedPart(parent, child)) {
      // A callback that runs right away (the only kind whose reads count here), or a loop's body, test
      // or update: it may run after its own later code, and after every other part of its parent.
      if (isFunctionNode(child)) {
        if (child.params.some((param) => param.type !== AST_NODE_TYPES.Identifier) || mayHaveEffects(child.body)) return { effects: true, surelyReached };
        if (runningParts(parent, visitorKeys).some((sibling) => sibling !== child && mayHaveEffects(sibling))) return { effects: true, surelyReached };
        return { effects: false, surelyReached: false };
      }
      return { effects: true, surelyReached };
    }
    for (const sibling of runningParts(parent, visitorKeys)) {
      if (sibling.range[1] <= child.range[0] && mayHaveEffects(sibling)) return { effects: true, surelyReached };
    }
    if (!surelyRuns(parent, child)) surelyReached = false;
    parent = child;
  }
  return { effects: false, surelyReached };
}

/**
 * The parts of `node` that run as code, in source order: not type annotations, nor a pattern, which
 * binds only after the value it takes apart (`const [a] = <value>`, `[a] = <value>`).
 */
function runningParts(node: TSESTree.Node, visitorKeys: TSESLint.SourceCode.VisitorKeys): TSESTree.Node[] {
  return childNodes(node, visitorKeys).filter(
    (child) =>
      !TYPE_ONLY_PARTS.has(child.type) &&
      !(node.type === AST_NODE_TYPES.VariableDeclarator && child === node.id) &&
      child.type !== AST_NODE_TYPES.ArrayPattern &&
      child.type !== AST_NODE_TYPES.ObjectPattern,
  );
}

const TYPE_ONLY_PARTS: ReadonlySet<string> = new Set([
  AST_NODE_TYPES.TSTypeAnnotation,
  AST_NODE_TYPES.TSTypeParameterInstantiation,
  AST_NODE_TYPES.TSTypeParameterDeclaration,
]);

/** A loop's part that runs again and again (its body, its test, its update, a `for … of` head's binding). */
function isRepeatedPart(parent: TSESTree.Node, child: TSESTree.Node): boolean {
  switch (parent.type) {
    case AST_NODE_TYPES.WhileStatement:
    case AST_NODE_TYPES.DoWhileStatement:
      return true;
    case AST_NODE_TYPES.ForStatement:
      return child !== parent.init;
    case AST_NODE_TYPES.ForInStatement:
    case AST_NODE_TYPES.ForOfStatement:
      return child !== parent.right;
    default:
      return false;
  }
}

/** Whether `parent`, when it runs, surely evaluates its part `child` (not a branch, a right operand of `&&`, a `try` block …). */
function surelyRuns(parent: TSESTree.Node, child: TSESTree.Node): boolean {
  switch (parent.type) {
    case AST_NODE_TYPES.ExpressionStatement:
    case AST_NODE_TYPES.VariableDeclaration:
    case AST_NODE_TYPES.ChainExpression:
    case AST_NODE_TYPES.ReturnStatement:
    case AST_NODE_TYPES.ThrowStatement:
    case AST_NODE_TYPES.TemplateLiteral:
    case AST_NODE_TYPES.TaggedTemplateExpression:
    case AST_NODE_TYPES.BinaryExpression:
    case AST_NODE_TYPES.SequenceExpression:
    case AST_NODE_TYPES.ArrayExpression:
    case AST_NODE_TYPES.ObjectExpression:
    case AST_NODE_TYPES.Property:
    case AST_NODE_TYPES.SpreadElement:
    case AST_NODE_TYPES.UnaryExpression:
    case AST_NODE_TYPES.AwaitExpression:
    case AST_NODE_TYPES.TSAsExpression:
    case AST_NODE_TYPES.TSSatisfiesExpression:
    case AST_NODE_TYPES.TSNonNullExpression:
    case AST_NODE_TYPES.TSTypeAssertion:
      return true;
    case AST_NODE_TYPES.VariableDeclarator:
      return child === parent.init;
    case AST_NODE_TYPES.IfStatement:
    case AST_NODE_TYPES.ConditionalExpression:
      return child === parent.test;
    case AST_NODE_TYPES.SwitchStatement:
      return child === parent.discriminant;
    case AST_NODE_TYPES.LogicalExpression:
      return child === parent.left;
    case AST_NODE_TYPES.AssignmentExpression:
      return !['&&=', '||=', '??='].includes(parent.operator) || child === parent.left;
    case AST_NODE_TYPES.MemberExpression:
      // `a?.b[c]`: the key is not evaluated when the chain stops.
      return child === parent.object || !followsOptionalLink(parent);
    case AST_NODE_TYPES.CallExpression:
      return child === parent.callee || !followsOptionalLink(parent);
    case AST_NODE_TYPES.NewExpression:
      return true;
    case AST_NODE_TYPES.ForInStatement:
    case AST_NODE_TYPES.ForOfStatement:
      return child === parent.right;
    case AST_NODE_TYPES.ForStatement:
      return child === parent.init;
    default:
      return false;
  }
}

