// Shared pieces of the end-to-end and docs tests: temp copies of fixture projects, ESLint runs through the
// Node API with the plugin's registered rules, the TypeScript type-check, and comment collection.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as tsParser from '@typescript-eslint/parser';
import { ESLint, Linter } from 'eslint';
import ts from 'typescript';
import plugin from '../../src/index.js';
import { rules } from '../../src/rules/index.js';

export const repoRoot = path.resolve(import.meta.dirname, '../..');
export const projectsDir = path.join(import.meta.dirname, '..', 'e2e', 'projects');

/** The files ESLint lints in the e2e projects: every TypeScript and JavaScript module kind. */
export const SOURCE_FILES = ['**/*.ts', '**/*.mts', '**/*.cts', '**/*.js', '**/*.mjs', '**/*.cjs'];

/** The names of the rules registered in `src/rules/index.ts`, sorted. */
export function registeredRuleNames(): string[] {
  return Object.keys(rules).sort();
}

/** Every registered rule of the plugin at 'error', keyed by its full id (`event-loop/<name>`). */
export function allRulesAsErrors(): Linter.RulesRecord {
  return Object.fromEntries(registeredRuleNames().map((name) => [`event-loop/${name}`, 'error']));
}

/**
 * Copies `tests/e2e/projects/<name>` into a new temp directory and links the repository's `@types`
 * into its `node_modules`, so its tsconfig's `types: ["node"]` resolves from outside the repository.
 */
export function copyProject(name: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `event-loop-${name}-`));
  fs.cpSync(path.join(projectsDir, name), dir, { recursive: true });
  linkTypes(dir);
  return dir;
}

/** Makes `<dir>/node_modules/@types` point at the repository's. */
export function linkTypes(dir: string): void {
  fs.mkdirSync(path.join(dir, 'node_modules'), { recursive: true });
  fs.symlinkSync(path.join(repoRoot, 'node_modules', '@types'), path.join(dir, 'node_modules', '@types'), 'dir');
}

/** Every file of `dir` (recursively, `node_modules` excluded) as a path relative to it, sorted. */
export function listSourceFiles(dir: string): string[] {
  return (fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }) as string[])
    .filter((file) => !file.split(path.sep).includes('node_modules'))
    .filter((file) => /\.[cm]?[jt]s$/u.test(file) && fs.statSync(path.join(dir, file)).isFile())
    .map((file) => file.split(path.sep).join('/'))
    .sort();
}

/** Reads every source file of `dir` into a map from relative path to text. */
export function readSources(dir: string): Map<string, string> {
  return new Map(listSourceFiles(dir).map((file) => [file, fs.readFileSync(path.join(dir, file), 'utf8')]));
}

/**
 * An ESLint instance over `cwd` with no config file: the plugin registered under `event-loop`,
 * every registered rule at 'error', and `@typescript-eslint/parser` with the project service
 * (`typed`), without it (`untyped`), or ESLint's default parser (`espree`); `extraConfig` is
 * appended (per-file rule options).
 */
export function createESLint(
  cwd: string,
  options: { parser: 'typed' | 'untyped' | 'espree'; fix?: boolean; extraConfig?: readonly Linter.Config[] },
): ESLint {
  const languageOptions: Linter.LanguageOptions =
    options.parser === 'espree'
      ? {}
      : {
          parser: tsParser as unknown as Linter.Parser,
          parserOptions: options.parser === 'typed' ? { projectService: true, tsconfigRootDir: cwd } : {},
        };
  return new ESLint({
    cwd,
    fix: options.fix ?? false,
    overrideConfigFile: true,
    overrideConfig: [
      {
        files: SOURCE_FILES,
        languageOptions,
        plugins: { 'event-loop': plugin },
        rules: allRulesAsErrors(),
      },
      ...(options.extraConfig ?? []),
    ],
  });
}

/**
 * Forgets the parser's TypeScript project service, so that the next typed lint reads every file
 * from disk again (the service does not watch files, and would keep the texts it saw before).
 */
export function resetTypedParser(): void {
  tsParser.clearCaches();
}

export interface Diagnostic {
  readonly file: string;
  readonly code: number;
  readonly message: string;
}

export interface TypeReport {
  /** What `tsc --noEmit` reports, identified by file, code and message text (not position: fixes move code). */
  readonly diagnostics: Diagnostic[];
  /** Per file, the names of the identifiers the checker types `any`, sorted (a multiset). */
  readonly anyIdentifiers: Map<string, string[]>;
}

/**
 * Type-checks the project of `<dir>/tsconfig.json` with the TypeScript API, the way `tsc --noEmit`
 * does, and lists the identifiers typed `any` in each of its own files: a fix that adds no error
 * but turns typed code into `any` (a `require()` in a TypeScript file) shows up there.
 */
export function typeCheck(dir: string): TypeReport {
  const configPath = path.join(dir, 'tsconfig.json');
  const configErrors: ts.Diagnostic[] = [];
  const parsed = ts.getParsedCommandLineOfConfigFile(configPath, undefined, {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: (diagnostic) => configErrors.push(diagnostic),
  });
  if (!parsed) throw new Error(`cannot read ${configPath}: ${configErrors.map(flatten).join('; ')}`);
  const program = ts.createProgram({ rootNames: parsed.fileNames, options: parsed.options, projectReferences: parsed.projectReferences });
  const realDir = fs.realpathSync(dir);
  const relative = (fileName: string): string => path.relative(realDir, fs.realpathSync(fileName)).split(path.sep).join('/');
  const diagnostics = [...parsed.errors, ...ts.getPreEmitDiagnostics(program)]
    .map((diagnostic) => ({
      file: diagnostic.file ? relative(diagnostic.file.fileName) : '<project>',
      code: diagnostic.code,
      message: flatten(diagnostic),
    }))
    .sort((a, b) => describeDiagnostic(a).localeCompare(describeDiagnostic(b)));
  const checker = program.getTypeChecker();
  const anyIdentifiers = new Map(
    parsed.fileNames.map((fileName) => {
      const sourceFile = program.getSourceFile(fileName);
      const names: string[] = [];
      const visit = (node: ts.Node): void => {
        if (ts.isIdentifier(node) && (checker.getTypeAtLocation(node).flags & ts.TypeFlags.Any) !== 0) names.push(node.text);
        ts.forEachChild(node, visit);
      };
      if (sourceFile) visit(sourceFile);
      return [relative(fileName), names.sort()] as const;
    }),
  );
  return { diagnostics, anyIdentifiers };
}

function flatten(diagnostic: ts.Diagnostic): string {
  return ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n');
}

export function describeDiagnostic(diagnostic: Diagnostic): string {
  return `${diagnostic.file} TS${diagnostic.code}: ${diagnostic.message}`;
}

/** The comments of a file, as `Line: text` / `Block: text`, sorted (a multiset). Throws when the file does not parse. */
export function commentsOf(code: string, filePath: string): string[] {
  const ast = tsParser.parse(code, { comment: true, filePath, range: true, loc: true });
  return (ast.comments ?? []).map((comment) => `${comment.type}: ${comment.value}`).sort();
}

/**
 * The fatal parse errors ESLint's default parser (espree) finds in a JavaScript file: a fix must not
 * put TypeScript syntax (or anything else espree rejects) into `.js`/`.cjs`/`.mjs` files.
 */
export function javaScriptParseErrors(code: string, file: string): string[] {
  const linter = new Linter();
  const sourceType = file.endsWith('.cjs') ? 'commonjs' : 'module';
  return linter
    .verify(code, [{ files: ['**/*'], languageOptions: { sourceType, ecmaVersion: 'latest' } }], { filename: file })
    .filter((message) => message.fatal === true)
    .map((message) => `${file}:${message.line}:${message.column} ${message.message}`);
}

/** A lint message in a form that reads well in assertion diffs: `file:line:column rule/messageId`. */
export function describeMessage(file: string, message: Linter.LintMessage): string {
  return `${file}:${message.line}:${message.column} ${message.ruleId ?? '<fatal>'}/${message.messageId ?? message.message}`;
}

/** Relative path (with `/`) of an ESLint result's file. */
export function relativeFile(cwd: string, result: ESLint.LintResult): string {
  return path.relative(cwd, result.filePath).split(path.sep).join('/');
}
