import ts from 'typescript';
import { skipOuterExpressions } from './resolve-callee.js';

// Which member calls are worth resolving. Resolving `a.b.c()` asks the checker for the type of
// `a.b`, which makes TypeScript infer everything that type depends on: most of what a rule that
// looks up "what is this call" for every call costs. When only functions with known names can be
// reported (a JSDoc tag read from the declaration, names in options, a catalogue), a member call
// whose property has none of those names, nor a name they are re-exported or aliased under, can
// be passed over without a type question.
//
// Identifier callees (`hash()`, `h()` of `import { hash as h }`) are cheap to resolve and are not
// filtered here; the names only gate member calls (`ns.hash()`, `worker.hash()`, `lib['hash']()`).

export interface CalleeNameSeeds {
  /** JSDoc tags that mark a function (`cpuHeavy`): every declaration carrying one lends its name. */
  readonly tags: ReadonlySet<string>;
  /** Names known from options and catalogues; dotted paths lend their last segment (`utils.sheet_to_json`). */
  readonly names: Iterable<string>;
}

/** Every name a reportable member call may be written with, or undefined when it cannot be told (then resolve every call). */
export type CalleeNames = ReadonlySet<string> | undefined;

const cache = new WeakMap<ts.Program, Map<string, CalleeNames>>();

/**
 * The property names under which a member call may reach a function the seeds describe, in this
 * program: tagged declarations' names, the seed names, and the names they are re-exported
 * (`export { hash as fastHash }`) or aliased (`export const fastHash = hash`, `exports.fastHash = hash`)
 * under, followed to a fixed point. Computed once per program and seeds.
 */
export function calleeNamesWorthResolving(program: ts.Program, seeds: CalleeNameSeeds): CalleeNames {
  const key = JSON.stringify([[...seeds.tags].sort(), [...seeds.names].sort()]);
  let perProgram = cache.get(program);
  if (!perProgram) {
    perProgram = new Map();
    cache.set(program, perProgram);
  }
  if (perProgram.has(key)) return perProgram.get(key);
  const names = collect(program, seeds);
  perProgram.set(key, names);
  return names;
}

function collect(program: ts.Program, seeds: CalleeNameSeeds): CalleeNames {
  const names = new Set<string>();
  for (const name of seeds.names) names.add(name.split('.').at(-1) ?? name);
  const files = program.getSourceFiles().filter((file) => !program.isSourceFileDefaultLibrary(file));
  if (seeds.tags.size > 0) {
    const markers = [...seeds.tags].map((tag) => `@${tag}`);
    for (const file of files) {
      if (!markers.some((marker) => file.text.includes(marker))) continue;
      if (!addTaggedNames(file, seeds.tags, names)) return undefined;
    }
    // `export default` of a tagged function is reached as `ns.default()` through a namespace.
    if (names.size > 0) names.add('default');
  }
  if (names.size === 0) return names;
  // Aliases: only top-level statements can give a module member another name. Read once, then
  // followed to a fixed point (an alias of an alias).
  const aliases = files.flatMap((file) => file.statements.flatMap(aliasesOf));
  for (let grown = true; grown; ) {
    grown = false;
    for (const [alias, original] of aliases) {
      if (names.has(original) && !names.has(alias)) {
        names.add(alias);
        grown = true;
      }
    }
  }
  return names;
}

/** Adds the names of the file's declarations that carry one of the tags; false when one has no name to add. */
function addTaggedNames(file: ts.SourceFile, tags: ReadonlySet<string>, names: Set<string>): boolean {
  let named = true;
  const visit = (node: ts.Node): void => {
    if (!named) return;
    if (ts.getJSDocTags(node).some((tag) => tags.has(tag.tagName.text))) {
      const declared = declaredNames(node);
      if (declared === undefined) named = false;
      else for (const name of declared) names.add(name);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return named;
}

/** The names a tagged node declares, or undefined when it declares one that cannot be told (a computed key). */
function declaredNames(node: ts.Node): string[] | undefined {
  if (ts.isVariableStatement(node)) return node.declarationList.declarations.flatMap((declaration) => declaredNames(declaration) ?? []);
  if (ts.isParameter(node) || ts.isJSDoc(node)) return []; // `@param` and the like, not a tagged function
  if (ts.isExpressionStatement(node)) return declaredNames(node.expression);
  const name = ts.getNameOfDeclaration(node as ts.Declaration);
  if (name === undefined) {
    // `export default function () {}` is reached as `default`.
    if (ts.isFunctionDeclaration(node) || ts.isClassDeclaration(node) || ts.isExportAssignment(node)) return ['default'];
    // `exports.hash = function () {}` in a TypeScript file, where it declares nothing.
    if (ts.isBinaryExpression(node) && ts.isPropertyAccessExpression(node.left)) return [node.left.name.text];
    return undefined;
  }
  if (ts.isIdentifier(name) || ts.isPrivateIdentifier(name) || ts.isStringLiteral(name) || ts.isNumericLiteral(name)) return [name.text];
  if (ts.isObjectBindingPattern(name) || ts.isArrayBindingPattern(name)) {
    return name.elements.flatMap((element) => (ts.isBindingElement(element) ? (declaredNames(element) ?? []) : []));
  }
  return undefined; // a computed key: its name is only known to the checker
}

/** `[alias, original]` pairs a top-level statement introduces. */
function aliasesOf(statement: ts.Statement): [string, string][] {
  const pairs: [string, string][] = [];
  if (ts.isExportDeclaration(statement) && statement.exportClause && ts.isNamedExports(statement.exportClause)) {
    for (const specifier of statement.exportClause.elements) {
      if (specifier.propertyName) pairs.push([specifier.name.text, specifier.propertyName.text]);
    }
  } else if (ts.isImportDeclaration(statement) && statement.importClause?.namedBindings && ts.isNamedImports(statement.importClause.namedBindings)) {
    for (const specifier of statement.importClause.namedBindings.elements) {
      if (specifier.propertyName) pairs.push([specifier.name.text, specifier.propertyName.text]);
    }
  } else if (ts.isVariableStatement(statement)) {
    for (const declaration of statement.declarationList.declarations) {
      if (ts.isIdentifier(declaration.name) && declaration.initializer) {
        const original = referencedName(declaration.initializer);
        if (original !== undefined) pairs.push([declaration.name.text, original]);
      } else if (ts.isObjectBindingPattern(declaration.name)) {
        for (const element of declaration.name.elements) {
          const property = element.propertyName ?? element.name;
          if (ts.isIdentifier(element.name) && ts.isIdentifier(property)) pairs.push([element.name.text, property.text]);
        }
      }
    }
  } else if (ts.isImportEqualsDeclaration(statement) && !ts.isExternalModuleReference(statement.moduleReference)) {
    const original = ts.isQualifiedName(statement.moduleReference) ? statement.moduleReference.right.text : statement.moduleReference.text;
    pairs.push([statement.name.text, original]);
  } else if (ts.isExpressionStatement(statement) && ts.isBinaryExpression(statement.expression)) {
    // `exports.fastHash = hash`, `module.exports.fastHash = lib.hash`, `module.exports = { fastHash: hash }`
    const { left, operatorToken, right } = statement.expression;
    if (operatorToken.kind !== ts.SyntaxKind.EqualsToken) return pairs;
    const original = referencedName(right);
    if (ts.isPropertyAccessExpression(left) && original !== undefined) pairs.push([left.name.text, original]);
    if (ts.isObjectLiteralExpression(right)) {
      for (const property of right.properties) {
        if (ts.isPropertyAssignment(property) && (ts.isIdentifier(property.name) || ts.isStringLiteral(property.name))) {
          const value = referencedName(property.initializer);
          if (value !== undefined) pairs.push([property.name.text, value]);
        }
      }
    }
  }
  return pairs;
}

/** `hash` for `hash`, `lib.hash`, `(hash as X)`, `<X>hash`, `hash!`; undefined for anything else. */
function referencedName(expression: ts.Expression): string | undefined {
  const node = skipOuterExpressions(expression);
  if (ts.isIdentifier(node)) return node.text;
  if (ts.isPropertyAccessExpression(node)) return node.name.text;
  return undefined;
}
