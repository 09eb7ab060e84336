import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { walkAll } from './ast-walk.js';
import { enclosingFunction } from './execution-context.js';
import { isWriteTarget } from './value-use.js';

// What a class does with a field of its instances: who writes `this.ready`, and whether the
// constructor sets it. Read from the class's own text, so what it does not show (a base class's
// accessor, `this` handed to other code) leaves the answer open.

export interface WritesOf {
  /** The write expressions (`x = …`, `x++`, the pattern holding `x` …), in source order. */
  writes: TSESTree.Node[];
  /** Writes that initialise rather than change (a field set directly in the constructor). */
  initializers: ReadonlySet<TSESTree.Node>;
}

/**
 * Every write of the field `read` (`this.ready`, `this.#ready`) in the class of `owner`, the method
 * whose `this` it reads, or undefined when the class does not show them all (an accessor or method of
 * that name, a base class that may declare it, `this` handed out). `isPrivate`: a `#name` or a
 * `private` field, which code outside the class does not write.
 */
export function fieldWrites(
  read: TSESTree.MemberExpression,
  owner: ThisOwner,
  sourceCode: Readonly<TSESLint.SourceCode>,
): (WritesOf & { isPrivate: boolean }) | undefined {
  const classBody = owner.method.parent;
  const key = read.property;
  const isPrivateName = key.type === AST_NODE_TYPES.PrivateIdentifier;
  const name = key.type === AST_NODE_TYPES.Identifier || isPrivateName ? key.name : undefined;
  if (name === undefined) return undefined;
  const declaredField = classBody.body.find(
    (member): member is TSESTree.PropertyDefinition =>
      member.type === AST_NODE_TYPES.PropertyDefinition &&
      !member.static &&
      !member.computed &&
      member.key.type === key.type &&
      (member.key as TSESTree.Identifier | TSESTree.PrivateIdentifier).name === name,
  );
  const hasAccessorOrMethod = classBody.body.some(
    (member) =>
      (member.type === AST_NODE_TYPES.MethodDefinition || member.type === AST_NODE_TYPES.AccessorProperty) &&
      !member.computed &&
      member.key.type === key.type &&
      (member.key as TSESTree.Identifier | TSESTree.PrivateIdentifier).name === name,
  );
  if (hasAccessorOrMethod) return undefined;
  if (!declaredField && owner.classNode.superClass) return undefined; // may be an accessor of the base class
  const isPrivate = isPrivateName || declaredField?.accessibility === 'private';

  // Writes are found as written: `this.ready = …`, and for a `#name`, which only code of the class
  // can reach, `self.#ready = …` through any reference. A named field can also be written where
  // `this` is handed out (`Object.assign(this, …)`, `const self = this`) or by a computed key
  // (`this[key] = …`): then its writes are not all known.
  const writes: TSESTree.Node[] = [];
  const initializers = new Set<TSESTree.Node>();
  let unknownWrites = false;
  walkAll(classBody, sourceCode.visitorKeys, (node) => {
    if (node.type === AST_NODE_TYPES.ThisExpression && !isPrivateName) {
      const parent = node.parent;
      const readsMember = parent.type === AST_NODE_TYPES.MemberExpression && parent.object === node && (!parent.computed || !isWriteTarget(parent));
      if (!readsMember) unknownWrites = true;
      return;
    }
    if (
      node.type !== AST_NODE_TYPES.MemberExpression ||
      (!isPrivateName && node.object.type !== AST_NODE_TYPES.ThisExpression) ||
      node.computed ||
      node.property.type !== key.type ||
      node.property.name !== name ||
      !isWriteTarget(node)
    ) {
      return;
    }
    const writer = thisOwner(node);
    if (writer?.classNode !== owner.classNode) return;
    const write = writeExpressionOf(node);
    writes.push(write);
    if (writer.method.kind === 'constructor' && enclosingFunction(node) === writer.method.value) initializers.add(write);
  });
  return unknownWrites ? undefined : { writes, initializers, isPrivate };
}

export interface ThisOwner {
  method: TSESTree.MethodDefinition;
  classNode: TSESTree.ClassDeclaration | TSESTree.ClassExpression;
}

/** The class method whose `this` the node sees (looking through arrow functions), if any. */
export function thisOwner(node: TSESTree.Node): ThisOwner | undefined {
  for (let current: TSESTree.Node | undefined = node.parent; current; current = current.parent) {
    if (current.type === AST_NODE_TYPES.ArrowFunctionExpression) continue;
    if (current.type === AST_NODE_TYPES.FunctionExpression) {
      const method = current.parent;
      if (method.type !== AST_NODE_TYPES.MethodDefinition || method.value !== current) return undefined;
      return { method, classNode: method.parent.parent };
    }
    if (
      current.type === AST_NODE_TYPES.FunctionDeclaration ||
      current.type === AST_NODE_TYPES.PropertyDefinition ||
      current.type === AST_NODE_TYPES.StaticBlock ||
      current.type === AST_NODE_TYPES.Program
    ) {
      return undefined;
    }
  }
  return undefined;
}

/** The assignment, update or loop head that writes through `target`. */
export function writeExpressionOf(target: TSESTree.Node): TSESTree.Node {
  let node = target;
  while (
    node.parent &&
    (node.parent.type === AST_NODE_TYPES.Property ||
      node.parent.type === AST_NODE_TYPES.ObjectPattern ||
      node.parent.type === AST_NODE_TYPES.ArrayPattern ||
      node.parent.type === AST_NODE_TYPES.RestElement ||
      node.parent.type === AST_NODE_TYPES.AssignmentPattern)
  ) {
    node = node.parent;
  }
  const parent = node.parent;
  if (
    parent &&
    (parent.type === AST_NODE_TYPES.AssignmentExpression ||
      parent.type === AST_NODE_TYPES.UpdateExpression ||
      parent.type === AST_NODE_TYPES.UnaryExpression)
  ) {
    return parent;
  }
  return node;
}
