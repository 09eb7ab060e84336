import type { TSESLint } from '@typescript-eslint/utils';
import ts from 'typescript';
import type { TypeInfo } from './type-info.js';

// Whether TypeScript reports type errors in a file to its author: always for TypeScript; for
// JavaScript when the file says `// @ts-check` (and not `// @ts-nocheck`), or its tsconfig sets
// `checkJs`. The program's own options cannot tell: typescript-eslint turns `checkJs` on for every
// program it builds, so the tsconfig is read again (once per file version, cached). And which of
// TypeScript's types for JavaScript are guesses: the `any` it fills in for a type argument nobody
// wrote (`settlesToInferredAny`).

const checkJsOfConfig = new Map<string, { readonly modified: number | undefined; readonly checkJs: boolean }>();

export function typesAreChecked(filename: string, sourceCode: Readonly<TSESLint.SourceCode>, typeInfo: TypeInfo | undefined): boolean {
  if (!isJavaScriptFileName(filename)) return true;
  const pragma = leadingCheckPragma(sourceCode);
  if (pragma !== undefined) return pragma;
  const configFile = typeInfo?.program.getCompilerOptions().configFilePath;
  return typeof configFile === 'string' && configSetsCheckJs(configFile);
}

/** `// @ts-check` → true, `// @ts-nocheck` → false, in the comments before the first token; undefined when neither. */
function leadingCheckPragma(sourceCode: Readonly<TSESLint.SourceCode>): boolean | undefined {
  const firstToken = sourceCode.ast.tokens[0];
  for (const comment of sourceCode.getAllComments()) {
    if (firstToken !== undefined && comment.range[0] >= firstToken.range[0]) break;
    const pragma = /@ts-(no)?check\b/u.exec(comment.value);
    if (pragma) return pragma[1] === undefined;
  }
  return undefined;
}

function configSetsCheckJs(configFile: string): boolean {
  const modified = ts.sys.getModifiedTime?.(configFile)?.getTime();
  const cached = checkJsOfConfig.get(configFile);
  if (cached && cached.modified === modified) return cached.checkJs;
  const parsed = ts.getParsedCommandLineOfConfigFile(configFile, undefined, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} });
  const checkJs = parsed?.options.checkJs === true;
  checkJsOfConfig.set(configFile, { modified, checkJs });
  return checkJs;
}

const MAX_ORIGIN_HOPS = 6;

/**
 * Whether the `any` a promise expression settles to was filled in by TypeScript's JavaScript
 * inference rather than declared or computed from an `any` value: a generic call in JavaScript
 * without type arguments (`new Promise((resolve) => …)`, whose missing type argument JavaScript
 * fills with `any`), returned as it is by functions and held in variables or fields without a type
 * (in either language). Such a promise says nothing of its value, and is often decorated with
 * members TypeScript cannot see (pg-boss's `delay()`: `promise.abort = …; return promise`).
 * Follows the expression back a few steps; false where it cannot tell, and for anything declared
 * (a TypeScript or JSDoc type, a declaration file) or computed (an `async` function's result).
 */
export function settlesToInferredAny(checker: ts.TypeChecker, expression: ts.Expression): boolean {
  return inferredAnyOrigin(checker, expression, new Set(), 0);
}

function inferredAnyOrigin(checker: ts.TypeChecker, expression: ts.Expression, seen: Set<ts.Node>, hops: number): boolean {
  if (hops > MAX_ORIGIN_HOPS || seen.has(expression)) return false;
  seen.add(expression);
  let node = expression;
  while (ts.isParenthesizedExpression(node) || ts.isNonNullExpression(node)) {
    if (ts.isParenthesizedExpression(node) && ts.getJSDocTypeTag(node) !== undefined) return false; // `/** @type {T} */ (…)`
    node = node.expression;
  }
  if (ts.isCallExpression(node) || ts.isNewExpression(node)) {
    const declaration = checker.getResolvedSignature(node)?.getDeclaration();
    if (declaration === undefined) return false;
    if (isJavaScript(node) && node.typeArguments === undefined && ts.getEffectiveTypeParameterDeclarations(declaration).length > 0) return true;
    if (!ts.isFunctionLike(declaration) || hasDeclaredType(declaration) || declaration.getSourceFile().isDeclarationFile) return false;
    if ((ts.getCombinedModifierFlags(declaration) & ts.ModifierFlags.Async) !== 0) return false;
    return returnedExpressions(declaration).some((returned) => inferredAnyOrigin(checker, returned, seen, hops + 1));
  }
  if (!ts.isIdentifier(node) && !ts.isPropertyAccessExpression(node)) return false;
  let symbol = checker.getSymbolAtLocation(ts.isIdentifier(node) ? node : node.name);
  if (symbol !== undefined && symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
  const declarations = symbol?.declarations ?? [];
  if (declarations.length === 0 || declarations.some((declaration) => declaration.getSourceFile().isDeclarationFile || hasDeclaredType(declaration))) return false;
  return declarations.some((declaration) => {
    const value = assignedValue(declaration);
    return value !== undefined && inferredAnyOrigin(checker, value, seen, hops + 1);
  });
}

/**
 * The JSDoc cast around `node` in JavaScript (`/** @type {unknown} *\/ (p)`), the outermost when
 * they nest: the parentheses that carry it have no ESTree node, so a rule sees only `p` where
 * TypeScript's `p as unknown` would give it the cast. Undefined in TypeScript, where such a
 * comment casts nothing.
 */
export function jsDocCastAround(node: ts.Node): ts.ParenthesizedExpression | undefined {
  if (!isJavaScript(node)) return undefined;
  let cast: ts.ParenthesizedExpression | undefined;
  for (let parent = node.parent; ts.isParenthesizedExpression(parent); parent = parent.parent) {
    if (ts.getJSDocTypeTag(parent) !== undefined) cast = parent;
  }
  return cast;
}

function isJavaScriptFileName(filename: string): boolean {
  return /\.[cm]?jsx?$/iu.test(filename);
}

function isJavaScript(node: ts.Node): boolean {
  return isJavaScriptFileName(node.getSourceFile().fileName);
}

/** A TypeScript type annotation, or a JSDoc `@type`/`@returns` (on the declaration or, for `this.x = …`, its statement). */
function hasDeclaredType(declaration: ts.Node): boolean {
  if (ts.isFunctionLike(declaration)) return declaration.type !== undefined || ts.getJSDocReturnType(declaration) !== undefined;
  if ('type' in declaration && declaration.type !== undefined) return true;
  const statement = ts.isBinaryExpression(declaration) ? declaration.parent : declaration;
  return ts.getJSDocType(declaration) !== undefined || ts.getJSDocTypeTag(statement) !== undefined;
}

/** What a declaration puts in its variable or field: an initialiser, or the right side of JavaScript's `this.x = …`. */
function assignedValue(declaration: ts.Node): ts.Expression | undefined {
  if (ts.isVariableDeclaration(declaration) || ts.isPropertyDeclaration(declaration) || ts.isPropertyAssignment(declaration)) {
    return declaration.initializer;
  }
  if (ts.isBinaryExpression(declaration) && declaration.operatorToken.kind === ts.SyntaxKind.EqualsToken) return declaration.right;
  if (ts.isPropertyAccessExpression(declaration) && ts.isBinaryExpression(declaration.parent) && declaration.parent.left === declaration) {
    return declaration.parent.right;
  }
  return undefined;
}

/** The expressions a function returns: its expression body, or the arguments of its own `return`s. */
function returnedExpressions(fn: ts.SignatureDeclaration): ts.Expression[] {
  const body = 'body' in fn ? fn.body : undefined;
  if (body === undefined) return [];
  if (!ts.isBlock(body)) return [body as ts.Expression];
  const results: ts.Expression[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isReturnStatement(node)) {
      if (node.expression) results.push(node.expression);
    } else if (!ts.isFunctionLike(node) && !ts.isClassLike(node)) {
      ts.forEachChild(node, visit);
    }
  };
  ts.forEachChild(body, visit);
  return results;
}
