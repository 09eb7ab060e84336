// End-to-end: CI usage, through ESLint's real CLI (`node node_modules/eslint/bin/eslint.js --format json`)
// on temp copies of the fixture projects with the built plugin installed into their node_modules and a
// user's `eslint.config.js` (tests/e2e/projects/cli-app): the findings, `--fix` round trip, `--cache`,
// `--concurrency 2`, a project without type information; and a consumer: a fresh project that installs the
// `npm pack` tarball with eslint, typescript and @typescript-eslint/parser from the registry, then runs
// `npx eslint`, once with the repository's versions and once with the oldest the peer ranges allow. Skipped, with a message, when dist/ is missing (`npm test` builds it first) or, for the
// consumer, when the registry is unreachable.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ESLint } from 'eslint';
import {
  cachedFiles,
  distEntry,
  lintedFiles,
  npmInstall,
  npmRegistryUnreachable,
  packPlugin,
  prepareCliProject,
  readEslintCache,
  readPackageJson,
  rootPackage,
  run,
  runEslintCli,
  childEnv,
  eslintBin,
  type CacheEntry,
  type CliRun,
} from '../support/eslint-cli.js';
import {
  commentsOf,
  describeDiagnostic,
  describeMessage,
  javaScriptParseErrors,
  projectsDir,
  readSources,
  relativeFile,
  typeCheck,
  type TypeReport,
} from '../support/lint-project.js';

const built = fs.existsSync(distEntry);
if (!built) {
  console.warn('tests/e2e/cli.test.ts skipped: dist/index.js is missing; run `npm run build` first (`npm test` does).');
}

/** Every typed-app file ESLint lints with the cli-app config (its own eslint.config.js included). */
const TYPED_APP_FILES = [
  'eslint.config.js',
  'src/config.js',
  'src/handlers.ts',
  'src/hash.ts',
  'src/jobs.ts',
  'src/legacy.cts',
  'src/local-io.ts',
  'src/promises.ts',
  'src/store.mts',
  'src/tasks.cjs',
];

/** What configs.recommended reports on typed-app, in ESLint's order (by file, then position). */
const TYPED_APP_FINDINGS = [
  'src/config.js:10:15 event-loop/no-sync-in-async/syncInAsync',
  'src/config.js:16:10 event-loop/no-sync-in-async/syncInAsync',
  'src/handlers.ts:14:20 event-loop/no-sync-in-async/syncInAsync',
  'src/handlers.ts:19:3 event-loop/no-sync-in-async/syncInAsync',
  'src/handlers.ts:23:10 event-loop/no-sync-in-async/syncInAsync',
  'src/handlers.ts:28:10 event-loop/no-sync-in-async/syncInAsyncValueDiffers',
  'src/handlers.ts:33:30 event-loop/no-sync-in-async/syncInImmediateCallback',
  'src/jobs.ts:5:18 event-loop/prefer-worker-offload/cpuHeavyCall',
  'src/jobs.ts:11:3 event-loop/prefer-worker-offload/hotLoop',
  'src/legacy.cts:6:15 event-loop/no-sync-in-async/syncInAsync',
  'src/legacy.cts:12:21 event-loop/no-sync-in-async/syncInAsync',
  'src/legacy.cts:20:3 event-loop/no-sync-in-async/syncInAsync',
  'src/promises.ts:16:20 event-loop/no-floating-promise-result/template',
  'src/promises.ts:20:25 event-loop/no-floating-promise-result/argument',
  'src/promises.ts:24:24 event-loop/no-floating-promise-result/argument',
  'src/promises.ts:29:21 event-loop/no-floating-promise-result/concatenation',
  'src/promises.ts:38:10 event-loop/no-floating-promise-result/busyWait',
  'src/store.mts:7:3 event-loop/no-sync-in-async/syncInAsync',
  'src/store.mts:11:53 event-loop/no-sync-in-async/syncInAsync',
  'src/store.mts:14:10 event-loop/no-sync-in-async/syncInAsyncValueDiffers',
  'src/tasks.cjs:11:3 event-loop/no-sync-in-async/syncInAsync',
  'src/tasks.cjs:12:17 event-loop/no-sync-in-async/syncInAsync',
  'src/tasks.cjs:13:27 event-loop/no-sync-in-async/syncInAsync',
];

/** The files `eslint --fix` rewrites in typed-app. */
const TYPED_APP_FIXED_FILES = ['src/config.js', 'src/handlers.ts', 'src/legacy.cts', 'src/promises.ts', 'src/store.mts', 'src/tasks.cjs'];

/** What stays after `eslint --fix` (suggestions and reports without a fix); store.mts gained an import line. */
const TYPED_APP_FINDINGS_AFTER_FIX = [
  'src/handlers.ts:28:10 event-loop/no-sync-in-async/syncInAsyncValueDiffers',
  'src/handlers.ts:33:30 event-loop/no-sync-in-async/syncInImmediateCallback',
  'src/jobs.ts:5:18 event-loop/prefer-worker-offload/cpuHeavyCall',
  'src/jobs.ts:11:3 event-loop/prefer-worker-offload/hotLoop',
  'src/promises.ts:29:21 event-loop/no-floating-promise-result/concatenation',
  'src/promises.ts:38:10 event-loop/no-floating-promise-result/busyWait',
  'src/store.mts:15:10 event-loop/no-sync-in-async/syncInAsyncValueDiffers',
];

const tempDirs: string[] = [];

afterAll(() => {
  for (const dir of tempDirs) fs.rmSync(dir, { recursive: true, force: true });
});

function tempCliProject(fixture: string, config: 'typed' | 'untyped'): string {
  const dir = prepareCliProject(fixture, config);
  tempDirs.push(dir);
  return dir;
}

/** The results ordered by file path (ESLint's order, made explicit for runs that may finish files in any order). */
function byFile(results: readonly ESLint.LintResult[]): ESLint.LintResult[] {
  return [...results].sort((a, b) => a.filePath.localeCompare(b.filePath));
}

function filesOf(dir: string, results: readonly ESLint.LintResult[]): string[] {
  return byFile(results).map((result) => relativeFile(dir, result));
}

/** Every message as `file:line:column rule/messageId`, by file, then in ESLint's order within the file. */
function findingsOf(dir: string, results: readonly ESLint.LintResult[]): string[] {
  return byFile(results).flatMap((result) => result.messages.map((message) => describeMessage(relativeFile(dir, result), message)));
}

function fatalMessages(dir: string, results: readonly ESLint.LintResult[]): string[] {
  return results.flatMap((result) =>
    result.messages
      .filter((message) => message.fatal === true || message.ruleId === null)
      .map((message) => `${relativeFile(dir, result)}: ${message.message}`),
  );
}

describe.skipIf(!built)('eslint on typed-app (TypeScript and JavaScript, ESM and CommonJS), configs.recommended with projectService', () => {
  let dir: string;
  let single: CliRun;
  let parallel: CliRun;

  beforeAll(async () => {
    dir = tempCliProject('typed-app', 'typed');
    single = await runEslintCli(dir, ['--concurrency', 'off', '.']);
    // --debug, to see from ESLint's own log that it did lint in two worker threads.
    parallel = await runEslintCli(dir, ['--concurrency', '2', '--debug', '.']);
  });

  it('exits with 1 (errors found) and prints nothing on stderr', () => {
    expect(single.stderr).toBe('');
    expect(single.status).toBe(1);
  });

  it('lints every file without a fatal message', () => {
    expect(filesOf(dir, single.results)).toEqual(TYPED_APP_FILES);
    expect(fatalMessages(dir, single.results)).toEqual([]);
  });

  it('reports exactly what each rule finds', () => {
    expect(findingsOf(dir, single.results)).toEqual(TYPED_APP_FINDINGS);
  });

  it('--concurrency 2 lints in two worker threads and gives the same results as --concurrency off', () => {
    expect(parallel.stderr).toContain('Linting using 2 worker thread(s).');
    expect(parallel.status).toBe(single.status);
    expect(byFile(parallel.results)).toEqual(byFile(single.results));
  });
});

describe.skipIf(!built)('eslint --fix on typed-app', () => {
  let dir: string;
  let original: Map<string, string>;
  let fixed: Map<string, string>;
  let fixedAgain: Map<string, string>;
  let typesBefore: TypeReport;
  let typesAfter: TypeReport;
  let first: CliRun;
  let second: CliRun;

  beforeAll(async () => {
    dir = tempCliProject('typed-app', 'typed');
    original = readSources(dir);
    typesBefore = typeCheck(dir);
    first = await runEslintCli(dir, ['--fix', '.']);
    fixed = readSources(dir);
    typesAfter = typeCheck(dir);
    second = await runEslintCli(dir, ['--fix', '.']);
    fixedAgain = readSources(dir);
  });

  it('exits with 1 (reports without a fix remain) and prints nothing on stderr, both times', () => {
    expect([first.stderr, second.stderr]).toEqual(['', '']);
    expect([first.status, second.status]).toEqual([1, 1]);
    expect(fatalMessages(dir, [...first.results, ...second.results])).toEqual([]);
  });

  it('writes the fixed text of exactly the files it fixed', () => {
    const rewritten = first.results.filter((result) => result.output !== undefined);
    expect(filesOf(dir, rewritten)).toEqual(TYPED_APP_FIXED_FILES);
    for (const result of rewritten) expect(fixed.get(relativeFile(dir, result))).toBe(result.output);
    const untouched = [...original.keys()].filter((file) => !TYPED_APP_FIXED_FILES.includes(file));
    for (const file of untouched) expect(fixed.get(file), file).toBe(original.get(file));
  });

  it('every fixed file parses, and JavaScript files stay JavaScript', () => {
    expect([...fixed.keys()]).toEqual([...original.keys()]);
    for (const [file, text] of fixed) expect(() => commentsOf(text, path.join(dir, file)), file).not.toThrow();
    const javaScriptErrors = [...fixed].filter(([file]) => /\.[cm]?js$/u.test(file)).flatMap(([file, text]) => javaScriptParseErrors(text, file));
    expect(javaScriptErrors).toEqual([]);
  });

  it('type-checks no worse: no new diagnostic, nothing newly typed `any`', () => {
    expect(typesBefore.diagnostics.map(describeDiagnostic)).toEqual([]);
    expect(typesAfter.diagnostics.map(describeDiagnostic)).toEqual([]);
    const newlyAny = [...typesAfter.anyIdentifiers].flatMap(([file, names]) => {
      const before = [...(typesBefore.anyIdentifiers.get(file) ?? [])];
      return names
        .filter((name) => {
          const index = before.indexOf(name);
          if (index === -1) return true;
          before.splice(index, 1);
          return false;
        })
        .map((name) => `${file}: ${name}`);
    });
    expect(newlyAny).toEqual([]);
  });

  it('leaves exactly the reports that have no fix', () => {
    expect(findingsOf(dir, first.results)).toEqual(TYPED_APP_FINDINGS_AFTER_FIX);
  });

  it('a second --fix changes nothing and prints the same results', () => {
    expect(second.results.filter((result) => result.output !== undefined).map((result) => relativeFile(dir, result))).toEqual([]);
    expect(fixedAgain).toEqual(fixed);
    // The first run's results carry `output` (no `source`) for the files it rewrote; everything else must match.
    const comparable = (results: readonly ESLint.LintResult[]) =>
      byFile(results).map(({ source: _source, output: _output, ...rest }) => rest);
    expect(comparable(second.results)).toEqual(comparable(first.results));
  });
});

describe.skipIf(!built)('eslint --cache on typed-app', () => {
  const NEW_CALL = `\nexport async function rerun(items: string[]): Promise<string> {\n  return digestAll(items, 1);\n}\n`;
  let dir: string;
  let cacheFile: string;
  let pluginDir: string;
  let version: string;
  const runs: CliRun[] = [];
  const caches: Map<string, CacheEntry>[] = [];
  let configBefore: { plugins: string[] };
  let configAfter: { plugins: string[] };

  async function lintWithCache(): Promise<void> {
    runs.push(await runEslintCli(dir, ['--cache', '--cache-location', cacheFile, '--concurrency', 'off', '--debug', '.']));
    caches.push(readEslintCache(cacheFile, dir));
  }

  async function printConfig(file: string): Promise<{ plugins: string[] }> {
    const printed = await run(process.execPath, [eslintBin, '--print-config', file], { cwd: dir, env: childEnv() });
    if (printed.status !== 0) throw new Error(`eslint --print-config failed (exit ${printed.status}):\n${printed.stderr}`);
    return JSON.parse(printed.stdout) as { plugins: string[] };
  }

  beforeAll(async () => {
    dir = tempCliProject('typed-app', 'typed');
    cacheFile = path.join(dir, 'lint-cache', '.eslintcache');
    pluginDir = path.join(dir, 'node_modules', 'eslint-plugin-event-loop');
    await lintWithCache(); // 0: nothing cached
    await lintWithCache(); // 1: nothing changed
    fs.appendFileSync(path.join(dir, 'src/jobs.ts'), NEW_CALL);
    await lintWithCache(); // 2: one file changed
    configBefore = await printConfig('src/jobs.ts');
    // A new release of the plugin: the same code under another version in its package.json.
    const pkg = readPackageJson(path.join(pluginDir, 'package.json'));
    version = pkg.version;
    fs.writeFileSync(path.join(pluginDir, 'package.json'), JSON.stringify({ ...pkg, version: `${pkg.version}-next` }));
    configAfter = await printConfig('src/jobs.ts');
    await lintWithCache(); // 3: the plugin's version changed
  });

  it('every run exits with 1 and no fatal message', () => {
    expect(runs.map((result) => result.status)).toEqual([1, 1, 1, 1]);
    expect(runs.flatMap((result) => fatalMessages(dir, result.results))).toEqual([]);
  });

  it('the first run lints every file and stores each result in the cache file', () => {
    const [first] = runs;
    const [cache] = caches;
    expect(lintedFiles(first!.stderr, dir)).toEqual(TYPED_APP_FILES);
    expect(cachedFiles(first!.stderr, dir)).toEqual([]);
    expect([...cache!.keys()]).toEqual(TYPED_APP_FILES);
    expect(findingsOf(dir, first!.results)).toEqual(TYPED_APP_FINDINGS);
    for (const result of first!.results) {
      expect(cache!.get(relativeFile(dir, result))?.results.messages, relativeFile(dir, result)).toEqual(result.messages);
    }
  });

  it('the second run lints nothing: every result comes from the cache, identical, and the cache file is unchanged', () => {
    expect(lintedFiles(runs[1]!.stderr, dir)).toEqual([]);
    expect(cachedFiles(runs[1]!.stderr, dir)).toEqual(TYPED_APP_FILES);
    expect(runs[1]!.results).toEqual(runs[0]!.results);
    expect(caches[1]).toEqual(caches[0]);
  });

  it('after one file changes, only that file is linted again; the other entries stay as they were', () => {
    expect(lintedFiles(runs[2]!.stderr, dir)).toEqual(['src/jobs.ts']);
    expect(cachedFiles(runs[2]!.stderr, dir)).toEqual(TYPED_APP_FILES.filter((file) => file !== 'src/jobs.ts'));
    const [before, after] = [caches[1]!, caches[2]!];
    for (const file of TYPED_APP_FILES.filter((name) => name !== 'src/jobs.ts')) expect(after.get(file), file).toEqual(before.get(file));
    expect(after.get('src/jobs.ts')?.size).toBe((before.get('src/jobs.ts')?.size ?? 0) + Buffer.byteLength(NEW_CALL));
    expect(after.get('src/jobs.ts')?.hashOfConfig).toBe(before.get('src/jobs.ts')?.hashOfConfig);
    // The new call is a real lint result, not a cached one.
    expect(findingsOf(dir, runs[2]!.results)).toEqual(
      TYPED_APP_FINDINGS.flatMap((finding) =>
        finding.startsWith('src/jobs.ts:11:3 ') ? [finding, 'src/jobs.ts:18:10 event-loop/prefer-worker-offload/cpuHeavyCall'] : [finding],
      ),
    );
  });

  it("the plugin's name and version are in the config ESLint hashes for the cache; the cache file stores only the hash", () => {
    expect(configBefore.plugins).toContain(`event-loop:eslint-plugin-event-loop@${version}`);
    expect(configAfter.plugins).toContain(`event-loop:eslint-plugin-event-loop@${version}-next`);
    // No `<name>@<version>` anywhere in the file: ESLint stores a hash of the serialised config, not the config.
    expect(fs.readFileSync(cacheFile, 'utf8')).not.toContain(`eslint-plugin-event-loop@${version}`);
    for (const entry of caches[2]!.values()) expect(entry.hashOfConfig).toMatch(/^[0-9a-z]+$/u);
  });

  it('a new version of the plugin invalidates every entry: all files are linted again, with the same results', () => {
    expect(lintedFiles(runs[3]!.stderr, dir)).toEqual(TYPED_APP_FILES);
    expect(cachedFiles(runs[3]!.stderr, dir)).toEqual([]);
    const changedHashes = TYPED_APP_FILES.filter((file) => caches[3]!.get(file)?.hashOfConfig !== caches[2]!.get(file)?.hashOfConfig);
    expect(changedHashes).toEqual(TYPED_APP_FILES);
    expect(runs[3]!.results).toEqual(runs[2]!.results);
  });
});

describe.skipIf(!built)('eslint on untyped-app: configs.recommended without type information', () => {
  let dir: string;
  let result: CliRun;

  beforeAll(async () => {
    dir = tempCliProject('untyped-app', 'untyped');
    result = await runEslintCli(dir, ['.']);
  });

  it('exits with 1, prints nothing on stderr, and lints every file without a fatal message', () => {
    expect(result.stderr).toBe('');
    expect(result.status).toBe(1);
    expect(filesOf(dir, result.results)).toEqual([
      'eslint.config.js',
      'src/hash.ts',
      'src/legacy.cjs',
      'src/local.ts',
      'src/server.ts',
      'src/tool.js',
      'src/users.ts',
    ]);
    expect(fatalMessages(dir, result.results)).toEqual([]);
  });

  it('reports only what the syntax proves', () => {
    expect(findingsOf(dir, result.results)).toEqual([
      'src/legacy.cjs:6:10 event-loop/no-sync-in-async/syncInAsync',
      'src/server.ts:9:16 event-loop/no-sync-in-async/syncInAsync',
      'src/server.ts:10:3 event-loop/no-sync-in-async/syncInAsync',
      'src/tool.js:6:10 event-loop/no-sync-in-async/syncInAsyncValueDiffers',
      'src/tool.js:9:37 event-loop/no-sync-in-async/syncInAsync',
    ]);
  });
});

/**
 * The oldest release line each peer range allows, as an npm spec: `^9.15.0 || ^10.0.0` → `eslint@~9.15.0`,
 * `>=5.0.0 <6.1.0` → `typescript@~5.0.0` (the line's last patch: 5.0.0 itself was never published).
 */
function lowestPeer(name: string): string {
  const range = rootPackage.peerDependencies?.[name] ?? '';
  const lowest = /(\d+)\.(\d+)\.\d+/u.exec(range);
  if (!lowest) throw new Error(`no version in the peer range of ${name}: ${range}`);
  return `${name}@~${lowest[1]}.${lowest[2]}.0`;
}

const devDependencies = rootPackage.devDependencies ?? {};
const exact = (name: string): string => `${name}@${devDependencies[name] ?? 'missing from the root devDependencies'}`;

/** The versions a consumer installs: the repository's own, and the oldest the peer ranges promise to work with. */
const CONSUMERS = [
  { label: 'the exact versions of the repository', eslint: exact('eslint'), typescript: exact('typescript') },
  { label: 'the oldest versions the peer ranges allow', eslint: lowestPeer('eslint'), typescript: lowestPeer('typescript') },
] as const;

describe.skipIf(!built).each(CONSUMERS)('a consumer project: the packed tarball installed with npm, `npx eslint` ($label)', (versions) => {
  const NPM_TIMEOUT = 300_000;
  const oldest = versions === CONSUMERS[1];
  let work: string;
  let project: string;
  let tarball: string;
  /** Why the test cannot run here (the registry is unreachable); undefined when it can. */
  let offline: string | undefined;
  let lint: CliRun;

  beforeAll(async () => {
    const unreachable = await npmRegistryUnreachable();
    if (unreachable !== undefined) {
      offline = `the npm registry is unreachable (npm ping: ${unreachable}); the consumer test installs eslint, typescript and @typescript-eslint/parser from it`;
      console.warn(`tests/e2e/cli.test.ts: consumer test skipped: ${offline}`);
      return;
    }
    work = fs.mkdtempSync(path.join(os.tmpdir(), 'event-loop-consumer-'));
    tempDirs.push(work);
    tarball = await packPlugin(work);
    project = path.join(work, 'consumer');
    fs.cpSync(path.join(projectsDir, 'cli-app', 'consumer'), project, { recursive: true });
    const outcome = await npmInstall(project, [tarball, versions.eslint, versions.typescript, exact('@typescript-eslint/parser'), exact('@types/node')]);
    if (!outcome.installed) {
      offline = `the npm registry became unreachable during the install (npm error code ${outcome.networkError})`;
      console.warn(`tests/e2e/cli.test.ts: consumer test skipped: ${offline}`);
      return;
    }
    // `--no`: never fetch eslint from the registry if the install left it out; `--`: without it, npx takes
    // `--format` as its own option (`--format-package-lock`) once another npx option comes first.
    const { status, stdout, stderr } = await run('npx', ['--no', '--', 'eslint', '--format', 'json', '.'], { cwd: project, env: childEnv() });
    let results: ESLint.LintResult[];
    try {
      results = JSON.parse(stdout) as ESLint.LintResult[];
    } catch {
      throw new Error(`npx eslint printed no JSON (exit ${status}):\n${stderr}\n${stdout}`);
    }
    lint = { status, stdout, stderr, results };
  }, NPM_TIMEOUT);

  it('installs the tarball and the versions asked for', ({ skip }) => {
    skip(offline !== undefined, offline);
    const manifest = readPackageJson(path.join(project, 'package.json'));
    const installedVersion = (name: string): string | undefined => readPackageJson(path.join(project, 'node_modules', name, 'package.json')).version;
    expect(Object.keys(manifest.devDependencies ?? {})).toEqual(['@types/node', '@typescript-eslint/parser', 'eslint', 'eslint-plugin-event-loop', 'typescript']);
    expect(manifest.devDependencies?.['eslint-plugin-event-loop']).toBe(`file:../${path.basename(tarball)}`);
    const installed = path.join(project, 'node_modules', 'eslint-plugin-event-loop');
    expect(fs.lstatSync(installed).isSymbolicLink()).toBe(false);
    expect(installedVersion('eslint-plugin-event-loop')).toBe(rootPackage.version);
    expect(installedVersion('@typescript-eslint/parser')).toBe(devDependencies['@typescript-eslint/parser']);
    if (oldest) {
      // `eslint@~9.15.0`: some 9.15.x; `typescript@~5.0.0`: some 5.0.x.
      const line = (spec: string): string => spec.replace(/^.+@~(\d+\.\d+)\.0$/u, '$1.');
      expect(installedVersion('eslint')?.startsWith(line(versions.eslint))).toBe(true);
      expect(installedVersion('typescript')?.startsWith(line(versions.typescript))).toBe(true);
    } else {
      expect(installedVersion('eslint')).toBe(devDependencies.eslint);
      expect(installedVersion('typescript')).toBe(devDependencies.typescript);
    }
  });

  it('npx eslint exits with 1, prints nothing on stderr, and reports exactly the two mistakes', ({ skip }) => {
    skip(offline !== undefined, offline);
    // npm's own warnings about the machine's npm config are not ESLint's.
    expect(lint.stderr.split('\n').filter((line) => line !== '' && !line.startsWith('npm warn '))).toEqual([]);
    expect(lint.status).toBe(1);
    expect(filesOf(project, lint.results)).toEqual(['eslint.config.js', 'src/server.ts']);
    expect(fatalMessages(project, lint.results)).toEqual([]);
    expect(findingsOf(project, lint.results)).toEqual([
      'src/server.ts:13:16 event-loop/no-sync-in-async/syncInAsync',
      'src/server.ts:18:38 event-loop/no-floating-promise-result/argument',
    ]);
  });

  // The oldest versions on more than two findings: typed-app (TypeScript and JavaScript, ESM and CommonJS,
  // all three rules) with the consumer's ESLint, TypeScript and parser, findings and fixes as with the repository's.
  if (oldest) it('on typed-app, the same findings, the same fixed text and the same findings after --fix as the repository\'s versions', async ({ skip }) => {
    skip(offline !== undefined, offline);
    const consumerEslint = path.join(project, 'node_modules', 'eslint', 'bin', 'eslint.js');
    // Inside the consumer project, so that its node_modules (the tarball, the old eslint and typescript) resolve.
    const copy = (name: string): string => {
      const dir = path.join(project, name);
      fs.cpSync(path.join(projectsDir, 'typed-app'), dir, { recursive: true });
      fs.copyFileSync(path.join(projectsDir, 'cli-app', 'typed', 'eslint.config.js'), path.join(dir, 'eslint.config.js'));
      return dir;
    };
    const linted = copy('typed-app');
    const result = await runEslintCli(linted, ['.'], consumerEslint);
    expect(result.stderr).toBe('');
    expect(fatalMessages(linted, result.results)).toEqual([]);
    expect(findingsOf(linted, result.results)).toEqual(TYPED_APP_FINDINGS);

    const fixedHere = copy('typed-app-fixed');
    const fixedRun = await runEslintCli(fixedHere, ['--fix', '.'], consumerEslint);
    const reference = tempCliProject('typed-app', 'typed');
    await runEslintCli(reference, ['--fix', '.']);
    expect(findingsOf(fixedHere, fixedRun.results)).toEqual(TYPED_APP_FINDINGS_AFTER_FIX);
    expect(readSources(fixedHere)).toEqual(readSources(reference));
  }, NPM_TIMEOUT);
});
