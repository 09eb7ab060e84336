// What npm would publish: only what a user needs (the build, the rule docs, README, LICENSE, CHANGELOG,
// package.json), every file the build produced, and nothing left over from an older build.
// Lists the working tree as it is (`--ignore-scripts`, so no rebuild): npm test builds before it runs vitest.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');

interface PackListing {
  name: string;
  version: string;
  files: { path: string }[];
}

interface PackageJson {
  name: string;
  version: string;
  license: string;
  type: string;
  sideEffects: unknown;
  keywords: string[];
  homepage: string;
  bugs: { url: string };
  repository: { type: string; url: string };
  engines: { node: string };
  main: string;
  types: string;
  exports: Record<string, Record<string, string> | string>;
  files: string[];
  peerDependencies: Record<string, string>;
}

const TOP_LEVEL_FILES = ['CHANGELOG.md', 'LICENSE', 'README.md', 'package.json'];

const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as PackageJson;
let packed: string[];

/** Every file under `dir` (relative to the repository root, `/`-separated), sorted. */
function walk(dir: string): string[] {
  return readdirSync(path.join(root, dir), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
}

beforeAll(() => {
  if (!existsSync(path.join(root, 'dist/index.js'))) {
    throw new Error('dist/ is missing: run `npm run build` before this test (npm test does).');
  }
  const output = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const [listing] = JSON.parse(output) as PackListing[];
  if (listing === undefined) throw new Error(`npm pack --json printed no package: ${output}`);
  expect([listing.name, listing.version]).toEqual([pkg.name, pkg.version]);
  packed = listing.files.map((file) => file.path).sort();
});

test('every packed file is build output, a rule doc or one of the top-level files', () => {
  const unexpected = packed.filter(
    (file) =>
      !/^dist\/.+\.(?:js|d\.ts)$/.test(file) && !/^docs\/rules\/[^/]+\.md$/.test(file) && !TOP_LEVEL_FILES.includes(file),
  );
  expect(unexpected).toEqual([]);
  expect(packed.filter((file) => /^(?:tests|src|offload|examples|scripts|bench|\.changeset)\/|node_modules|\.map$/.test(file))).toEqual([]);
});

test('README, LICENSE, CHANGELOG and package.json are packed', () => {
  expect(packed.filter((file) => !file.includes('/'))).toEqual(TOP_LEVEL_FILES);
});

test('every rule doc is packed', () => {
  const docs = walk('docs/rules').filter((file) => file.endsWith('.md'));
  expect(docs.length).toBeGreaterThan(0);
  expect(packed.filter((file) => file.startsWith('docs/'))).toEqual(docs);
});

test('the packed build is exactly the build of the current sources: nothing missing, nothing stale', () => {
  const fromSources = walk('src')
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.d.ts'))
    .flatMap((file) => {
      const base = file.replace(/^src\//, 'dist/').replace(/\.ts$/, '');
      return [`${base}.d.ts`, `${base}.js`];
    })
    .sort();
  const packedBuild = packed.filter((file) => file.startsWith('dist/'));
  // A file the build wrote that `files` leaves out (a copied JSON module, say) would break at run time.
  expect(packedBuild).toEqual(walk('dist'));
  // A dist file with no source is left over from an older build (npm's prepack starts from an empty dist).
  expect(packedBuild).toEqual(fromSources);
});

test('package.json points only at packed files, `types` first', () => {
  const entry = pkg.exports['.'];
  expect(entry).toEqual({ types: './dist/index.d.ts', default: './dist/index.js' });
  expect(Object.keys(entry as object)[0]).toBe('types');
  expect(pkg.exports['./package.json']).toBe('./package.json');
  for (const target of [pkg.main, pkg.types, ...Object.values(entry as object)]) {
    expect(packed).toContain((target as string).replace(/^\.\//, ''));
  }
});

test('package.json carries the metadata registries and tools read', () => {
  const repository = 'https://github.com/eslint-plugin-event-loop/eslint-plugin-event-loop';
  expect({
    license: pkg.license,
    type: pkg.type,
    sideEffects: pkg.sideEffects,
    homepage: pkg.homepage,
    bugs: pkg.bugs,
    repository: pkg.repository,
    engines: pkg.engines,
  }).toEqual({
    license: 'MIT',
    type: 'module',
    sideEffects: false,
    homepage: `${repository}#readme`,
    bugs: { url: `${repository}/issues` },
    repository: { type: 'git', url: `git+${repository}.git` },
    engines: { node: '^20.19.0 || >=22.12.0' },
  });
  expect(pkg.keywords).toEqual(expect.arrayContaining(['eslint', 'eslintplugin', 'eslint-plugin']));
  expect(Object.keys(pkg.peerDependencies)).toEqual(['eslint', 'typescript']);
  expect(readFileSync(path.join(root, 'LICENSE'), 'utf8')).toMatch(
    /^MIT License\n\nCopyright \(c\) \d{4} eslint-plugin-event-loop contributors\n/,
  );
});
