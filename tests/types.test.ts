// The published types, seen as a user sees them: the consumer files in tests/types/ import the package
// by its name, so TypeScript resolves it through package.json `exports` to dist/index.d.ts (the file
// npm ships), and they must type-check under `strict` with no diagnostic at all. Negative cases in
// those files are `@ts-expect-error` lines, which become diagnostics when the error they expect is gone.
// Needs `npm run build` first (npm test builds before it runs vitest).
import { existsSync, readdirSync } from 'node:fs';
import { createRequire, isBuiltin } from 'node:module';
import path from 'node:path';
import ts from 'typescript';

const root = path.resolve(import.meta.dirname, '..');
const fixtures = path.join(root, 'tests/types');
const publishedTypes = path.join(root, 'dist/index.d.ts');

function loadFixtureConfig(): ts.ParsedCommandLine {
  const parsed = ts.getParsedCommandLineOfConfigFile(path.join(fixtures, 'tsconfig.json'), undefined, {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: (diagnostic) => {
      throw new Error(ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
    },
  });
  if (parsed === undefined) throw new Error('tests/types/tsconfig.json could not be read');
  return parsed;
}

function formatted(diagnostics: readonly ts.Diagnostic[]): string[] {
  return diagnostics.map((diagnostic) =>
    ts.formatDiagnostic(diagnostic, {
      getCanonicalFileName: (fileName) => fileName,
      getCurrentDirectory: () => root,
      getNewLine: () => '\n',
    }).trim(),
  );
}

const config = loadFixtureConfig();

const esmConsumers = ['define-config.ts', 'tseslint-config.ts'];

/**
 * The module settings a user's config may be checked with. Bundler resolution is checked for the ES module
 * consumers only: under it, `require()` of an ES module yields the module namespace (as bundlers do),
 * which is not how Node loads a CommonJS eslint.config.
 */
const settings: [name: string, overrides: ts.CompilerOptions, consumers: string[]][] = [
  ['module NodeNext', {}, config.fileNames.map((file) => path.relative(fixtures, file))],
  [
    'module Preserve with bundler resolution',
    { module: ts.ModuleKind.Preserve, moduleResolution: ts.ModuleResolutionKind.Bundler },
    esmConsumers,
  ],
];

/**
 * Every diagnostic of the consumer files and of the package's own declaration files. Other libraries'
 * declarations are not checked (as if `skipLibCheck` held for them only), which keeps this fast.
 */
function diagnosticsOf(program: ts.Program, consumers: readonly string[]): string[] {
  const ours = program
    .getSourceFiles()
    .filter((file) => consumers.includes(file.fileName) || isPublished(file.fileName));
  return formatted([
    ...program.getOptionsDiagnostics(),
    ...program.getGlobalDiagnostics(),
    ...ours.flatMap((file) => [...program.getSyntacticDiagnostics(file), ...program.getSemanticDiagnostics(file)]),
  ]);
}

function isPublished(fileName: string): boolean {
  return !path.relative(path.join(root, 'dist'), fileName).startsWith('..');
}

/** The package a module specifier names (`@scope/name/sub` → `@scope/name`), or the built-in's name. */
function packageOf(specifier: string): string {
  const parts = specifier.replace(/^node:/, '').split('/');
  return (specifier.startsWith('@') ? parts.slice(0, 2) : parts.slice(0, 1)).join('/');
}

beforeAll(() => {
  if (!existsSync(publishedTypes)) {
    throw new Error('dist/index.d.ts is missing: run `npm run build` before this test (npm test does).');
  }
});

test('the fixture tsconfig is strict and names every consumer file', () => {
  expect(config.errors).toEqual([]);
  expect(config.options.strict).toBe(true);
  expect(config.options.skipLibCheck).toBe(false);
  expect(config.fileNames.map((file) => path.relative(fixtures, file))).toEqual([
    'define-config.ts',
    'tseslint-config.ts',
    'commonjs-config.cts',
    'commonjs-config.cjs',
  ]);
});

describe.each(settings)('consumers type-check with %s', (_name, overrides, consumers) => {
  const options = { ...config.options, ...overrides };
  const rootNames = consumers.map((file) => path.join(fixtures, file));
  let program: ts.Program;

  beforeAll(() => {
    program = ts.createProgram({ rootNames, options });
  });

  test.each(
    [
      ['an ES module import', 'define-config.ts', ts.ModuleKind.ESNext],
      ['a CommonJS require', 'commonjs-config.cts', ts.ModuleKind.CommonJS],
    ].filter(([, file]) => consumers.includes(file as string)) as [string, string, ts.ResolutionMode][],
  )('%s of the package name resolves to dist/index.d.ts', (_kind, file, mode) => {
    const resolved = ts.resolveModuleName(
      'eslint-plugin-event-loop',
      path.join(fixtures, file),
      options,
      ts.sys,
      undefined,
      undefined,
      mode,
    );
    expect(resolved.resolvedModule?.resolvedFileName).toBe(publishedTypes);
  });

  test('the consumers and the published declarations have zero diagnostics', () => {
    expect(program.getSourceFile(publishedTypes)).toBeDefined();
    expect(diagnosticsOf(program, rootNames)).toEqual([]);
  });

  test("the entry exports the plugin, its type and every rule's Options type", () => {
    const entry = program.getSourceFile(publishedTypes);
    const checker = program.getTypeChecker();
    const moduleSymbol = entry && checker.getSymbolAtLocation(entry);
    if (moduleSymbol === undefined) throw new Error('dist/index.d.ts has no module symbol');
    const optionTypes = readdirSync(path.join(root, 'src/rules'))
      .filter((file) => file.endsWith('.ts') && file !== 'index.ts')
      .map((file) => `${file.replace(/\.ts$/, '').replace(/(?:^|-)(\w)/g, (_match, letter: string) => letter.toUpperCase())}Options`);
    expect(optionTypes.length).toBeGreaterThan(0);
    expect(checker.getExportsOfModule(moduleSymbol).map((symbol) => symbol.name).sort()).toEqual(
      ['EventLoopPlugin', 'default', 'module.exports', ...optionTypes].sort(),
    );
  });

  test('the published declarations import only dependencies, peer dependencies and Node built-ins', () => {
    const pkg = JSON.parse(ts.sys.readFile(path.join(root, 'package.json')) ?? '{}') as {
      dependencies?: Record<string, string>;
      peerDependencies?: Record<string, string>;
    };
    const allowed = new Set([...Object.keys(pkg.dependencies ?? {}), ...Object.keys(pkg.peerDependencies ?? {})]);
    const bare = program
      .getSourceFiles()
      .filter((file) => isPublished(file.fileName))
      .flatMap((file) => ts.preProcessFile(file.text, true, true).importedFiles.map((imported) => imported.fileName))
      .filter((specifier) => !specifier.startsWith('.'));
    expect(bare.length).toBeGreaterThan(0);
    const foreign = bare.filter((specifier) => !allowed.has(packageOf(specifier)) && !isBuiltin(specifier));
    expect(foreign).toEqual([]);
  });
});

test('require() at run time returns the plugin itself, as the CommonJS types say', () => {
  const required = createRequire(import.meta.url)('eslint-plugin-event-loop') as Record<string, unknown> & {
    meta: { name: string; namespace: string };
    configs: { recommended: { plugins: Record<string, unknown> } };
  };
  expect('default' in required).toBe(false);
  expect(required.meta.name).toBe('eslint-plugin-event-loop');
  expect(required.meta.namespace).toBe('event-loop');
  expect(required.configs.recommended.plugins['event-loop']).toBe(required);
});
