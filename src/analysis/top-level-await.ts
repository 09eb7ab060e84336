import path from 'node:path';
import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import ts from 'typescript';
import { compilesToOwnFunction, isFunctionNode } from './execution-context.js';
import type { TypeInfo } from './type-info.js';

// Whether `await` may be written at a file's top level. Only an ES module has top-level await:
// never a CommonJS module (`.cts`, `.cjs`, or a `.ts`/`.js` file that TypeScript emits as
// CommonJS) nor a script. With type information the compiler options decide, as TypeScript itself
// does (TS1375/TS1378/TS1309); without it, only the extensions that are always ES modules.

const ALWAYS_ESM = new Set(['.mts', '.mjs']);
const NEVER_ESM = new Set(['.cts', '.cjs']);
const NODE_MODULE_KINDS = new Set([ts.ModuleKind.Node16, ts.ModuleKind.Node18, ts.ModuleKind.Node20, ts.ModuleKind.NodeNext]);
const ESM_MODULE_KINDS = new Set([ts.ModuleKind.ES2022, ts.ModuleKind.ESNext, ts.ModuleKind.System, ts.ModuleKind.Preserve]);

/**
 * Whether `node` runs at the file's top level: not in a function, a class field initialiser or a
 * static block, nor in a TypeScript `namespace` body or `enum`, which compile to functions.
 */
export function isAtTopLevel(node: TSESTree.Node): boolean {
  let child: TSESTree.Node = node;
  for (let parent = node.parent; parent; child = parent, parent = parent.parent) {
    if (
      isFunctionNode(parent) ||
      parent.type === AST_NODE_TYPES.StaticBlock ||
      compilesToOwnFunction(parent)
    ) {
      return false;
    }
    if (
      (parent.type === AST_NODE_TYPES.PropertyDefinition || parent.type === AST_NODE_TYPES.AccessorProperty) &&
      parent.value === child
    ) {
      return false;
    }
  }
  return true;
}

/** Whether the file may use top-level `await`. */
export function topLevelAwaitAllowed(sourceCode: Readonly<TSESLint.SourceCode>, filename: string, typeInfo: TypeInfo | undefined): boolean {
  const extension = path.extname(filename).toLowerCase();
  if (NEVER_ESM.has(extension)) return false;
  if (!typeInfo) return ALWAYS_ESM.has(extension) && sourceCode.ast.sourceType === 'module';
  const sourceFile = typeInfo.services.esTreeNodeToTSNodeMap.get(sourceCode.ast);
  const options = typeInfo.program.getCompilerOptions();
  if (options.target !== undefined && options.target < ts.ScriptTarget.ES2017) return false;
  if (!ts.isExternalModule(sourceFile)) return false;
  const moduleKind = options.module;
  if (moduleKind === undefined) return ALWAYS_ESM.has(extension) || sourceFile.impliedNodeFormat === ts.ModuleKind.ESNext;
  if (NODE_MODULE_KINDS.has(moduleKind)) return sourceFile.impliedNodeFormat === ts.ModuleKind.ESNext;
  return ESM_MODULE_KINDS.has(moduleKind);
}
