import { AST_NODE_TYPES, ASTUtils, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { memberChainRoot } from './ast-walk.js';
import { skipTypeWrappers } from './execution-context.js';
import { destructuredKey, propertyName } from './imported-export.js';
import { isReassigned, settledDefinition, variableOf } from './syntactic-thenable.js';

// A name that holds a member of something named elsewhere: `walk` of `const walk = fg.sync`, `sync`
// of `const { sync } = fg`. Read from the file's bindings (ESLint's scope analysis), so that a call
// through the name can be judged, and rewritten, as the member call it stands for.

export interface MemberAlias {
  /** `fg` of `const walk = fg.sync` and of `const { sync } = fg`: a name or a chain of names, as written in the declaration. */
  readonly object: TSESTree.Identifier | TSESTree.MemberExpression;
  /** `sync` */
  readonly property: string;
}

const MAX_ALIAS_HOPS = 16;

/**
 * The member `identifier` holds, when its binding is a variable written only by its declaration
 * (`const`, or a `let` / `var` never assigned again) and initialised with a member of a name
 * (`fg.sync`, `lib.fs.readFileSync`) or destructured from one (`{ sync }`, `{ sync: walk }`), through
 * plain aliases of it (`const a = fg.sync; const b = a`). Undefined for anything else: a default
 * value (`{ sync = other }`), a nested pattern, a call (`require()`, a factory), an optional chain,
 * a computed key that is not a string.
 */
export function memberAliasOf(identifier: TSESTree.Identifier, sourceCode: Readonly<TSESLint.SourceCode>): MemberAlias | undefined {
  let current = identifier;
  for (let hop = 0; hop < MAX_ALIAS_HOPS; hop++) {
    const definition = settledDefinition(current, sourceCode);
    if (!definition?.node.init) return undefined;
    const init = skipTypeWrappers(definition.node.init);
    const pattern = definition.node.id;
    if (pattern.type === AST_NODE_TYPES.Identifier) {
      if (init.type === AST_NODE_TYPES.Identifier) {
        current = init;
        continue;
      }
      if (init.type !== AST_NODE_TYPES.MemberExpression || !isNameChain(init.object)) return undefined;
      const property = propertyName(init);
      return property === undefined ? undefined : { object: init.object, property };
    }
    if (pattern.type !== AST_NODE_TYPES.ObjectPattern || definition.name.parent.type !== AST_NODE_TYPES.Property || !isNameChain(init)) return undefined;
    const property = destructuredKey(pattern, current.name);
    return property === undefined ? undefined : { object: init, property };
  }
  return undefined;
}

/** `fg`, `lib.fs`: a name, or members of one read without a call, a computed key or an optional link. */
export function isNameChain(node: TSESTree.Node): node is TSESTree.Identifier | TSESTree.MemberExpression {
  if (node.type === AST_NODE_TYPES.Identifier) return true;
  return node.type === AST_NODE_TYPES.MemberExpression && !node.optional && propertyName(node) !== undefined && isNameChain(node.object);
}

/**
 * Whether `object`, a name chain written in an alias's declaration, may be written at `at` for the
 * same value: its first name means the same binding there (no parameter or local of that name in
 * between), and nothing assigns that binding after its declaration.
 */
export function isSameNameAt(
  object: TSESTree.Identifier | TSESTree.MemberExpression,
  at: TSESTree.Node,
  sourceCode: Readonly<TSESLint.SourceCode>,
): boolean {
  const root = memberChainRoot(object);
  if (root.type !== AST_NODE_TYPES.Identifier) return false;
  const declared = variableOf(root, sourceCode);
  if (!declared || isReassigned(declared)) return false;
  return ASTUtils.findVariable(sourceCode.getScope(at), root.name) === declared;
}
