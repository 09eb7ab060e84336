import { AccessKind, getAccessKind } from 'ts-api-utils';
import ts from 'typescript';
import { skipOuterExpressions } from './resolve-callee.js';

// Module-level variables that a function uses, or that hold the function, and that its module
// reassigns. A worker thread loads a copy of the module of its own, so it never sees those
// assignments made on another thread (prefer-worker-offload). Only `let` and `var` bindings, only
// the function's own body (not the functions it calls), and not changes through a `const` (`cache.set(…)`).

/** A module-level `let`/`var` binding that its module reassigns: `holdsTheFunction` when it is the function's own (`export let transform = …`). */
export interface ModuleState {
  readonly name: string;
  readonly holdsTheFunction: boolean;
}

/**
 * For one file's lint: `find(symbol)` answers the module-level `let`/`var` binding that holds the
 * function declared by `symbol`, or else the first one that the function uses in its own body, that
 * its module assigns somewhere besides the declaration; or undefined (no such binding, or no body: a
 * `.d.ts`). Each module is walked once, for its assignments.
 */
export function createModuleStateFinder(checker: ts.TypeChecker): (symbol: ts.Symbol) => ModuleState | undefined {
  const reassignedByFile = new WeakMap<ts.SourceFile, Reassigned>();

  return (symbol) => {
    const holder = reassignedHolder(symbol);
    if (holder !== undefined) return { name: holder, holdsTheFunction: true };
    const fn = functionOf(symbol);
    if (!fn?.body) return undefined;
    const reassigned = reassignedIn(fn.getSourceFile());
    if (reassigned.symbols.size === 0) return undefined;
    const used = firstUse(fn.body, reassigned);
    return used === undefined ? undefined : { name: used, holdsTheFunction: false };
  };

  /** `export let transform = (x) => x * 2` that the module sets again (`transform = fast`): the worker thread's copy keeps the first value. */
  function reassignedHolder(symbol: ts.Symbol): string | undefined {
    for (const declaration of symbol.getDeclarations() ?? []) {
      if (!ts.isVariableDeclaration(declaration) || !ts.isIdentifier(declaration.name)) continue;
      const bound = checker.getSymbolAtLocation(declaration.name);
      if (bound && reassignedIn(declaration.getSourceFile()).symbols.has(bound)) return declaration.name.text;
    }
    return undefined;
  }

  function reassignedIn(sourceFile: ts.SourceFile): Reassigned {
    const known = reassignedByFile.get(sourceFile);
    if (known) return known;
    const candidates = new Map<string, ts.Symbol>();
    for (const statement of sourceFile.statements) {
      if (!ts.isVariableStatement(statement) || statement.declarationList.flags & (ts.NodeFlags.Const | ts.NodeFlags.Using)) continue;
      for (const declaration of statement.declarationList.declarations) {
        for (const name of boundNames(declaration.name)) {
          const bound = checker.getSymbolAtLocation(name);
          if (bound) candidates.set(name.text, bound);
        }
      }
    }
    const reassigned: Reassigned = { names: new Set(), symbols: new Set() };
    if (candidates.size > 0) {
      const visit = (node: ts.Node): void => {
        if (ts.isIdentifier(node)) {
          const candidate = candidates.get(node.text);
          if (candidate && !reassigned.symbols.has(candidate) && isWritten(node) && symbolOf(node) === candidate) {
            reassigned.symbols.add(candidate);
            reassigned.names.add(node.text);
          }
          return;
        }
        ts.forEachChild(node, visit);
      };
      visit(sourceFile);
    }
    reassignedByFile.set(sourceFile, reassigned);
    return reassigned;
  }

  function firstUse(body: ts.Node, reassigned: Reassigned): string | undefined {
    let found: string | undefined;
    const visit = (node: ts.Node): void => {
      if (found !== undefined) return;
      if (ts.isIdentifier(node)) {
        const symbol = reassigned.names.has(node.text) ? symbolOf(node) : undefined;
        if (symbol && reassigned.symbols.has(symbol)) found = node.text;
        return;
      }
      ts.forEachChild(node, visit);
    };
    visit(body);
    return found;
  }

  /** The variable an identifier stands for; in `({ total } = …)` and `{ total }`, the variable, not the property. */
  function symbolOf(identifier: ts.Identifier): ts.Symbol | undefined {
    const parent = identifier.parent;
    if (ts.isShorthandPropertyAssignment(parent) && parent.name === identifier) return checker.getShorthandAssignmentValueSymbol(parent);
    return checker.getSymbolAtLocation(identifier);
  }
}

interface Reassigned {
  readonly names: Set<string>;
  readonly symbols: Set<ts.Symbol>;
}

/** The function with a body that a symbol declares: a function declaration, or a variable or `export default` holding a function. */
export function functionOf(symbol: ts.Symbol): ts.FunctionLikeDeclaration | undefined {
  for (const declaration of symbol.getDeclarations() ?? []) {
    if (ts.isFunctionDeclaration(declaration) && declaration.body) return declaration;
    const value = ts.isVariableDeclaration(declaration)
      ? declaration.initializer
      : ts.isExportAssignment(declaration)
        ? declaration.expression
        : ts.isPropertyAccessExpression(declaration) && ts.isBinaryExpression(declaration.parent) && declaration.parent.left === declaration
          ? declaration.parent.right // `exports.hash = function …` in JavaScript
          : undefined;
    const fn = value && skipOuterExpressions(value);
    if (fn && (ts.isFunctionExpression(fn) || ts.isArrowFunction(fn))) return fn;
  }
  return undefined;
}

/** The names a binding pattern declares (`a`, `b`, `c` of `{ a, b: [b, ...c] }`). */
export function boundNames(name: ts.BindingName): ts.Identifier[] {
  if (ts.isIdentifier(name)) return [name];
  return name.elements.flatMap((element) => (ts.isOmittedExpression(element) ? [] : boundNames(element.name)));
}

/** `x = …`, `x += …`, `x++`, `[x] = …`, `for (x of …)`: a write that is not the declaration's own. */
function isWritten(identifier: ts.Identifier): boolean {
  return (getAccessKind(identifier) & AccessKind.Write) !== 0;
}
