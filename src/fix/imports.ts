import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES, AST_TOKEN_TYPES } from '@typescript-eslint/utils';

export interface ImportRequest {
  /** The specifier to add when nothing suitable is imported yet, e.g. 'node:fs/promises'. */
  source: string;
  /** Other specifiers naming the same module: an existing import from any of them is reused/extended ('fs/promises'). */
  sameModuleSources?: readonly string[];
  /** The export wanted, e.g. 'readFile'. */
  name: string;
  /** Local name to try first when `name` is taken (default `${name}Async`, then `${name}Async2`, …). */
  fallbackLocalName?: string;
  /**
   * The linted file's name (`context.filename`): a `.cjs` / `.cts` file with neither imports nor
   * `require()` gets a `require()`. Without it such a file is judged by its source alone.
   */
  filename?: string;
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
 */
export function planNamedImport(
  fixer: TSESLint.RuleFixer,
  sourceCode: Readonly<TSESLint.SourceCode>,
  request: ImportRequest,
): ImportPlan {
  const sources = new Set([request.source, ...(request.sameModuleSources ?? [])]);
  const bindings = findModuleBindings(sourceCode.ast, sources);

  const existing = bindings.named.get(request.name);
  if (existing !== undefined) {
    return { reference: existing, fixes: [] };
  }
  const namespace = bindings.namespaces[0];
  if (namespace !== undefined) {
    return { reference: `${namespace}.${request.name}`, fixes: [] };
  }

  const local = chooseLocalName(request, namesInUse(sourceCode));
  const style = codeStyleOf(sourceCode);
  const syntax = moduleSyntaxOf(sourceCode, request.filename ?? '');
  if (syntax === 'esm') {
    const specifier = local === request.name ? local : `${request.name} as ${local}`;
    const extension = extendImport(fixer, sourceCode, bindings.imports, specifier);
    if (extension !== undefined) {
      return { reference: local, fixes: extension };
    }
    const statement = `import { ${specifier} } from ${quote(request.source, style.quote)}`;
    return {
      reference: local,
      // A line that starts with `(` or `[` cannot continue an import declaration: no ASI hazard.
      fixes: [insertStatement(fixer, sourceCode, lastImport(sourceCode.ast), statement, () => style.semicolon)],
    };
  }

  const property = local === request.name ? local : `${request.name}: ${local}`;
  const pattern = bindings.requirePatterns[0];
  if (pattern !== undefined) {
    return { reference: local, fixes: appendToBraceList(fixer, sourceCode, pattern, pattern.properties, property) };
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

function lastImport(program: TSESTree.Program): TSESTree.ProgramStatement | undefined {
  return program.body.findLast(
    (statement) =>
      statement.type === AST_NODE_TYPES.ImportDeclaration ||
      (statement.type === AST_NODE_TYPES.TSImportEqualsDeclaration &&
        statement.moduleReference.type === AST_NODE_TYPES.TSExternalModuleReference),
  );
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

/** Every name declared anywhere in the file, and every name it uses as a global. */
function namesInUse(sourceCode: Readonly<TSESLint.SourceCode>): Set<string> {
  const names = new Set<string>();
  for (const scope of sourceCode.scopeManager?.scopes ?? []) {
    for (const variable of scope.variables) {
      if (variable.defs.length > 0) {
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
    for (const key of sourceCode.visitorKeys[node.type] ?? []) {
      const child = (node as unknown as Record<string, unknown>)[key];
      for (const value of Array.isArray(child) ? child : [child]) {
        if (isNode(value)) {
          pending.push(value);
        }
      }
    }
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

function isNode(value: unknown): value is TSESTree.Node {
  return typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';
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
  if (trailingComma !== undefined) {
    return [fixer.insertTextAfterRange([lineEnd, lineEnd], `\n${indent}${text},`)];
  }
  if (lineEnd === last.range[1]) {
    return [fixer.insertTextAfter(last, `,\n${indent}${text}`)];
  }
  return [fixer.insertTextAfter(last, ','), fixer.insertTextAfterRange([lineEnd, lineEnd], `\n${indent}${text}`)];
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
  const after = anchor ?? leadingDirectives(program).at(-1);
  if (after !== undefined) {
    const position = endOfLine(sourceCode, after);
    return fixer.insertTextAfterRange([position, position], `\n${statement}${terminatorAt(position)}`);
  }
  const first = program.body[0];
  if (first === undefined) {
    const end = sourceCode.text.length;
    const separator = end > 0 && !sourceCode.text.endsWith('\n') ? '\n' : '';
    return fixer.insertTextAfterRange([end, end], `${separator}${statement}${terminatorAt(end)}\n`);
  }
  const target = attachedDocComment(sourceCode, first) ?? first;
  const lineStart = target.range[0] - target.loc.start.column;
  const position = /^\s*$/u.test(sourceCode.text.slice(lineStart, target.range[0])) ? lineStart : target.range[0];
  return fixer.insertTextBeforeRange([position, position], `${statement}${terminatorAt(position)}\n`);
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
