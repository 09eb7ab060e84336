import { isBuiltin } from 'node:module';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES, AST_TOKEN_TYPES, ASTUtils } from '@typescript-eslint/utils';
import { childNodes } from '../analysis/ast-walk.js';
import { skipTypeWrappers } from '../analysis/execution-context.js';
import { isNameChain } from '../analysis/member-alias.js';

export interface ImportRequest {
  /** The specifier to add when nothing suitable is imported yet, e.g. 'node:fs/promises'. */
  source: string;
  /** Other specifiers naming the same module: an existing import from any of them is reused/extended ('fs/promises'). */
  sameModuleSources?: readonly string[];
  /** The export wanted, e.g. 'readFile'. */
  name: string;
  /**
   * Where the reference will be written (the rewritten call): an existing import is reused only
   * where its name reaches that spot, not where a local binding of the same name hides it.
   */
  at: TSESTree.Node;
  /** Local name to try first when `name` is taken (default `${name}Async`, then `${name}Async2`, …). */
  fallbackLocalName?: string;
  /**
   * The linted file's name (`context.filename`): a `.cjs` / `.cts` file with neither imports nor
   * `require()` gets a `require()`. Without it such a file is judged by its source alone.
   */
  filename?: string;
  /**
   * The identifier at the use site that the new import replaces (e.g. the callee `pbkdf2Sync`): when
   * that use is its binding's only reference (type references and `export { … }` count as uses), the
   * binding is removed in the same fix, so the fixed file has no unused import. Only bindings of a
   * top-level `import { … }` or `const { … } = require('…')` are removed, never a local alias.
   */
  replacing?: TSESTree.Identifier | undefined;
}

export interface ImportPlan {
  /** What to write at the use site: 'readFile', 'readFileAsync', or 'fsp.readFile'. */
  reference: string;
  fixes: TSESLint.RuleFix[];
}

type ModuleSyntax = 'esm' | 'cjs';

/**
 * How to make the named export `request.name` of a module available in this file: reuse a binding
 * that already holds it, go through a namespace object the file already has, extend an import or a
 * `require()` destructuring of that module, or add a new one (ESM or CommonJS as the file is).
 *
 * When several reports in one file each add the same import, their fixes overlap (they all edit the
 * same place), so ESLint applies one per pass and the next pass finds and reuses the added import.
 *
 * With `request.replacing`, the binding that the rewritten use leaves unused goes in the same fix:
 * renamed in place when it is a binding of this module, else removed (its specifier, its `{ … }`,
 * or its whole declaration, which the new import then takes the place of). The fixes never overlap
 * one another, nor an insertion after the last import that a second plan in the same fix may make.
 */
export function planNamedImport(
  fixer: TSESLint.RuleFixer,
  sourceCode: Readonly<TSESLint.SourceCode>,
  request: ImportRequest,
): ImportPlan {
  const sources = new Set([request.source, ...(request.sameModuleSources ?? [])]);
  const bindings = findModuleBindings(sourceCode.ast, sources);
  const replaced = request.replacing && findReplacedBinding(sourceCode, request.replacing);

  const reaches = (local: string): boolean => reachesTopLevelBinding(sourceCode, request.at, local);
  const named = bindings.named.get(request.name);
  const existing = named !== undefined && reaches(named) ? named : bindings.namespaces.find(reaches);
  if (existing !== undefined) {
    const reference = existing === named ? existing : `${existing}.${request.name}`;
    const removed = replaced !== undefined && replaced.local !== existing ? planRemoval(fixer, sourceCode, replaced) : undefined;
    return { reference, fixes: removed?.fixes ?? [] };
  }

  // A replaced binding of this very module is renamed in place: `import { pbkdf2Sync, randomUUID }`
  // -> `import { pbkdf2, randomUUID }` (the module stays loaded, so nothing else is at stake).
  const renamed =
    replaced !== undefined &&
    (replaced.kind === 'import'
      ? bindings.imports.includes(replaced.declaration)
      : bindings.requirePatterns.includes(replaced.container));
  const removed = replaced !== undefined && !renamed ? planRemoval(fixer, sourceCode, replaced) : undefined;
  // The replaced binding's name is free once it goes (`{ hashSync as hash }` -> `{ hash }`).
  const local = chooseLocalName(request, namesInUse(sourceCode, renamed || removed ? replaced?.variable : undefined));
  if (renamed) {
    const text = replaced.kind === 'import' ? importSpecifierText(request.name, local) : propertyText(request.name, local);
    return { reference: local, fixes: [replaceInline(fixer, sourceCode, replaced.item.range, text)] };
  }
  const style = codeStyleOf(sourceCode);
  // TypeScript compiling to CommonJS: a `require()` there is typed `any`, which would quietly turn
  // the rewritten call's types off. `import x = require()` keeps them.
  if (
    bindings.requirePatterns.length === 0 &&
    !sourceCode.ast.body.some((statement) => statement.type === AST_NODE_TYPES.ImportDeclaration) &&
    usesImportEquals(sourceCode, request.filename ?? '')
  ) {
    const namespace = chooseLocalName(
      { ...request, name: namespaceNameOf(request.source), fallbackLocalName: `${namespaceNameOf(request.source)}Module` },
      namesInUse(sourceCode, removed ? replaced?.variable : undefined),
    );
    const statement = `import ${namespace} = require(${quote(request.source, style.quote)})`;
    const reference = `${namespace}.${request.name}`;
    if (removed?.wholeDeclaration !== undefined) {
      return { reference, fixes: [replaceDeclaration(fixer, sourceCode, removed.wholeDeclaration, statement)] };
    }
    return {
      reference,
      fixes: [
        insertStatement(fixer, sourceCode, lastImport(sourceCode.ast), statement, () => style.semicolon),
        ...(removed?.fixes ?? []),
      ],
    };
  }

  const syntax = moduleSyntaxOf(sourceCode, request.filename ?? '');
  if (syntax === 'esm') {
    const specifier = importSpecifierText(request.name, local);
    const extension = extendImport(fixer, sourceCode, bindings.imports, specifier);
    if (extension !== undefined) {
      return { reference: local, fixes: [...extension, ...(removed?.fixes ?? [])] };
    }
    const statement = `import { ${specifier} } from ${quote(request.source, style.quote)}`;
    if (removed?.wholeDeclaration !== undefined) {
      return { reference: local, fixes: [replaceDeclaration(fixer, sourceCode, removed.wholeDeclaration, statement)] };
    }
    return {
      reference: local,
      // A line that starts with `(` or `[` cannot continue an import declaration: no ASI hazard.
      fixes: [
        insertStatement(fixer, sourceCode, lastImport(sourceCode.ast), statement, () => style.semicolon),
        ...(removed?.fixes ?? []),
      ],
    };
  }

  const property = propertyText(request.name, local);
  const pattern = bindings.requirePatterns[0];
  if (pattern !== undefined) {
    return {
      reference: local,
      fixes: [...appendToBraceList(fixer, sourceCode, pattern, pattern.properties, property), ...(removed?.fixes ?? [])],
    };
  }
  if (removed?.wholeDeclaration !== undefined) {
    const replacedKind = removed.wholeDeclaration.type === AST_NODE_TYPES.VariableDeclaration ? removed.wholeDeclaration.kind : undefined;
    const kind = replacedKind === 'var' || replacedKind === 'let' ? replacedKind : 'const';
    const statement = `${kind} { ${property} } = require(${quote(request.source, style.quote)})`;
    return { reference: local, fixes: [replaceDeclaration(fixer, sourceCode, removed.wholeDeclaration, statement)] };
  }
  const anchor = lastRequireDeclaration(sourceCode.ast);
  // `var` / `let` files keep their keyword; `using` cannot destructure.
  const kind = anchor?.kind === 'var' || anchor?.kind === 'let' ? anchor.kind : 'const';
  const statement = `${kind} { ${property} } = require(${quote(request.source, style.quote)})`;
  return {
    reference: local,
    fixes: [
      insertStatement(fixer, sourceCode, anchor, statement, (position) =>
        style.semicolon === '' && continuesExpression(sourceCode, position) ? ';' : style.semicolon,
      ),
      ...(removed?.fixes ?? []),
    ],
  };
}

/**
 * 'esm' when the file has import declarations (or is an ES module with none of either), 'cjs' when
 * it has no imports and uses CommonJS (calls the global `require()`, even inside a function; uses
 * `module.exports` / `exports`; TS `export =`), or is .cjs/.cts (or parsed as a script) with neither.
 */
export function moduleSyntaxOf(sourceCode: Readonly<TSESLint.SourceCode>, filename: string): ModuleSyntax {
  if (sourceCode.ast.body.some((statement) => statement.type === AST_NODE_TYPES.ImportDeclaration)) {
    return 'esm';
  }
  if (usesCommonJs(sourceCode)) {
    return 'cjs';
  }
  if (/\.c[jt]s$/iu.test(filename) || sourceCode.ast.sourceType === 'script') {
    return 'cjs';
  }
  return 'esm';
}

// ---------------------------------------------------------------------------------------------
// What the file already has

interface ModuleBindings {
  /** export name -> local name, from value imports and `require()` destructurings. */
  named: Map<string, string>;
  /** Local names of whole-module objects: `import * as x`, `import x = require()`, `const x = require()`, `...rest`. */
  namespaces: string[];
  /** Value import declarations of the module that can take another named specifier. */
  imports: TSESTree.ImportDeclaration[];
  /** `const { … } = require('<module>')` patterns that can take another property. */
  requirePatterns: TSESTree.ObjectPattern[];
}

function findModuleBindings(program: TSESTree.Program, sources: ReadonlySet<string>): ModuleBindings {
  const bindings: ModuleBindings = { named: new Map(), namespaces: [], imports: [], requirePatterns: [] };
  for (const statement of program.body) {
    switch (statement.type) {
      case AST_NODE_TYPES.ImportDeclaration:
        if (statement.importKind !== 'type' && sources.has(statement.source.value)) {
          collectImport(statement, bindings);
        }
        break;
      case AST_NODE_TYPES.TSImportEqualsDeclaration:
        if (
          statement.importKind !== 'type' &&
          statement.moduleReference.type === AST_NODE_TYPES.TSExternalModuleReference &&
          sources.has(statement.moduleReference.expression.value)
        ) {
          bindings.namespaces.push(statement.id.name);
        }
        break;
      case AST_NODE_TYPES.VariableDeclaration:
        for (const declarator of statement.declarations) {
          const source = requiredSource(declarator.init);
          if (source !== undefined && sources.has(source)) {
            collectRequire(declarator.id, bindings);
          }
        }
        break;
      default:
        break;
    }
  }
  return bindings;
}

function collectImport(declaration: TSESTree.ImportDeclaration, bindings: ModuleBindings): void {
  let extendable = true;
  for (const specifier of declaration.specifiers) {
    switch (specifier.type) {
      case AST_NODE_TYPES.ImportSpecifier:
        if (specifier.importKind !== 'type') {
          const imported = moduleExportName(specifier.imported);
          if (!bindings.named.has(imported)) {
            bindings.named.set(imported, specifier.local.name);
          }
        }
        break;
      case AST_NODE_TYPES.ImportNamespaceSpecifier:
        bindings.namespaces.push(specifier.local.name);
        extendable = false; // `import x, * as ns` cannot also have braces
        break;
      case AST_NODE_TYPES.ImportDefaultSpecifier:
        break;
    }
  }
  if (extendable) {
    bindings.imports.push(declaration);
  }
}

function collectRequire(id: TSESTree.BindingName, bindings: ModuleBindings): void {
  if (id.type === AST_NODE_TYPES.Identifier) {
    bindings.namespaces.push(id.name);
    return;
  }
  if (id.type !== AST_NODE_TYPES.ObjectPattern) {
    return;
  }
  let rest: TSESTree.RestElement | undefined;
  for (const property of id.properties) {
    if (property.type === AST_NODE_TYPES.RestElement) {
      rest = property;
      continue;
    }
    const key = staticKeyOf(property);
    const value = property.value.type === AST_NODE_TYPES.AssignmentPattern ? property.value.left : property.value;
    if (key !== undefined && value.type === AST_NODE_TYPES.Identifier && !bindings.named.has(key)) {
      bindings.named.set(key, value.name);
    }
  }
  if (rest !== undefined) {
    // `const { a, ...fsp } = require('fs/promises')`: `fsp` holds every other export (and a new
    // property before the rest element would take one away from it).
    if (rest.argument.type === AST_NODE_TYPES.Identifier) {
      bindings.namespaces.push(rest.argument.name);
    }
  } else {
    bindings.requirePatterns.push(id);
  }
}

function staticKeyOf(property: TSESTree.Property): string | undefined {
  if (property.computed) {
    return undefined;
  }
  if (property.key.type === AST_NODE_TYPES.Identifier) {
    return property.key.name;
  }
  return property.key.type === AST_NODE_TYPES.Literal && typeof property.key.value === 'string'
    ? property.key.value
    : undefined;
}

function moduleExportName(name: TSESTree.Identifier | TSESTree.StringLiteral): string {
  return name.type === AST_NODE_TYPES.Identifier ? name.name : name.value;
}

/** The module of `require('x')` (also seen through `require('x').y` / `require('x')()`), or undefined. */
function requiredSource(init: TSESTree.Expression | null): string | undefined {
  if (init?.type !== AST_NODE_TYPES.CallExpression || !isRequireCallee(init.callee)) {
    return undefined;
  }
  const [argument] = init.arguments;
  if (argument?.type === AST_NODE_TYPES.Literal && typeof argument.value === 'string') {
    return argument.value;
  }
  if (argument?.type === AST_NODE_TYPES.TemplateLiteral && argument.expressions.length === 0) {
    return argument.quasis[0]?.value.cooked ?? undefined;
  }
  return undefined;
}

function isRequireCallee(callee: TSESTree.Expression): boolean {
  return callee.type === AST_NODE_TYPES.Identifier && callee.name === 'require';
}

/** The `require()` call at the root of an initialiser: `require('x')`, `require('x').y`, `require('x')(…)`. */
function isRequireRooted(init: TSESTree.Expression | null): boolean {
  let current: TSESTree.Node | null = init;
  while (current !== null) {
    switch (current.type) {
      case AST_NODE_TYPES.CallExpression:
        if (isRequireCallee(current.callee)) {
          return true;
        }
        current = current.callee;
        break;
      case AST_NODE_TYPES.MemberExpression:
        current = current.object;
        break;
      case AST_NODE_TYPES.ChainExpression:
        current = current.expression;
        break;
      default:
        return false;
    }
  }
  return false;
}

/**
 * Whether the file uses CommonJS: calls the global `require()` (at any depth: an ES module has no
 * `require` unless it makes one with `createRequire`, which is then a declared name), touches
 * `module.exports` / `exports`, or has a TypeScript `export =`.
 */
function usesCommonJs(sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  if (sourceCode.ast.body.some((statement) => statement.type === AST_NODE_TYPES.TSExportAssignment)) {
    return true;
  }
  for (const scope of sourceCode.scopeManager?.scopes ?? []) {
    for (const reference of scope.references) {
      if (reference.resolved !== null && reference.resolved.defs.length > 0) {
        continue;
      }
      const identifier = reference.identifier;
      const parent = identifier.parent;
      switch (identifier.name) {
        case 'require':
          if (parent?.type === AST_NODE_TYPES.CallExpression && parent.callee === identifier) {
            return true;
          }
          break;
        case 'module':
          if (
            parent?.type === AST_NODE_TYPES.MemberExpression &&
            parent.object === identifier &&
            !parent.computed &&
            parent.property.type === AST_NODE_TYPES.Identifier &&
            parent.property.name === 'exports'
          ) {
            return true;
          }
          break;
        case 'exports':
          return true;
        default:
          break;
      }
    }
  }
  return false;
}

// ---------------------------------------------------------------------------------------------
// The binding a fix replaces

/** A top-level named import or `require()` destructuring whose only use is the identifier being rewritten. */
type ReplacedBinding =
  | {
      kind: 'import';
      variable: TSESLint.Scope.Variable;
      local: string;
      source: string;
      declaration: TSESTree.ImportDeclaration;
      item: TSESTree.ImportSpecifier;
    }
  | {
      kind: 'require';
      variable: TSESLint.Scope.Variable;
      local: string;
      source: string;
      declaration: TSESTree.VariableDeclaration;
      container: TSESTree.ObjectPattern;
      item: TSESTree.Property;
    };

/**
 * The binding `identifier` refers to, when the rewrite of `identifier` leaves it unused: its only
 * reference is `identifier` (a type query, `export { x }` and `export default x` are references too),
 * and it comes from a value specifier of an `import { … }` or a plain property of a top-level
 * `const { … } = require('x')` without a rest element (which would gain the removed property).
 * Anything else (`const gzip = zlib.gzipSync`, a parameter, `export const { a } = require()`) stays.
 */
function findReplacedBinding(
  sourceCode: Readonly<TSESLint.SourceCode>,
  identifier: TSESTree.Identifier,
): ReplacedBinding | undefined {
  const soleUse = soleUseOf(sourceCode, identifier);
  if (soleUse === undefined) {
    return undefined;
  }
  const { variable, definition } = soleUse;
  const node = definition.node;
  if (node.type === AST_NODE_TYPES.ImportSpecifier) {
    const declaration = node.parent;
    if (declaration.type !== AST_NODE_TYPES.ImportDeclaration || declaration.importKind === 'type' || node.importKind === 'type') {
      return undefined;
    }
    return { kind: 'import', variable, local: node.local.name, source: declaration.source.value, declaration, item: node };
  }
  if (node.type !== AST_NODE_TYPES.VariableDeclarator || node.id.type !== AST_NODE_TYPES.ObjectPattern) {
    return undefined;
  }
  const declaration = node.parent;
  const source = requiredSource(node.init);
  const binding = definition.name;
  const item = binding.parent;
  if (
    declaration.type !== AST_NODE_TYPES.VariableDeclaration ||
    declaration.parent.type !== AST_NODE_TYPES.Program ||
    source === undefined ||
    item?.type !== AST_NODE_TYPES.Property ||
    item.parent !== node.id ||
    binding.type !== AST_NODE_TYPES.Identifier ||
    item.value !== binding ||
    staticKeyOf(item) === undefined ||
    node.id.properties.some((property) => property.type === AST_NODE_TYPES.RestElement)
  ) {
    return undefined;
  }
  return { kind: 'require', variable, local: binding.name, source, declaration, container: node.id, item };
}

/**
 * The binding `identifier` refers to and its one declaration, when `identifier` is its only
 * reference: then rewriting `identifier` away leaves the binding unused.
 */
function soleUseOf(
  sourceCode: Readonly<TSESLint.SourceCode>,
  identifier: TSESTree.Identifier,
): { variable: TSESLint.Scope.Variable; definition: TSESLint.Scope.Definition } | undefined {
  const variable = ASTUtils.findVariable(sourceCode.getScope(identifier), identifier);
  const definition = variable?.defs.length === 1 ? variable.defs[0] : undefined;
  if (!variable || definition === undefined) return undefined;
  // A destructuring's own write reference is the declaration, not a use.
  const uses = variable.references.filter((reference) => reference.identifier !== definition.name);
  return uses.length === 1 && uses[0]?.identifier === identifier ? { variable, definition } : undefined;
}

/**
 * The edits that remove a local alias (`const walk = fg.sync`, `const { sync: walk } = fg`,
 * `const read = readFileSync`) whose only use is `identifier`, which a fix rewrites away: without
 * them the fixed file would keep a binding nothing reads (TypeScript's `noUnusedLocals`, ESLint's
 * `no-unused-vars`). The declaration must read names only (no call: a `require()` destructuring is
 * `planNamedImport`'s, and a call may do something), not be exported or a loop's head, and give the
 * name no default value. Undefined when it stays.
 */
export function removeUnusedAlias(
  fixer: TSESLint.RuleFixer,
  sourceCode: Readonly<TSESLint.SourceCode>,
  identifier: TSESTree.Identifier,
): TSESLint.RuleFix[] | undefined {
  const definition = soleUseOf(sourceCode, identifier)?.definition;
  if (definition?.type !== 'Variable') return undefined;
  const declarator = definition.node;
  const declaration = declarator.parent;
  if (
    declaration.type !== AST_NODE_TYPES.VariableDeclaration ||
    declaration.declare ||
    declaration.parent.type === AST_NODE_TYPES.ExportNamedDeclaration ||
    isForHead(declaration) ||
    declarator.init === null ||
    !isNameChain(skipTypeWrappers(declarator.init))
  ) {
    return undefined;
  }
  const whole = (): TSESLint.RuleFix[] | undefined =>
    declaration.declarations.length === 1 ? [removeStatementLines(fixer, sourceCode, declaration, false)] : undefined;
  if (declarator.id.type === AST_NODE_TYPES.Identifier) return whole();
  const pattern = declarator.id;
  const item = definition.name.parent;
  if (
    pattern.type !== AST_NODE_TYPES.ObjectPattern ||
    item?.type !== AST_NODE_TYPES.Property ||
    item.parent !== pattern ||
    item.value !== definition.name ||
    pattern.properties.some((property) => property.type === AST_NODE_TYPES.RestElement)
  ) {
    return undefined;
  }
  return pattern.properties.length > 1 ? removeListItem(fixer, sourceCode, pattern.properties, pattern.properties.indexOf(item)) : whole();
}

interface Removal {
  fixes: TSESLint.RuleFix[];
  /** Set when the whole declaration goes: a new statement may take its place instead. */
  wholeDeclaration?: TSESTree.ImportDeclaration | TSESTree.VariableDeclaration;
}

/**
 * The edits that remove a replaced binding, or undefined when it must stay.
 *
 * When the last binding of a declaration goes, the declaration's other job is loading the module.
 * The modules our fixes rewrite away from are Node built-ins (`fs`, `crypto`, `zlib`, …), which are
 * not imported for their side effects, so their declaration goes with its line. Any other module (a
 * package, a project file re-exporting a built-in) may run code when loaded, so unless the file
 * loads it elsewhere it stays loaded: `import 'x'` / `require('x')`. Likewise a non-built-in
 * declaration left with only `type` specifiers (which TypeScript may elide) is not touched.
 */
function planRemoval(
  fixer: TSESLint.RuleFixer,
  sourceCode: Readonly<TSESLint.SourceCode>,
  replaced: ReplacedBinding,
): Removal | undefined {
  const program = sourceCode.ast;
  const keepLoaded = !isBuiltin(replaced.source) && !loadedElsewhere(program, replaced.source, replaced.declaration);
  if (replaced.kind === 'import') {
    const named = replaced.declaration.specifiers.filter((specifier) => specifier.type === AST_NODE_TYPES.ImportSpecifier);
    const defaultSpecifier = replaced.declaration.specifiers.find((specifier) => specifier.type === AST_NODE_TYPES.ImportDefaultSpecifier);
    if (named.length > 1) {
      const valueLeft =
        defaultSpecifier !== undefined || named.some((specifier) => specifier !== replaced.item && specifier.importKind !== 'type');
      return valueLeft || !keepLoaded ? { fixes: removeListItem(fixer, sourceCode, named, named.indexOf(replaced.item)) } : undefined;
    }
    if (defaultSpecifier !== undefined) {
      // `import fs, { readFileSync } from 'node:fs'` -> `import fs from 'node:fs'`
      const close = sourceCode.getTokenAfter(replaced.item, { filter: (token) => token.value === '}' });
      return close === null ? undefined : { fixes: [replaceInline(fixer, sourceCode, [defaultSpecifier.range[1], close.range[1]], '')] };
    }
    if (keepLoaded) {
      // `import { readText } from './lib.js'` -> `import './lib.js'`
      const open = openingBraceOf(sourceCode, replaced.declaration);
      return open === undefined
        ? undefined
        : { fixes: [replaceInline(fixer, sourceCode, [open.range[0], replaced.declaration.source.range[0]], '')] };
    }
  } else {
    const properties = replaced.container.properties;
    if (properties.length > 1) {
      return { fixes: removeListItem(fixer, sourceCode, properties, properties.indexOf(replaced.item)) };
    }
    const declarator = replaced.container.parent;
    if (replaced.declaration.declarations.length > 1 || declarator.type !== AST_NODE_TYPES.VariableDeclarator || declarator.init === null) {
      return undefined;
    }
    if (keepLoaded) {
      // `const { hashSync } = require('./lib')` -> `require('./lib')`
      return { fixes: [replaceInline(fixer, sourceCode, [replaced.declaration.range[0], declarator.init.range[0]], '')] };
    }
  }
  // An insertion after the declaration's line (where a new import goes) must stay clear of the removal.
  const declaration = replaced.declaration;
  const anchor = declaration === lastImport(program) || declaration === lastRequireDeclaration(program);
  return { fixes: [removeStatementLines(fixer, sourceCode, declaration, anchor)], wholeDeclaration: declaration };
}

/** Whether another top-level import or `require()` loads `source`. */
function loadedElsewhere(program: TSESTree.Program, source: string, except: TSESTree.ProgramStatement): boolean {
  return program.body.some((statement) => {
    if (statement === except) {
      return false;
    }
    switch (statement.type) {
      case AST_NODE_TYPES.ImportDeclaration:
        return statement.importKind !== 'type' && statement.source.value === source;
      case AST_NODE_TYPES.TSImportEqualsDeclaration:
        return (
          statement.importKind !== 'type' &&
          statement.moduleReference.type === AST_NODE_TYPES.TSExternalModuleReference &&
          statement.moduleReference.expression.value === source
        );
      case AST_NODE_TYPES.VariableDeclaration:
        return statement.declarations.some((declarator) => requiredSource(declarator.init) === source);
      case AST_NODE_TYPES.ExpressionStatement:
        return requiredSource(statement.expression) === source;
      default:
        return false;
    }
  });
}

function lastImport(program: TSESTree.Program): TSESTree.ProgramStatement | undefined {
  return program.body.findLast(
    (statement) =>
      statement.type === AST_NODE_TYPES.ImportDeclaration ||
      (statement.type === AST_NODE_TYPES.TSImportEqualsDeclaration &&
        statement.moduleReference.type === AST_NODE_TYPES.TSExternalModuleReference),
  );
}

/**
 * Whether new imports of this TypeScript file should be `import x = require()`: a `.cts` file, or a
 * TypeScript file that already imports that way (it compiles to CommonJS).
 */
function usesImportEquals(sourceCode: Readonly<TSESLint.SourceCode>, filename: string): boolean {
  if (!/\.[cm]?tsx?$/iu.test(filename)) return false;
  return (
    /\.cts$/iu.test(filename) ||
    sourceCode.ast.body.some(
      (statement) =>
        statement.type === AST_NODE_TYPES.TSImportEqualsDeclaration &&
        statement.moduleReference.type === AST_NODE_TYPES.TSExternalModuleReference,
    )
  );
}

/** A namespace name for a module: `util` for `node:util`, `fsPromises` for `node:fs/promises`, `fastGlob` for `fast-glob`. */
function namespaceNameOf(source: string): string {
  const words = source
    .replace(/^node:/u, '')
    .split(/[^A-Za-z0-9]+/u)
    .filter(Boolean);
  const name = words.map((word, index) => (index === 0 ? word : word[0]!.toUpperCase() + word.slice(1))).join('');
  return /^[A-Za-z_$]/u.test(name) ? name : `_${name}`;
}

function lastRequireDeclaration(program: TSESTree.Program): TSESTree.VariableDeclaration | undefined {
  return program.body.findLast(
    (statement): statement is TSESTree.VariableDeclaration =>
      statement.type === AST_NODE_TYPES.VariableDeclaration &&
      statement.declarations.some((declarator) => isRequireRooted(declarator.init)),
  );
}

// ---------------------------------------------------------------------------------------------
// Names

/** Whether `name` written at `at` means the file's top-level binding of that name (no parameter or local of the same name between). */
function reachesTopLevelBinding(sourceCode: Readonly<TSESLint.SourceCode>, at: TSESTree.Node, name: string): boolean {
  const variable = ASTUtils.findVariable(sourceCode.getScope(at), name);
  return variable !== null && (variable.scope.type === 'module' || variable.scope.type === 'global');
}

/** Every name declared anywhere in the file (but `except`), and every name it uses as a global. */
function namesInUse(sourceCode: Readonly<TSESLint.SourceCode>, except?: TSESLint.Scope.Variable): Set<string> {
  const names = new Set<string>();
  for (const scope of sourceCode.scopeManager?.scopes ?? []) {
    for (const variable of scope.variables) {
      if (variable.defs.length > 0 && variable !== except) {
        names.add(variable.name);
      }
    }
    for (const reference of scope.references) {
      if (reference.resolved === null || reference.resolved.defs.length === 0) {
        names.add(reference.identifier.name);
      }
    }
  }
  return names;
}

/** `name` or `name as local` */
function importSpecifierText(name: string, local: string): string {
  return local === name ? local : `${name} as ${local}`;
}

/** `name` or `name: local` */
function propertyText(name: string, local: string): string {
  return local === name ? local : `${name}: ${local}`;
}

function chooseLocalName(request: ImportRequest, taken: ReadonlySet<string>): string {
  if (!taken.has(request.name)) {
    return request.name;
  }
  const base = request.fallbackLocalName ?? `${request.name}Async`;
  let candidate = base;
  for (let suffix = 2; taken.has(candidate); suffix++) {
    candidate = `${base}${suffix}`;
  }
  return candidate;
}

// ---------------------------------------------------------------------------------------------
// Edits

interface CodeStyle {
  quote: '"' | "'";
  /** ';' or '' */
  semicolon: string;
}

function codeStyleOf(sourceCode: Readonly<TSESLint.SourceCode>): CodeStyle {
  const firstString = sourceCode.ast.tokens.find((token) => token.type === AST_TOKEN_TYPES.String);
  const quote = firstString?.value.startsWith('"') ? '"' : "'";
  return { quote, semicolon: usesSemicolons(sourceCode) ? ';' : '' };
}

/** Statements that end with `;` in semicolon style and without it otherwise. */
const SEMICOLON_TERMINATED: ReadonlySet<AST_NODE_TYPES> = new Set([
  AST_NODE_TYPES.ImportDeclaration,
  AST_NODE_TYPES.ExportAllDeclaration,
  AST_NODE_TYPES.TSImportEqualsDeclaration,
  AST_NODE_TYPES.VariableDeclaration,
  AST_NODE_TYPES.ExpressionStatement,
  AST_NODE_TYPES.ReturnStatement,
  AST_NODE_TYPES.ThrowStatement,
  AST_NODE_TYPES.TSTypeAliasDeclaration,
]);

/** Whether the file ends its statements with `;`: the first such statement decides (default yes). */
function usesSemicolons(sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  const pending: TSESTree.Node[] = [sourceCode.ast];
  for (let next = 0; next < pending.length; next++) {
    const node = pending[next] as TSESTree.Node;
    if (
      SEMICOLON_TERMINATED.has(node.type) &&
      !(node.type === AST_NODE_TYPES.VariableDeclaration && isForHead(node))
    ) {
      return sourceCode.getLastToken(node)?.value === ';';
    }
    pending.push(...childNodes(node, sourceCode.visitorKeys));
  }
  return true;
}

function isForHead(declaration: TSESTree.VariableDeclaration): boolean {
  const parent = declaration.parent;
  return (
    (parent.type === AST_NODE_TYPES.ForStatement && parent.init === declaration) ||
    ((parent.type === AST_NODE_TYPES.ForInStatement || parent.type === AST_NODE_TYPES.ForOfStatement) &&
      parent.left === declaration)
  );
}

function quote(source: string, mark: '"' | "'"): string {
  const escaped = source.replaceAll('\\', '\\\\').replaceAll(mark, `\\${mark}`);
  return `${mark}${escaped}${mark}`;
}

function extendImport(
  fixer: TSESLint.RuleFixer,
  sourceCode: Readonly<TSESLint.SourceCode>,
  imports: readonly TSESTree.ImportDeclaration[],
  specifier: string,
): TSESLint.RuleFix[] | undefined {
  const withBraces = imports.find((declaration) => openingBraceOf(sourceCode, declaration) !== undefined);
  if (withBraces !== undefined) {
    const named = withBraces.specifiers.filter((s) => s.type === AST_NODE_TYPES.ImportSpecifier);
    return appendToBraceList(fixer, sourceCode, withBraces, named, specifier);
  }
  // A bare `import 'x'` has neither braces nor a default: a new declaration reads better than rewriting it.
  const defaultSpecifier = imports.find((declaration) => declaration.specifiers.length > 0)?.specifiers[0];
  if (defaultSpecifier?.type === AST_NODE_TYPES.ImportDefaultSpecifier) {
    // `import fs from 'x'` -> `import fs, { readFile } from 'x'`
    return [fixer.insertTextAfter(defaultSpecifier, `, { ${specifier} }`)];
  }
  return undefined;
}

/** The `{` of an import's named-specifier list (import attributes' braces come after the source). */
function openingBraceOf(
  sourceCode: Readonly<TSESLint.SourceCode>,
  declaration: TSESTree.ImportDeclaration,
): TSESTree.Token | undefined {
  const brace = sourceCode.getFirstToken(declaration, {
    filter: (token) => token.value === '{' && token.range[1] <= declaration.source.range[0],
  });
  return brace ?? undefined;
}

/**
 * Adds `text` as the last item of the braced list in `container` (`import { … }` or `{ … } = require()`),
 * keeping its layout: trailing comma or not, one line or one item a line, comments after the last item.
 */
function appendToBraceList(
  fixer: TSESLint.RuleFixer,
  sourceCode: Readonly<TSESLint.SourceCode>,
  container: TSESTree.Node,
  items: readonly TSESTree.Node[],
  text: string,
): TSESLint.RuleFix[] {
  const last = items.at(-1);
  if (last === undefined) {
    // `{}` -> `{ readFile }`
    const open = sourceCode.getFirstToken(container, { filter: (token) => token.value === '{' });
    const close = open && sourceCode.getTokenAfter(open);
    if (open === null || close === null) {
      throw new Error('appendToBraceList: a braced list without braces');
    }
    return [fixer.replaceTextRange([open.range[1], close.range[0]], ` ${text} `)];
  }
  const after = sourceCode.getTokenAfter(last);
  const trailingComma = after?.value === ',' ? after : undefined;
  const close = sourceCode.getTokenAfter(trailingComma ?? last);
  if (close === null) {
    throw new Error('appendToBraceList: an unterminated list');
  }
  const lastEnd = trailingComma ?? last;
  if (lastEnd.loc.end.line === close.loc.start.line) {
    return [
      trailingComma === undefined
        ? fixer.insertTextAfter(last, `, ${text}`)
        : fixer.insertTextAfter(trailingComma, ` ${text},`),
    ];
  }
  // One item a line: a new line with the last item's indentation, after any comment ending that line.
  const indent = /^\s*/u.exec(sourceCode.lines[last.loc.start.line - 1] ?? '')?.[0] ?? '';
  const lineEnd = endOfLine(sourceCode, lastEnd);
  const eol = lineBreakOf(sourceCode);
  if (trailingComma !== undefined) {
    return [fixer.insertTextAfterRange([lineEnd, lineEnd], `${eol}${indent}${text},`)];
  }
  if (lineEnd === last.range[1]) {
    return [fixer.insertTextAfter(last, `,${eol}${indent}${text}`)];
  }
  return [fixer.insertTextAfter(last, ','), fixer.insertTextAfterRange([lineEnd, lineEnd], `${eol}${indent}${text}`)];
}

/**
 * `statement` in place of `declaration`, ending as it did (with `;` or without); comments inside
 * the declaration go on their own lines above it.
 */
function replaceDeclaration(
  fixer: TSESLint.RuleFixer,
  sourceCode: Readonly<TSESLint.SourceCode>,
  declaration: TSESTree.Node,
  statement: string,
): TSESLint.RuleFix {
  const terminator = sourceCode.getLastToken(declaration)?.value === ';' ? ';' : '';
  const eol = lineBreakOf(sourceCode);
  const indent = indentationOf(sourceCode, declaration.loc.start.line);
  const comments = commentsWithin(sourceCode, declaration.range).map((comment) => `${sourceCode.getText(comment)}${eol}${indent}`);
  return fixer.replaceText(declaration, `${comments.join('')}${statement}${terminator}`);
}

/**
 * Removes a statement with its line and the comments that end that line; comments on other lines
 * stay. The range runs from the end of the line before to the end of the statement's line, so an
 * insertion after the statement's line (where a new import is put) lands just outside it; a blank
 * line left doubled goes too. On the first line it runs to the start of the next line instead, unless
 * `keepLineEnd` (something may be inserted after this line). A statement that shares its line with
 * other code is removed alone, with the blanks after it. Comments in the range stay (see `removeLines`).
 */
function removeStatementLines(
  fixer: TSESLint.RuleFixer,
  sourceCode: Readonly<TSESLint.SourceCode>,
  statement: TSESTree.Node,
  keepLineEnd: boolean,
): TSESLint.RuleFix {
  const text = sourceCode.text;
  const firstLine = statement.loc.start.line;
  const end = endOfLine(sourceCode, statement);
  const lastLine = sourceCode.getLocFromIndex(end).line;
  const lineStart = sourceCode.getIndexFromLoc({ line: firstLine, column: 0 });
  const lineEnd = lineEndIndex(sourceCode, lastLine);
  if (!isBlank(text.slice(lineStart, statement.range[0])) || !isBlank(text.slice(end, lineEnd))) {
    const blanks = /^[ \t]*/u.exec(text.slice(statement.range[1]))?.[0].length ?? 0;
    return replaceInline(fixer, sourceCode, [statement.range[0], statement.range[1] + blanks], '');
  }
  const indent = indentationOf(sourceCode, firstLine);
  const nextIsBlank = lastLine === sourceCode.lines.length || isBlank(sourceCode.lines[lastLine] ?? '');
  if (firstLine === 1) {
    if (keepLineEnd) {
      return removeLines(fixer, sourceCode, [0, lineEnd], indent);
    }
    const skip = nextIsBlank && lastLine + 1 < sourceCode.lines.length ? 2 : 1;
    return removeLines(fixer, sourceCode, [0, lineStartIndex(sourceCode, lastLine + skip)], indent);
  }
  const previousIsBlank = isBlank(sourceCode.lines[firstLine - 2] ?? '');
  const start = previousIsBlank && nextIsBlank && firstLine > 2 ? firstLine - 2 : firstLine - 1;
  return removeLines(fixer, sourceCode, [lineEndIndex(sourceCode, start), lineEnd], indent);
}

/**
 * Removes `items[index]` from a braced list (`import { … }`, `{ … } = require()`) that keeps other
 * items, in the list's layout: from a list of one item a line, the item's line (and, when it is the
 * last item and the list has no trailing comma, the comma before it); on one line, the item and a comma.
 * Comments in what goes stay.
 */
function removeListItem(
  fixer: TSESLint.RuleFixer,
  sourceCode: Readonly<TSESLint.SourceCode>,
  items: readonly TSESTree.Node[],
  index: number,
): TSESLint.RuleFix[] {
  const item = items[index];
  const before = item === undefined ? null : sourceCode.getTokenBefore(item);
  const after = item === undefined ? null : sourceCode.getTokenAfter(item);
  if (item === undefined || before === null || after === null || items.length < 2) {
    throw new Error('removeListItem: not an item of a list that keeps others');
  }
  const comma = after.value === ',' ? after : undefined;
  const last = index === items.length - 1;
  const text = sourceCode.text;
  const end = endOfLine(sourceCode, comma ?? item);
  const lineStart = item.range[0] - item.loc.start.column;
  const endLine = sourceCode.getLocFromIndex(end).line;
  if (isBlank(text.slice(lineStart, item.range[0])) && isBlank(text.slice(end, lineEndIndex(sourceCode, endLine)))) {
    // Alone on its line, so the list's `{` is on an earlier one.
    const indent = indentationOf(sourceCode, item.loc.start.line);
    const removeLine = removeLines(fixer, sourceCode, [lineEndIndex(sourceCode, item.loc.start.line - 1), end], indent);
    return last && comma === undefined ? [fixer.remove(before), removeLine] : [removeLine];
  }
  if (!last && comma !== undefined) {
    const next = sourceCode.getTokenAfter(comma, { includeComments: true });
    if (next !== null && next.loc.start.line === comma.loc.end.line) {
      return [replaceInline(fixer, sourceCode, [item.range[0], next.range[0]], '')]; // `a, b, c` -> `a, c`
    }
    return [replaceInline(fixer, sourceCode, [before.range[1], comma.range[1]], '')]; // `a, b,⏎c` -> `a,⏎c`
  }
  // The last item: `a, b` -> `a`, `a, b, ` -> `a, `
  const range: TSESTree.Range = comma === undefined ? [before.range[0], item.range[1]] : [before.range[1], comma.range[1]];
  return [replaceInline(fixer, sourceCode, range, '')];
}

/**
 * Removes whole lines (`range` runs from a line end, or from a line start, to a line end or start),
 * keeping the comments in it: each on its own line, indented by `indent`. A fix never drops a comment.
 */
function removeLines(
  fixer: TSESLint.RuleFixer,
  sourceCode: Readonly<TSESLint.SourceCode>,
  range: TSESTree.Range,
  indent: string,
): TSESLint.RuleFix {
  const comments = commentsWithin(sourceCode, range);
  if (comments.length === 0) {
    return fixer.removeRange(range);
  }
  const text = sourceCode.text;
  const eol = lineBreakOf(sourceCode);
  const body = comments.map((comment) => sourceCode.getText(comment)).join(`${eol}${indent}`);
  const prefix = /^[\r\n]/u.test(text.charAt(range[0])) ? `${eol}${indent}` : indent;
  const suffix = text.charAt(range[1] - 1) === '\n' ? eol : '';
  return fixer.replaceTextRange(range, `${prefix}${body}${suffix}`);
}

/**
 * Replaces `range` (within a line or a list) with `replacement`, keeping the comments in it after
 * the replacement, space-separated (a line comment keeps its line break).
 */
function replaceInline(
  fixer: TSESLint.RuleFixer,
  sourceCode: Readonly<TSESLint.SourceCode>,
  range: TSESTree.Range,
  replacement: string,
): TSESLint.RuleFix {
  const comments = commentsWithin(sourceCode, range);
  if (comments.length === 0) {
    return fixer.replaceTextRange(range, replacement);
  }
  const text = sourceCode.text;
  const eol = lineBreakOf(sourceCode);
  const kept = comments
    .map((comment) => `${sourceCode.getText(comment)}${comment.type === AST_TOKEN_TYPES.Line ? eol : ''}`)
    .join(' ');
  const joined = `${replacement}${replacement === '' ? '' : ' '}${kept}`;
  const spaceBefore = replacement === '' && range[0] > 0 && !/\s/u.test(text.charAt(range[0] - 1)) ? ' ' : '';
  const spaceAfter = !kept.endsWith(eol) && /^[^\s,]/u.test(text.charAt(range[1])) ? ' ' : '';
  return fixer.replaceTextRange(range, `${spaceBefore}${joined}${spaceAfter}`);
}

function commentsWithin(sourceCode: Readonly<TSESLint.SourceCode>, range: TSESTree.Range): TSESTree.Comment[] {
  return sourceCode.getAllComments().filter((comment) => comment.range[0] >= range[0] && comment.range[1] <= range[1]);
}

/** The file's line break: `\r\n` when its first line ends so, else `\n`. */
function lineBreakOf(sourceCode: Readonly<TSESLint.SourceCode>): string {
  return /\r\n/u.exec(sourceCode.text)?.index === sourceCode.lines[0]?.length ? '\r\n' : '\n';
}

function indentationOf(sourceCode: Readonly<TSESLint.SourceCode>, line: number): string {
  return /^[ \t]*/u.exec(sourceCode.lines[line - 1] ?? '')?.[0] ?? '';
}

function lineStartIndex(sourceCode: Readonly<TSESLint.SourceCode>, line: number): number {
  return line > sourceCode.lines.length ? sourceCode.text.length : sourceCode.getIndexFromLoc({ line, column: 0 });
}

/** Where the text of `line` (1-based) ends, before its line break. */
function lineEndIndex(sourceCode: Readonly<TSESLint.SourceCode>, line: number): number {
  return sourceCode.getIndexFromLoc({ line, column: sourceCode.lines[line - 1]?.length ?? 0 });
}

function isBlank(text: string): boolean {
  return /^\s*$/u.test(text);
}

/** Where the line of `nodeOrToken`'s end ends, past comments that start on that line. */
function endOfLine(sourceCode: Readonly<TSESLint.SourceCode>, nodeOrToken: TSESTree.Node | TSESTree.Token): number {
  let end = nodeOrToken.range[1];
  for (const comment of sourceCode.getCommentsAfter(nodeOrToken)) {
    if (comment.loc.start.line !== nodeOrToken.loc.end.line) {
      break;
    }
    end = comment.range[1];
  }
  return end;
}

/**
 * Inserts `statement` (plus the terminator `terminatorAt(position)` gives for where it lands) on its
 * own line after `anchor` (the last import / require), or at the top of the file: after a shebang,
 * directives and leading comments (a `/** … *\/` comment right above the first statement stays with it).
 */
function insertStatement(
  fixer: TSESLint.RuleFixer,
  sourceCode: Readonly<TSESLint.SourceCode>,
  anchor: TSESTree.Node | undefined,
  statement: string,
  terminatorAt: (position: number) => string,
): TSESLint.RuleFix {
  const program = sourceCode.ast;
  const eol = lineBreakOf(sourceCode);
  const after = anchor ?? leadingDirectives(program).at(-1);
  if (after !== undefined) {
    const position = endOfLine(sourceCode, after);
    return fixer.insertTextAfterRange([position, position], `${eol}${statement}${terminatorAt(position)}`);
  }
  const first = program.body[0];
  if (first === undefined) {
    const end = sourceCode.text.length;
    const separator = end > 0 && !sourceCode.text.endsWith('\n') ? eol : '';
    return fixer.insertTextAfterRange([end, end], `${separator}${statement}${terminatorAt(end)}${eol}`);
  }
  const target = attachedDocComment(sourceCode, first) ?? first;
  const lineStart = target.range[0] - target.loc.start.column;
  const position = /^\s*$/u.test(sourceCode.text.slice(lineStart, target.range[0])) ? lineStart : target.range[0];
  return fixer.insertTextBeforeRange([position, position], `${statement}${terminatorAt(position)}${eol}`);
}

function leadingDirectives(program: TSESTree.Program): TSESTree.ExpressionStatement[] {
  const directives: TSESTree.ExpressionStatement[] = [];
  for (const statement of program.body) {
    if (statement.type !== AST_NODE_TYPES.ExpressionStatement || statement.directive === undefined) {
      break;
    }
    directives.push(statement);
  }
  return directives;
}

/** A `/** … *\/` comment ending on the line right above `node` (or on its line). */
function attachedDocComment(sourceCode: Readonly<TSESLint.SourceCode>, node: TSESTree.Node): TSESTree.Comment | undefined {
  const comment = sourceCode.getCommentsBefore(node).at(-1);
  if (
    comment?.type === AST_TOKEN_TYPES.Block &&
    comment.value.startsWith('*') &&
    comment.loc.end.line >= node.loc.start.line - 1
  ) {
    return comment;
  }
  return undefined;
}

/**
 * Whether the first token at or after `position` would continue an expression statement ending just
 * before it (`require('x')\n[a, b].forEach(…)`), so that a no-semicolon file still needs a `;` there.
 */
function continuesExpression(sourceCode: Readonly<TSESLint.SourceCode>, position: number): boolean {
  const next = sourceCode.ast.tokens.find((token) => token.range[0] >= position);
  return next !== undefined && /^[([`+\-/]/u.test(next.value);
}
