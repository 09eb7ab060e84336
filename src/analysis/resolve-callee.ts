import { isBuiltin } from 'node:module';
import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';
import ts from 'typescript';
import type { TypeInfo } from './type-info.js';

/**
 * What a callee *is*: the module that declares it and its export path there. Found from the
 * declaration the checker resolves the callee to, so renamed imports, `import * as`, default imports,
 * `import x = require()`, re-exports through local modules and `const` aliases all land on the
 * original declaration.
 */
export interface ResolvedCallee {
  /**
   * `fs` for `node:fs` and `fs`; the package name for a package (`bcrypt`, `@scope/pkg`);
   * `globalThis` for a global of the default library; the absolute file name for a project file.
   */
  readonly module: string;
  readonly origin: 'builtin' | 'package' | 'global' | 'project';
  /** Export path inside the module: `readFileSync`, `realpathSync.native`, `Atomics.wait`. */
  readonly name: string;
  /** The declaration's symbol (after aliases). */
  readonly symbol: ts.Symbol;
}

const MAX_ALIAS_HOPS = 16;

/**
 * `a.b` of `(0, a.b)`, the indirect call compilers write for an imported function (TypeScript's
 * CommonJS output: `(0, fs_1.readFileSync)(p)`, so that it is called without `this`); the callee
 * itself otherwise.
 */
export function skipIndirectCall(callee: TSESTree.Node): TSESTree.Node {
  if (callee.type !== AST_NODE_TYPES.SequenceExpression || callee.expressions.length !== 2) return callee;
  const [first, last] = callee.expressions;
  return first?.type === AST_NODE_TYPES.Literal && last !== undefined ? last : callee;
}

/** The node that names what is called: `f` in `f()`, `b` in `a.b()`, `a['b']()` and `(0, a.b)()`. */
export function calleeNameNode(callee: TSESTree.Node): TSESTree.Identifier | TSESTree.StringLiteral | TSESTree.PrivateIdentifier | undefined {
  let node = skipIndirectCall(callee);
  while (node.type === AST_NODE_TYPES.TSNonNullExpression || node.type === AST_NODE_TYPES.TSAsExpression || node.type === AST_NODE_TYPES.ChainExpression) {
    node = node.type === AST_NODE_TYPES.ChainExpression ? node.expression : node.expression;
  }
  if (node.type === AST_NODE_TYPES.Identifier) return node;
  if (node.type === AST_NODE_TYPES.MemberExpression) {
    if (!node.computed) return node.property;
    if (node.property.type === AST_NODE_TYPES.Literal && typeof node.property.value === 'string') {
      return node.property as TSESTree.StringLiteral;
    }
  }
  return undefined;
}

/**
 * The callee's name as written (`readFileSync`, `#render`: a private name with its `#`, as TypeScript
 * names its symbol), for cheap syntactic filtering before any type question.
 */
export function calleeName(callee: TSESTree.Node): string | undefined {
  const nameNode = calleeNameNode(callee);
  if (!nameNode) return undefined;
  if (nameNode.type === AST_NODE_TYPES.PrivateIdentifier) return `#${nameNode.name}`;
  return nameNode.type === AST_NODE_TYPES.Literal ? nameNode.value : nameNode.name;
}

/** Resolves `callee` to its declaration with the checker; `undefined` when the checker cannot prove it. */
export function resolveCallee(callee: TSESTree.Node, typeInfo: TypeInfo): ResolvedCallee | undefined {
  const nameNode = calleeNameNode(callee);
  if (!nameNode) return undefined;
  const tsNode = typeInfo.services.esTreeNodeToTSNodeMap.get(nameNode);
  const symbol = typeInfo.checker.getSymbolAtLocation(tsNode);
  if (!symbol) return undefined;
  const target = followAliases(symbol, typeInfo.checker);
  if (!target) return undefined;
  return describeSymbol(target, typeInfo.program);
}

/**
 * Resolves the member `property` of `object` (`fg` and `sync` for an alias `const walk = fg.sync` or
 * `const { sync } = fg`) as `resolveCallee` resolves `object.property`: by the object's type.
 */
export function resolveMember(object: TSESTree.Expression, property: string, typeInfo: TypeInfo): ResolvedCallee | undefined {
  const symbol = typeInfo.services.getTypeAtLocation(object).getProperty(property);
  const target = symbol && followAliases(symbol, typeInfo.checker);
  return target && describeSymbol(target, typeInfo.program);
}

/**
 * Follows import aliases, `export … from` re-exports and project-local `const` aliases
 * (`const gzip = zlib.gzipSync`, `const { gzipSync } = zlib`) to the symbol that declares the function.
 */
export function followAliases(start: ts.Symbol, checker: ts.TypeChecker): ts.Symbol | undefined {
  let symbol = start;
  for (let hop = 0; hop < MAX_ALIAS_HOPS; hop++) {
    if (symbol.flags & ts.SymbolFlags.Alias) {
      const aliased = checker.getAliasedSymbol(symbol);
      if (aliased === symbol || aliased.flags & ts.SymbolFlags.Alias) {
        symbol = aliased;
        continue;
      }
      symbol = aliased;
      continue;
    }
    const next = constAliasTarget(symbol, checker);
    if (!next) return symbol;
    symbol = next;
  }
  return undefined;
}

function constAliasTarget(symbol: ts.Symbol, checker: ts.TypeChecker): ts.Symbol | undefined {
  const declaration = symbol.valueDeclaration;
  if (!declaration || declaration.getSourceFile().isDeclarationFile) return undefined;
  if (ts.isVariableDeclaration(declaration)) {
    if (!isConstDeclaration(declaration) || !declaration.initializer || !ts.isIdentifier(declaration.name)) return undefined;
    const initializer = skipOuterExpressions(declaration.initializer);
    const nameNode = ts.isPropertyAccessExpression(initializer)
      ? initializer.name
      : ts.isIdentifier(initializer)
        ? initializer
        : undefined;
    return nameNode ? checker.getSymbolAtLocation(nameNode) : undefined;
  }
  if (ts.isBindingElement(declaration) && ts.isObjectBindingPattern(declaration.parent)) {
    const variable = declaration.parent.parent;
    if (!ts.isVariableDeclaration(variable) || !isConstDeclaration(variable) || !variable.initializer) return undefined;
    const initializer = skipOuterExpressions(variable.initializer);
    if (ts.isCallExpression(initializer)) return undefined; // `require()` and factories: not an alias
    const propertyName = declaration.propertyName ?? declaration.name;
    if (!ts.isIdentifier(propertyName)) return undefined;
    return checker.getTypeAtLocation(initializer).getProperty(propertyName.text);
  }
  return undefined;
}

function isConstDeclaration(declaration: ts.VariableDeclaration): boolean {
  return ts.isVariableDeclarationList(declaration.parent) && (declaration.parent.flags & ts.NodeFlags.Const) !== 0;
}

/** The expression inside parentheses, `as`, `<T>…`, `!` and `satisfies`. */
export function skipOuterExpressions(node: ts.Expression): ts.Expression {
  let current = node;
  while (
    ts.isParenthesizedExpression(current) ||
    ts.isAsExpression(current) ||
    ts.isTypeAssertionExpression(current) ||
    ts.isNonNullExpression(current) ||
    ts.isSatisfiesExpression(current)
  ) {
    current = current.expression;
  }
  return current;
}

/** Where a symbol is declared: its module and its export path. */
export function describeSymbol(symbol: ts.Symbol, program: ts.Program): ResolvedCallee | undefined {
  const declaration = symbol.valueDeclaration ?? symbol.getDeclarations()?.[0];
  if (!declaration) return undefined;
  const path = [symbol.getName()];
  let ambientModule: string | undefined;
  for (let node: ts.Node | undefined = declaration.parent; node; node = node.parent) {
    if (ts.isModuleDeclaration(node)) {
      if (ts.isStringLiteral(node.name)) {
        ambientModule = node.name.text;
        break;
      }
      path.unshift(node.name.text);
    } else if ((ts.isInterfaceDeclaration(node) || ts.isClassDeclaration(node)) && node.name) {
      path.unshift(node.name.text);
    }
  }
  const sourceFile = declaration.getSourceFile();
  const name = path.join('.');
  if (ambientModule !== undefined) {
    const module = ambientModule.replace(/^node:/u, '');
    return { module, origin: isBuiltin(module) ? 'builtin' : 'package', name, symbol };
  }
  if (program.isSourceFileDefaultLibrary(sourceFile)) {
    return { module: 'globalThis', origin: 'global', name, symbol };
  }
  const packageName = packageNameOfFile(sourceFile.fileName);
  if (packageName) {
    if (packageName === 'node') return undefined; // @types/node globals outside `declare module`
    return { module: packageName, origin: 'package', name, symbol };
  }
  return { module: sourceFile.fileName, origin: 'project', name, symbol };
}

/** `bcrypt` for `…/node_modules/@types/bcrypt/index.d.ts`, `@scope/x` for `…/node_modules/@scope/x/…`. */
export function packageNameOfFile(fileName: string): string | undefined {
  const normalized = fileName.replaceAll('\\', '/');
  const index = normalized.lastIndexOf('/node_modules/');
  if (index === -1) return undefined;
  const [first, second] = normalized.slice(index + '/node_modules/'.length).split('/');
  if (!first) return undefined;
  if (first === '@types' && second) {
    return second.includes('__') ? `@${second.replace('__', '/')}` : second;
  }
  return first.startsWith('@') && second ? `${first}/${second}` : first;
}
