// The corpus both `npm run corpus` (scripts/corpus.js) and `npm run bench` (bench/run.js) lint:
// pinned npm packages that publish their TypeScript sources (corpus/packages.json), installed
// with their dependencies into a cache outside the repository, one generated tsconfig per
// package so that the rules get type information the way the package's authors had it.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const listPath = fileURLToPath(new URL('packages.json', import.meta.url));

/** Our rules, in the order they are reported. */
export const ourRules = ['no-sync-in-async', 'no-floating-promise-result', 'prefer-worker-offload'];

/** corpus/packages.json, parsed. */
export function readCorpusList() {
  return JSON.parse(fs.readFileSync(listPath, 'utf8'));
}

/**
 * Where the corpus lives: `$CORPUS_CACHE_DIR`, else `$XDG_CACHE_HOME` or `~/.cache`, under
 * `eslint-plugin-event-loop/corpus`. Outside the repository so that neither git, the repo's own
 * `eslint .` nor `tsc` ever see it, and so that a fresh clone on the same machine reuses it.
 */
export function cacheDir() {
  if (process.env.CORPUS_CACHE_DIR) return path.resolve(process.env.CORPUS_CACHE_DIR);
  const base = process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache');
  return path.join(base, 'eslint-plugin-event-loop', 'corpus');
}

/** A file-system-safe name for a package: `@grpc/grpc-js` → `grpc__grpc-js`. */
export function slugOf(name) {
  return name.replace(/^@/, '').replace(/\//g, '__');
}

/**
 * Installs the corpus into `root` unless the same list is already installed there (a stamp
 * file holds the list it was installed from). Install scripts are not run: we only read sources.
 */
export function ensureInstalled(root, list, log = console.log) {
  const stampPath = path.join(root, 'corpus-stamp.json');
  const stamp = JSON.stringify({ packages: list.packages, types: list.types });
  if (fs.existsSync(stampPath) && fs.readFileSync(stampPath, 'utf8') === stamp) {
    const missing = list.packages.filter((p) => !fs.existsSync(path.join(root, 'node_modules', p.name, 'package.json')));
    if (missing.length === 0) return false;
  }
  fs.mkdirSync(root, { recursive: true });
  fs.rmSync(path.join(root, 'node_modules'), { recursive: true, force: true });
  fs.rmSync(path.join(root, 'package-lock.json'), { force: true });
  fs.writeFileSync(path.join(root, 'package.json'), JSON.stringify({ name: 'event-loop-corpus', private: true }, null, 2));
  const specs = [
    ...list.packages.map((p) => `${p.name}@${p.version}`),
    ...Object.entries(list.types).map(([name, version]) => `${name}@${version}`),
  ];
  log(`Installing the corpus into ${root}:\n  ${specs.join('\n  ')}`);
  execFileSync(
    'npm',
    ['install', '--prefix', root, '--save-exact', '--ignore-scripts', '--no-audit', '--no-fund', '--loglevel=error', ...specs],
    { stdio: ['ignore', 'inherit', 'inherit'] },
  );
  fs.writeFileSync(stampPath, stamp);
  return true;
}

/**
 * The declarations of the offload helper that `prefer-worker-offload`'s fix imports when the
 * corpus configures `offloadHelper` (the signature of offload/src/index.ts), so that fixed files
 * type-check. Written after every install (npm prunes packages it did not install itself).
 */
export function writeOffloadStub(root) {
  const dir = path.join(root, 'node_modules', '@eslint-plugin-event-loop', 'offload');
  fs.mkdirSync(dir, { recursive: true });
  const pkg = { name: '@eslint-plugin-event-loop/offload', version: '0.0.0-corpus', types: './index.d.ts', main: './index.js' };
  fs.writeFileSync(path.join(dir, 'package.json'), `${JSON.stringify(pkg, null, 2)}\n`);
  fs.writeFileSync(
    path.join(dir, 'index.d.ts'),
    'export declare function runInWorker<T = unknown>(module: string | URL, exportName: string, ...args: unknown[]): Promise<Awaited<T>>;\n',
  );
}

/** Every TypeScript source file (not declaration files) under `dir`, sorted, absolute. */
export function sourceFiles(dir) {
  const out = [];
  const walk = (d) => {
    for (const entry of fs.readdirSync(d, { withFileTypes: true })) {
      const full = path.join(d, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== 'node_modules') walk(full);
      } else if (/\.[cm]?ts$/.test(entry.name) && !/\.d\.[cm]?ts$/.test(entry.name)) {
        out.push(full);
      }
    }
  };
  walk(dir);
  return out.sort();
}

const baseCompilerOptions = {
  target: 'ES2023',
  lib: ['ES2023'],
  strict: true,
  skipLibCheck: true,
  noEmit: true,
  types: ['node'],
};

/**
 * One entry per corpus package installed under `root/node_modules` (its `src/**` only):
 * `{ name, version, what, slug, dir, tsconfig, config, files }`, where `tsconfig` is the path
 * `writeTsconfigs` writes `config` to.
 */
export function corpusPackages(root, list) {
  return list.packages.map((pkg) => {
    const slug = slugOf(pkg.name);
    const dir = path.join(root, 'node_modules', pkg.name);
    const tsconfig = path.join(root, `tsconfig.${slug}.json`);
    const config = {
      compilerOptions: { ...baseCompilerOptions, ...pkg.compilerOptions },
      include: ['ts', 'mts', 'cts'].map((ext) => `node_modules/${pkg.name}/src/**/*.${ext}`),
    };
    return { name: pkg.name, version: pkg.version, what: pkg.what, slug, dir, tsconfig, config, files: sourceFiles(path.join(dir, 'src')) };
  });
}

/** Writes each package's tsconfig (see `corpusPackages`) and returns the packages. */
export function writeTsconfigs(root, list) {
  const packages = corpusPackages(root, list);
  for (const pkg of packages) fs.writeFileSync(pkg.tsconfig, `${JSON.stringify(pkg.config, null, 2)}\n`);
  return packages;
}

/** Lines in the given files (newline count, plus one for a last line without a newline). */
export function countLines(files) {
  let lines = 0;
  for (const file of files) {
    const text = fs.readFileSync(file, 'utf8');
    let n = 0;
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) n += 1;
    lines += n + (text.length > 0 && !text.endsWith('\n') ? 1 : 0);
  }
  return lines;
}

/**
 * The flat config that lints the corpus: our parser with type information from the generated
 * tsconfigs, `plugins` and `rules` as given. Files under `node_modules` are ESLint's default
 * ignores, so they are un-ignored here; callers pass explicit file lists. The packages' own
 * `eslint-disable` comments name other tools' rules and so change nothing for ours.
 */
export function lintConfig({ parser, tsconfigs, root, plugins, rules }) {
  return [
    { ignores: ['!**/node_modules/'] },
    {
      files: ['**/*.ts', '**/*.mts', '**/*.cts'],
      languageOptions: {
        parser,
        parserOptions: { project: tsconfigs, tsconfigRootDir: root },
      },
      linterOptions: { reportUnusedDisableDirectives: 'off', reportUnusedInlineConfigs: 'off' },
      plugins,
      rules,
    },
  ];
}

/**
 * Our rules from the build (dist/): the ones the plugin registers, plus — with
 * `includeUnregistered` — rules that are built in dist/rules/ but not registered yet.
 * Returns `{ meta, rules, status }`, `status` saying for each rule name how it was (not) loaded.
 */
export async function loadOurRules({ includeUnregistered = false } = {}) {
  const distIndex = path.join(repoRoot, 'dist', 'index.js');
  if (!fs.existsSync(distIndex)) throw new Error('dist/index.js is missing: run `npm run build` first.');
  const plugin = (await import(pathToFileURL(distIndex).href)).default;
  const rules = {};
  const status = {};
  for (const name of ourRules) {
    const built = path.join(repoRoot, 'dist', 'rules', `${name}.js`);
    if (plugin.rules[name]) {
      rules[name] = plugin.rules[name];
      status[name] = 'registered';
    } else if (includeUnregistered && fs.existsSync(built)) {
      rules[name] = (await import(pathToFileURL(built).href)).default;
      status[name] = 'not registered; linted from dist/rules (--include-unregistered)';
    } else {
      status[name] = 'skipped: not registered in src/rules/index.ts yet';
    }
  }
  return { meta: plugin.meta, rules, status };
}
