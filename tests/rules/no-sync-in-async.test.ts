import rule from '../../src/rules/no-sync-in-async.js';
import { createTypedRuleTester, createUntypedRuleTester } from '../rule-tester.js';

const ruleTester = createTypedRuleTester();

const ignoresOptions =
  'the callback form ignores the `input`, `stdio` options this call may pass, so there is no rewrite: use `spawn` and wait for its `close` event';
const looselyTyped = (name: string): string =>
  `@types/node types \`promisify(${name})\` loosely (an \`unknown\` result, or arguments refused that the sync form takes), so the result may need a type`;

/** fs-extra's `readJsonSync` with `throws: false` (or an options value that may hold it): no rewrite. */
const readJsonThrows = {
  api: 'readJsonSync',
  fn: 'async function `load`',
  twin: 'fse.readJson',
  from: '',
  difference:
    'with `throws: false` this call returns `null` for a file it cannot read as well as for bad JSON, where the async form rejects for a missing or unreadable file, so there is no rewrite: catch that rejection instead',
};
/** The advice for a sync callback that runs once per element (`map`, `forEach` …). */
const perElement = (twin: string, from: string): string =>
  `Make it async and await the results together (\`await Promise.all(items.map(async (item) => …))\`), or move the call out of it, and use \`${twin}\`${from}.`;
/** The advice for a comparator, a reducer or an immediately invoked function. */
const moveOut = (twin: string, from: string): string => `Move the call out of it: \`await ${twin}\`${from} before, then use what it gives here.`;

ruleTester.run('no-sync-in-async', rule, {
  valid: [
    // `replace` of something that is not a string may keep its callback for later: not an immediate callback.
    `import fs from 'node:fs';
declare const store: { replace(key: string, load: () => string): void };
export async function refresh(p: string) {
  store.replace('config', () => fs.readFileSync(p, 'utf8'));
}`,
    // A startup function: declared at top level, not exported, only called from top level.
    "import { readFileSync } from 'node:fs';\nasync function main() {\n  const config = JSON.parse(readFileSync('config.json', 'utf8'));\n  return config;\n}\nmain().catch((error) => { console.error(error); process.exit(1); });",
    "import { readFileSync } from 'node:fs';\nconst main = async () => {\n  return readFileSync('config.json', 'utf8');\n};\nvoid main();",
    "import { readFileSync } from 'node:fs';\nasync function main() {\n  return readFileSync('config.json', 'utf8');\n}\nawait main();",
    // Called only from other startup functions' own code (a chain, and recursion in it): startup too.
    "import { readFileSync } from 'node:fs';\nasync function readJson(p: string): Promise<unknown> {\n  return JSON.parse(readFileSync(p, 'utf8'));\n}\nasync function loadConfig(): Promise<unknown> {\n  return readJson('config.json');\n}\nasync function main() {\n  await loadConfig();\n  await readJson('extra.json');\n}\nmain().catch(() => process.exit(1));",
    // Module top level is startup, top-level await included.
    "import { readFileSync } from 'node:fs';\nconst config = readFileSync('config.json', 'utf8');",
    "import fs from 'node:fs';\nawait Promise.resolve();\nfs.readFileSync('a');",
    // Plain sync functions.
    "import fs from 'node:fs';\nexport function load() { return fs.readFileSync('a', 'utf8'); }",
    // A function that returns a promise on some paths and a value on others (`Promise<T> | T`, or
    // `void | Promise<void>`, the usual way to say "may finish synchronously") may be called
    // synchronously: its sync work is not on an async path.
    `import fs from 'node:fs';
declare function fetchText(name: string): Promise<string>;
export function read(name: string, local: boolean): Promise<string> | string {
  if (!local) return fetchText(name);
  return fs.readFileSync(name, 'utf8');
}
export function readAny(name: string, local: boolean) {
  return local ? fs.readFileSync(name, 'utf8') : fetchText(name);
}
export function save(name: string, text: string, fast: boolean): void | Promise<void> {
  if (fast) {
    fs.writeFileSync(name, text);
    return;
  }
  return fetchText(name).then(() => undefined);
}`,
    // An alias written again after its declaration may hold something else by the time of the call.
    "import * as fs from 'node:fs';\nexport async function a(p: string) {\n  let readFileSync = fs.readFileSync;\n  readFileSync = ((x: string) => x) as typeof fs.readFileSync;\n  return readFileSync(p, 'utf8');\n}",
    {
      code: "const fs = require('node:fs');\nlet read = fs.readFileSync;\nfunction useMemory(f) { read = f; }\nasync function load(p) {\n  return read(p, 'utf8');\n}\nmodule.exports = { load, useMemory };",
      filename: 'script.cjs',
    },
    // A plain sync function declared inside an async one runs when called, not on the async path.
    "import fs from 'node:fs';\nexport async function main() { function helper() { return fs.readFileSync('a'); } return helper; }",
    // Deferred callbacks handed to other APIs.
    "import fs from 'node:fs';\nexport async function main() { process.on('exit', () => fs.writeFileSync('log', 'bye')); }",
    "import fs from 'node:fs';\nexport async function main() { setTimeout(() => fs.readFileSync('a'), 10); }",
    // A local function that merely shares the name.
    "import { readFileSync } from './lib/local-io.js';\nexport async function main() { return readFileSync('a'); }",
    'function readFileSync(p: string) { return p; }\nexport async function main() { return readFileSync("a"); }',
    // Unrelated `xSync` methods with no async sibling of the same name.
    "import { Effect } from 'effect-like';\nexport async function main() { return Effect.runSync(Effect.succeed(1)); }",
    // An async `exit` listener: the process is ending, and only the code before the first `await` runs.
    `import fs from 'node:fs';
process.on('exit', async () => { fs.writeFileSync('exit.log', 'bye'); });
async function flush() { fs.writeFileSync('state.json', '{}'); }
process.once('exit', flush);`,
    // … whatever names the process and the event: an import of `node:process`, `globalThis.process`,
    // a `require`, a template literal, a constant.
    `import fs from 'node:fs';
import proc from 'node:process';
import * as processModule from 'node:process';
const EXIT = 'exit';
proc.on('exit', async () => { fs.writeFileSync('a.log', 'bye'); });
processModule.on(\`exit\`, async () => { fs.writeFileSync('b.log', 'bye'); });
globalThis.process.on(EXIT, async () => { fs.writeFileSync('c.log', 'bye'); });`,
    {
      code: `const fs = require('node:fs');
const proc = require('process');
proc.once('exit', async () => { fs.writeFileSync('d.log', 'bye'); });`,
      filename: 'script.cjs',
    },
    // The async twin written with its sync sibling: `await this.load()` there would call itself.
    `export class Repo {
  loadSync(): string { return ''; }
  async load(): Promise<string> { return this.loadSync(); }
}
export class Store {
  fetchSync(): number { return 1; }
  fetch = async () => this.fetchSync();
}
export const api = {
  readSync(): string { return ''; },
  read(): Promise<string> { return new Promise((resolve) => resolve(api.readSync())); },
};`,
    // A sibling that takes a function but is no callback form: it returns a value, or the function is no `(err, value)` callback.
    `declare class Cache<V> { getSync(key: string): V | undefined; get(key: string, fallback: () => V): V; }
declare class Bus { emitSync(event: string): boolean; emit(event: string, listener: (value: unknown) => void): this; }
declare class Pool { drainSync(): void; drain(each: (item: string) => void): void; }
export async function main(cache: Cache<number>, bus: Bus, pool: Pool) { pool.drainSync(); return [cache.getSync('a'), bus.emitSync('b')]; }`,
    // A twin the caller may not use is no twin there: `await store.load()` would not compile (TS2341, TS2445, TS2446).
    `export class Store {
  loadSync(): string { return 'data'; }
  private async load(): Promise<string> { return 'data'; }
}
export async function handler(store: Store) {
  return store.loadSync();
}`,
    `export class Store {
  loadSync(): string { return 'data'; }
  protected async load(): Promise<string> { return 'data'; }
}
export class CachedStore extends Store {
  async copy(from: Store) { return from.loadSync(); }
}
export async function handler(store: Store) {
  return store.loadSync();
}`,
    `export class Store {
  loadSync(): string { return 'data'; }
  async #load(): Promise<string> { return 'data'; }
  async reload() { return this.#load(); }
}
export async function handler(store: Store) {
  return store.loadSync();
}`,
    // A `#load` of a subclass is no twin of the base class's `#loadSync` (private names belong to one class body);
    // and a `#private` twin written with the sync call is not offered inside itself.
    `export class Store {
  #loadSync(): string { return 'data'; }
  async run() { return this.#loadSync(); }
}
export class Cached {
  #parseSync(): number { return 1; }
  async #parse(): Promise<number> { return this.#parseSync(); }
}`,
    `export class Disk {
  readSync(): string { return 'data'; }
  private promises = { read: async (): Promise<string> => 'data' };
}
export async function handler(disk: Disk) {
  return disk.readSync();
}`,
    // Async forms are fine.
    "import { readFile } from 'node:fs/promises';\nexport async function main() { return await readFile('a'); }",
    "import crypto from 'node:crypto';\nexport async function main() { crypto.randomBytes(16, (err, buf) => buf); }",
    // CLI entry modules: blocking harms no one.
    "#!/usr/bin/env node\nimport fs from 'node:fs';\nasync function main() { fs.readFileSync('a'); }\nawait main();",
    "import fs from 'node:fs';\nimport { pathToFileURL } from 'node:url';\nasync function main() { fs.readFileSync('a'); }\nif (import.meta.url === pathToFileURL(process.argv[1]!).href) await main();",
    {
      code: "const fs = require('fs');\nasync function main() { fs.readFileSync('a'); }\nif (require.main === module) main();",
      filename: 'script.cjs',
    },
    "import fs from 'node:fs';\nexport async function run() { fs.readFileSync('a'); }\nif (import.meta.url === `file://${process.argv[1]}`) await run();",
    {
      code: "const fs = require('fs');\nasync function run() { fs.readFileSync('a'); }\nmodule.exports = { run };\nif (!module.parent) run();",
      filename: 'script.cjs',
    },
    // Worker-thread modules.
    "import { parentPort } from 'node:worker_threads';\nimport fs from 'node:fs';\nparentPort?.on('message', async (p: string) => { parentPort?.postMessage(fs.readFileSync(p)); });",
    // Allowed by option.
    {
      code: "import fs from 'node:fs';\nexport async function main() { return fs.existsSync('a'); }",
      options: [{ allow: [{ from: 'package', package: 'node:fs', name: 'existsSync' }] }],
    },
    {
      code: "import fs from 'node:fs';\nexport async function main() { return fs.existsSync('a'); }",
      options: [{ allow: ['existsSync'] }],
    },
    // Options turning parts off.
    {
      code: "import bcrypt from 'bcrypt';\nexport async function main(p: string) { return bcrypt.hashSync(p, 10); }",
      options: [{ checkSyncSiblings: false }],
    },
    {
      code: "import fs from 'node:fs';\nexport function load(): Promise<string> { return new Promise((resolve) => resolve(fs.readFileSync('a', 'utf8'))); }",
      options: [{ checkPromiseReturningFunctions: false }],
    },
    {
      code: "import fs from 'node:fs';\nexport async function main(files: string[]) { return files.map((f) => fs.readFileSync(f)); }",
      options: [{ checkImmediateCallbacks: false }],
    },
    // The entry point of a worker thread or child process that loads this module: handed over with the module's own location.
    "import { writeFileSync } from 'node:fs';\ndeclare function forked<T>(module: string, fn: (input: T) => Promise<void>): (input: T) => Promise<void>;\nasync function prerender(out: string) {\n  writeFileSync(out, 'x');\n}\nexport default forked(import.meta.url, prerender);\nexport const inline = forked(new URL(import.meta.url).href, async (out: string) => writeFileSync(out, 'y'));",
    {
      code: "const { writeFileSync } = require('node:fs');\nconst { fork } = require('./fork.cjs');\nmodule.exports = fork(__filename, async function render(out) {\n  writeFileSync(out, 'x');\n});",
      filename: 'script.cjs',
    },
    // An in-memory file system (memfs): its `xSync` methods do no I/O, whatever their async siblings.
    // A library `.sync` reached through an alias that is assigned again may hold something else at the call.
    `import fg from 'fast-glob';
let walk = fg.sync;
export function useMemory(other: typeof fg.sync) { walk = other; }
export async function list(p: string) {
  return walk(p);
}`,
    // The alias's name hidden at the call by a parameter or a local of the same name: not the library's function.
    `import fg from 'fast-glob';
import * as bcrypt from 'bcrypt';
const walk = fg.sync;
const { hashSync } = bcrypt;
export async function list(walk: (p: string) => string[], p: string) {
  const hashSync = (text: string, rounds: number) => text + rounds;
  return [walk(p), hashSync(p, 10)];
}`,
    // A destructuring with a default value may hold the default; a member read from a call's result
    // (a factory, `require()`) cannot be read again at the call.
    `import fg from 'fast-glob';
declare function makeGlob(): typeof fg;
const { sync = (p: string | string[]) => [String(p)] } = fg;
export async function list(p: string) {
  const { sync: walk } = makeGlob();
  return [sync(p), walk(p)];
}`,
    // A private twin is no twin for a call through an alias: whether the call site may use it cannot be asked.
    `export class Store {
  loadSync(): string { return 'data'; }
  private async load(): Promise<string> { return 'data'; }
}
export async function handler(store: Store) {
  const { loadSync } = store;
  return loadSync();
}`,
    "import { Volume, createFsFromVolume, fs as memory } from 'memfs';\nexport async function bundle() {\n  const volume = Volume.fromJSON({ '/main.js': 'export {}' });\n  const memoryFs = createFsFromVolume(volume);\n  memory.writeFileSync('/a', 'x');\n  return volume.readFileSync('/main.js', 'utf8') + memoryFs.readFileSync('/a', 'utf8');\n}",
  ],
  invalid: [
    {
      // an enum inside an async function compiles to a function of its own: reported, no `await` inserted
      code: `import { readFileSync } from 'node:fs';
export async function handler() {
  enum Limits {
    Size = readFileSync('a.txt').length,
  }
  return Limits.Size;
}`,
      output: null,
      errors: [
        { messageId: 'syncInAsync', data: { api: 'readFileSync', fn: 'async function `handler`', twin: 'readFile', from: ' from `node:fs/promises`' }, line: 4, column: 12, endLine: 4, endColumn: 33, suggestions: [] },
      ],
    },
    {
      // an injected file system (a parameter, `opts.fs || require('fs')`, a destructuring of `deps.fs`): the
      // twin is not imported from node:fs/promises, which would bypass it; through an object that has
      // `promises` (called on it or destructured from it) it is reached there
      code: `import * as realFs from 'node:fs';
export type FileSystem = Pick<typeof realFs, 'readFileSync'>;
export async function handler(name: string, fs: FileSystem = realFs, deps: { fs: typeof realFs }) {
  const { writeFileSync } = deps.fs;
  writeFileSync(name, 'x');
  deps.fs.writeFileSync(name, 'y');
  return fs.readFileSync(name, 'utf8');
}`,
      output: `import * as realFs from 'node:fs';
export type FileSystem = Pick<typeof realFs, 'readFileSync'>;
export async function handler(name: string, fs: FileSystem = realFs, deps: { fs: typeof realFs }) {
  await deps.fs.promises.writeFile(name, 'x');
  await deps.fs.promises.writeFile(name, 'y');
  return fs.readFileSync(name, 'utf8');
}`,
      errors: [
        { messageId: 'syncInAsync', data: { api: 'writeFileSync', fn: 'async function `handler`', twin: 'deps.fs.promises.writeFile', from: '' }, line: 5, column: 3, endLine: 5, endColumn: 27, suggestions: [] },
        { messageId: 'syncInAsync', data: { api: 'writeFileSync', fn: 'async function `handler`', twin: 'deps.fs.promises.writeFile', from: '' }, line: 6, column: 3, endLine: 6, endColumn: 35, suggestions: [] },
        { messageId: 'syncInAsyncHandedIn', data: { api: 'readFileSync', fn: 'async function `handler`', twin: 'readFile', from: ' from `node:fs/promises`', object: 'fs', path: 'promises.readFile' }, line: 7, column: 10, endLine: 7, endColumn: 39 },
      ],
    },
    {
      // destructured from a name an import binds to the module: the twin is reached through that name,
      // which stays in use when the alias goes with its only call
      code: `import fsDefault from 'node:fs';
export async function handler(name: string) {
  const { mkdirSync } = fsDefault;
  mkdirSync(name);
}`,
      output: `import fsDefault from 'node:fs';
export async function handler(name: string) {
  await fsDefault.promises.mkdir(name);
}`,
      errors: [
        { messageId: 'syncInAsync', data: { api: 'mkdirSync', fn: 'async function `handler`', twin: 'fsDefault.promises.mkdir', from: '' }, line: 4, column: 3, endLine: 4, endColumn: 18, suggestions: [] },
      ],
    },
    {
      // destructured from an injected object that a parameter of the same name hides at the call: no rewrite
      code: `import * as realFs from 'node:fs';
const deps = { fs: realFs };
const { writeFileSync } = deps.fs;
export async function handler(name: string, deps: unknown) {
  writeFileSync(name, String(deps));
}`,
      output: null,
      errors: [
        { messageId: 'syncInAsync', data: { api: 'writeFileSync', fn: 'async function `handler`', twin: 'writeFile', from: ' from `node:fs/promises`' }, line: 5, column: 3, endLine: 5, endColumn: 36, suggestions: [] },
      ],
    },
    {
      // A bundler's module binding (esbuild's `__toESM(require(…))`) is the module itself, not something handed in.
      code: `/** @template T @param {T} mod @returns {T} */
var __toESM = (mod) => mod;
/** @type {Pick<typeof import('child_process'), 'execSync'>} */
var import_child_process = __toESM(require('child_process'));
async function list() {
  return (0, import_child_process.execSync)('ps', { encoding: 'utf-8' });
}
module.exports = { list };`,
      filename: 'script.cjs',
      output: null,
      errors: [{ messageId: 'syncInAsyncValueDiffers', line: 6, column: 10, endLine: 6, endColumn: 73, suggestions: [] }],
    },
    {
      // CommonJS: `opts.fs || require('fs')` may be a mock; no rewrite
      code: `async function load(p, opts = {}) {
  const fs = opts.fs || require('fs');
  return fs.readFileSync(p, 'utf8');
}
module.exports = { load };`,
      filename: 'script.cjs',
      output: null,
      errors: [
        { messageId: 'syncInAsyncHandedIn', data: { api: 'readFileSync', fn: 'async function `load`', twin: 'readFile', from: ' from `node:fs/promises`', object: 'fs', path: 'promises.readFile' }, line: 3, column: 10, endLine: 3, endColumn: 36 },
      ],
    },
    {
      // named import: the twin is imported from node:fs/promises
      code: `import { readFileSync } from 'node:fs';
export async function handler() {
  return readFileSync('a.txt', 'utf8');
}`,
      output: `import { readFile } from 'node:fs/promises';
export async function handler() {
  return await readFile('a.txt', 'utf8');
}`,
      errors: [
        { messageId: 'syncInAsync', data: { api: 'readFileSync', fn: 'async function `handler`', twin: 'readFile', from: ' from `node:fs/promises`' }, line: 3, column: 10, endLine: 3, endColumn: 39, suggestions: [] },
      ],
    },
    {
      // renamed import, with an existing node:fs/promises import extended
      code: `import { readFileSync as rfs } from 'fs';
import { stat } from 'node:fs/promises';
export async function handler() {
  await stat('a');
  return rfs('a.txt');
}`,
      output: `import { stat, readFile } from 'node:fs/promises';
export async function handler() {
  await stat('a');
  return await readFile('a.txt');
}`,
      errors: [
        { messageId: 'syncInAsync', data: { api: 'readFileSync', fn: 'async function `handler`', twin: 'readFile', from: ' from `node:fs/promises`' }, line: 5, column: 10, endLine: 5, endColumn: 22, suggestions: [] },
      ],
    },
    {
      // namespace import; parentheses where precedence needs them
      code: `import * as fs from 'fs';
export const load = async () => fs.readFileSync('a.txt').toString();`,
      output: `import * as fs from 'fs';
export const load = async () => (await fs.promises.readFile('a.txt')).toString();`,
      errors: [
        { messageId: 'syncInAsync', data: { api: 'readFileSync', fn: 'async arrow function `load`', twin: 'fs.promises.readFile', from: '' }, line: 2, column: 33, endLine: 2, endColumn: 57, suggestions: [] },
      ],
    },
    {
      // import = require() in a .cts file
      code: `import fs = require('fs');
export async function load() {
  return fs.readFileSync('a.txt');
}`,
      filename: 'file.cts',
      output: `import fs = require('fs');
export async function load() {
  return await fs.promises.readFile('a.txt');
}`,
      errors: [
        { messageId: 'syncInAsync', data: { api: 'readFileSync', fn: 'async function `load`', twin: 'fs.promises.readFile', from: '' }, line: 3, column: 10, endLine: 3, endColumn: 34, suggestions: [] },
      ],
    },
    {
      // TypeScript's CommonJS output calls an imported function indirectly: `(0, fs_1.readdirSync)(dir)`
      code: `const fs_1 = require('fs');
async function list(dir) {
  return (0, fs_1.readdirSync)(dir);
}
module.exports = { list };`,
      filename: 'script.cjs',
      output: `const fs_1 = require('fs');
async function list(dir) {
  return await fs_1.promises.readdir(dir);
}
module.exports = { list };`,
      errors: [
        { messageId: 'syncInAsync', data: { api: 'readdirSync', fn: 'async function `list`', twin: 'fs_1.promises.readdir', from: '' }, line: 3, column: 10, endLine: 3, endColumn: 36, suggestions: [] },
      ],
    },
    {
      // CommonJS require with destructuring: a require() is added
      code: `const { readFileSync } = require('node:fs');

async function load() {
  return readFileSync('a.txt', 'utf8');
}
module.exports = { load };`,
      filename: 'script.cjs',
      output: `const { readFile } = require('node:fs/promises');

async function load() {
  return await readFile('a.txt', 'utf8');
}
module.exports = { load };`,
      errors: [
        { messageId: 'syncInAsync', data: { api: 'readFileSync', fn: 'async function `load`', twin: 'readFile', from: ' from `node:fs/promises`' }, line: 4, column: 10, endLine: 4, endColumn: 39, suggestions: [] },
      ],
    },
    {
      // plain JavaScript (allowJs)
      code: `import { readFileSync } from 'node:fs';
export async function load() {
  return readFileSync('a.txt', 'utf8');
}`,
      filename: 'script.js',
      output: `import { readFile } from 'node:fs/promises';
export async function load() {
  return await readFile('a.txt', 'utf8');
}`,
      errors: [
        { messageId: 'syncInAsync', data: { api: 'readFileSync', fn: 'async function `load`', twin: 'readFile', from: ' from `node:fs/promises`' }, line: 3, column: 10, endLine: 3, endColumn: 39, suggestions: [] },
      ],
    },
    {
      // The same through a destructuring assignment: each name or field the pattern writes counts.
      code: `import { readFileSync } from 'node:fs';
let count = 0;
const obj = { n: 0 };
export async function add(p: string) {
  [count] = [count + readFileSync(p).length];
  ({ n: obj.n } = { n: obj.n + readFileSync(p).length });
}`,
      output: null,
      errors: [
        {
          messageId: 'syncInAsyncValueDiffers',
          data: { api: 'readFileSync', fn: 'async function `add`', twin: 'readFile', from: ' from `node:fs/promises`', difference: '`count` would be read before the `await` and written after it, so a change made to it meanwhile (by another call) would be lost' },
          line: 5,
          column: 22,
          endLine: 5,
          endColumn: 37,
          suggestions: [
            {
              messageId: 'replaceWithTwin',
              output: `import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
let count = 0;
const obj = { n: 0 };
export async function add(p: string) {
  [count] = [count + (await readFile(p)).length];
  ({ n: obj.n } = { n: obj.n + readFileSync(p).length });
}`,
            },
          ],
        },
        {
          messageId: 'syncInAsyncValueDiffers',
          data: { api: 'readFileSync', fn: 'async function `add`', twin: 'readFile', from: ' from `node:fs/promises`', difference: '`obj.n` would be read before the `await` and written after it, so a change made to it meanwhile (by another call) would be lost' },
          line: 6,
          column: 32,
          endLine: 6,
          endColumn: 47,
          suggestions: [
            {
              messageId: 'replaceWithTwin',
              output: `import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
let count = 0;
const obj = { n: 0 };
export async function add(p: string) {
  [count] = [count + readFileSync(p).length];
  ({ n: obj.n } = { n: obj.n + (await readFile(p)).length });
}`,
            },
          ],
        },
      ],
    },
    {
      // The same value, but awaited between the read and the write of a variable another call may
      // change meanwhile (`total +=`): a suggestion that says so. A variable of the function's own keeps the fix.
      code: `import { readFileSync } from 'node:fs';
let total = 0;
export async function add(p: string) {
  total += readFileSync(p).length;
  let own = 0;
  own += readFileSync(p).length;
  return total + own;
}`,
      output: `import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
let total = 0;
export async function add(p: string) {
  total += readFileSync(p).length;
  let own = 0;
  own += (await readFile(p)).length;
  return total + own;
}`,
      errors: [
        {
          messageId: 'syncInAsyncValueDiffers',
          data: {
            api: 'readFileSync',
            fn: 'async function `add`',
            twin: 'readFile',
            from: ' from `node:fs/promises`',
            difference: '`total` would be read before the `await` and written after it, so a change made to it meanwhile (by another call) would be lost',
          },
          line: 4,
          column: 12,
          endLine: 4,
          endColumn: 27,
          suggestions: [
            {
              messageId: 'replaceWithTwin',
              output: `import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
let total = 0;
export async function add(p: string) {
  total += (await readFile(p)).length;
  let own = 0;
  own += readFileSync(p).length;
  return total + own;
}`,
            },
          ],
        },
        { messageId: 'syncInAsync', data: { api: 'readFileSync', fn: 'async function `add`', twin: 'readFile', from: ' from `node:fs/promises`' }, line: 6, column: 10, endLine: 6, endColumn: 25, suggestions: [] },
      ],
    },
    {
      // The same for an object a method call writes after its arguments read it (`sizes.get`).
      code: `import { readFileSync } from 'node:fs';
const sizes = new Map<string, number>();
export async function add(p: string) {
  sizes.set(p, (sizes.get(p) ?? 0) + readFileSync(p).length);
}`,
      output: null,
      errors: [
        {
          messageId: 'syncInAsyncValueDiffers',
          data: {
            api: 'readFileSync',
            fn: 'async function `add`',
            twin: 'readFile',
            from: ' from `node:fs/promises`',
            difference: '`sizes` would be read before the `await` and written after it, so a change made to it meanwhile (by another call) would be lost',
          },
          line: 4,
          column: 38,
          endLine: 4,
          endColumn: 53,
          suggestions: [
            {
              messageId: 'replaceWithTwin',
              output: `import { readFile } from 'node:fs/promises';
const sizes = new Map<string, number>();
export async function add(p: string) {
  sizes.set(p, (sizes.get(p) ?? 0) + (await readFile(p)).length);
}`,
            },
          ],
        },
      ],
    },
    {
      // re-export through a local module, renamed; not a Node built-in, so the module stays loaded
      code: `import { readText } from './lib/reexport-fs.js';
export async function load() {
  return readText('a.txt', 'utf8');
}`,
      output: `import './lib/reexport-fs.js';
import { readFile } from 'node:fs/promises';
export async function load() {
  return await readFile('a.txt', 'utf8');
}`,
      errors: [
        { messageId: 'syncInAsync', data: { api: 'readFileSync', fn: 'async function `load`', twin: 'readFile', from: ' from `node:fs/promises`' }, line: 3, column: 10, endLine: 3, endColumn: 35, suggestions: [] },
      ],
    },
    {
      // namespace re-export through a local module: promisify twin
      code: `import { zip } from './lib/reexport-fs.js';
export async function pack(data: Buffer) {
  return zip.gzipSync(data);
}`,
      output: `import { zip } from './lib/reexport-fs.js';
import { promisify } from 'node:util';
export async function pack(data: Buffer) {
  return await promisify(zip.gzip)(data);
}`,
      errors: [
        { messageId: 'syncInAsync', data: { api: 'gzipSync', fn: 'async function `pack`', twin: 'promisify(zip.gzip)', from: '' }, line: 3, column: 10, endLine: 3, endColumn: 28, suggestions: [] },
      ],
    },
    {
      // a module that re-exports some Node functions by name lacks `promises` and the callback forms:
      // the twins are imported from the Node modules themselves
      code: `import * as re from 'node-reexports';
import { gz } from 'node-reexports';
export async function pack(data: Buffer) {
  re.writeFileSync('a', 'b');
  return [gz(data), re.deflateSync(data)];
}`,
      output: [
        `import * as re from 'node-reexports';
import { gzip } from 'node:zlib';
import { promisify } from 'node:util';
export async function pack(data: Buffer) {
  re.writeFileSync('a', 'b');
  return [await promisify(gzip)(data), re.deflateSync(data)];
}`,
        `import * as re from 'node-reexports';
import { gzip, deflate } from 'node:zlib';
import { promisify } from 'node:util';
export async function pack(data: Buffer) {
  re.writeFileSync('a', 'b');
  return [await promisify(gzip)(data), await promisify(deflate)(data)];
}`,
        `import * as re from 'node-reexports';
import { gzip, deflate } from 'node:zlib';
import { promisify } from 'node:util';
import { writeFile } from 'node:fs/promises';
export async function pack(data: Buffer) {
  await writeFile('a', 'b');
  return [await promisify(gzip)(data), await promisify(deflate)(data)];
}`,
      ],
      errors: [
        { messageId: 'syncInAsync', data: { api: 'writeFileSync', fn: 'async function `pack`', twin: 'writeFile', from: ' from `node:fs/promises`' }, line: 4, column: 3, endLine: 4, endColumn: 29, suggestions: [] },
        { messageId: 'syncInAsync', data: { api: 'gzipSync', fn: 'async function `pack`', twin: 'promisify(gzip)', from: ' from `node:zlib`' }, line: 5, column: 11, endLine: 5, endColumn: 19, suggestions: [] },
        { messageId: 'syncInAsync', data: { api: 'deflateSync', fn: 'async function `pack`', twin: 'promisify(deflate)', from: ' from `node:zlib`' }, line: 5, column: 21, endLine: 5, endColumn: 41, suggestions: [] },
      ],
    },
    {
      // a const alias of the sync function: the twin through the module it was read from, and the alias
      // goes with its only call
      code: `import zlib from 'node:zlib';
const gzip = zlib.gzipSync;
export async function pack(data: Buffer) {
  return gzip(data);
}`,
      output: `import zlib from 'node:zlib';
import { promisify } from 'node:util';
export async function pack(data: Buffer) {
  return await promisify(zlib.gzip)(data);
}`,
      errors: [
        { messageId: 'syncInAsync', data: { api: 'gzipSync', fn: 'async function `pack`', twin: 'promisify(zlib.gzip)', from: '' }, line: 4, column: 10, endLine: 4, endColumn: 20, suggestions: [] },
      ],
    },
    {
      // crypto: promisify(crypto.pbkdf2) and an added node:util import
      code: `import crypto from 'node:crypto';
export async function derive(password: string, salt: string) {
  const key = crypto.pbkdf2Sync(password, salt, 100_000, 64, 'sha512');
  return key.toString('hex');
}`,
      output: `import crypto from 'node:crypto';
import { promisify } from 'node:util';
export async function derive(password: string, salt: string) {
  const key = await promisify(crypto.pbkdf2)(password, salt, 100_000, 64, 'sha512');
  return key.toString('hex');
}`,
      errors: [
        { messageId: 'syncInAsync', data: { api: 'pbkdf2Sync', fn: 'async function `derive`', twin: 'promisify(crypto.pbkdf2)', from: '' }, line: 3, column: 15, endLine: 3, endColumn: 71, suggestions: [] },
      ],
    },
    {
      // named import from node:crypto extended with the callback twin; existing promisify reused
      code: `import { hkdfSync } from 'node:crypto';
import { promisify } from 'node:util';
export async function derive(password: string, salt: string) {
  return hkdfSync('sha512', password, salt, 'info', 64);
}`,
      output: `import { hkdf } from 'node:crypto';
import { promisify } from 'node:util';
export async function derive(password: string, salt: string) {
  return await promisify(hkdf)('sha512', password, salt, 'info', 64);
}`,
      errors: [
        { messageId: 'syncInAsync', data: { api: 'hkdfSync', fn: 'async function `derive`', twin: 'promisify(hkdf)', from: ' from `node:crypto`' }, line: 4, column: 10, endLine: 4, endColumn: 56, suggestions: [] },
      ],
    },
    {
      // @types/node types promisify(scrypt) loosely (an `unknown` result), and promisify(fs.open) refuses
      // one argument: in TypeScript a suggestion; with the arguments its type takes, a fix
      code: `import { scryptSync } from 'node:crypto';
import fs from 'node:fs';
export async function derive(password: string, salt: string) {
  return [scryptSync(password, salt, 64), fs.openSync('key'), fs.openSync('key', 'r')];
}`,
      output: `import { scryptSync } from 'node:crypto';
import fs from 'node:fs';
import { promisify } from 'node:util';
export async function derive(password: string, salt: string) {
  return [scryptSync(password, salt, 64), fs.openSync('key'), await promisify(fs.open)('key', 'r')];
}`,
      errors: [
        { messageId: 'syncInAsyncValueDiffers', data: { api: 'scryptSync', fn: 'async function `derive`', twin: 'promisify(scrypt)', from: ' from `node:crypto`', difference: looselyTyped('scrypt') }, line: 4, column: 11, endLine: 4, endColumn: 41, suggestions: [{ messageId: 'replaceWithTwin', output: `import { scrypt } from 'node:crypto';
import fs from 'node:fs';
import { promisify } from 'node:util';
export async function derive(password: string, salt: string) {
  return [await promisify(scrypt)(password, salt, 64), fs.openSync('key'), fs.openSync('key', 'r')];
}` }] },
        { messageId: 'syncInAsyncValueDiffers', data: { api: 'openSync', fn: 'async function `derive`', twin: 'promisify(fs.open)', from: '', difference: looselyTyped('open') }, line: 4, column: 43, endLine: 4, endColumn: 61, suggestions: [{ messageId: 'replaceWithTwin', output: `import { scryptSync } from 'node:crypto';
import fs from 'node:fs';
import { promisify } from 'node:util';
export async function derive(password: string, salt: string) {
  return [scryptSync(password, salt, 64), await promisify(fs.open)('key'), fs.openSync('key', 'r')];
}` }] },
        { messageId: 'syncInAsync', data: { api: 'openSync', fn: 'async function `derive`', twin: 'promisify(fs.open)', from: '' }, line: 4, column: 63, endLine: 4, endColumn: 86, suggestions: [] },
      ],
    },
    {
      // in JavaScript that TypeScript does not check, the values are the same: a fix
      code: `import { randomFillSync } from 'node:crypto';
export async function fill(buffer) {
  return randomFillSync(buffer);
}`,
      filename: 'script.js',
      output: `import { randomFill } from 'node:crypto';
import { promisify } from 'node:util';
export async function fill(buffer) {
  return await promisify(randomFill)(buffer);
}`,
      errors: [
        { messageId: 'syncInAsync', data: { api: 'randomFillSync', fn: 'async function `fill`', twin: 'promisify(randomFill)', from: ' from `node:crypto`' }, line: 3, column: 10, endLine: 3, endColumn: 32, suggestions: [] },
      ],
    },
    {
      // randomBytes without a callback is the sync form
      code: `import { randomBytes } from 'node:crypto';
export async function token() {
  return randomBytes(32).toString('hex');
}`,
      output: `import { randomBytes } from 'node:crypto';
import { promisify } from 'node:util';
export async function token() {
  return (await promisify(randomBytes)(32)).toString('hex');
}`,
      errors: [
        { messageId: 'syncInAsync', data: { api: 'randomBytes', fn: 'async function `token`', twin: 'promisify(randomBytes)', from: ' from `node:crypto`' }, line: 3, column: 10, endLine: 3, endColumn: 25, suggestions: [] },
      ],
    },
    {
      // a lone argument is the size whatever its name: the callback would come second
      code: `import crypto from 'node:crypto';
const SALT_BYTES = 16;
export async function salt() {
  return crypto.randomBytes(SALT_BYTES).toString('hex');
}`,
      output: `import crypto from 'node:crypto';
import { promisify } from 'node:util';
const SALT_BYTES = 16;
export async function salt() {
  return (await promisify(crypto.randomBytes)(SALT_BYTES)).toString('hex');
}`,
      errors: [
        { messageId: 'syncInAsync', data: { api: 'randomBytes', fn: 'async function `salt`', twin: 'promisify(crypto.randomBytes)', from: '' }, line: 4, column: 10, endLine: 4, endColumn: 40, suggestions: [] },
      ],
    },
    {
      // execSync: the values differ, so a suggestion
      code: `import cp from 'node:child_process';
export async function version() {
  return cp.execSync('git --version', { encoding: 'utf8' });
}`,
      output: null,
      errors: [
        { messageId: 'syncInAsyncValueDiffers', data: { api: 'execSync', fn: 'async function `version`', twin: 'promisify(cp.exec)', from: '', difference: '`exec` resolves `{ stdout, stderr }` with strings by default and does not pass stderr through to the parent; execSync returns a Buffer unless an encoding is given' }, line: 3, column: 10, endLine: 3, endColumn: 60, suggestions: [{ messageId: 'replaceWithTwin', output: `import cp from 'node:child_process';
import { promisify } from 'node:util';
export async function version() {
  return (await promisify(cp.exec)('git --version', { encoding: 'utf8' })).stdout;
}` }] },
      ],
    },
    {
      // spawnSync: the values differ, so a suggestion
      code: `import { spawnSync } from 'node:child_process';
export async function run() {
  return spawnSync('ls', ['-la']);
}`,
      output: null,
      errors: [
        { messageId: 'syncInAsyncValueDiffers', data: { api: 'spawnSync', fn: 'async function `run`', twin: 'promisify(execFile)', from: ' from `node:child_process`', difference: '`execFile` resolves `{ stdout, stderr }` and rejects on a non-zero exit, where spawnSync returns `{ status, signal, stdout, stderr, … }` and never throws for the exit code' }, line: 3, column: 10, endLine: 3, endColumn: 34, suggestions: [{ messageId: 'replaceWithTwin', output: `import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
export async function run() {
  return await promisify(execFile)('ls', ['-la']);
}` }] },
      ],
    },
    {
      // `input` and `stdio` do nothing for the callback form (the command would wait for its stdin,
      // the output would be captured): no rewrite is offered
      code: `import { execSync, execFileSync } from 'node:child_process';
export async function apply(patch: string) {
  execSync('git apply', { input: patch });
  execFileSync('npm', ['test'], { stdio: 'inherit' });
}`,
      output: null,
      errors: [
        { messageId: 'syncInAsyncValueDiffers', data: { api: 'execSync', fn: 'async function `apply`', twin: 'promisify(exec)', from: ' from `node:child_process`', difference: ignoresOptions }, line: 3, column: 3, endLine: 3, endColumn: 42, suggestions: [] },
        { messageId: 'syncInAsyncValueDiffers', data: { api: 'execFileSync', fn: 'async function `apply`', twin: 'promisify(execFile)', from: ' from `node:child_process`', difference: ignoresOptions }, line: 4, column: 3, endLine: 4, endColumn: 54, suggestions: [] },
      ],
    },
    {
      // existsSync has no direct twin: a suggestion
      code: `import fs from 'node:fs';
export async function exists(p: string) {
  return fs.existsSync(p);
}`,
      output: null,
      errors: [
        { messageId: 'syncInAsyncValueDiffers', data: { api: 'existsSync', fn: 'async function `exists`', twin: 'fs.promises.access(…).then(() => true, () => false)', from: '', difference: 'there is no async `exists`; `access` also fails when the file exists but is not accessible' }, line: 3, column: 10, endLine: 3, endColumn: 26, suggestions: [{ messageId: 'replaceWithTwin', output: `import fs from 'node:fs';
export async function exists(p: string) {
  return await fs.promises.access(p).then(() => true, () => false);
}` }] },
      ],
    },
    {
      // an option the async form lacks, whose absence turns `undefined` into a rejection: no rewrite
      code: `import fs from 'node:fs';
export async function size(p: string) {
  return fs.statSync(p, { throwIfNoEntry: false })?.size;
}`,
      output: null,
      errors: [
        {
          messageId: 'syncInAsyncValueDiffers',
          data: {
            api: 'statSync',
            fn: 'async function `size`',
            twin: 'fs.promises.stat',
            from: '',
            difference: 'the async form has no `throwIfNoEntry` option and rejects where this call returns `undefined`, so there is no rewrite: catch the `ENOENT` rejection instead',
          },
          line: 3,
          column: 10,
          endLine: 3,
          endColumn: 51,
          suggestions: [],
        },
      ],
    },
    {
      // `recursive`: the async `readdir` walks the tree in another order, so the rewrite is a suggestion
      code: `import fs from 'node:fs';
export async function list(dir: string) {
  return fs.readdirSync(dir, { recursive: true });
}`,
      output: null,
      errors: [
        {
          messageId: 'syncInAsyncValueDiffers',
          data: {
            api: 'readdirSync',
            fn: 'async function `list`',
            twin: 'fs.promises.readdir',
            from: '',
            difference: 'with `recursive` the async `readdir` lists the same entries in another order',
          },
          line: 3,
          column: 10,
          endLine: 3,
          endColumn: 50,
          suggestions: [
            {
              messageId: 'replaceWithTwin',
              output: `import fs from 'node:fs';
export async function list(dir: string) {
  return await fs.promises.readdir(dir, { recursive: true });
}`,
            },
          ],
        },
      ],
    },
    {
      // Atomics.wait: no twin, report only
      code: `export async function wait(buffer: Int32Array) {
  Atomics.wait(buffer, 0, 0);
}`,
      output: null,
      errors: [
        { messageId: 'syncInAsyncNoTwin', data: { api: 'Atomics.wait', fn: 'async function `wait`', advice: 'on the main thread wait with `await Atomics.waitAsync(…).value`, or move the waiting code into a worker thread' }, line: 2, column: 3, endLine: 2, endColumn: 29, suggestions: [] },
      ],
    },
    {
      // a comparator: an async one would be no cure, so the advice is to read first
      code: `import fs from 'node:fs';
export async function bySize(files: string[]) {
  return files.sort((a, b) => fs.statSync(a).size - fs.statSync(b).size);
}`,
      output: null,
      errors: [
        { messageId: 'syncInImmediateCallback', data: { api: 'statSync', fn: 'async function `bySize`', callback: '`sort` callback', advice: moveOut('fs.promises.stat', '') }, line: 3, column: 31, endLine: 3, endColumn: 45, suggestions: [] },
        { messageId: 'syncInImmediateCallback', data: { api: 'statSync', fn: 'async function `bySize`', callback: '`sort` callback', advice: moveOut('fs.promises.stat', '') }, line: 3, column: 53, endLine: 3, endColumn: 67, suggestions: [] },
      ],
    },
    {
      // a string's `replace` callback runs for each match before `replace` returns, inside the async function
      code: `import fs from 'node:fs';
export async function render(template: string) {
  return template.replace(/{{(\\w+)}}/g, (_, name: string) => fs.readFileSync(name, 'utf8'));
}`,
      output: null,
      errors: [
        { messageId: 'syncInImmediateCallback', data: { api: 'readFileSync', fn: 'async function `render`', callback: '`replace` callback', advice: moveOut('fs.promises.readFile', '') }, line: 3, column: 62, endLine: 3, endColumn: 91, suggestions: [] },
      ],
    },
    {
      // a sync array callback inside an async function: await is not allowed there
      code: `import fs from 'node:fs';
export async function readAll(files: string[]) {
  return files.map((file) => fs.readFileSync(file, 'utf8'));
}`,
      output: null,
      errors: [
        { messageId: 'syncInImmediateCallback', data: { api: 'readFileSync', fn: 'async function `readAll`', callback: '`map` callback', advice: perElement('fs.promises.readFile', '') }, line: 3, column: 30, endLine: 3, endColumn: 59, suggestions: [] },
      ],
    },
    {
      // a predicate must answer at once (an async one's promise is always truthy): read before the `filter`
      code: `import fs from 'node:fs';
export async function nonEmpty(files: string[]) {
  return files.filter((file) => fs.readFileSync(file, 'utf8').length > 0);
}`,
      output: null,
      errors: [
        { messageId: 'syncInImmediateCallback', data: { api: 'readFileSync', fn: 'async function `nonEmpty`', callback: '`filter` callback', advice: moveOut('fs.promises.readFile', '') }, line: 3, column: 33, endLine: 3, endColumn: 62, suggestions: [] },
      ],
    },
    {
      // a promise-returning wrapper around sync work
      code: `import fs from 'node:fs';
export function load(): Promise<string> {
  return new Promise((resolve) => {
    resolve(fs.readFileSync('a', 'utf8'));
  });
}`,
      output: null,
      errors: [
        { messageId: 'syncInPromiseExecutor', data: { api: 'readFileSync', fn: 'function `load`', twin: 'fs.promises.readFile', from: '' }, line: 4, column: 13, endLine: 4, endColumn: 41, suggestions: [] },
      ],
    },
    {
      // the wrapper's promise type inferred, no annotation
      code: `import fs from 'node:fs';
export function load() {
  return new Promise<string>((resolve) => resolve(fs.readFileSync('a', 'utf8')));
}`,
      output: null,
      errors: [
        { messageId: 'syncInPromiseExecutor', data: { api: 'readFileSync', fn: 'function `load`', twin: 'fs.promises.readFile', from: '' }, line: 3, column: 51, endLine: 3, endColumn: 79, suggestions: [] },
      ],
    },
    {
      // class members: async method, async arrow property, async generator
      code: `import fs from 'node:fs';
export class Store {
  async load() {
    return fs.readFileSync('a');
  }
  save = async (data: string) => {
    fs.writeFileSync('a', data);
  };
  async *lines() {
    yield fs.readFileSync('b', 'utf8');
  }
}`,
      output: `import fs from 'node:fs';
export class Store {
  async load() {
    return await fs.promises.readFile('a');
  }
  save = async (data: string) => {
    await fs.promises.writeFile('a', data);
  };
  async *lines() {
    yield await fs.promises.readFile('b', 'utf8');
  }
}`,
      errors: [
        { messageId: 'syncInAsync', data: { api: 'readFileSync', fn: 'async method `load`', twin: 'fs.promises.readFile', from: '' }, line: 4, column: 12, endLine: 4, endColumn: 32, suggestions: [] },
        { messageId: 'syncInAsync', data: { api: 'writeFileSync', fn: 'async method `save`', twin: 'fs.promises.writeFile', from: '' }, line: 7, column: 5, endLine: 7, endColumn: 32, suggestions: [] },
        { messageId: 'syncInAsync', data: { api: 'readFileSync', fn: 'async generator method `lines`', twin: 'fs.promises.readFile', from: '' }, line: 10, column: 11, endLine: 10, endColumn: 39, suggestions: [] },
      ],
    },
    {
      // object literal async method
      code: `import fs from 'node:fs';
export const api = {
  async get() {
    return fs.readdirSync('.');
  },
};`,
      output: `import fs from 'node:fs';
export const api = {
  async get() {
    return await fs.promises.readdir('.');
  },
};`,
      errors: [
        { messageId: 'syncInAsync', data: { api: 'readdirSync', fn: 'async method `get`', twin: 'fs.promises.readdir', from: '' }, line: 4, column: 12, endLine: 4, endColumn: 31, suggestions: [] },
      ],
    },
    {
      // comments inside the call are kept
      code: `import fs from 'node:fs';
export async function load(p: string) {
  return fs.readFileSync(/* the path */ p, 'utf8' /* encoding */);
}`,
      output: `import fs from 'node:fs';
export async function load(p: string) {
  return await fs.promises.readFile(/* the path */ p, 'utf8' /* encoding */);
}`,
      errors: [
        { messageId: 'syncInAsync', data: { api: 'readFileSync', fn: 'async function `load`', twin: 'fs.promises.readFile', from: '' }, line: 3, column: 10, endLine: 3, endColumn: 66, suggestions: [] },
      ],
    },
    {
      // a parenthesised callee is rewritten with its parentheses (not `await readFile)(p)`)
      code: `import { readFileSync } from 'node:fs';
import bcrypt from 'bcrypt';
export async function load(p: string) {
  return [(readFileSync)(p), (bcrypt.hashSync) /* cost */ (p, 10)];
}`,
      output: `import { readFile } from 'node:fs/promises';
import bcrypt from 'bcrypt';
export async function load(p: string) {
  return [await readFile(p), await bcrypt.hash /* cost */ (p, 10)];
}`,
      errors: [
        { messageId: 'syncInAsync', data: { api: 'readFileSync', fn: 'async function `load`', twin: 'readFile', from: ' from `node:fs/promises`' }, line: 4, column: 11, endLine: 4, endColumn: 28, suggestions: [] },
        { messageId: 'syncInAsync', data: { api: 'hashSync', fn: 'async function `load`', twin: 'bcrypt.hash', from: '' }, line: 4, column: 30, endLine: 4, endColumn: 66, suggestions: [] },
      ],
    },
    {
      // a nested export is named by its path in the message
      code: `import * as fs from 'node:fs';
export async function resolve(p: string) {
  return fs.realpathSync.native(p);
}`,
      output: `import * as fs from 'node:fs';
export async function resolve(p: string) {
  return await fs.promises.realpath(p);
}`,
      errors: [
        { messageId: 'syncInAsync', data: { api: 'realpathSync.native', fn: 'async function `resolve`', twin: 'fs.promises.realpath', from: '' }, line: 3, column: 10, endLine: 3, endColumn: 35, suggestions: [] },
      ],
    },
    {
      // a file descriptor where the path goes: `fs/promises` rejects it, the callback form takes it
      code: `import fs, { writeFileSync } from 'node:fs';
export async function pipe(out: number | string) {
  writeFileSync(out, fs.readFileSync(0, 'utf8'));
}`,
      output: [
        `import fs, { writeFile } from 'node:fs';
import { promisify } from 'node:util';
export async function pipe(out: number | string) {
  await promisify(writeFile)(out, fs.readFileSync(0, 'utf8'));
}`,
        `import fs, { writeFile } from 'node:fs';
import { promisify } from 'node:util';
export async function pipe(out: number | string) {
  await promisify(writeFile)(out, await promisify(fs.readFile)(0, 'utf8'));
}`,
      ],
      errors: [
        { messageId: 'syncInAsync', data: { api: 'writeFileSync', fn: 'async function `pipe`', twin: 'promisify(writeFile)', from: ' from `node:fs`' }, line: 3, column: 3, endLine: 3, endColumn: 49, suggestions: [] },
        { messageId: 'syncInAsync', data: { api: 'readFileSync', fn: 'async function `pipe`', twin: 'promisify(fs.readFile)', from: '' }, line: 3, column: 22, endLine: 3, endColumn: 48, suggestions: [] },
      ],
    },
    {
      // An `any` argument says no more than no type at all: a suggestion for a path and one for a descriptor,
      // unless it is named or written as a path.
      code: `import { readFileSync } from 'node:fs';
export async function load(request: any) {
  return [readFileSync(request.body), readFileSync(request.filePath)];
}`,
      output: `import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
export async function load(request: any) {
  return [readFileSync(request.body), await readFile(request.filePath)];
}`,
      errors: [
        {
          messageId: 'syncInAsyncPathOrDescriptor',
          data: { api: 'readFileSync', fn: 'async function `load`', twin: 'readFile', from: ' from `node:fs/promises`', descriptorTwin: 'promisify(readFile)', descriptorFrom: ' from `node:fs`', argument: '`request.body`' },
          line: 3,
          column: 11,
          endLine: 3,
          endColumn: 37,
          suggestions: [
            {
              messageId: 'replaceWithTwin',
              data: { twin: 'readFile' },
              output: `import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
export async function load(request: any) {
  return [await readFile(request.body), readFileSync(request.filePath)];
}`,
            },
            {
              messageId: 'replaceWithTwin',
              data: { twin: 'promisify(readFile)' },
              output: `import { readFileSync, readFile } from 'node:fs';
import { promisify } from 'node:util';
export async function load(request: any) {
  return [await promisify(readFile)(request.body), readFileSync(request.filePath)];
}`,
            },
          ],
        },
        { messageId: 'syncInAsync', data: { api: 'readFileSync', fn: 'async function `load`', twin: 'readFile', from: ' from `node:fs/promises`' }, line: 3, column: 39, endLine: 3, endColumn: 69, suggestions: [] },
      ],
    },
    {
      // comments inside the callee would be lost: reported, no fix
      code: `import fs from 'node:fs';
export async function load(p: string) {
  return fs /* the real fs */ .readFileSync(p) || (/* why */ fs.statSync)(p);
}`,
      output: null,
      errors: [
        { messageId: 'syncInAsync', data: { api: 'readFileSync', fn: 'async function `load`', twin: 'fs.promises.readFile', from: '' }, line: 3, column: 10, endLine: 3, endColumn: 47, suggestions: [] },
        { messageId: 'syncInAsync', data: { api: 'statSync', fn: 'async function `load`', twin: 'fs.promises.stat', from: '' }, line: 3, column: 51, endLine: 3, endColumn: 77, suggestions: [] },
      ],
    },
    {
      // no-semicolon style: a leading semicolon keeps ASI from joining lines
      code: `import fs from 'node:fs'
export async function load(p: string) {
  const a = 1
  fs.readFileSync(p).toString()
  return a
}`,
      output: `import fs from 'node:fs'
export async function load(p: string) {
  const a = 1
  ;(await fs.promises.readFile(p)).toString()
  return a
}`,
      errors: [
        { messageId: 'syncInAsync', data: { api: 'readFileSync', fn: 'async function `load`', twin: 'fs.promises.readFile', from: '' }, line: 4, column: 3, endLine: 4, endColumn: 21, suggestions: [] },
      ],
    },
    {
      // a parameter default value: await is not allowed there
      code: `import fs from 'node:fs';
export async function load(p = fs.readFileSync('default.txt', 'utf8')) {
  return p;
}`,
      output: null,
      errors: [
        { messageId: 'syncInAsync', data: { api: 'readFileSync', fn: 'async function `load`', twin: 'fs.promises.readFile', from: '' }, line: 2, column: 32, endLine: 2, endColumn: 70, suggestions: [] },
      ],
    },
    {
      // two reports in one file: the second pass reuses the import the first one added
      code: `import { readFileSync, writeFileSync } from 'node:fs';
export async function copy() {
  writeFileSync('b', readFileSync('a'));
}`,
      output: [`import { writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
export async function copy() {
  writeFileSync('b', await readFile('a'));
}`, `import { readFile, writeFile } from 'node:fs/promises';
export async function copy() {
  await writeFile('b', await readFile('a'));
}`],
      errors: [
        { messageId: 'syncInAsync', data: { api: 'writeFileSync', fn: 'async function `copy`', twin: 'writeFile', from: ' from `node:fs/promises`' }, line: 3, column: 3, endLine: 3, endColumn: 40, suggestions: [] },
        { messageId: 'syncInAsync', data: { api: 'readFileSync', fn: 'async function `copy`', twin: 'readFile', from: ' from `node:fs/promises`' }, line: 3, column: 22, endLine: 3, endColumn: 39, suggestions: [] },
      ],
    },
    {
      // generic sibling: bcrypt.hash settles to the same type
      code: `import bcrypt from 'bcrypt';
export async function hashPassword(password: string) {
  return bcrypt.hashSync(password, 10);
}`,
      output: `import bcrypt from 'bcrypt';
export async function hashPassword(password: string) {
  return await bcrypt.hash(password, 10);
}`,
      errors: [
        { messageId: 'syncInAsync', data: { api: 'hashSync', fn: 'async function `hashPassword`', twin: 'bcrypt.hash', from: '' }, line: 3, column: 10, endLine: 3, endColumn: 39, suggestions: [] },
      ],
    },
    {
      // generic sibling through a named import: the import is extended
      code: `import { compareSync } from 'bcrypt';
export async function check(password: string, hash: string) {
  return compareSync(password, hash);
}`,
      output: `import { compare } from 'bcrypt';
export async function check(password: string, hash: string) {
  return await compare(password, hash);
}`,
      errors: [
        { messageId: 'syncInAsync', data: { api: 'compareSync', fn: 'async function `check`', twin: 'compare', from: ' from `bcrypt`' }, line: 3, column: 10, endLine: 3, endColumn: 37, suggestions: [] },
      ],
    },
    {
      // a project twin judged by the overload TypeScript calls, and not equal where only the sync side is `any`
      code: `import { loadSync, readConfigSync } from './lib/twin-overloads.js';
export async function a(p: string) {
  const text: string = loadSync(p, { encoding: 'utf8' });
  const port: number = readConfigSync(p).port;
  return [text, port];
}`,
      output: null,
      errors: [
        { messageId: 'syncInAsyncValueDiffers', data: { api: 'loadSync', fn: 'async function `a`', twin: 'load', from: ' from `./lib/twin-overloads.js`', difference: 'the async form settles to a different type than the sync form returns' }, line: 3, column: 24, endLine: 3, endColumn: 57, suggestions: [{ messageId: 'replaceWithTwin', output: `import { load, readConfigSync } from './lib/twin-overloads.js';
export async function a(p: string) {
  const text: string = await load(p, { encoding: 'utf8' });
  const port: number = readConfigSync(p).port;
  return [text, port];
}` }] },
        { messageId: 'syncInAsync', data: { api: 'readConfigSync', fn: 'async function `a`', twin: 'readConfig', from: ' from `./lib/twin-overloads.js`' }, line: 4, column: 24, endLine: 4, endColumn: 41, suggestions: [{ messageId: 'replaceWithTwin', output: `import { loadSync, readConfig } from './lib/twin-overloads.js';
export async function a(p: string) {
  const text: string = loadSync(p, { encoding: 'utf8' });
  const port: number = (await readConfig(p)).port;
  return [text, port];
}` }] },
      ],
    },
    {
      // fs-extra
      code: `import fse from 'fs-extra';
export async function load() {
  return fse.readJsonSync('package.json');
}`,
      output: `import fse from 'fs-extra';
export async function load() {
  return await fse.readJson('package.json');
}`,
      errors: [
        { messageId: 'syncInAsync', data: { api: 'readJsonSync', fn: 'async function `load`', twin: 'fse.readJson', from: '' }, line: 3, column: 10, endLine: 3, endColumn: 42, suggestions: [] },
      ],
    },
    {
      // fs-extra with `throws: false`: the sync read returns `null` for a missing file, where the async one rejects
      code: `import fse from 'fs-extra';
export async function load(options: { throws?: boolean }) {
  return [fse.readJsonSync('package.json', { throws: false }), fse.readJsonSync('tsconfig.json', options)];
}`,
      output: null,
      errors: [
        {
          messageId: 'syncInAsyncValueDiffers',
          data: readJsonThrows,
          line: 3,
          column: 11,
          endLine: 3,
          endColumn: 62,
          suggestions: [],
        },
        {
          messageId: 'syncInAsyncValueDiffers',
          data: readJsonThrows,
          line: 3,
          column: 64,
          endLine: 3,
          endColumn: 106,
          suggestions: [],
        },
      ],
    },
    {
      // fast-glob: the module itself is the async twin of .sync
      code: `import fg from 'fast-glob';
export async function list() {
  return fg.sync('**/*.ts', { cwd: 'src' });
}`,
      output: `import fg from 'fast-glob';
export async function list() {
  return await fg('**/*.ts', { cwd: 'src' });
}`,
      errors: [
        { messageId: 'syncInAsync', data: { api: 'fg.sync', fn: 'async function `list`', twin: 'fg', from: '' }, line: 3, column: 10, endLine: 3, endColumn: 44, suggestions: [] },
      ],
    },
    {
      // a parenthesised object keeps its parentheses (and what they hold) in the rewritten callee
      code: `import fg from 'fast-glob';
export async function list(other: typeof fg | undefined) {
  return (other ?? fg).sync('**/*.ts');
}
export async function read(p: string) {
  return (await import('node:fs')).readFileSync(p, 'utf8');
}`,
      output: `import fg from 'fast-glob';
export async function list(other: typeof fg | undefined) {
  return await (other ?? fg)('**/*.ts');
}
export async function read(p: string) {
  return await (await import('node:fs')).promises.readFile(p, 'utf8');
}`,
      errors: [
        { messageId: 'syncInAsync', data: { api: '(other ?? fg).sync', fn: 'async function `list`', twin: '(other ?? fg)', from: '' }, line: 3, column: 10, endLine: 3, endColumn: 39, suggestions: [] },
        { messageId: 'syncInAsync', data: { api: 'readFileSync', fn: 'async function `read`', twin: "(await import('node:fs')).promises.readFile", from: '' }, line: 6, column: 10, endLine: 6, endColumn: 59, suggestions: [] },
      ],
    },
    {
      // a library `.sync` reached through a destructuring or a member alias (`const`, or a `let` never
      // assigned again): fixed like `fg.sync(p)`, through the `fg` the alias was read from
      code: `import fg from 'fast-glob';
const { sync } = fg;
const { sync: scan } = fg;
const walk = fg.sync;
let find = walk;
export async function list(p: string) {
  return [sync(p), scan(p, { cwd: 'src' }), walk(/* pattern */ p).length, find(p)];
}`,
      // An alias whose only use is rewritten goes too, unless another fixed call lies between it and
      // that use: ESLint applies a fix as one edit, so those fixes would wait for each other, one per pass.
      output: `import fg from 'fast-glob';
const { sync: scan } = fg;
const walk = fg.sync;
let find = walk;
export async function list(p: string) {
  return [await fg(p), await fg(p, { cwd: 'src' }), (await fg(/* pattern */ p)).length, await fg(p)];
}`,
      errors: [
        { messageId: 'syncInAsync', data: { api: 'fg.sync', fn: 'async function `list`', twin: 'fg', from: '' }, line: 7, column: 11, endLine: 7, endColumn: 18, suggestions: [] },
        { messageId: 'syncInAsync', data: { api: 'fg.sync', fn: 'async function `list`', twin: 'fg', from: '' }, line: 7, column: 20, endLine: 7, endColumn: 43, suggestions: [] },
        { messageId: 'syncInAsync', data: { api: 'fg.sync', fn: 'async function `list`', twin: 'fg', from: '' }, line: 7, column: 45, endLine: 7, endColumn: 66, suggestions: [] },
        { messageId: 'syncInAsync', data: { api: 'fg.sync', fn: 'async function `list`', twin: 'fg', from: '' }, line: 7, column: 75, endLine: 7, endColumn: 82, suggestions: [] },
      ],
    },
    {
      // The alias removal may start where an import is added (`promisify`): edits that only touch do not overlap.
      code: `import crypto from 'node:crypto';
const derive = crypto.pbkdf2Sync;
export async function load(password: string) {
  return derive(password, 'salt', 1000, 32, 'sha256');
}`,
      output: `import crypto from 'node:crypto';
import { promisify } from 'node:util';
export async function load(password: string) {
  return await promisify(crypto.pbkdf2)(password, 'salt', 1000, 32, 'sha256');
}`,
      errors: [
        { messageId: 'syncInAsync', data: { api: 'pbkdf2Sync', fn: 'async function `load`', twin: 'promisify(crypto.pbkdf2)', from: '' }, line: 4, column: 10, endLine: 4, endColumn: 54, suggestions: [] },
      ],
    },
    {
      // Many aliases, one use each: a removal spans from its alias to its call, over the other calls, so
      // only the first alias goes, and every call is fixed in one pass, rather than one pass a call,
      // past ESLint's ten.
      code: "import fs from 'node:fs';\nconst read1 = fs.readFileSync;\nconst read2 = fs.readFileSync;\nconst read3 = fs.readFileSync;\nconst read4 = fs.readFileSync;\nconst read5 = fs.readFileSync;\nconst read6 = fs.readFileSync;\nconst read7 = fs.readFileSync;\nconst read8 = fs.readFileSync;\nconst read9 = fs.readFileSync;\nconst read10 = fs.readFileSync;\nconst read11 = fs.readFileSync;\nexport async function load() {\n  const t1 = read1('f1.txt', 'utf8');\n  const t2 = read2('f2.txt', 'utf8');\n  const t3 = read3('f3.txt', 'utf8');\n  const t4 = read4('f4.txt', 'utf8');\n  const t5 = read5('f5.txt', 'utf8');\n  const t6 = read6('f6.txt', 'utf8');\n  const t7 = read7('f7.txt', 'utf8');\n  const t8 = read8('f8.txt', 'utf8');\n  const t9 = read9('f9.txt', 'utf8');\n  const t10 = read10('f10.txt', 'utf8');\n  const t11 = read11('f11.txt', 'utf8');\n  return [t1, t2, t3, t4, t5, t6, t7, t8, t9, t10, t11];\n}",
      output: "import fs from 'node:fs';\nconst read2 = fs.readFileSync;\nconst read3 = fs.readFileSync;\nconst read4 = fs.readFileSync;\nconst read5 = fs.readFileSync;\nconst read6 = fs.readFileSync;\nconst read7 = fs.readFileSync;\nconst read8 = fs.readFileSync;\nconst read9 = fs.readFileSync;\nconst read10 = fs.readFileSync;\nconst read11 = fs.readFileSync;\nexport async function load() {\n  const t1 = await fs.promises.readFile('f1.txt', 'utf8');\n  const t2 = await fs.promises.readFile('f2.txt', 'utf8');\n  const t3 = await fs.promises.readFile('f3.txt', 'utf8');\n  const t4 = await fs.promises.readFile('f4.txt', 'utf8');\n  const t5 = await fs.promises.readFile('f5.txt', 'utf8');\n  const t6 = await fs.promises.readFile('f6.txt', 'utf8');\n  const t7 = await fs.promises.readFile('f7.txt', 'utf8');\n  const t8 = await fs.promises.readFile('f8.txt', 'utf8');\n  const t9 = await fs.promises.readFile('f9.txt', 'utf8');\n  const t10 = await fs.promises.readFile('f10.txt', 'utf8');\n  const t11 = await fs.promises.readFile('f11.txt', 'utf8');\n  return [t1, t2, t3, t4, t5, t6, t7, t8, t9, t10, t11];\n}",
      errors: [
        { messageId: 'syncInAsync', data: { api: 'readFileSync', fn: 'async function `load`', twin: 'fs.promises.readFile', from: '' }, line: 14, column: 14, endLine: 14, endColumn: 37, suggestions: [] },
        { messageId: 'syncInAsync', data: { api: 'readFileSync', fn: 'async function `load`', twin: 'fs.promises.readFile', from: '' }, line: 15, column: 14, endLine: 15, endColumn: 37, suggestions: [] },
        { messageId: 'syncInAsync', data: { api: 'readFileSync', fn: 'async function `load`', twin: 'fs.promises.readFile', from: '' }, line: 16, column: 14, endLine: 16, endColumn: 37, suggestions: [] },
        { messageId: 'syncInAsync', data: { api: 'readFileSync', fn: 'async function `load`', twin: 'fs.promises.readFile', from: '' }, line: 17, column: 14, endLine: 17, endColumn: 37, suggestions: [] },
        { messageId: 'syncInAsync', data: { api: 'readFileSync', fn: 'async function `load`', twin: 'fs.promises.readFile', from: '' }, line: 18, column: 14, endLine: 18, endColumn: 37, suggestions: [] },
        { messageId: 'syncInAsync', data: { api: 'readFileSync', fn: 'async function `load`', twin: 'fs.promises.readFile', from: '' }, line: 19, column: 14, endLine: 19, endColumn: 37, suggestions: [] },
        { messageId: 'syncInAsync', data: { api: 'readFileSync', fn: 'async function `load`', twin: 'fs.promises.readFile', from: '' }, line: 20, column: 14, endLine: 20, endColumn: 37, suggestions: [] },
        { messageId: 'syncInAsync', data: { api: 'readFileSync', fn: 'async function `load`', twin: 'fs.promises.readFile', from: '' }, line: 21, column: 14, endLine: 21, endColumn: 37, suggestions: [] },
        { messageId: 'syncInAsync', data: { api: 'readFileSync', fn: 'async function `load`', twin: 'fs.promises.readFile', from: '' }, line: 22, column: 14, endLine: 22, endColumn: 37, suggestions: [] },
        { messageId: 'syncInAsync', data: { api: 'readFileSync', fn: 'async function `load`', twin: 'fs.promises.readFile', from: '' }, line: 23, column: 15, endLine: 23, endColumn: 40, suggestions: [] },
        { messageId: 'syncInAsync', data: { api: 'readFileSync', fn: 'async function `load`', twin: 'fs.promises.readFile', from: '' }, line: 24, column: 15, endLine: 24, endColumn: 40, suggestions: [] },
      ],
    },
    {
      // An exported alias stays; a comment on the removed alias's line stays, on a line of its own.
      code: `import fg from 'fast-glob';
export const scan = fg.sync;
const walk = fg.sync; // the sync API
export async function list(p: string) {
  return [walk(p), scan(p)];
}`,
      output: `import fg from 'fast-glob';
export const scan = fg.sync;
// the sync API
export async function list(p: string) {
  return [await fg(p), await fg(p)];
}`,
      errors: [
        { messageId: 'syncInAsync', data: { api: 'fg.sync', fn: 'async function `list`', twin: 'fg', from: '' }, line: 5, column: 11, endLine: 5, endColumn: 18, suggestions: [] },
        { messageId: 'syncInAsync', data: { api: 'fg.sync', fn: 'async function `list`', twin: 'fg', from: '' }, line: 5, column: 20, endLine: 5, endColumn: 27, suggestions: [] },
      ],
    },
    {
      // … in CommonJS JavaScript too, where the checker types the `require`
      code: "const fg = require('fast-glob');\nconst { sync } = fg;\nmodule.exports.list = async (p) => sync(p);",
      filename: 'script.cjs',
      output: "const fg = require('fast-glob');\nmodule.exports.list = async (p) => await fg(p);",
      errors: [
        { messageId: 'syncInAsync', data: { api: 'fg.sync', fn: 'async arrow function', twin: 'fg', from: '' }, line: 3, column: 36, endLine: 3, endColumn: 43, suggestions: [] },
      ],
    },
    {
      // `xSync` destructured from a namespace or default import, or read into a local: the member twin
      code: `import * as bcrypt from 'bcrypt';
import fse from 'fs-extra';
const { hashSync } = bcrypt;
const compare = bcrypt.compareSync;
export async function check(password: string, stored: string) {
  const { readJsonSync: readJson } = fse;
  const hash = hashSync(password, 10);
  return compare(password, stored) && readJson(hash) !== null;
}`,
      // `hashSync`'s alias goes with its call; the others stay, as a fixed call lies between each and its use.
      output: `import * as bcrypt from 'bcrypt';
import fse from 'fs-extra';
const compare = bcrypt.compareSync;
export async function check(password: string, stored: string) {
  const { readJsonSync: readJson } = fse;
  const hash = await bcrypt.hash(password, 10);
  return await bcrypt.compare(password, stored) && await fse.readJson(hash) !== null;
}`,
      errors: [
        { messageId: 'syncInAsync', data: { api: 'hashSync', fn: 'async function `check`', twin: 'bcrypt.hash', from: '' }, line: 7, column: 16, endLine: 7, endColumn: 38, suggestions: [] },
        { messageId: 'syncInAsync', data: { api: 'compareSync', fn: 'async function `check`', twin: 'bcrypt.compare', from: '' }, line: 8, column: 10, endLine: 8, endColumn: 35, suggestions: [] },
        { messageId: 'syncInAsync', data: { api: 'readJsonSync', fn: 'async function `check`', twin: 'fse.readJson', from: '' }, line: 8, column: 39, endLine: 8, endColumn: 53, suggestions: [] },
      ],
    },
    {
      // through an alias, a twin that settles to another type is a suggestion, and a callback twin a report, as written directly
      code: `import * as ex from 'execa';
import glob from 'glob';
const { execaSync } = ex;
const { sync } = glob;
export async function run() {
  return [execaSync('ls').stdout, sync('*.ts')];
}`,
      output: null,
      errors: [
        { messageId: 'syncInAsyncValueDiffers', data: { api: 'execaSync', fn: 'async function `run`', twin: 'ex.execa', from: '', difference: 'the async form settles to a different type than the sync form returns' }, line: 6, column: 11, endLine: 6, endColumn: 26, suggestions: [{ messageId: 'replaceWithTwin', output: `import * as ex from 'execa';
import glob from 'glob';
const { sync } = glob;
export async function run() {
  return [(await ex.execa('ls')).stdout, sync('*.ts')];
}` }] },
        { messageId: 'syncInAsync', data: { api: 'glob.sync', fn: 'async function `run`', twin: 'promisify(glob)', from: ' from `node:util`' }, line: 6, column: 35, endLine: 6, endColumn: 47, suggestions: [] },
      ],
    },
    {
      // the object the alias was read from is assigned again, or hidden at the call (a parameter of its
      // name): reported, but `await fg(p)` could call something else, so no fix and no suggestion
      code: `import fastGlob from 'fast-glob';
let fg = fastGlob;
const walk = fg.sync;
const { sync } = fastGlob;
export function useOther(other: typeof fastGlob) { fg = other; }
export async function list(p: string) {
  return walk(p);
}
export async function find(fastGlob: string) {
  return sync(fastGlob);
}`,
      output: null,
      errors: [
        { messageId: 'syncInAsync', data: { api: 'fg.sync', fn: 'async function `list`', twin: 'fg', from: '' }, line: 7, column: 10, endLine: 7, endColumn: 17, suggestions: [] },
        { messageId: 'syncInAsync', data: { api: 'fastGlob.sync', fn: 'async function `find`', twin: 'fastGlob', from: '' }, line: 10, column: 10, endLine: 10, endColumn: 24, suggestions: [] },
      ],
    },
    {
      // glob 7: the twin takes a callback, report only
      code: `import glob from 'glob';
export async function list() {
  return glob.sync('**/*.ts');
}`,
      output: null,
      errors: [
        { messageId: 'syncInAsync', data: { api: 'glob.sync', fn: 'async function `list`', twin: 'promisify(glob)', from: ' from `node:util`' }, line: 3, column: 10, endLine: 3, endColumn: 30, suggestions: [] },
      ],
    },
    {
      // a callback method of an object is promisified with its `this`; a namespace's function needs none
      code: `declare class Loader { loadSync(): string; load(callback: (err: Error | null, text: string) => void): void; }
declare namespace locks { function lockSync(path: string): void; function lock(path: string, callback: (err: Error | null) => void): void; }
export async function start(loader: Loader) {
  locks.lockSync('app.lock');
  return loader.loadSync();
}`,
      output: null,
      errors: [
        { messageId: 'syncInAsync', data: { api: 'lockSync', fn: 'async function `start`', twin: 'promisify(locks.lock)', from: ' from `node:util`' }, line: 4, column: 3, endLine: 4, endColumn: 29, suggestions: [] },
        { messageId: 'syncInAsync', data: { api: 'loadSync', fn: 'async function `start`', twin: 'promisify(loader.load.bind(loader))', from: ' from `node:util`' }, line: 5, column: 10, endLine: 5, endColumn: 27, suggestions: [] },
      ],
    },
    {
      // execa: the async result type differs, so a suggestion
      code: `import { execaSync } from 'execa';
export async function run() {
  return execaSync('ls').stdout;
}`,
      output: null,
      errors: [
        { messageId: 'syncInAsyncValueDiffers', data: { api: 'execaSync', fn: 'async function `run`', twin: 'execa', from: ' from `execa`', difference: 'the async form settles to a different type than the sync form returns' }, line: 3, column: 10, endLine: 3, endColumn: 25, suggestions: [{ messageId: 'replaceWithTwin', output: `import { execa } from 'execa';
export async function run() {
  return (await execa('ls')).stdout;
}` }] },
      ],
    },
    {
      // a private twin, called inside its class: the caller may use it
      code: `export class Store {
  loadSync(): string { return 'data'; }
  private async load(): Promise<string> { return 'data'; }
  async handle() {
    return this.loadSync();
  }
}`,
      output: `export class Store {
  loadSync(): string { return 'data'; }
  private async load(): Promise<string> { return 'data'; }
  async handle() {
    return await this.load();
  }
}`,
      errors: [
        { messageId: 'syncInAsync', data: { api: 'loadSync', fn: 'async method `handle`', twin: 'this.load', from: '' }, line: 5, column: 12, endLine: 5, endColumn: 27, suggestions: [] },
      ],
    },
    {
      // `#private` twins, instance and static, called inside their class (on another instance too)
      code: `export class Store {
  #loadSync(): string { return 'data'; }
  async #load(): Promise<string> { return 'data'; }
  static #openSync(name: string): Store { return new Store(); }
  static async #open(name: string): Promise<Store> { return new Store(); }
  static async handle(other: Store) {
    const store = Store.#openSync('main');
    return [store.#loadSync(), other.#loadSync()];
  }
}`,
      output: `export class Store {
  #loadSync(): string { return 'data'; }
  async #load(): Promise<string> { return 'data'; }
  static #openSync(name: string): Store { return new Store(); }
  static async #open(name: string): Promise<Store> { return new Store(); }
  static async handle(other: Store) {
    const store = await Store.#open('main');
    return [await store.#load(), await other.#load()];
  }
}`,
      errors: [
        { messageId: 'syncInAsync', data: { api: '#openSync', fn: 'static async method `handle`', twin: 'Store.#open', from: '' }, line: 7, column: 19, endLine: 7, endColumn: 42, suggestions: [] },
        { messageId: 'syncInAsync', data: { api: '#loadSync', fn: 'static async method `handle`', twin: 'store.#load', from: '' }, line: 8, column: 13, endLine: 8, endColumn: 30, suggestions: [] },
        { messageId: 'syncInAsync', data: { api: '#loadSync', fn: 'static async method `handle`', twin: 'other.#load', from: '' }, line: 8, column: 32, endLine: 8, endColumn: 49, suggestions: [] },
      ],
    },
    {
      // a protected twin, called in a subclass through an instance of it
      code: `export class Store {
  loadSync(): string { return 'data'; }
  protected async load(): Promise<string> { return 'data'; }
}
export class CachedStore extends Store {
  async handle(other: CachedStore) {
    return [this.loadSync(), other.loadSync()];
  }
}`,
      output: `export class Store {
  loadSync(): string { return 'data'; }
  protected async load(): Promise<string> { return 'data'; }
}
export class CachedStore extends Store {
  async handle(other: CachedStore) {
    return [await this.load(), await other.load()];
  }
}`,
      errors: [
        { messageId: 'syncInAsync', data: { api: 'loadSync', fn: 'async method `handle`', twin: 'this.load', from: '' }, line: 7, column: 13, endLine: 7, endColumn: 28, suggestions: [] },
        { messageId: 'syncInAsync', data: { api: 'loadSync', fn: 'async method `handle`', twin: 'other.load', from: '' }, line: 7, column: 30, endLine: 7, endColumn: 46, suggestions: [] },
      ],
    },
    {
      // a twin that takes other parameters: reported, no rewrite (it would not compile)
      code: `export interface Client {
  getSync(key: string): string;
  get(request: { key: string }): Promise<string>;
}
declare namespace templates {
  function renderSync(template: string): string;
  function render(template: string, context: Record<string, string>): Promise<string>;
}
export async function handler(client: Client) {
  return [client.getSync('user:1'), templates.renderSync('home')];
}`,
      output: null,
      errors: [
        { messageId: 'syncInAsyncArgumentsDiffer', data: { api: 'getSync', fn: 'async function `handler`', twin: 'client.get', from: '' }, line: 10, column: 11, endLine: 10, endColumn: 35, suggestions: [] },
        { messageId: 'syncInAsyncArgumentsDiffer', data: { api: 'renderSync', fn: 'async function `handler`', twin: 'templates.render', from: '' }, line: 10, column: 37, endLine: 10, endColumn: 65, suggestions: [] },
      ],
    },
    {
      // a declared `this` parameter takes no argument: the twin takes the call's arguments
      code: `export interface Cache {
  readSync(this: Cache, key: string): string;
  read(this: Cache, key: string): Promise<string>;
}
export async function handler(cache: Cache) {
  return cache.readSync('user:1');
}`,
      output: `export interface Cache {
  readSync(this: Cache, key: string): string;
  read(this: Cache, key: string): Promise<string>;
}
export async function handler(cache: Cache) {
  return await cache.read('user:1');
}`,
      errors: [
        { messageId: 'syncInAsync', data: { api: 'readSync', fn: 'async function `handler`', twin: 'cache.read', from: '' }, line: 6, column: 10, endLine: 6, endColumn: 34, suggestions: [] },
      ],
    },
    {
      // arguments the rule cannot match to the twin's parameters (spread, a generic parameter): a suggestion, with no difference claimed
      code: `declare namespace store {
  function getSync(key: string, fallback?: string): string;
  function get(key: string, fallback?: string): Promise<string>;
  function saveSync<T>(value: T): void;
  function save<T>(value: T): Promise<void>;
}
export async function handler(args: [string, string]) {
  store.saveSync(1);
  return store.getSync(...args);
}`,
      output: null,
      errors: [
        { messageId: 'syncInAsync', data: { api: 'saveSync', fn: 'async function `handler`', twin: 'store.save', from: '' }, line: 8, column: 3, endLine: 8, endColumn: 20, suggestions: [{ messageId: 'replaceWithTwin', output: `declare namespace store {
  function getSync(key: string, fallback?: string): string;
  function get(key: string, fallback?: string): Promise<string>;
  function saveSync<T>(value: T): void;
  function save<T>(value: T): Promise<void>;
}
export async function handler(args: [string, string]) {
  await store.save(1);
  return store.getSync(...args);
}` }] },
        { messageId: 'syncInAsync', data: { api: 'getSync', fn: 'async function `handler`', twin: 'store.get', from: '' }, line: 9, column: 10, endLine: 9, endColumn: 32, suggestions: [{ messageId: 'replaceWithTwin', output: `declare namespace store {
  function getSync(key: string, fallback?: string): string;
  function get(key: string, fallback?: string): Promise<string>;
  function saveSync<T>(value: T): void;
  function save<T>(value: T): Promise<void>;
}
export async function handler(args: [string, string]) {
  store.saveSync(1);
  return await store.get(...args);
}` }] },
      ],
    },
    {
      // a project module's own sync/async pair
      code: `import { loadConfigSync } from './lib/config-loader.js';
export async function start() {
  return loadConfigSync('app.json').port;
}`,
      output: `import { loadConfig } from './lib/config-loader.js';
export async function start() {
  return (await loadConfig('app.json')).port;
}`,
      errors: [
        { messageId: 'syncInAsync', data: { api: 'loadConfigSync', fn: 'async function `start`', twin: 'loadConfig', from: ' from `./lib/config-loader.js`' }, line: 3, column: 10, endLine: 3, endColumn: 36, suggestions: [] },
      ],
    },
    {
      // optional call: reported, no fix
      code: `import fs from 'node:fs';
export async function load() {
  items.forEach(() => {});
  return fs.readFileSync?.('a');
}`,
      output: null,
      errors: [
        { messageId: 'syncInAsync', data: { api: 'readFileSync', fn: 'async function `load`', twin: 'fs.promises.readFile', from: '' }, line: 4, column: 10, endLine: 4, endColumn: 32, suggestions: [] },
      ],
    },
    {
      // two calls in one expression
      code: `import fs from 'node:fs';
export async function load() {
  const text = fs.readFileSync('a', 'utf8') + fs.readFileSync('b', 'utf8');
  return text;
}`,
      output: `import fs from 'node:fs';
export async function load() {
  const text = await fs.promises.readFile('a', 'utf8') + await fs.promises.readFile('b', 'utf8');
  return text;
}`,
      errors: [
        { messageId: 'syncInAsync', data: { api: 'readFileSync', fn: 'async function `load`', twin: 'fs.promises.readFile', from: '' }, line: 3, column: 16, endLine: 3, endColumn: 44, suggestions: [] },
        { messageId: 'syncInAsync', data: { api: 'readFileSync', fn: 'async function `load`', twin: 'fs.promises.readFile', from: '' }, line: 3, column: 47, endLine: 3, endColumn: 75, suggestions: [] },
      ],
    },
    {
      // an IIFE runs at once
      code: `import fs from 'node:fs';
export async function load() {
  return (() => fs.readFileSync('a'))();
}`,
      output: null,
      errors: [
        { messageId: 'syncInImmediateCallback', data: { api: 'readFileSync', fn: 'async function `load`', callback: 'immediately invoked function', advice: moveOut('fs.promises.readFile', '') }, line: 3, column: 17, endLine: 3, endColumn: 37, suggestions: [] },
      ],
    },
    {
      // .mts file
      code: `import { gzipSync } from 'node:zlib';
export const pack = async (data: Uint8Array) => gzipSync(data);`,
      filename: 'file.mts',
      output: `import { gzip } from 'node:zlib';
import { promisify } from 'node:util';
export const pack = async (data: Uint8Array) => await promisify(gzip)(data);`,
      errors: [
        { messageId: 'syncInAsync', data: { api: 'gzipSync', fn: 'async arrow function `pack`', twin: 'promisify(gzip)', from: ' from `node:zlib`' }, line: 2, column: 49, endLine: 2, endColumn: 63, suggestions: [] },
      ],
    },
    {
      // forEach callback
      code: `import fs from 'node:fs';
export async function load(dirs: string[][]) {
  for (const dir of dirs) {
    dir.forEach((d) => fs.mkdirSync(d, { recursive: true }));
  }
}`,
      output: null,
      errors: [
        { messageId: 'syncInImmediateCallback', data: { api: 'mkdirSync', fn: 'async function `load`', callback: '`forEach` callback', advice: perElement('fs.promises.mkdir', '') }, line: 4, column: 24, endLine: 4, endColumn: 60, suggestions: [] },
      ],
    },
    {
      // require() in a .ts file is typed any: found through the require binding
      code: `const fs = require('fs');
export async function load() {
  return fs.readFileSync('a.txt', 'utf8');
}`,
      output: `const fs = require('fs');
export async function load() {
  return await fs.promises.readFile('a.txt', 'utf8');
}`,
      errors: [
        { messageId: 'syncInAsync', data: { api: 'readFileSync', fn: 'async function `load`', twin: 'fs.promises.readFile', from: '' }, line: 3, column: 10, endLine: 3, endColumn: 42, suggestions: [] },
      ],
    },
    {
      // require in a .js file parsed as a module
      code: `const { execSync } = require('node:child_process');
module.exports.version = async () => execSync('node --version');`,
      filename: 'script.js',
      output: null,
      errors: [
        { messageId: 'syncInAsyncValueDiffers', data: { api: 'execSync', fn: 'async arrow function', twin: 'promisify(exec)', from: ' from `node:child_process`', difference: '`exec` resolves `{ stdout, stderr }` with strings by default and does not pass stderr through to the parent; execSync returns a Buffer unless an encoding is given' }, line: 2, column: 38, endLine: 2, endColumn: 64, suggestions: [{ messageId: 'replaceWithTwin', output: `const { exec } = require('node:child_process');
const { promisify } = require('node:util');
module.exports.version = async () => (await promisify(exec)('node --version')).stdout;` }] },
      ],
    },
    {
      // an optional link in the callee: reported, no fix (the rewrite would drop it)
      code: `import fg from 'fast-glob';
export async function list(glob?: typeof fg) {
  return glob?.sync('**/*.ts');
}`,
      output: null,
      errors: [
        { messageId: 'syncInAsync', data: { api: 'glob.sync', fn: 'async function `list`', twin: 'glob', from: '' }, line: 3, column: 10, endLine: 3, endColumn: 31, suggestions: [] },
      ],
    },
    {
      // an exported main may be called from anywhere: not a startup function
      code: `import { readFileSync } from 'node:fs';
export async function main() {
  return readFileSync('config.json', 'utf8');
}
main();`,
      output: `import { readFile } from 'node:fs/promises';
export async function main() {
  return await readFile('config.json', 'utf8');
}
main();`,
      errors: [
        { messageId: 'syncInAsync', data: { api: 'readFileSync', fn: 'async function `main`', twin: 'readFile', from: ' from `node:fs/promises`' }, line: 3, column: 10, endLine: 3, endColumn: 45, suggestions: [] },
      ],
    },
    {
      // called by a startup function, and from a callback that runs later in it: not a startup function
      code: `import { readFileSync } from 'node:fs';
import http from 'node:http';
async function loadPage() {
  return readFileSync('page.html', 'utf8');
}
async function main() {
  await loadPage();
  http.createServer(() => { void loadPage(); });
}
void main();`,
      output: `import { readFile } from 'node:fs/promises';
import http from 'node:http';
async function loadPage() {
  return await readFile('page.html', 'utf8');
}
async function main() {
  await loadPage();
  http.createServer(() => { void loadPage(); });
}
void main();`,
      errors: [
        { messageId: 'syncInAsync', data: { api: 'readFileSync', fn: 'async function `loadPage`', twin: 'readFile', from: ' from `node:fs/promises`' }, line: 4, column: 10, endLine: 4, endColumn: 43, suggestions: [] },
      ],
    },
    {
      // called at top level and from a request handler: not a startup function
      code: `import { readFileSync } from 'node:fs';
import http from 'node:http';
async function handle() {
  return readFileSync('page.html', 'utf8');
}
handle();
http.createServer(() => { void handle(); });`,
      output: `import { readFile } from 'node:fs/promises';
import http from 'node:http';
async function handle() {
  return await readFile('page.html', 'utf8');
}
handle();
http.createServer(() => { void handle(); });`,
      errors: [
        { messageId: 'syncInAsync', data: { api: 'readFileSync', fn: 'async function `handle`', twin: 'readFile', from: ' from `node:fs/promises`' }, line: 4, column: 10, endLine: 4, endColumn: 43, suggestions: [] },
      ],
    },
  ],
});

const untypedRuleTester = createUntypedRuleTester();

untypedRuleTester.run('no-sync-in-async (no type information)', rule, {
  valid: [
    // Without types, a local function cannot be told from the Node API by name: stay silent.
    'function readFileSync(p: string) { return p; }\nexport async function main() { return readFileSync("a"); }',
    "import bcrypt from 'bcrypt';\nexport async function main(p: string) { return bcrypt.hashSync(p, 10); }",
    // Without types too: a promise on one path and a value on another.
    {
      code: "const fs = require('fs');\nfunction read(name, local) {\n  if (!local) return Promise.resolve('');\n  return fs.readFileSync(name, 'utf8');\n}\nmodule.exports = { read };",
      filename: 'script.cjs',
    },
  ],
  invalid: [
    {
      code: `import { readFileSync } from 'node:fs';
export async function handler() {
  return readFileSync('a.txt', 'utf8');
}`,
      output: `import { readFile } from 'node:fs/promises';
export async function handler() {
  return await readFile('a.txt', 'utf8');
}`,
      errors: [
        { messageId: 'syncInAsync', data: { api: 'readFileSync', fn: 'async function `handler`', twin: 'readFile', from: ' from `node:fs/promises`' }, line: 3, column: 10, endLine: 3, endColumn: 39, suggestions: [] },
      ],
    },
    {
      code: `const fs = require('fs');
async function load() {
  return fs.readFileSync('a.txt', 'utf8');
}`,
      filename: 'script.cjs',
      output: `const fs = require('fs');
async function load() {
  return await fs.promises.readFile('a.txt', 'utf8');
}`,
      errors: [
        { messageId: 'syncInAsync', data: { api: 'readFileSync', fn: 'async function `load`', twin: 'fs.promises.readFile', from: '' }, line: 3, column: 10, endLine: 3, endColumn: 42, suggestions: [] },
      ],
    },
    {
      // without types, a file descriptor is known by how it is written
      code: `const fs = require('fs');
async function echo(outFd) {
  fs.appendFileSync(outFd, fs.readFileSync(process.stdin.fd));
}`,
      filename: 'script.cjs',
      output: [
        `const fs = require('fs');
const { promisify } = require('node:util');
async function echo(outFd) {
  fs.appendFileSync(outFd, await promisify(fs.readFile)(process.stdin.fd));
}`,
        `const fs = require('fs');
const { promisify } = require('node:util');
async function echo(outFd) {
  await promisify(fs.appendFile)(outFd, await promisify(fs.readFile)(process.stdin.fd));
}`,
      ],
      errors: [
        { messageId: 'syncInAsync', data: { api: 'appendFileSync', fn: 'async function `echo`', twin: 'promisify(fs.appendFile)', from: '' }, line: 3, column: 3, endLine: 3, endColumn: 62, suggestions: [] },
        { messageId: 'syncInAsync', data: { api: 'readFileSync', fn: 'async function `echo`', twin: 'promisify(fs.readFile)', from: '' }, line: 3, column: 28, endLine: 3, endColumn: 61, suggestions: [] },
      ],
    },
    {
      // … or by the constant it was read from
      code: `const fs = require('fs');
const STDIN = 0;
async function readIn() {
  const input = STDIN;
  return fs.readFileSync(input, 'utf8');
}`,
      filename: 'script.cjs',
      output: `const fs = require('fs');
const { promisify } = require('node:util');
const STDIN = 0;
async function readIn() {
  const input = STDIN;
  return await promisify(fs.readFile)(input, 'utf8');
}`,
      errors: [
        { messageId: 'syncInAsync', data: { api: 'readFileSync', fn: 'async function `readIn`', twin: 'promisify(fs.readFile)', from: '' }, line: 5, column: 10, endLine: 5, endColumn: 40, suggestions: [] },
      ],
    },
    {
      // Neither a descriptor nor a path by how it is written: `fs/promises` would reject a descriptor, the
      // callback form takes both; a suggestion for each, and no fix.
      code: `const fs = require('fs');
async function copy(input, output) {
  fs.writeFileSync(output, fs.readFileSync(input));
}`,
      filename: 'script.cjs',
      output: null,
      errors: [
        {
          messageId: 'syncInAsyncPathOrDescriptor',
          data: { api: 'writeFileSync', fn: 'async function `copy`', twin: 'fs.promises.writeFile', from: '', descriptorTwin: 'promisify(fs.writeFile)', descriptorFrom: '', argument: '`output`' },
          line: 3,
          column: 3,
          endLine: 3,
          endColumn: 51,
          suggestions: [
            {
              messageId: 'replaceWithTwin',
              data: { twin: 'fs.promises.writeFile' },
              output: `const fs = require('fs');
async function copy(input, output) {
  await fs.promises.writeFile(output, fs.readFileSync(input));
}`,
            },
            {
              messageId: 'replaceWithTwin',
              data: { twin: 'promisify(fs.writeFile)' },
              output: `const fs = require('fs');
const { promisify } = require('node:util');
async function copy(input, output) {
  await promisify(fs.writeFile)(output, fs.readFileSync(input));
}`,
            },
          ],
        },
        {
          messageId: 'syncInAsyncPathOrDescriptor',
          data: { api: 'readFileSync', fn: 'async function `copy`', twin: 'fs.promises.readFile', from: '', descriptorTwin: 'promisify(fs.readFile)', descriptorFrom: '', argument: '`input`' },
          line: 3,
          column: 28,
          endLine: 3,
          endColumn: 50,
          suggestions: [
            {
              messageId: 'replaceWithTwin',
              data: { twin: 'fs.promises.readFile' },
              output: `const fs = require('fs');
async function copy(input, output) {
  fs.writeFileSync(output, await fs.promises.readFile(input));
}`,
            },
            {
              messageId: 'replaceWithTwin',
              data: { twin: 'promisify(fs.readFile)' },
              output: `const fs = require('fs');
const { promisify } = require('node:util');
async function copy(input, output) {
  fs.writeFileSync(output, await promisify(fs.readFile)(input));
}`,
            },
          ],
        },
      ],
    },
    {
      // A name taken from a pattern is not its initialiser (`logFile` may hold a descriptor in `fd`).
      code: `const fs = require('fs');
async function log(logFile, line) {
  const { fd: out } = logFile;
  fs.appendFileSync(out, line);
}`,
      filename: 'script.cjs',
      output: null,
      errors: [
        {
          messageId: 'syncInAsyncPathOrDescriptor',
          data: { api: 'appendFileSync', fn: 'async function `log`', twin: 'fs.promises.appendFile', from: '', descriptorTwin: 'promisify(fs.appendFile)', descriptorFrom: '', argument: '`out`' },
          line: 4,
          column: 3,
          endLine: 4,
          endColumn: 31,
          suggestions: [
            {
              messageId: 'replaceWithTwin',
              data: { twin: 'fs.promises.appendFile' },
              output: `const fs = require('fs');
async function log(logFile, line) {
  const { fd: out } = logFile;
  await fs.promises.appendFile(out, line);
}`,
            },
            {
              messageId: 'replaceWithTwin',
              data: { twin: 'promisify(fs.appendFile)' },
              output: `const fs = require('fs');
const { promisify } = require('node:util');
async function log(logFile, line) {
  const { fd: out } = logFile;
  await promisify(fs.appendFile)(out, line);
}`,
            },
          ],
        },
      ],
    },
    {
      // `file` names a path, unless the file opens descriptors: then `logFile` may hold one.
      code: `const fs = require('fs');
async function readConfig(file) {
  return JSON.parse(fs.readFileSync(file, 'utf8')); // a path, not an fd (a comment shows no descriptor)
}
module.exports = { readConfig };`,
      filename: 'script.cjs',
      output: `const fs = require('fs');
async function readConfig(file) {
  return JSON.parse(await fs.promises.readFile(file, 'utf8')); // a path, not an fd (a comment shows no descriptor)
}
module.exports = { readConfig };`,
      errors: [
        { messageId: 'syncInAsync', data: { api: 'readFileSync', fn: 'async function `readConfig`', twin: 'fs.promises.readFile', from: '' }, line: 3, column: 21, endLine: 3, endColumn: 50, suggestions: [] },
      ],
    },
    {
      code: `const fs = require('fs');
class Log {
  open(p) {
    this.logFile = fs.openSync(p, 'a');
  }
  async write(line) {
    fs.appendFileSync(this.logFile, line);
  }
}
module.exports = { Log };`,
      filename: 'script.cjs',
      output: null,
      errors: [
        {
          messageId: 'syncInAsyncPathOrDescriptor',
          data: { api: 'appendFileSync', fn: 'async method `write`', twin: 'fs.promises.appendFile', from: '', descriptorTwin: 'promisify(fs.appendFile)', descriptorFrom: '', argument: '`this.logFile`' },
          line: 7,
          column: 5,
          endLine: 7,
          endColumn: 42,
          suggestions: [
            {
              messageId: 'replaceWithTwin',
              data: { twin: 'fs.promises.appendFile' },
              output: `const fs = require('fs');
class Log {
  open(p) {
    this.logFile = fs.openSync(p, 'a');
  }
  async write(line) {
    await fs.promises.appendFile(this.logFile, line);
  }
}
module.exports = { Log };`,
            },
            {
              messageId: 'replaceWithTwin',
              data: { twin: 'promisify(fs.appendFile)' },
              output: `const fs = require('fs');
const { promisify } = require('node:util');
class Log {
  open(p) {
    this.logFile = fs.openSync(p, 'a');
  }
  async write(line) {
    await promisify(fs.appendFile)(this.logFile, line);
  }
}
module.exports = { Log };`,
            },
          ],
        },
      ],
    },
    {
      // A path by how it is written or named, or by the constant it was read from: fixed to `fs/promises`.
      code: `import fs from 'node:fs';
import path from 'node:path';
export async function load(options, profile) {
  const dir = process.argv[2];
  const configPath = path.join(dir, 'config.json');
  const target = dir + '/out.txt';
  fs.appendFileSync(options.logPath, 'start');
  fs.writeFileSync(target, fs.readFileSync(configPath));
  return fs.readFileSync(profile);
}`,
      filename: 'tool.mjs',
      output: [
        `import fs from 'node:fs';
import path from 'node:path';
export async function load(options, profile) {
  const dir = process.argv[2];
  const configPath = path.join(dir, 'config.json');
  const target = dir + '/out.txt';
  await fs.promises.appendFile(options.logPath, 'start');
  await fs.promises.writeFile(target, fs.readFileSync(configPath));
  return fs.readFileSync(profile);
}`,
        `import fs from 'node:fs';
import path from 'node:path';
export async function load(options, profile) {
  const dir = process.argv[2];
  const configPath = path.join(dir, 'config.json');
  const target = dir + '/out.txt';
  await fs.promises.appendFile(options.logPath, 'start');
  await fs.promises.writeFile(target, await fs.promises.readFile(configPath));
  return fs.readFileSync(profile);
}`,
      ],
      errors: [
        { messageId: 'syncInAsync', data: { api: 'appendFileSync', fn: 'async function `load`', twin: 'fs.promises.appendFile', from: '' }, line: 7, column: 3, endLine: 7, endColumn: 46, suggestions: [] },
        { messageId: 'syncInAsync', data: { api: 'writeFileSync', fn: 'async function `load`', twin: 'fs.promises.writeFile', from: '' }, line: 8, column: 3, endLine: 8, endColumn: 56, suggestions: [] },
        { messageId: 'syncInAsync', data: { api: 'readFileSync', fn: 'async function `load`', twin: 'fs.promises.readFile', from: '' }, line: 8, column: 28, endLine: 8, endColumn: 55, suggestions: [] },
        // `profile` names no path (the word is not `file`).
        {
          messageId: 'syncInAsyncPathOrDescriptor',
          data: { api: 'readFileSync', fn: 'async function `load`', twin: 'fs.promises.readFile', from: '', descriptorTwin: 'promisify(fs.readFile)', descriptorFrom: '', argument: '`profile`' },
          line: 9,
          column: 10,
          endLine: 9,
          endColumn: 34,
          suggestions: [
            {
              messageId: 'replaceWithTwin',
              data: { twin: 'fs.promises.readFile' },
              output: `import fs from 'node:fs';
import path from 'node:path';
export async function load(options, profile) {
  const dir = process.argv[2];
  const configPath = path.join(dir, 'config.json');
  const target = dir + '/out.txt';
  fs.appendFileSync(options.logPath, 'start');
  fs.writeFileSync(target, fs.readFileSync(configPath));
  return await fs.promises.readFile(profile);
}`,
            },
            {
              messageId: 'replaceWithTwin',
              data: { twin: 'promisify(fs.readFile)' },
              output: `import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
export async function load(options, profile) {
  const dir = process.argv[2];
  const configPath = path.join(dir, 'config.json');
  const target = dir + '/out.txt';
  fs.appendFileSync(options.logPath, 'start');
  fs.writeFileSync(target, fs.readFileSync(configPath));
  return await promisify(fs.readFile)(profile);
}`,
            },
          ],
        },
      ],
    },
  ],
});
