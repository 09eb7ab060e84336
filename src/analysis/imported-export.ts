import { AST_NODE_TYPES, ASTUtils, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { skipTypeWrappers } from './execution-context.js';
import { skipIndirectCall } from './resolve-callee.js';
import { requireCallArgument } from './module-references.js';
import { isReassigned } from './syntactic-thenable.js';

// Which export of which module a callee calls, read from the file's own import or require of it:
// what code running in another thread needs to find the same function.

export type CalleeExport =
  /** A top-level export of the module: `hash` for `import { hash }` / `ns.hash` / `const { hash } = require(…)`, `default` for a default import. */
  | { readonly kind: 'export'; readonly source: TSESTree.StringLiteral; readonly exportName: string }
  /** Deeper than a top-level export: `XLSX.utils.sheet_to_json`, or `utils.sheet_to_json` after `import { utils }`. */
  | { readonly kind: 'nested'; readonly source: TSESTree.StringLiteral; readonly exportPath: string }
  /** A `let`/`var` initialised with an export that this file assigns again (`let { load } = require(…); load = …`): the call may run something else. */
  | { readonly kind: 'reassigned'; readonly source: TSESTree.StringLiteral; readonly name: string }
  /** A function or class declared in this file (or a variable initialised with one). */
  | { readonly kind: 'local' }
  /** Anything else: a parameter, a local alias, a method of some value, a global. */
  | { readonly kind: 'other' };

/**
 * The export a callee reaches through the file's bindings: named, default and namespace imports,
 * `import x = require()`, `const x = require()`, `const { x } = require()`, `const x = require().y`.
 * Member chains on a whole-module binding (`ns.hash`, `mod.hash`) call the export `hash`; on a
 * default import they call a property of the default export (which Node's CommonJS interop and the
 * offload helper both resolve by name).
 */
export function calleeExportOf(callee: TSESTree.Node, sourceCode: Readonly<TSESLint.SourceCode>): CalleeExport {
  const path: string[] = [];
  let node = skipTypeWrappers(skipIndirectCall(callee));
  while (node.type === AST_NODE_TYPES.MemberExpression) {
    const name = propertyName(node);
    if (name === undefined) return { kind: 'other' };
    path.unshift(name);
    node = skipTypeWrappers(node.object);
  }
  if (node.type !== AST_NODE_TYPES.Identifier) return { kind: 'other' };
  const variable = ASTUtils.findVariable(sourceCode.getScope(node), node);
  const definition = variable?.defs[0];
  if (!variable || !definition) return { kind: 'other' };

  switch (definition.type) {
    case 'ImportBinding':
      return fromImport(definition.node, path);
    case 'FunctionName':
    case 'ClassName':
      return { kind: 'local' };
    case 'Variable': {
      const target = fromVariable(definition.node, node.name, path);
      const writtenAgain = isReassigned(variable);
      return writtenAgain && (target.kind === 'export' || target.kind === 'nested') ? { kind: 'reassigned', source: target.source, name: node.name } : target;
    }
    default:
      return { kind: 'other' };
  }
}

function fromImport(
  declaration: TSESTree.ImportSpecifier | TSESTree.ImportDefaultSpecifier | TSESTree.ImportNamespaceSpecifier | TSESTree.TSImportEqualsDeclaration,
  path: readonly string[],
): CalleeExport {
  switch (declaration.type) {
    case AST_NODE_TYPES.ImportSpecifier: {
      if (declaration.parent.type !== AST_NODE_TYPES.ImportDeclaration) return { kind: 'other' };
      const imported = declaration.imported.type === AST_NODE_TYPES.Identifier ? declaration.imported.name : declaration.imported.value;
      return exportAt(declaration.parent.source, [imported, ...path]);
    }
    case AST_NODE_TYPES.ImportDefaultSpecifier:
      if (declaration.parent.type !== AST_NODE_TYPES.ImportDeclaration) return { kind: 'other' };
      return wholeModule(declaration.parent.source, path);
    case AST_NODE_TYPES.ImportNamespaceSpecifier:
      if (declaration.parent.type !== AST_NODE_TYPES.ImportDeclaration || path.length === 0) return { kind: 'other' };
      return exportAt(declaration.parent.source, path);
    case AST_NODE_TYPES.TSImportEqualsDeclaration: {
      const reference = declaration.moduleReference;
      if (reference.type !== AST_NODE_TYPES.TSExternalModuleReference) return { kind: 'other' };
      return wholeModule(reference.expression, path);
    }
  }
}

function fromVariable(declarator: TSESTree.VariableDeclarator, localName: string, path: readonly string[]): CalleeExport {
  const init = declarator.init ? skipTypeWrappers(declarator.init) : undefined;
  if (!init) return { kind: 'other' };
  const required = requireCallArgument(init);
  if (required) {
    if (declarator.id.type === AST_NODE_TYPES.Identifier) return wholeModule(required, path);
    if (declarator.id.type !== AST_NODE_TYPES.ObjectPattern) return { kind: 'other' };
    const key = destructuredKey(declarator.id, localName);
    return key === undefined ? { kind: 'other' } : exportAt(required, [key, ...path]);
  }
  // `const hash = require('./hash').hash`
  if (init.type === AST_NODE_TYPES.MemberExpression && declarator.id.type === AST_NODE_TYPES.Identifier) {
    const member = propertyName(init);
    const source = requireCallArgument(skipTypeWrappers(init.object));
    if (source && member !== undefined) return exportAt(source, [member, ...path]);
  }
  const declaredHere =
    init.type === AST_NODE_TYPES.ArrowFunctionExpression ||
    init.type === AST_NODE_TYPES.FunctionExpression ||
    init.type === AST_NODE_TYPES.ClassExpression;
  return declaredHere && path.length === 0 ? { kind: 'local' } : { kind: 'other' };
}

/** A binding that holds the whole module: called itself it is the default export (`module.exports`). */
function wholeModule(source: TSESTree.StringLiteral, path: readonly string[]): CalleeExport {
  return path.length === 0 ? { kind: 'export', source, exportName: 'default' } : exportAt(source, path);
}

function exportAt(source: TSESTree.StringLiteral, path: readonly string[]): CalleeExport {
  const [first, ...rest] = path;
  if (first === undefined) return { kind: 'other' };
  return rest.length === 0 ? { kind: 'export', source, exportName: first } : { kind: 'nested', source, exportPath: path.join('.') };
}


/** The key destructured into `localName`: `hash` for `{ hash }` and `{ hash: h }`, not for nested patterns. */
export function destructuredKey(pattern: TSESTree.ObjectPattern, localName: string): string | undefined {
  for (const property of pattern.properties) {
    if (property.type !== AST_NODE_TYPES.Property) continue;
    const value = property.value.type === AST_NODE_TYPES.AssignmentPattern ? property.value.left : property.value;
    if (value.type !== AST_NODE_TYPES.Identifier || value.name !== localName) continue;
    if (!property.computed && property.key.type === AST_NODE_TYPES.Identifier) return property.key.name;
    if (property.key.type === AST_NODE_TYPES.Literal && typeof property.key.value === 'string') return property.key.value;
    return undefined;
  }
  return undefined;
}

/** `b` of `a.b` and of `a['b']`; undefined for any other computed key. */
export function propertyName(member: TSESTree.MemberExpression): string | undefined {
  if (!member.computed) return member.property.type === AST_NODE_TYPES.Identifier ? member.property.name : undefined;
  return member.property.type === AST_NODE_TYPES.Literal && typeof member.property.value === 'string' ? member.property.value : undefined;
}
