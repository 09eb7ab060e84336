// Shared pieces of the CLI end-to-end tests: temp copies of fixture projects with the built plugin
// installed into their node_modules and an `eslint.config.js` of their own, runs of ESLint's real CLI
// (`node node_modules/eslint/bin/eslint.js`), ESLint's cache file and debug log, and npm pack / install.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { ESLint } from 'eslint';
import { copyProject, projectsDir, repoRoot } from './lint-project.js';

/** ESLint's CLI entry, the one `npx eslint` runs. */
export const eslintBin = path.join(repoRoot, 'node_modules', 'eslint', 'bin', 'eslint.js');

/** The built plugin (`npm run build`; `npm test` builds before vitest runs). */
export const distEntry = path.join(repoRoot, 'dist', 'index.js');

const PLUGIN_NAME = 'eslint-plugin-event-loop';

interface PackageJson {
  name: string;
  version: string;
  dependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
}

export function readPackageJson(file: string): PackageJson {
  return JSON.parse(fs.readFileSync(file, 'utf8')) as PackageJson;
}

/** The repository's own package.json. */
export const rootPackage = readPackageJson(path.join(repoRoot, 'package.json'));

/** Makes `<dir>/node_modules/<name>` point at the repository's installed package of that name. */
export function linkRepoPackage(dir: string, name: string): void {
  const link = path.join(dir, 'node_modules', ...name.split('/'));
  if (fs.existsSync(link)) return;
  fs.mkdirSync(path.dirname(link), { recursive: true });
  fs.symlinkSync(path.join(repoRoot, 'node_modules', ...name.split('/')), link, 'dir');
}

/**
 * Installs the built plugin into `<dir>/node_modules/eslint-plugin-event-loop` the way npm lays out an
 * installed package: a copy of `package.json` and `dist/` (so the copy has its own `meta.version`,
 * read from its own package.json), with its dependencies and peer dependencies, and the
 * `@typescript-eslint/parser` a user's config imports, linked from the repository's node_modules.
 * Returns the installed package's directory.
 */
export function installBuiltPlugin(dir: string): string {
  const target = path.join(dir, 'node_modules', PLUGIN_NAME);
  fs.mkdirSync(target, { recursive: true });
  fs.copyFileSync(path.join(repoRoot, 'package.json'), path.join(target, 'package.json'));
  fs.cpSync(path.join(repoRoot, 'dist'), path.join(target, 'dist'), { recursive: true });
  const needed = [
    ...Object.keys(rootPackage.dependencies ?? {}),
    ...Object.keys(rootPackage.peerDependencies ?? {}),
    '@typescript-eslint/parser',
  ];
  for (const name of needed) linkRepoPackage(dir, name);
  return target;
}

/**
 * A temp copy of `tests/e2e/projects/<fixture>` (with `@types` linked, see `copyProject`), the built
 * plugin installed into it, and `tests/e2e/projects/cli-app/<config>/eslint.config.js` as its config.
 */
export function prepareCliProject(fixture: string, config: 'typed' | 'untyped'): string {
  const dir = copyProject(fixture);
  installBuiltPlugin(dir);
  fs.copyFileSync(path.join(projectsDir, 'cli-app', config, 'eslint.config.js'), path.join(dir, 'eslint.config.js'));
  return dir;
}

export interface CliRun {
  /** The exit code: 0 clean, 1 lint errors, 2 a crash or a configuration problem. */
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
  /** What `--format json` printed. */
  readonly results: ESLint.LintResult[];
}

interface ProcessRun {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs a command to its end, never throwing on a non-zero exit: the caller judges the status. */
export function run(
  command: string,
  args: readonly string[],
  options: { cwd: string; env?: NodeJS.ProcessEnv; timeout?: number },
): Promise<ProcessRun> {
  return new Promise((resolve, reject) => {
    execFile(
      command,
      args,
      { cwd: options.cwd, env: options.env ?? process.env, timeout: options.timeout ?? 120_000, maxBuffer: 64 * 1024 * 1024, encoding: 'utf8' },
      (error, stdout, stderr) => {
        if (error && typeof error.code !== 'number') {
          reject(new Error(`${command} ${args.join(' ')} did not run to its end (${error.message}):\n${stderr}`));
          return;
        }
        resolve({ status: error ? (error.code as number) : 0, stdout, stderr });
      },
    );
  });
}

/** The environment for child processes: no colours, and no `DEBUG` inherited from the caller. */
export function childEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1', ...extra };
  if (!('DEBUG' in extra)) delete env.DEBUG;
  return env;
}

/**
 * Runs ESLint's CLI (the repository's, or `bin`) with `--format json` and `args` in `cwd`. Throws (with stderr) when the CLI printed
 * no JSON: ESLint crashed or rejected the config, which is never what a test expects.
 */
export async function runEslintCli(cwd: string, args: readonly string[], bin: string = eslintBin): Promise<CliRun> {
  const { status, stdout, stderr } = await run(process.execPath, [bin, '--format', 'json', ...args], { cwd, env: childEnv() });
  let results: ESLint.LintResult[];
  try {
    results = JSON.parse(stdout) as ESLint.LintResult[];
  } catch {
    throw new Error(`eslint ${args.join(' ')} printed no JSON (exit ${status}):\n${stderr}\n${stdout}`);
  }
  return { status, stdout, stderr, results };
}

/** The files ESLint's `--debug` log says it linted (not taken from the cache), relative to `cwd`, sorted. */
export function lintedFiles(stderr: string, cwd: string): string[] {
  return debugFiles(stderr, cwd, /eslint:eslint-helpers File "(.+)" linted in /u);
}

/** The files ESLint's `--debug` log says it took from the cache, relative to `cwd`, sorted. */
export function cachedFiles(stderr: string, cwd: string): string[] {
  return debugFiles(stderr, cwd, /eslint:eslint-helpers Skipping file since it hasn't changed: (.+)$/u);
}

function debugFiles(stderr: string, cwd: string, pattern: RegExp): string[] {
  return stderr
    .split('\n')
    .map((line) => pattern.exec(line)?.[1])
    .filter((file): file is string => file !== undefined)
    .map((file) => path.relative(cwd, file).split(path.sep).join('/'))
    .sort();
}

/** One file's entry in ESLint's cache file. */
export interface CacheEntry {
  readonly size: number;
  readonly mtime: number;
  /** ESLint's hash of its own version, Node's version and the file's serialised config (plugin names and versions included). */
  readonly hashOfConfig: string;
  /** The lint result ESLint stored (its `source` emptied). */
  readonly results: ESLint.LintResult;
}

/**
 * Reads ESLint's cache file (file-entry-cache's format, serialised with `flatted`, parsed here with the
 * copy ESLint itself uses), as a map from file path relative to `cwd` to its entry, sorted by path.
 */
export function readEslintCache(cacheFile: string, cwd: string): Map<string, CacheEntry> {
  const fromEslint = createRequire(path.join(repoRoot, 'node_modules', 'eslint', 'package.json'));
  const fromFileEntryCache = createRequire(fromEslint.resolve('file-entry-cache'));
  const fromFlatCache = createRequire(fromFileEntryCache.resolve('flat-cache'));
  const flatted = fromFlatCache('flatted') as { parse(text: string): unknown };
  const items = flatted.parse(fs.readFileSync(cacheFile, 'utf8')) as { key: string; value: { size: number; mtime: number; data: { results: ESLint.LintResult; hashOfConfig: string } } }[];
  return new Map(
    items
      .map(({ key, value }) => {
        const entry: CacheEntry = { size: value.size, mtime: value.mtime, hashOfConfig: value.data.hashOfConfig, results: value.data.results };
        return [path.relative(cwd, key).split(path.sep).join('/'), entry] as const;
      })
      .sort(([a], [b]) => a.localeCompare(b)),
  );
}

/** npm error codes that mean the registry could not be reached (as opposed to a failed install). */
const NETWORK_ERROR_CODES = ['ECONNREFUSED', 'ECONNRESET', 'ENOTFOUND', 'EAI_AGAIN', 'ETIMEDOUT', 'ENETUNREACH', 'EHOSTUNREACH', 'ERR_SOCKET_TIMEOUT', 'ECONNABORTED'];

/** The network error code of a failed npm command's output (`npm error code E…`), or undefined for any other failure. */
export function npmNetworkError(output: string): string | undefined {
  const code = /^npm error code (\S+)$/mu.exec(output)?.[1];
  return code !== undefined && NETWORK_ERROR_CODES.includes(code) ? code : undefined;
}

/**
 * `npm pack` of the repository into `destination`, returning the tarball's path. With `--ignore-scripts`:
 * the `prepack` script deletes and rebuilds `dist/` in the working tree, under the feet of every other
 * test that reads it; `npm test` builds `dist/` before vitest runs, so the tarball holds that build.
 */
export async function packPlugin(destination: string): Promise<string> {
  const { status, stdout, stderr } = await run('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', destination], { cwd: repoRoot, env: childEnv() });
  if (status !== 0) throw new Error(`npm pack failed (exit ${status}):\n${stderr}`);
  const [packed] = JSON.parse(stdout) as { filename: string }[];
  if (packed === undefined) throw new Error(`npm pack printed no package:\n${stdout}`);
  return path.join(destination, packed.filename);
}

/**
 * `npm ping` of the configured registry: the network error code when it cannot be reached, otherwise
 * undefined (a registry that answers the ping with an error of another kind is left to the install to judge).
 * Asked before installing because an install that cannot reach the registry does not always say so: with
 * a peer dependency in play npm reports `ERESOLVE` (`Found: eslint@undefined`), after a minute of retries.
 */
export async function npmRegistryUnreachable(): Promise<string | undefined> {
  const { status, stderr } = await run('npm', ['ping', '--fetch-retries', '0', '--fetch-timeout', '10000'], { cwd: repoRoot, env: childEnv(), timeout: 30_000 });
  return status === 0 ? undefined : npmNetworkError(stderr);
}

export type InstallOutcome = { readonly installed: true } | { readonly installed: false; readonly networkError: string };

/**
 * `npm install --save-dev` of `specs` into the project `dir`, preferring npm's cache (which the
 * repository's install filled). Resolves `{ installed: false, networkError }` only when npm could not
 * reach the registry; any other failure throws with npm's output.
 */
export async function npmInstall(dir: string, specs: readonly string[]): Promise<InstallOutcome> {
  const args = ['install', '--save-dev', '--save-exact', '--no-audit', '--no-fund', '--prefer-offline', '--fetch-retries', '1', '--fetch-timeout', '30000', ...specs];
  const { status, stdout, stderr } = await run('npm', args, { cwd: dir, env: childEnv(), timeout: 300_000 });
  if (status === 0) return { installed: true };
  const networkError = npmNetworkError(stderr);
  if (networkError !== undefined) return { installed: false, networkError };
  throw new Error(`npm ${args.join(' ')} failed (exit ${status}):\n${stderr}\n${stdout}`);
}
