import { describe, expect, it } from 'vitest';
import rule, { DEFAULT_OFFLOAD_HELPER, type Options } from '../../src/rules/prefer-worker-offload.js';
import { createTypedRuleTester, createUntypedRuleTester } from '../rule-tester.js';
import { createFixRoundTrip } from '../support/fix-round-trip.js';

// Fixtures: tests/fixtures/lib/cpu-work.ts (functions tagged `@cpuHeavy`), cpu-reexports.ts (re-exports),
// native-codec.d.ts (a tag in a declaration file), cpu-work-cjs.cts (CommonJS), limits.ts (a loop
// bound), module-state.ts (tagged functions that use module-level variables), aliased/ (a
// bundler-style project with a `paths` alias), ts-extensions/ (a project with
// `rewriteRelativeImportExtensions`); stand-ins for the catalogued packages under
// tests/fixtures/node_modules/ (xlsx, js-yaml, fast-xml-parser, pako, jpeg-js).

const withHelper: Options = [{ offloadHelper: { module: '@eslint-plugin-event-loop/offload', name: 'runInWorker' } }];

// Why a call is CPU-heavy.
const TAGGED = 'is marked `@cpuHeavy`';
const LISTED = 'is listed in the `functions` option';
const catalogued = (pkg: string, does: string): string => `from \`${pkg}\` ${does}`;

// Why a call cannot be offloaded as written.
const SAME_FILE =
  'it is declared in this file, and a worker thread can only load it from a module of its own: move it into one, export it, and import it here';
const NOT_IMPORTED =
  'it is not called through an import of the module that exports it (but through a local alias, a parameter or a global), so a worker thread would not know where to load it from; call it through its import';
const METHOD =
  'it is a method of a value, and a worker thread can only call functions that a module exports; wrap the work in an exported function of a module of your own and offload that';
const OPTIONAL = 'it is called with optional chaining (`?.`), which the rewrite cannot keep';
const COMMENTS = 'the rewrite would drop the comments written in the callee or between it and the `(` of the call';
const IN_EXECUTOR =
  '`await` is not allowed in a `new Promise` executor; return the promise of the offloaded call instead of wrapping the work in `new Promise`';
const IN_PARAMETER = '`await` is not allowed at this position (a parameter default value); move the call into the function body';
const IN_IIFE = '`await` is not allowed in this immediately invoked function; make it async, or move the call out of it';
const nested = (path: string, source: string): string =>
  `\`${path}\` is not a top-level export of \`${source}\`, and a worker thread can only call those; wrap the work in an exported function of a module of your own and offload that`;
const argument = (which: string, problem: string): string => `${which} cannot be copied (structured clone): ${problem}`;
const inCallback = (method: string): string =>
  `\`await\` is not allowed in this synchronous \`${method}\` callback; make it async and await the results together (\`await Promise.all(items.map(async (item) => …))\`)`;
const computeBefore = (method: string): string =>
  `\`await\` is not allowed in this synchronous \`${method}\` callback; compute what it needs before the \`${method}\` call, awaiting the offloaded calls there`;
const notAsync = (fn: string): string => `${fn} is not \`async\`, so \`await\` is not allowed in it; make it \`async\``;
const pathAlias = (specifier: string): string =>
  `\`${specifier}\` is a \`paths\` alias of the tsconfig, which Node does not resolve at run time; import it with a relative path or a package name`;
const LOCAL_URL =
  "`URL` and `globalThis` are both local names here, and the rewrite's `new URL(…)` needs the global `URL`; rename one of them";
const reassigned = (name: string, source: string): string =>
  `\`${name}\` is assigned again in this file, so the call may not run the export of \`${source}\` it was declared with, which is all a worker thread can load; call the export through a binding that is not reassigned`;
const LOCAL_REQUIRE = "`require` is a local name here, and the rewrite's `require.resolve(…)` needs Node's; rename the local `require`";

// Why the rewrite is only a suggestion.
const unchecked = (which: string, problem: string): string => `; ${which} could not be checked for the copy to a worker thread: ${problem}`;
const moduleState = (name: string): string =>
  `; it uses \`${name}\`, a module-level variable that its module reassigns, and module state is per thread: the worker thread's copy of the module does not see the changes made on this one`;
const heldBy = (name: string): string =>
  `; it is held by \`${name}\`, a module-level variable that its module reassigns, and module state is per thread: the worker thread's copy of the module does not see the changes made on this one`;
const splitUpdate = (name: string): string =>
  `; \`${name}\` would be read before the \`await\` and written after it, so a change made to it meanwhile (by another call) would be lost`;
const tsExtension = (specifier: string, built: string): string =>
  `; TypeScript rewrites the extension of \`${specifier}\` in imports (\`rewriteRelativeImportExtensions\`) but not in a string: check that Node finds the file it names (\`${built}\` in the built code)`;

const ruleTester = createTypedRuleTester();

ruleTester.run('prefer-worker-offload', rule, {
  valid: [
    // Module top level (top-level await included) is startup.
    "import { hashPassword } from './lib/cpu-work.js';\nconst top = hashPassword('a', 1);\nawait Promise.resolve();\nhashPassword('b', 1);\nexport { top };",
    // Plain sync functions, deferred callbacks, and a parameter typed like a tagged function (its value is unknown).
    "import { hashPassword } from './lib/cpu-work.js';\nexport function load(p: string) {\n  return hashPassword(p, 1);\n}\nexport async function main(p: string, fn: typeof hashPassword) {\n  setTimeout(() => hashPassword(p, 1), 10);\n  return fn(p, 1);\n}",
    // Untagged functions.
    "import { light } from './lib/cpu-work.js';\nexport async function run() {\n  return light(1);\n}",
    // One call, one report: a tagged sync function with an async twin is no-sync-in-async's.
    "import { compressSync } from './lib/cpu-work.js';\nexport async function run(text: string) {\n  return compressSync(text);\n}",
    {
      code: "import bcrypt from 'bcrypt';\nexport async function run(p: string) {\n  return bcrypt.hashSync(p, 10);\n}",
      options: [{ functions: [{ from: 'package', package: 'bcrypt', name: 'hashSync' }] }],
    },
    {
      code: "import fs from 'node:fs';\nexport async function run() {\n  return fs.readFileSync('a');\n}",
      options: [{ functions: [{ from: 'package', package: 'node:fs', name: 'readFileSync' }, 'readFileSync'] }],
    },
    {
      // The same in CommonJS, through a destructured `require`.
      code: "const { digestSync } = require('./lib/cpu-work-cjs.cjs');\nasync function run(/** @type {string} */ text) {\n  return digestSync(text);\n}\nmodule.exports = { run };",
      filename: 'script.cjs',
    },
    // Already offloaded.
    "import { hashPassword } from './lib/cpu-work.js';\nimport { runInWorker } from '@eslint-plugin-event-loop/offload';\nexport async function run(p: string) {\n  return runInWorker<string>(new URL('./lib/cpu-work.js', import.meta.url), 'hashPassword', p, 1);\n}",
    // Not in the catalogue: serialising YAML.
    "import { dump } from 'js-yaml';\nexport async function run(value: unknown) {\n  return dump(value);\n}",
    // Allowed by option.
    {
      code: "import { hashPassword } from './lib/cpu-work.js';\nexport async function run(p: string) {\n  return hashPassword(p, 1);\n}",
      options: [{ allow: [{ from: 'file', name: 'hashPassword', path: 'lib/cpu-work.ts' }] }],
    },
    {
      code: "import { read } from 'xlsx';\nexport async function run(data: Buffer) {\n  return read(data);\n}",
      options: [{ allow: [{ from: 'package', package: 'xlsx', name: 'read' }] }],
    },
    // `tags` replaces the default tag.
    {
      code: "import { hashPassword } from './lib/cpu-work.js';\nexport async function run() {\n  return hashPassword('a', 1);\n}",
      options: [{ tags: ['expensive'] }],
    },
    // Options turning parts off.
    {
      code: "import { hashPassword } from './lib/cpu-work.js';\nexport async function run(ps: string[]) {\n  return ps.map((p) => hashPassword(p, 1));\n}",
      options: [{ checkImmediateCallbacks: false }],
    },
    {
      code: "import { hashPassword } from './lib/cpu-work.js';\nexport function run(p: string): Promise<string> {\n  return Promise.resolve(hashPassword(p, 1));\n}",
      options: [{ checkPromiseReturningFunctions: false }],
    },
    {
      code: "export async function spin() {\n  for (let i = 0; i < 1e6; i++) {}\n}",
      options: [{ checkLoops: false }],
    },
    // CLI entry and worker-thread modules.
    "#!/usr/bin/env node\nimport { hashPassword } from './lib/cpu-work.js';\nasync function main() {\n  hashPassword('a', 1);\n  for (let i = 0; i < 1e6; i++) {}\n}\nawait main();",
    "import { parentPort } from 'node:worker_threads';\nimport { hashPassword } from './lib/cpu-work.js';\nparentPort?.on('message', async (p: string) => {\n  parentPort?.postMessage(hashPassword(p, 1));\n});",
    // Loops that give the event loop a turn, can end early, or have no constant count.
    "export async function spin(xs: number[]) {\n  for (let i = 0; i < 1e6; i++) {\n    await Promise.resolve();\n  }\n  for (let i = 0; i < 1e6; i++) {\n    if (xs[i] === 3) break;\n  }\n  for (let i = 0; i < 1e6; i++) {\n    if (xs[i] === 3) return;\n  }\n  for (let i = 0; i < 1e6; i++) {\n    if (xs[i] === 3) throw new Error('three');\n  }\n  outer: for (let i = 0; i < 1e3; i++) {\n    for (let j = 0; j < 1e3; j++) if (j === i) break outer;\n  }\n  for (let i = 0; i < 1e6; i++) {\n    if (i === 5) i = 0;\n  }\n  for (let i = 0; i < 1e6; i--) {}\n  for (let i = 0; i < xs.length; i++) {}\n}",
    "export async function* numbers() {\n  for (let i = 0; i < 1e6; i++) {\n    yield i;\n  }\n}",
    // `!==` heads whose steps jump over the bound or walk away from it (the loop never ends: another bug, not a
    // hot loop), a counter written in the body.
    "export async function spin(a: number[]) {\n  for (let i = 0; i !== 999_999; i += 2) a.push(i);\n  for (let i = 1e6; i !== 0; i++) a.push(i);\n  for (let i = 0; i !== 1e6; i++) {\n    if (a[i] === 0) i++;\n  }\n}",
    // Heads with two variables: a bound written in the body or the update, a counter set twice by the init.
    "export async function spin(a: number[]) {\n  for (let i = 0, n = 1e6; i < n; i++) {\n    if (a[i] === 0) n--;\n  }\n  for (let i = 0, n = 1e6; i !== n; i++, n--) a.push(i);\n  for (var k = 0, k = 999_000; k < 1e6; k++) a.push(k);\n}",
    // A loop that starts async work without waiting for it: that work must stay on this thread.
    "declare function enqueue(job: number): Promise<void>;\nexport async function fireAndForget() {\n  const pending: Promise<void>[] = [];\n  for (let i = 0; i < 1_000_000; i++) pending.push(enqueue(i));\n  await Promise.all(pending);\n}",
    // An async `exit` listener: the process is ending, and an awaited offload would never finish.
    "import { hashPassword } from './lib/cpu-work.js';\nconst save = async (p: string) => {\n  hashPassword(p, 1);\n  for (let i = 0; i < 1e6; i++) {}\n};\nprocess.on('exit', () => save('a'));\nprocess.on('exit', save as () => Promise<void>);",
    // Below the threshold, in sync code, in a deferred callback.
    "export async function spin() {\n  for (let i = 0; i < 99_999; i++) {}\n  setTimeout(() => {\n    for (let i = 0; i < 1e6; i++) {}\n  });\n}\nexport function sync() {\n  for (let i = 0; i < 1e6; i++) {}\n}",
  ],
  invalid: [
    {
      // A function tagged `@cpuHeavy` in another module: without `offloadHelper` the rewrite is a suggestion that uses the project's helper.
      code: "import { hashPassword } from './lib/cpu-work.js';\nexport async function login(password: string) {\n  return hashPassword(password, 10);\n}",
      output: null,
      errors: [
        {
          messageId: 'cpuHeavyCall',
          data: { name: 'hashPassword', reason: TAGGED, fn: 'async function `login`', helper: 'runInWorker' },
          line: 3,
          column: 10,
          endLine: 3,
          endColumn: 36,
          suggestions: [
            {
              messageId: 'offloadToWorker',
              data: { name: 'hashPassword', helper: 'runInWorker', helperModule: DEFAULT_OFFLOAD_HELPER.module, caveat: '' },
              output: "import { hashPassword } from './lib/cpu-work.js';\nimport { runInWorker } from '@eslint-plugin-event-loop/offload';\nexport async function login(password: string) {\n  return await runInWorker<ReturnType<typeof hashPassword>>(new URL('./lib/cpu-work.js', import.meta.url), 'hashPassword', password, 10);\n}",
            },
          ],
        },
      ],
    },
    {
      // With `offloadHelper` it is a fix: the module as imported, resolved against this file; the export name; the arguments as written.
      code: "import { hashPassword } from './lib/cpu-work.js';\nexport async function login(password: string) {\n  return hashPassword(password, 10);\n}",
      options: withHelper,
      output: "import { hashPassword } from './lib/cpu-work.js';\nimport { runInWorker } from '@eslint-plugin-event-loop/offload';\nexport async function login(password: string) {\n  return await runInWorker<ReturnType<typeof hashPassword>>(new URL('./lib/cpu-work.js', import.meta.url), 'hashPassword', password, 10);\n}",
      errors: [
        {
          messageId: 'cpuHeavyCall',
          data: { name: 'hashPassword', reason: TAGGED, fn: 'async function `login`', helper: 'runInWorker' },
          line: 3,
          column: 10,
          endLine: 3,
          endColumn: 36,
        },
      ],
    },
    {
      // The helper's import is hidden at the call by a local of the same name: a second, renamed binding is added.
      code: "import { hashPassword } from './lib/cpu-work.js';\nimport { runInWorker } from '@eslint-plugin-event-loop/offload';\nexport const warm = runInWorker;\nexport async function login(password: string, runInWorker = (task: string) => task) {\n  return [runInWorker('x'), hashPassword(password, 10)];\n}",
      options: withHelper,
      output: "import { hashPassword } from './lib/cpu-work.js';\nimport { runInWorker, runInWorker as runInWorkerHelper } from '@eslint-plugin-event-loop/offload';\nexport const warm = runInWorker;\nexport async function login(password: string, runInWorker = (task: string) => task) {\n  return [runInWorker('x'), await runInWorkerHelper<ReturnType<typeof hashPassword>>(new URL('./lib/cpu-work.js', import.meta.url), 'hashPassword', password, 10)];\n}",
      errors: [
        {
          messageId: 'cpuHeavyCall',
          data: { name: 'hashPassword', reason: TAGGED, fn: 'async function `login`', helper: 'runInWorker' },
          line: 5,
          column: 29,
          endLine: 5,
          endColumn: 55,
        },
      ],
    },
    {
      // A default import calls the export `default`.
      code: "import renderReport from './lib/cpu-work.js';\nexport async function report(rows: { name: string; total: number }[]) {\n  const text = renderReport(rows);\n  return text;\n}",
      options: withHelper,
      output: "import renderReport from './lib/cpu-work.js';\nimport { runInWorker } from '@eslint-plugin-event-loop/offload';\nexport async function report(rows: { name: string; total: number }[]) {\n  const text = await runInWorker<ReturnType<typeof renderReport>>(new URL('./lib/cpu-work.js', import.meta.url), 'default', rows);\n  return text;\n}",
      errors: [
        {
          messageId: 'cpuHeavyCall',
          data: { name: 'renderReport', reason: TAGGED, fn: 'async function `report`', helper: 'runInWorker' },
          line: 3,
          column: 16,
          endLine: 3,
          endColumn: 34,
        },
      ],
    },
    {
      // The `export default` of a CommonJS module is `exports.default`, which the worker's `import()` does not give as `default`:
      // no fix for it. Its named exports, and a module that is the function (`export =`), are offloaded.
      code: "import render, { renderOne } from 'heavy-cjs-default';\nimport renderWhole = require('heavy-cjs-default/assign');\nexport async function report() {\n  return [render(1), renderOne(2), renderWhole(3)];\n}",
      filename: 'file.cts',
      options: withHelper,
      output: [
        "import render, { renderOne } from 'heavy-cjs-default';\nimport renderWhole = require('heavy-cjs-default/assign');\nimport { runInWorker } from '@eslint-plugin-event-loop/offload';\nexport async function report() {\n  return [render(1), await runInWorker<ReturnType<typeof renderOne>>(require.resolve('heavy-cjs-default'), 'renderOne', 2), renderWhole(3)];\n}",
        "import render, { renderOne } from 'heavy-cjs-default';\nimport renderWhole = require('heavy-cjs-default/assign');\nimport { runInWorker } from '@eslint-plugin-event-loop/offload';\nexport async function report() {\n  return [render(1), await runInWorker<ReturnType<typeof renderOne>>(require.resolve('heavy-cjs-default'), 'renderOne', 2), await runInWorker<ReturnType<typeof renderWhole>>(require.resolve('heavy-cjs-default/assign'), 'default', 3)];\n}",
      ],
      errors: [
        {
          messageId: 'cpuHeavyCallNoFix',
          data: {
            name: 'render',
            reason: TAGGED,
            fn: 'async function `report`',
            obstacle:
              'it is the `export default` of `heavy-cjs-default`, a CommonJS module, where it is `exports.default`: a worker thread\'s `import()` sees the whole `module.exports` as the default export; export the function under a name and import that',
          },
          line: 4,
          column: 11,
          endLine: 4,
          endColumn: 20,
        },
        {
          messageId: 'cpuHeavyCall',
          data: { name: 'renderOne', reason: TAGGED, fn: 'async function `report`', helper: 'runInWorker' },
          line: 4,
          column: 22,
          endLine: 4,
          endColumn: 34,
        },
        {
          messageId: 'cpuHeavyCall',
          data: { name: 'renderWhole', reason: TAGGED, fn: 'async function `report`', helper: 'runInWorker' },
          line: 4,
          column: 36,
          endLine: 4,
          endColumn: 50,
        },
      ],
    },
    {
      // A function that returns nothing works by its effects, which in the worker thread change copies: a suggestion.
      code: "import { sortInPlace } from 'heavy-in-place';\nexport async function rank(rows: number[]) {\n  sortInPlace(rows);\n  return rows[0];\n}",
      options: withHelper,
      output: null,
      errors: [
        {
          messageId: 'cpuHeavyCall',
          data: { name: 'sortInPlace', reason: TAGGED, fn: 'async function `rank`', helper: 'runInWorker' },
          line: 3,
          column: 3,
          endLine: 3,
          endColumn: 20,
          suggestions: [
            {
              messageId: 'offloadToWorker',
              data: {
                name: 'sortInPlace',
                helper: 'runInWorker',
                helperModule: '@eslint-plugin-event-loop/offload',
                caveat:
                  '; it returns nothing, so it works by its effects, and in a worker thread it changes copies of its arguments and of module state: check that nothing here relies on those changes',
              },
              output:
                "import { sortInPlace } from 'heavy-in-place';\nimport { runInWorker } from '@eslint-plugin-event-loop/offload';\nexport async function rank(rows: number[]) {\n  await runInWorker<ReturnType<typeof sortInPlace>>(import.meta.resolve('heavy-in-place'), 'sortInPlace', rows);\n  return rows[0];\n}",
            },
          ],
        },
      ],
    },
    {
      // A function that writes into its argument and returns a value: in the worker thread it writes into a copy, a suggestion.
      code: "import { fillCount } from './lib/cpu-work.js';\nexport async function count(cells: (number | undefined)[]) {\n  return fillCount(cells);\n}",
      options: withHelper,
      output: null,
      errors: [
        {
          messageId: 'cpuHeavyCall',
          data: { name: 'fillCount', reason: TAGGED, fn: 'async function `count`', helper: 'runInWorker' },
          line: 3,
          column: 10,
          endLine: 3,
          endColumn: 26,
          suggestions: [
            {
              messageId: 'offloadToWorker',
              data: {
                name: 'fillCount',
                helper: 'runInWorker',
                helperModule: '@eslint-plugin-event-loop/offload',
                caveat: '; it changes what its parameter `cells` holds, and in a worker thread it changes a copy: `cells` here stays as it was',
              },
              output:
                "import { fillCount } from './lib/cpu-work.js';\nimport { runInWorker } from '@eslint-plugin-event-loop/offload';\nexport async function count(cells: (number | undefined)[]) {\n  return await runInWorker<ReturnType<typeof fillCount>>(new URL('./lib/cpu-work.js', import.meta.url), 'fillCount', cells);\n}",
            },
          ],
        },
      ],
    },
    {
      // A namespace import calls the member's export; a `const` arrow function carries its tag on the variable statement; `await` binds tighter than `+`.
      code: "import * as work from './lib/cpu-work.js';\nexport async function sum(values: number[]) {\n  return work.tally(values) + 1;\n}",
      options: withHelper,
      output: "import * as work from './lib/cpu-work.js';\nimport { runInWorker } from '@eslint-plugin-event-loop/offload';\nexport async function sum(values: number[]) {\n  return await runInWorker<ReturnType<typeof work.tally>>(new URL('./lib/cpu-work.js', import.meta.url), 'tally', values) + 1;\n}",
      errors: [
        {
          messageId: 'cpuHeavyCall',
          data: { name: 'work.tally', reason: TAGGED, fn: 'async function `sum`', helper: 'runInWorker' },
          line: 3,
          column: 10,
          endLine: 3,
          endColumn: 28,
        },
      ],
    },
    {
      // Re-exported under another name: the tag is read on the original declaration, the worker loads the module this file imports.
      code: "import { hashSecret } from './lib/cpu-reexports.js';\nexport async function run(p: string) {\n  return hashSecret(p, 3);\n}",
      options: withHelper,
      output: "import { hashSecret } from './lib/cpu-reexports.js';\nimport { runInWorker } from '@eslint-plugin-event-loop/offload';\nexport async function run(p: string) {\n  return await runInWorker<ReturnType<typeof hashSecret>>(new URL('./lib/cpu-reexports.js', import.meta.url), 'hashSecret', p, 3);\n}",
      errors: [
        {
          messageId: 'cpuHeavyCall',
          data: { name: 'hashSecret', reason: TAGGED, fn: 'async function `run`', helper: 'runInWorker' },
          line: 3,
          column: 10,
          endLine: 3,
          endColumn: 26,
        },
      ],
    },
    {
      // Re-exported under another name and called through a namespace: a member call named like no tagged
      // declaration is still resolved, since the re-export gives the tagged function this name.
      code: "import * as secrets from './lib/cpu-reexports.js';\nexport async function run(p: string) {\n  return secrets.hashSecret(p, 3);\n}",
      options: withHelper,
      output: "import * as secrets from './lib/cpu-reexports.js';\nimport { runInWorker } from '@eslint-plugin-event-loop/offload';\nexport async function run(p: string) {\n  return await runInWorker<ReturnType<typeof secrets.hashSecret>>(new URL('./lib/cpu-reexports.js', import.meta.url), 'hashSecret', p, 3);\n}",
      errors: [
        {
          messageId: 'cpuHeavyCall',
          data: { name: 'secrets.hashSecret', reason: TAGGED, fn: 'async function `run`', helper: 'runInWorker' },
          line: 3,
          column: 10,
          endLine: 3,
          endColumn: 34,
        },
      ],
    },
    {
      // Declared in a `.d.ts` file.
      code: "import { encodeFrame } from './lib/native-codec.js';\nexport async function run(frame: Uint8Array) {\n  return encodeFrame(frame, 80);\n}",
      options: withHelper,
      output: "import { encodeFrame } from './lib/native-codec.js';\nimport { runInWorker } from '@eslint-plugin-event-loop/offload';\nexport async function run(frame: Uint8Array) {\n  return await runInWorker<ReturnType<typeof encodeFrame>>(new URL('./lib/native-codec.js', import.meta.url), 'encodeFrame', frame, 80);\n}",
      errors: [
        {
          messageId: 'cpuHeavyCall',
          data: { name: 'encodeFrame', reason: TAGGED, fn: 'async function `run`', helper: 'runInWorker' },
          line: 3,
          column: 10,
          endLine: 3,
          endColumn: 32,
        },
      ],
    },
    {
      // Overloads that all return the same type keep `ReturnType<typeof …>`.
      code: "import { parseAmount } from './lib/cpu-work.js';\nexport async function run(text: string) {\n  return parseAmount(text, 16);\n}",
      options: withHelper,
      output: "import { parseAmount } from './lib/cpu-work.js';\nimport { runInWorker } from '@eslint-plugin-event-loop/offload';\nexport async function run(text: string) {\n  return await runInWorker<ReturnType<typeof parseAmount>>(new URL('./lib/cpu-work.js', import.meta.url), 'parseAmount', text, 16);\n}",
      errors: [
        {
          messageId: 'cpuHeavyCall',
          data: { name: 'parseAmount', reason: TAGGED, fn: 'async function `run`', helper: 'runInWorker' },
          line: 3,
          column: 10,
          endLine: 3,
          endColumn: 31,
        },
      ],
    },
    {
      // Overloads with different results: the result type of this call, when it can be written anywhere.
      code: "import pako from 'pako';\nexport async function unpack(data: Uint8Array) {\n  return pako.inflate(data, { to: 'string' });\n}",
      options: withHelper,
      output: "import pako from 'pako';\nimport { runInWorker } from '@eslint-plugin-event-loop/offload';\nexport async function unpack(data: Uint8Array) {\n  return await runInWorker<string>(import.meta.resolve('pako'), 'inflate', data, { to: 'string' });\n}",
      errors: [
        {
          messageId: 'cpuHeavyCall',
          data: { name: 'inflate', reason: catalogued('pako', 'decompresses a whole buffer in JavaScript on the calling thread'), fn: 'async function `unpack`', helper: 'runInWorker' },
          line: 3,
          column: 10,
          endLine: 3,
          endColumn: 46,
        },
      ],
    },
    {
      // A promise-returning function is replaced as is: the helper's promise takes the place of its own.
      code: "import { crunch } from './lib/cpu-work.js';\nexport async function run(data: Uint8Array) {\n  return crunch(data).then((out) => out.length);\n}",
      options: withHelper,
      output: "import { crunch } from './lib/cpu-work.js';\nimport { runInWorker } from '@eslint-plugin-event-loop/offload';\nexport async function run(data: Uint8Array) {\n  return runInWorker<ReturnType<typeof crunch>>(new URL('./lib/cpu-work.js', import.meta.url), 'crunch', data).then((out) => out.length);\n}",
      errors: [
        {
          messageId: 'cpuHeavyCall',
          data: { name: 'crunch', reason: TAGGED, fn: 'async function `run`', helper: 'runInWorker' },
          line: 3,
          column: 10,
          endLine: 3,
          endColumn: 22,
        },
      ],
    },
    {
      // A generic function whose result type cannot be written here: a suggestion, since the result would be typed `unknown`.
      code: "import { pickBest } from './lib/cpu-work.js';\nexport async function best() {\n  return pickBest([{ score: 1, name: 'a' }])?.name;\n}",
      options: withHelper,
      output: null,
      errors: [
        {
          messageId: 'cpuHeavyCall',
          data: { name: 'pickBest', reason: TAGGED, fn: 'async function `best`', helper: 'runInWorker' },
          line: 3,
          column: 10,
          endLine: 3,
          endColumn: 45,
          suggestions: [
            {
              messageId: 'offloadToWorker',
              data: { name: 'pickBest', helper: 'runInWorker', helperModule: DEFAULT_OFFLOAD_HELPER.module, caveat: '; the result is typed `unknown`: give `runInWorker` a type argument' },
              output: "import { pickBest } from './lib/cpu-work.js';\nimport { runInWorker } from '@eslint-plugin-event-loop/offload';\nexport async function best() {\n  return (await runInWorker(new URL('./lib/cpu-work.js', import.meta.url), 'pickBest', [{ score: 1, name: 'a' }]))?.name;\n}",
            },
          ],
        },
      ],
    },
    {
      // With its type arguments written, a generic function keeps them in `typeof`.
      code: "import { pickBest } from './lib/cpu-work.js';\nexport async function best(items: { score: number }[]) {\n  return pickBest<{ score: number }>(items);\n}",
      options: withHelper,
      output: "import { pickBest } from './lib/cpu-work.js';\nimport { runInWorker } from '@eslint-plugin-event-loop/offload';\nexport async function best(items: { score: number }[]) {\n  return await runInWorker<ReturnType<typeof pickBest<{ score: number }>>>(new URL('./lib/cpu-work.js', import.meta.url), 'pickBest', items);\n}",
      errors: [
        {
          messageId: 'cpuHeavyCall',
          data: { name: 'pickBest', reason: TAGGED, fn: 'async function `best`', helper: 'runInWorker' },
          line: 3,
          column: 10,
          endLine: 3,
          endColumn: 44,
        },
      ],
    },
    {
      // CommonJS TypeScript (`.cts`): `require.resolve`.
      code: "import { checksum } from './lib/cpu-work-cjs.cjs';\nexport async function run(data: Uint8Array) {\n  return checksum(data);\n}",
      filename: 'file.cts',
      options: withHelper,
      output: "import { checksum } from './lib/cpu-work-cjs.cjs';\nimport { runInWorker } from '@eslint-plugin-event-loop/offload';\nexport async function run(data: Uint8Array) {\n  return await runInWorker<ReturnType<typeof checksum>>(require.resolve('./lib/cpu-work-cjs.cjs'), 'checksum', data);\n}",
      errors: [
        {
          messageId: 'cpuHeavyCall',
          data: { name: 'checksum', reason: TAGGED, fn: 'async function `run`', helper: 'runInWorker' },
          line: 3,
          column: 10,
          endLine: 3,
          endColumn: 24,
        },
      ],
    },
    {
      // CommonJS JavaScript: `require.resolve`, the helper required, no type argument.
      code: "const { checksum } = require('./lib/cpu-work-cjs.cjs');\nasync function run(/** @type {Uint8Array} */ data) {\n  return checksum(data);\n}\nmodule.exports = { run };",
      filename: 'script.cjs',
      options: withHelper,
      output: "const { checksum } = require('./lib/cpu-work-cjs.cjs');\nconst { runInWorker } = require('@eslint-plugin-event-loop/offload');\nasync function run(/** @type {Uint8Array} */ data) {\n  return await runInWorker(require.resolve('./lib/cpu-work-cjs.cjs'), 'checksum', data);\n}\nmodule.exports = { run };",
      errors: [
        {
          messageId: 'cpuHeavyCall',
          data: { name: 'checksum', reason: TAGGED, fn: 'async function `run`', helper: 'runInWorker' },
          line: 3,
          column: 10,
          endLine: 3,
          endColumn: 24,
        },
      ],
    },
    {
      // ES module JavaScript: no type argument.
      code: "import { hashPassword } from './lib/cpu-work.js';\nexport async function run(/** @type {string} */ p) {\n  return hashPassword(p, 1);\n}",
      filename: 'script.js',
      options: withHelper,
      output: "import { hashPassword } from './lib/cpu-work.js';\nimport { runInWorker } from '@eslint-plugin-event-loop/offload';\nexport async function run(/** @type {string} */ p) {\n  return await runInWorker(new URL('./lib/cpu-work.js', import.meta.url), 'hashPassword', p, 1);\n}",
      errors: [
        {
          messageId: 'cpuHeavyCall',
          data: { name: 'hashPassword', reason: TAGGED, fn: 'async function `run`', helper: 'runInWorker' },
          line: 3,
          column: 10,
          endLine: 3,
          endColumn: 28,
        },
      ],
    },
    {
      code: "import { hashPassword } from './lib/cpu-work.js';\nexport async function run(p: string) {\n  return hashPassword(p, 1);\n}",
      filename: 'file.mts',
      options: withHelper,
      output: "import { hashPassword } from './lib/cpu-work.js';\nimport { runInWorker } from '@eslint-plugin-event-loop/offload';\nexport async function run(p: string) {\n  return await runInWorker<ReturnType<typeof hashPassword>>(new URL('./lib/cpu-work.js', import.meta.url), 'hashPassword', p, 1);\n}",
      errors: [
        {
          messageId: 'cpuHeavyCall',
          data: { name: 'hashPassword', reason: TAGGED, fn: 'async function `run`', helper: 'runInWorker' },
          line: 3,
          column: 10,
          endLine: 3,
          endColumn: 28,
        },
      ],
    },
    {
      // A renamed import calls the export by its own name; arguments keep their lines and comments.
      code: "import { hashPassword as hp } from './lib/cpu-work.js';\nexport async function run(p: string) {\n  return hp(\n    p, // the password\n    /* rounds */ 2,\n  );\n}",
      options: withHelper,
      output: "import { hashPassword as hp } from './lib/cpu-work.js';\nimport { runInWorker } from '@eslint-plugin-event-loop/offload';\nexport async function run(p: string) {\n  return await runInWorker<ReturnType<typeof hp>>(new URL('./lib/cpu-work.js', import.meta.url), 'hashPassword',\n    p, // the password\n    /* rounds */ 2,\n  );\n}",
      errors: [
        {
          messageId: 'cpuHeavyCall',
          data: { name: 'hp', reason: TAGGED, fn: 'async function `run`', helper: 'runInWorker' },
          line: 3,
          column: 10,
          endLine: 6,
          endColumn: 4,
        },
      ],
    },
    {
      // No-semicolon style: the guarding `;` stays, the added import has none.
      code: "import { hashPassword } from './lib/cpu-work.js'\nexport async function run(p: string) {\n  const x = 1\n  ;(hashPassword)(p, 2).length\n  return x\n}",
      options: withHelper,
      output: "import { hashPassword } from './lib/cpu-work.js'\nimport { runInWorker } from '@eslint-plugin-event-loop/offload'\nexport async function run(p: string) {\n  const x = 1\n  ;(await runInWorker<ReturnType<typeof hashPassword>>(new URL('./lib/cpu-work.js', import.meta.url), 'hashPassword', p, 2)).length\n  return x\n}",
      errors: [
        {
          messageId: 'cpuHeavyCall',
          data: { name: 'hashPassword', reason: TAGGED, fn: 'async function `run`', helper: 'runInWorker' },
          line: 4,
          column: 4,
          endLine: 4,
          endColumn: 24,
        },
      ],
    },
    {
      // Two calls: each adds the helper's import, so the second is fixed in a second pass that reuses it.
      code: "import { hashPassword } from './lib/cpu-work.js';\nexport async function run(p: string) {\n  const a = hashPassword(p, 1);\n  const b = hashPassword(p, 2);\n  return a + b;\n}",
      options: withHelper,
      output: [
        "import { hashPassword } from './lib/cpu-work.js';\nimport { runInWorker } from '@eslint-plugin-event-loop/offload';\nexport async function run(p: string) {\n  const a = await runInWorker<ReturnType<typeof hashPassword>>(new URL('./lib/cpu-work.js', import.meta.url), 'hashPassword', p, 1);\n  const b = hashPassword(p, 2);\n  return a + b;\n}",
        "import { hashPassword } from './lib/cpu-work.js';\nimport { runInWorker } from '@eslint-plugin-event-loop/offload';\nexport async function run(p: string) {\n  const a = await runInWorker<ReturnType<typeof hashPassword>>(new URL('./lib/cpu-work.js', import.meta.url), 'hashPassword', p, 1);\n  const b = await runInWorker<ReturnType<typeof hashPassword>>(new URL('./lib/cpu-work.js', import.meta.url), 'hashPassword', p, 2);\n  return a + b;\n}",
      ],
      errors: [
        {
          messageId: 'cpuHeavyCall',
          data: { name: 'hashPassword', reason: TAGGED, fn: 'async function `run`', helper: 'runInWorker' },
          line: 3,
          column: 13,
          endLine: 3,
          endColumn: 31,
        },
        {
          messageId: 'cpuHeavyCall',
          data: { name: 'hashPassword', reason: TAGGED, fn: 'async function `run`', helper: 'runInWorker' },
          line: 4,
          column: 13,
          endLine: 4,
          endColumn: 31,
        },
      ],
    },
    {
      // The helper's name is taken: the import is renamed.
      code: "import { hashPassword } from './lib/cpu-work.js';\nconst runInWorker = 1;\nexport async function run(p: string) {\n  return hashPassword(p, runInWorker);\n}",
      options: withHelper,
      output: "import { hashPassword } from './lib/cpu-work.js';\nimport { runInWorker as runInWorkerHelper } from '@eslint-plugin-event-loop/offload';\nconst runInWorker = 1;\nexport async function run(p: string) {\n  return await runInWorkerHelper<ReturnType<typeof hashPassword>>(new URL('./lib/cpu-work.js', import.meta.url), 'hashPassword', p, runInWorker);\n}",
      errors: [
        {
          messageId: 'cpuHeavyCall',
          data: { name: 'hashPassword', reason: TAGGED, fn: 'async function `run`', helper: 'runInWorker' },
          line: 4,
          column: 10,
          endLine: 4,
          endColumn: 38,
        },
      ],
    },
    {
      // The helper is imported already: reused.
      code: "import { hashPassword } from './lib/cpu-work.js';\nimport { runInWorker } from '@eslint-plugin-event-loop/offload';\nexport async function run(p: string) {\n  return [hashPassword(p, 1), await runInWorker(new URL('./other.js', import.meta.url), 'other')];\n}",
      options: withHelper,
      output: "import { hashPassword } from './lib/cpu-work.js';\nimport { runInWorker } from '@eslint-plugin-event-loop/offload';\nexport async function run(p: string) {\n  return [await runInWorker<ReturnType<typeof hashPassword>>(new URL('./lib/cpu-work.js', import.meta.url), 'hashPassword', p, 1), await runInWorker(new URL('./other.js', import.meta.url), 'other')];\n}",
      errors: [
        {
          messageId: 'cpuHeavyCall',
          data: { name: 'hashPassword', reason: TAGGED, fn: 'async function `run`', helper: 'runInWorker' },
          line: 4,
          column: 11,
          endLine: 4,
          endColumn: 29,
        },
      ],
    },
    {
      // Spread arguments pass through (a tuple of cloneable values).
      code: "import { hashPassword } from './lib/cpu-work.js';\nexport async function run(args: [string, number]) {\n  return hashPassword(...args);\n}",
      options: withHelper,
      output: "import { hashPassword } from './lib/cpu-work.js';\nimport { runInWorker } from '@eslint-plugin-event-loop/offload';\nexport async function run(args: [string, number]) {\n  return await runInWorker<ReturnType<typeof hashPassword>>(new URL('./lib/cpu-work.js', import.meta.url), 'hashPassword', ...args);\n}",
      errors: [
        {
          messageId: 'cpuHeavyCall',
          data: { name: 'hashPassword', reason: TAGGED, fn: 'async function `run`', helper: 'runInWorker' },
          line: 3,
          column: 10,
          endLine: 3,
          endColumn: 31,
        },
      ],
    },
    {
      // A result that loses its methods in the copy: a suggestion that says so, even with `offloadHelper`.
      code: "import { buildMatrix } from './lib/cpu-work.js';\nexport async function run() {\n  return buildMatrix(10).determinant();\n}",
      options: withHelper,
      output: null,
      errors: [
        {
          messageId: 'cpuHeavyCall',
          data: { name: 'buildMatrix', reason: TAGGED, fn: 'async function `run`', helper: 'runInWorker' },
          line: 3,
          column: 10,
          endLine: 3,
          endColumn: 25,
          suggestions: [
            {
              messageId: 'offloadToWorker',
              data: { name: 'buildMatrix', helper: 'runInWorker', helperModule: DEFAULT_OFFLOAD_HELPER.module, caveat: '; the result arrives as a structured-clone copy: it is a `Matrix` instance, whose methods and accessors (`determinant`) the copy drops' },
              output: "import { buildMatrix } from './lib/cpu-work.js';\nimport { runInWorker } from '@eslint-plugin-event-loop/offload';\nexport async function run() {\n  return (await runInWorker<ReturnType<typeof buildMatrix>>(new URL('./lib/cpu-work.js', import.meta.url), 'buildMatrix', 10)).determinant();\n}",
            },
          ],
        },
      ],
    },
    {
      // A result that is an instance of a class with fields only: the copy is a plain object, so
      // `instanceof` would change; a suggestion that says so.
      code: "import { checksum, Checksum } from './lib/cpu-work.js';\nexport async function run(text: string) {\n  const sum = checksum(text);\n  return sum instanceof Checksum;\n}",
      options: withHelper,
      output: null,
      errors: [
        {
          messageId: 'cpuHeavyCall',
          data: { name: 'checksum', reason: TAGGED, fn: 'async function `run`', helper: 'runInWorker' },
          line: 3,
          column: 15,
          endLine: 3,
          endColumn: 29,
          suggestions: [
            {
              messageId: 'offloadToWorker',
              data: { name: 'checksum', helper: 'runInWorker', helperModule: DEFAULT_OFFLOAD_HELPER.module, caveat: '; the result arrives as a structured-clone copy: it is a `Checksum` instance, copied as a plain object, so `instanceof Checksum` is false there' },
              output: "import { checksum, Checksum } from './lib/cpu-work.js';\nimport { runInWorker } from '@eslint-plugin-event-loop/offload';\nexport async function run(text: string) {\n  const sum = await runInWorker<ReturnType<typeof checksum>>(new URL('./lib/cpu-work.js', import.meta.url), 'checksum', text);\n  return sum instanceof Checksum;\n}",
            },
          ],
        },
      ],
    },
    {
      // Arguments that are instances of classes with fields only (nested too, and `#private` fields,
      // which the copy skips), or of a class extending a built-in: suggestions. A function inside
      // one still cannot be copied at all.
      code: "import { digest } from './lib/cpu-work.js';\nclass Point { #id = 1; constructor(readonly x: number) {} }\nclass HttpError extends Error { constructor(readonly status: number) { super('failed'); } }\nclass Registry<T> extends Map<string, T> {}\nclass Handlers extends Map<string, () => void> {}\nclass Job { constructor(readonly done: () => void) {} }\nexport async function run(points: Point[]) {\n  sink(digest({ points }));\n  sink(digest(1, new HttpError(404)));\n  sink(digest(new Registry<number>()));\n  sink(digest(new Job(() => {})));\n  sink(digest(new Handlers()));\n}\ndeclare function sink(value: unknown): void;",
      options: withHelper,
      output: null,
      errors: [
        {
          messageId: 'cpuHeavyCall',
          data: { name: 'digest', reason: TAGGED, fn: 'async function `run`', helper: 'runInWorker' },
          line: 8,
          column: 8,
          endLine: 8,
          endColumn: 26,
          suggestions: [
            {
              messageId: 'offloadToWorker',
              data: { name: 'digest', helper: 'runInWorker', helperModule: DEFAULT_OFFLOAD_HELPER.module, caveat: '; argument 1 arrives in the worker thread as a structured-clone copy: its `.points[]` is a `Point` instance, copied as a plain object, so `instanceof Point` is false there' },
              output: "import { digest } from './lib/cpu-work.js';\nimport { runInWorker } from '@eslint-plugin-event-loop/offload';\nclass Point { #id = 1; constructor(readonly x: number) {} }\nclass HttpError extends Error { constructor(readonly status: number) { super('failed'); } }\nclass Registry<T> extends Map<string, T> {}\nclass Handlers extends Map<string, () => void> {}\nclass Job { constructor(readonly done: () => void) {} }\nexport async function run(points: Point[]) {\n  sink(await runInWorker<ReturnType<typeof digest>>(new URL('./lib/cpu-work.js', import.meta.url), 'digest', { points }));\n  sink(digest(1, new HttpError(404)));\n  sink(digest(new Registry<number>()));\n  sink(digest(new Job(() => {})));\n  sink(digest(new Handlers()));\n}\ndeclare function sink(value: unknown): void;",
            },
          ],
        },
        {
          messageId: 'cpuHeavyCall',
          data: { name: 'digest', reason: TAGGED, fn: 'async function `run`', helper: 'runInWorker' },
          line: 9,
          column: 8,
          endLine: 9,
          endColumn: 37,
          suggestions: [
            {
              messageId: 'offloadToWorker',
              data: { name: 'digest', helper: 'runInWorker', helperModule: DEFAULT_OFFLOAD_HELPER.module, caveat: '; argument 2 arrives in the worker thread as a structured-clone copy: it is a `HttpError` instance, copied as a plain `Error` without its own fields (`status`), so `instanceof HttpError` is false there' },
              output: "import { digest } from './lib/cpu-work.js';\nimport { runInWorker } from '@eslint-plugin-event-loop/offload';\nclass Point { #id = 1; constructor(readonly x: number) {} }\nclass HttpError extends Error { constructor(readonly status: number) { super('failed'); } }\nclass Registry<T> extends Map<string, T> {}\nclass Handlers extends Map<string, () => void> {}\nclass Job { constructor(readonly done: () => void) {} }\nexport async function run(points: Point[]) {\n  sink(digest({ points }));\n  sink(await runInWorker<ReturnType<typeof digest>>(new URL('./lib/cpu-work.js', import.meta.url), 'digest', 1, new HttpError(404)));\n  sink(digest(new Registry<number>()));\n  sink(digest(new Job(() => {})));\n  sink(digest(new Handlers()));\n}\ndeclare function sink(value: unknown): void;",
            },
          ],
        },
        {
          messageId: 'cpuHeavyCall',
          data: { name: 'digest', reason: TAGGED, fn: 'async function `run`', helper: 'runInWorker' },
          line: 10,
          column: 8,
          endLine: 10,
          endColumn: 38,
          suggestions: [
            {
              messageId: 'offloadToWorker',
              data: { name: 'digest', helper: 'runInWorker', helperModule: DEFAULT_OFFLOAD_HELPER.module, caveat: '; argument 1 arrives in the worker thread as a structured-clone copy: it is a `Registry` instance, copied as a plain `Map`, so `instanceof Registry` is false there' },
              output: "import { digest } from './lib/cpu-work.js';\nimport { runInWorker } from '@eslint-plugin-event-loop/offload';\nclass Point { #id = 1; constructor(readonly x: number) {} }\nclass HttpError extends Error { constructor(readonly status: number) { super('failed'); } }\nclass Registry<T> extends Map<string, T> {}\nclass Handlers extends Map<string, () => void> {}\nclass Job { constructor(readonly done: () => void) {} }\nexport async function run(points: Point[]) {\n  sink(digest({ points }));\n  sink(digest(1, new HttpError(404)));\n  sink(await runInWorker<ReturnType<typeof digest>>(new URL('./lib/cpu-work.js', import.meta.url), 'digest', new Registry<number>()));\n  sink(digest(new Job(() => {})));\n  sink(digest(new Handlers()));\n}\ndeclare function sink(value: unknown): void;",
            },
          ],
        },
        {
          messageId: 'cpuHeavyCallNoFix',
          data: { name: 'digest', reason: TAGGED, fn: 'async function `run`', obstacle: argument('argument 1', 'its `.done` is a function') },
          line: 11,
          column: 8,
          endLine: 11,
          endColumn: 33,
        },
        {
          messageId: 'cpuHeavyCallNoFix',
          data: { name: 'digest', reason: TAGGED, fn: 'async function `run`', obstacle: argument('argument 1', 'its `(value)` is a function') },
          line: 12,
          column: 8,
          endLine: 12,
          endColumn: 30,
        },
      ],
    },
    {
      // A function that throws an error class of its own: it comes back a plain `Error`, so a caller's
      // `instanceof` would fail; a suggestion that says so.
      code: "import { parseLines, ParseError } from './lib/cpu-work.js';\nexport async function run(text: string) {\n  try {\n    return parseLines(text);\n  } catch (error) {\n    return error instanceof ParseError ? [] : null;\n  }\n}",
      options: withHelper,
      output: null,
      errors: [
        {
          messageId: 'cpuHeavyCall',
          data: { name: 'parseLines', reason: TAGGED, fn: 'async function `run`', helper: 'runInWorker' },
          line: 4,
          column: 12,
          endLine: 4,
          endColumn: 28,
          suggestions: [
            {
              messageId: 'offloadToWorker',
              data: { name: 'parseLines', helper: 'runInWorker', helperModule: DEFAULT_OFFLOAD_HELPER.module, caveat: '; it throws `ParseError`, which comes back from the worker thread as a plain `Error` with its name and message, so `instanceof ParseError` is false there' },
              output: "import { parseLines, ParseError } from './lib/cpu-work.js';\nimport { runInWorker } from '@eslint-plugin-event-loop/offload';\nexport async function run(text: string) {\n  try {\n    return await runInWorker<ReturnType<typeof parseLines>>(new URL('./lib/cpu-work.js', import.meta.url), 'parseLines', text);\n  } catch (error) {\n    return error instanceof ParseError ? [] : null;\n  }\n}",
            },
          ],
        },
      ],
    },
    {
      // A result dropped: the call is made for its effects, which a worker thread makes on copies.
      code: "import { hashPassword } from './lib/cpu-work.js';\nexport async function run(p: string) {\n  hashPassword(p, 1);\n}",
      options: withHelper,
      output: null,
      errors: [
        {
          messageId: 'cpuHeavyCall',
          data: { name: 'hashPassword', reason: TAGGED, fn: 'async function `run`', helper: 'runInWorker' },
          line: 3,
          column: 3,
          endLine: 3,
          endColumn: 21,
          suggestions: [
            {
              messageId: 'offloadToWorker',
              data: { name: 'hashPassword', helper: 'runInWorker', helperModule: DEFAULT_OFFLOAD_HELPER.module, caveat: '; its result is not used here, so it works by its effects, and in a worker thread it changes copies of its arguments and of module state: check that nothing here relies on those changes' },
              output: "import { hashPassword } from './lib/cpu-work.js';\nimport { runInWorker } from '@eslint-plugin-event-loop/offload';\nexport async function run(p: string) {\n  await runInWorker<ReturnType<typeof hashPassword>>(new URL('./lib/cpu-work.js', import.meta.url), 'hashPassword', p, 1);\n}",
            },
          ],
        },
      ],
    },
    {
      // A helper of your own is not known to rebuild Buffers: a `Buffer` argument would arrive as a plain
      // `Uint8Array`, so that call is a suggestion, unless `restoresBuffers` says the helper rebuilds them.
      code: "import { digest } from './lib/cpu-work.js';\nexport async function run(file: Buffer, names: string[]) {\n  return [digest({ body: file }), digest(names)];\n}",
      options: [{ offloadHelper: { module: '#offload', name: 'runInWorker' } }],
      output: "import { digest } from './lib/cpu-work.js';\nimport { runInWorker } from '#offload';\nexport async function run(file: Buffer, names: string[]) {\n  return [digest({ body: file }), await runInWorker<ReturnType<typeof digest>>(new URL('./lib/cpu-work.js', import.meta.url), 'digest', names)];\n}",
      errors: [
        {
          messageId: 'cpuHeavyCall',
          data: { name: 'digest', reason: TAGGED, fn: 'async function `run`', helper: 'runInWorker' },
          line: 3,
          column: 11,
          endLine: 3,
          endColumn: 33,
          suggestions: [
            {
              messageId: 'offloadToWorker',
              data: {
                name: 'digest',
                helper: 'runInWorker',
                helperModule: '#offload',
                caveat: '; argument 1 arrives in the worker thread as a structured-clone copy: its `.body` is `Buffer` data, which arrives as a plain `Uint8Array` (the `offloadHelper` does not rebuild Buffers)',
              },
              output: "import { digest } from './lib/cpu-work.js';\nimport { runInWorker } from '#offload';\nexport async function run(file: Buffer, names: string[]) {\n  return [await runInWorker<ReturnType<typeof digest>>(new URL('./lib/cpu-work.js', import.meta.url), 'digest', { body: file }), digest(names)];\n}",
            },
          ],
        },
        { messageId: 'cpuHeavyCall', data: { name: 'digest', reason: TAGGED, fn: 'async function `run`', helper: 'runInWorker' }, line: 3, column: 35, endLine: 3, endColumn: 48 },
      ],
    },
    {
      code: "import { digest } from './lib/cpu-work.js';\nexport async function run(file: Buffer, names: string[]) {\n  return [digest({ body: file }), digest(names)];\n}",
      options: [{ offloadHelper: { module: '#offload', name: 'runInWorker', restoresBuffers: true } }],
      output: [
        "import { digest } from './lib/cpu-work.js';\nimport { runInWorker } from '#offload';\nexport async function run(file: Buffer, names: string[]) {\n  return [await runInWorker<ReturnType<typeof digest>>(new URL('./lib/cpu-work.js', import.meta.url), 'digest', { body: file }), digest(names)];\n}",
        "import { digest } from './lib/cpu-work.js';\nimport { runInWorker } from '#offload';\nexport async function run(file: Buffer, names: string[]) {\n  return [await runInWorker<ReturnType<typeof digest>>(new URL('./lib/cpu-work.js', import.meta.url), 'digest', { body: file }), await runInWorker<ReturnType<typeof digest>>(new URL('./lib/cpu-work.js', import.meta.url), 'digest', names)];\n}",
      ],
      errors: [
        { messageId: 'cpuHeavyCall', data: { name: 'digest', reason: TAGGED, fn: 'async function `run`', helper: 'runInWorker' }, line: 3, column: 11, endLine: 3, endColumn: 33 },
        { messageId: 'cpuHeavyCall', data: { name: 'digest', reason: TAGGED, fn: 'async function `run`', helper: 'runInWorker' }, line: 3, column: 35, endLine: 3, endColumn: 48 },
      ],
    },
    {
      // Buffers inside a Map or a Set arrive as plain Uint8Arrays (the helper rebuilds only those in
      // plain objects and arrays): suggestions.
      code: "import { digest } from './lib/cpu-work.js';\nexport async function run(files: Map<string, Buffer>, parts: Set<{ chunks: Buffer[] }>) {\n  return [digest(files), digest(parts), digest({ chunks: [Buffer.from('a')] })];\n}",
      options: withHelper,
      output: "import { digest } from './lib/cpu-work.js';\nimport { runInWorker } from '@eslint-plugin-event-loop/offload';\nexport async function run(files: Map<string, Buffer>, parts: Set<{ chunks: Buffer[] }>) {\n  return [digest(files), digest(parts), await runInWorker<ReturnType<typeof digest>>(new URL('./lib/cpu-work.js', import.meta.url), 'digest', { chunks: [Buffer.from('a')] })];\n}",
      errors: [
        {
          messageId: 'cpuHeavyCall',
          data: { name: 'digest', reason: TAGGED, fn: 'async function `run`', helper: 'runInWorker' },
          line: 3,
          column: 11,
          endLine: 3,
          endColumn: 24,
          suggestions: [
            {
              messageId: 'offloadToWorker',
              data: { name: 'digest', helper: 'runInWorker', helperModule: DEFAULT_OFFLOAD_HELPER.module, caveat: '; argument 1 arrives in the worker thread as a structured-clone copy: its `(value)` is `Buffer` data, which arrives as a plain `Uint8Array` inside a `Map`' },
              output: "import { digest } from './lib/cpu-work.js';\nimport { runInWorker } from '@eslint-plugin-event-loop/offload';\nexport async function run(files: Map<string, Buffer>, parts: Set<{ chunks: Buffer[] }>) {\n  return [await runInWorker<ReturnType<typeof digest>>(new URL('./lib/cpu-work.js', import.meta.url), 'digest', files), digest(parts), digest({ chunks: [Buffer.from('a')] })];\n}",
            },
          ],
        },
        {
          messageId: 'cpuHeavyCall',
          data: { name: 'digest', reason: TAGGED, fn: 'async function `run`', helper: 'runInWorker' },
          line: 3,
          column: 26,
          endLine: 3,
          endColumn: 39,
          suggestions: [
            {
              messageId: 'offloadToWorker',
              data: { name: 'digest', helper: 'runInWorker', helperModule: DEFAULT_OFFLOAD_HELPER.module, caveat: '; argument 1 arrives in the worker thread as a structured-clone copy: its `(item)` is `Buffer` data, which arrives as a plain `Uint8Array` inside a `Set`' },
              output: "import { digest } from './lib/cpu-work.js';\nimport { runInWorker } from '@eslint-plugin-event-loop/offload';\nexport async function run(files: Map<string, Buffer>, parts: Set<{ chunks: Buffer[] }>) {\n  return [digest(files), await runInWorker<ReturnType<typeof digest>>(new URL('./lib/cpu-work.js', import.meta.url), 'digest', parts), digest({ chunks: [Buffer.from('a')] })];\n}",
            },
          ],
        },
        {
          messageId: 'cpuHeavyCall',
          data: { name: 'digest', reason: TAGGED, fn: 'async function `run`', helper: 'runInWorker' },
          line: 3,
          column: 41,
          endLine: 3,
          endColumn: 79,
        },
      ],
    },
    {
      // Named in `functions` (a file specifier).
      code: "import { light } from './lib/cpu-work.js';\nexport async function run() {\n  return light(1);\n}",
      options: [{ ...withHelper[0], functions: [{ from: 'file', name: 'light', path: 'lib/cpu-work.ts' }] }],
      output: "import { light } from './lib/cpu-work.js';\nimport { runInWorker } from '@eslint-plugin-event-loop/offload';\nexport async function run() {\n  return await runInWorker<ReturnType<typeof light>>(new URL('./lib/cpu-work.js', import.meta.url), 'light', 1);\n}",
      errors: [
        {
          messageId: 'cpuHeavyCall',
          data: { name: 'light', reason: LISTED, fn: 'async function `run`', helper: 'runInWorker' },
          line: 3,
          column: 10,
          endLine: 3,
          endColumn: 18,
        },
      ],
    },
    {
      // Named in `functions` (a plain name).
      code: "import { light } from './lib/cpu-work.js';\nexport async function run() {\n  return light(1);\n}",
      options: [{ functions: ['light'] }],
      output: null,
      errors: [
        {
          messageId: 'cpuHeavyCall',
          data: { name: 'light', reason: LISTED, fn: 'async function `run`', helper: 'runInWorker' },
          line: 3,
          column: 10,
          endLine: 3,
          endColumn: 18,
          suggestions: [
            {
              messageId: 'offloadToWorker',
              data: { name: 'light', helper: 'runInWorker', helperModule: DEFAULT_OFFLOAD_HELPER.module, caveat: '' },
              output: "import { light } from './lib/cpu-work.js';\nimport { runInWorker } from '@eslint-plugin-event-loop/offload';\nexport async function run() {\n  return await runInWorker<ReturnType<typeof light>>(new URL('./lib/cpu-work.js', import.meta.url), 'light', 1);\n}",
            },
          ],
        },
      ],
    },
    {
      // Named in `functions` (a package specifier), but a member of an exported object.
      code: "import { Effect } from 'effect-like';\nexport async function run() {\n  return Effect.runSync(Effect.succeed(1));\n}",
      options: [{ functions: [{ from: 'package', package: 'effect-like', name: 'Effect.runSync' }] }],
      output: null,
      errors: [
        {
          messageId: 'cpuHeavyCallNoFix',
          data: { name: 'Effect.runSync', reason: LISTED, fn: 'async function `run`', obstacle: nested('Effect.runSync', 'effect-like') },
          line: 3,
          column: 10,
          endLine: 3,
          endColumn: 43,
        },
      ],
    },
    {
      // Other tags by option.
      code: "/** @expensive */\nexport function costly() {}\nexport async function run() {\n  costly();\n}",
      options: [{ tags: ['expensive'] }],
      output: null,
      errors: [
        {
          messageId: 'cpuHeavyCallNoFix',
          data: { name: 'costly', reason: 'is marked `@expensive`', fn: 'async function `run`', obstacle: SAME_FILE },
          line: 4,
          column: 3,
          endLine: 4,
          endColumn: 11,
        },
      ],
    },
    {
      // A `#private` method marked `@cpuHeavy`: its name filter knows it as `#render`, as TypeScript names it.
      code: 'export class Reports {\n  /** @cpuHeavy */\n  #render(rows: number[]): string {\n    return rows.join();\n  }\n  async build(rows: number[]) {\n    return this.#render(rows);\n  }\n}',
      output: null,
      errors: [
        {
          messageId: 'cpuHeavyCallNoFix',
          data: { name: 'this.#render', reason: TAGGED, fn: 'async method `build`', obstacle: SAME_FILE },
          line: 7,
          column: 12,
          endLine: 7,
          endColumn: 30,
        },
      ],
    },
    {
      // CLI entry modules are checked on request.
      code: "#!/usr/bin/env node\nimport { hashPassword } from './lib/cpu-work.js';\nexport async function main() {\n  return hashPassword('a', 1);\n}",
      options: [{ checkCliModules: true }],
      output: null,
      errors: [
        {
          messageId: 'cpuHeavyCall',
          data: { name: 'hashPassword', reason: TAGGED, fn: 'async function `main`', helper: 'runInWorker' },
          line: 4,
          column: 10,
          endLine: 4,
          endColumn: 30,
          suggestions: [
            {
              messageId: 'offloadToWorker',
              data: { name: 'hashPassword', helper: 'runInWorker', helperModule: DEFAULT_OFFLOAD_HELPER.module, caveat: '' },
              output: "#!/usr/bin/env node\nimport { hashPassword } from './lib/cpu-work.js';\nimport { runInWorker } from '@eslint-plugin-event-loop/offload';\nexport async function main() {\n  return await runInWorker<ReturnType<typeof hashPassword>>(new URL('./lib/cpu-work.js', import.meta.url), 'hashPassword', 'a', 1);\n}",
            },
          ],
        },
      ],
    },
    {
      // SheetJS: `read` is a top-level export of the package (`import.meta.resolve`); `utils.sheet_to_json` is not.
      code: "import { read, utils } from 'xlsx';\nexport async function importSheet(data: Buffer) {\n  const book = read(data, { type: 'buffer' });\n  return utils.sheet_to_json(book.Sheets['A']!);\n}",
      options: withHelper,
      output: "import { read, utils } from 'xlsx';\nimport { runInWorker } from '@eslint-plugin-event-loop/offload';\nexport async function importSheet(data: Buffer) {\n  const book = await runInWorker<ReturnType<typeof read>>(import.meta.resolve('xlsx'), 'read', data, { type: 'buffer' });\n  return utils.sheet_to_json(book.Sheets['A']!);\n}",
      errors: [
        {
          messageId: 'cpuHeavyCall',
          data: { name: 'read', reason: catalogued('xlsx', 'parses a whole workbook in one synchronous call'), fn: 'async function `importSheet`', helper: 'runInWorker' },
          line: 3,
          column: 16,
          endLine: 3,
          endColumn: 46,
        },
        {
          messageId: 'cpuHeavyCallNoFix',
          data: { name: 'utils.sheet_to_json', reason: catalogued('xlsx', 'converts every cell of a sheet in one synchronous call'), fn: 'async function `importSheet`', obstacle: nested('utils.sheet_to_json', 'xlsx') },
          line: 4,
          column: 10,
          endLine: 4,
          endColumn: 48,
        },
      ],
    },
    {
      code: "import * as XLSX from 'xlsx';\nexport async function importSheet(data: Buffer) {\n  return XLSX.read(data);\n}",
      output: null,
      errors: [
        {
          messageId: 'cpuHeavyCall',
          data: { name: 'read', reason: catalogued('xlsx', 'parses a whole workbook in one synchronous call'), fn: 'async function `importSheet`', helper: 'runInWorker' },
          line: 3,
          column: 10,
          endLine: 3,
          endColumn: 25,
          suggestions: [
            {
              messageId: 'offloadToWorker',
              data: { name: 'read', helper: 'runInWorker', helperModule: DEFAULT_OFFLOAD_HELPER.module, caveat: '' },
              output: "import * as XLSX from 'xlsx';\nimport { runInWorker } from '@eslint-plugin-event-loop/offload';\nexport async function importSheet(data: Buffer) {\n  return await runInWorker<ReturnType<typeof XLSX.read>>(import.meta.resolve('xlsx'), 'read', data);\n}",
            },
          ],
        },
      ],
    },
    {
      // A method of instances, found through the checker.
      code: "import { XMLParser } from 'fast-xml-parser';\nexport async function parse(xml: string) {\n  return new XMLParser().parse(xml);\n}",
      output: null,
      errors: [
        {
          messageId: 'cpuHeavyCallNoFix',
          data: { name: 'XMLParser.parse', reason: catalogued('fast-xml-parser', 'parses a whole XML document in one synchronous call'), fn: 'async function `parse`', obstacle: METHOD },
          line: 3,
          column: 10,
          endLine: 3,
          endColumn: 36,
        },
      ],
    },
    {
      code: "const yaml = require('js-yaml');\nasync function load(/** @type {string} */ text) {\n  return yaml.load(text);\n}\nmodule.exports = { load };",
      filename: 'script.cjs',
      output: null,
      errors: [
        {
          messageId: 'cpuHeavyCall',
          data: { name: 'load', reason: catalogued('js-yaml', 'parses a whole YAML document in one synchronous call'), fn: 'async function `load`', helper: 'runInWorker' },
          line: 3,
          column: 10,
          endLine: 3,
          endColumn: 25,
          suggestions: [
            {
              messageId: 'offloadToWorker',
              data: { name: 'load', helper: 'runInWorker', helperModule: DEFAULT_OFFLOAD_HELPER.module, caveat: '' },
              output: "const yaml = require('js-yaml');\nconst { runInWorker } = require('@eslint-plugin-event-loop/offload');\nasync function load(/** @type {string} */ text) {\n  return await runInWorker(require.resolve('js-yaml'), 'load', text);\n}\nmodule.exports = { load };",
            },
          ],
        },
      ],
    },
    {
      // TypeScript's CommonJS output: `(0, js_yaml_1.load)(text)` calls the import indirectly.
      code: "const js_yaml_1 = require('js-yaml');\nasync function load(/** @type {string} */ text) {\n  return (0, js_yaml_1.load)(text);\n}\nmodule.exports = { load };",
      filename: 'script.cjs',
      output: null,
      errors: [
        {
          messageId: 'cpuHeavyCall',
          data: { name: 'load', reason: catalogued('js-yaml', 'parses a whole YAML document in one synchronous call'), fn: 'async function `load`', helper: 'runInWorker' },
          line: 3,
          column: 10,
          endLine: 3,
          endColumn: 35,
          suggestions: [
            {
              messageId: 'offloadToWorker',
              data: { name: 'load', helper: 'runInWorker', helperModule: DEFAULT_OFFLOAD_HELPER.module, caveat: '' },
              output: "const js_yaml_1 = require('js-yaml');\nconst { runInWorker } = require('@eslint-plugin-event-loop/offload');\nasync function load(/** @type {string} */ text) {\n  return await runInWorker(require.resolve('js-yaml'), 'load', text);\n}\nmodule.exports = { load };",
            },
          ],
        },
      ],
    },
    {
      code: "import jpeg from 'jpeg-js';\nexport async function thumbnail(data: Uint8Array) {\n  return jpeg.decode(data).width;\n}",
      options: withHelper,
      output: "import jpeg from 'jpeg-js';\nimport { runInWorker } from '@eslint-plugin-event-loop/offload';\nexport async function thumbnail(data: Uint8Array) {\n  return (await runInWorker<ReturnType<typeof jpeg.decode>>(import.meta.resolve('jpeg-js'), 'decode', data)).width;\n}",
      errors: [
        {
          messageId: 'cpuHeavyCall',
          data: { name: 'decode', reason: catalogued('jpeg-js', 'decodes a whole JPEG image in JavaScript on the calling thread'), fn: 'async function `thumbnail`', helper: 'runInWorker' },
          line: 3,
          column: 10,
          endLine: 3,
          endColumn: 27,
        },
      ],
    },
    {
      // Declared in this file.
      code: "/** @cpuHeavy */\nfunction double(n: number) {\n  return n * 2;\n}\nexport async function run() {\n  return double(2);\n}",
      options: withHelper,
      output: null,
      errors: [
        {
          messageId: 'cpuHeavyCallNoFix',
          data: { name: 'double', reason: TAGGED, fn: 'async function `run`', obstacle: SAME_FILE },
          line: 6,
          column: 10,
          endLine: 6,
          endColumn: 19,
        },
      ],
    },
    {
      // Declared in this file and called through an import of the file itself: the worker would run its top level again.
      code: "import * as self from './file.js';\nimport { selfHeavy as heavy } from './file.js';\n/** @cpuHeavy */\nexport function selfHeavy(n: number): number {\n  return n * 2;\n}\nexport async function run(n: number) {\n  return self.selfHeavy(n) + heavy(n);\n}",
      options: withHelper,
      output: null,
      errors: [
        {
          messageId: 'cpuHeavyCallNoFix',
          data: { name: 'self.selfHeavy', reason: TAGGED, fn: 'async function `run`', obstacle: SAME_FILE },
          line: 8,
          column: 10,
          endLine: 8,
          endColumn: 27,
        },
        {
          messageId: 'cpuHeavyCallNoFix',
          data: { name: 'heavy', reason: TAGGED, fn: 'async function `run`', obstacle: SAME_FILE },
          line: 8,
          column: 30,
          endLine: 8,
          endColumn: 38,
        },
      ],
    },
    {
      // An argument that cannot be copied: a callback.
      code: "import { simulate } from './lib/cpu-work.js';\nexport async function run() {\n  return simulate(10, (n) => console.log(n));\n}",
      options: withHelper,
      output: null,
      errors: [
        {
          messageId: 'cpuHeavyCallNoFix',
          data: { name: 'simulate', reason: TAGGED, fn: 'async function `run`', obstacle: argument('argument 2', 'it is a function') },
          line: 3,
          column: 10,
          endLine: 3,
          endColumn: 45,
        },
      ],
    },
    {
      // An argument that cannot be copied: a class instance, a function deep inside an object.
      code: "import { digest, Matrix } from './lib/cpu-work.js';\nexport async function run() {\n  sink(digest(new Matrix([1])));\n  sink(digest({ nested: { deeper: [{ run() {} }] } }));\n}\ndeclare function sink(value: unknown): void;",
      options: withHelper,
      output: null,
      errors: [
        {
          messageId: 'cpuHeavyCallNoFix',
          data: { name: 'digest', reason: TAGGED, fn: 'async function `run`', obstacle: argument('argument 1', 'it is a `Matrix` instance, whose methods and accessors (`determinant`) the copy drops') },
          line: 3,
          column: 8,
          endLine: 3,
          endColumn: 31,
        },
        {
          messageId: 'cpuHeavyCallNoFix',
          data: { name: 'digest', reason: TAGGED, fn: 'async function `run`', obstacle: argument('argument 1', 'its `.nested.deeper[].run` is a function') },
          line: 4,
          column: 8,
          endLine: 4,
          endColumn: 54,
        },
      ],
    },
    {
      // A symbol-keyed method is dropped by the copy like a named one (symbol-keyed data, a brand, is passed by);
      // a member of a recursive union is checked whole.
      code: "import { digest } from './lib/cpu-work.js';\ninterface Bag { label: string; [Symbol.iterator](): Iterator<number> }\nclass Range { constructor(readonly end: number) {} *[Symbol.iterator]() { for (let i = 0; i < this.end; i++) yield i; } }\ntype Link = LinkNode | (() => void);\ninterface LinkNode { next: Link }\ndeclare const brand: unique symbol;\nexport async function run(bag: Bag, link: Link, node: LinkNode, id: { [brand]: 'Id'; n: number }) {\n  sink(digest(bag));\n  sink(digest(new Range(3)));\n  sink(digest(link));\n  sink(digest(node));\n  sink(digest(id));\n}\ndeclare function sink(value: unknown): void;",
      options: withHelper,
      output: "import { digest } from './lib/cpu-work.js';\nimport { runInWorker } from '@eslint-plugin-event-loop/offload';\ninterface Bag { label: string; [Symbol.iterator](): Iterator<number> }\nclass Range { constructor(readonly end: number) {} *[Symbol.iterator]() { for (let i = 0; i < this.end; i++) yield i; } }\ntype Link = LinkNode | (() => void);\ninterface LinkNode { next: Link }\ndeclare const brand: unique symbol;\nexport async function run(bag: Bag, link: Link, node: LinkNode, id: { [brand]: 'Id'; n: number }) {\n  sink(digest(bag));\n  sink(digest(new Range(3)));\n  sink(digest(link));\n  sink(digest(node));\n  sink(await runInWorker<ReturnType<typeof digest>>(new URL('./lib/cpu-work.js', import.meta.url), 'digest', id));\n}\ndeclare function sink(value: unknown): void;",
      errors: [
        {
          messageId: 'cpuHeavyCallNoFix',
          data: { name: 'digest', reason: TAGGED, fn: 'async function `run`', obstacle: argument('argument 1', 'its `[Symbol.iterator]` is a function') },
          line: 8,
          column: 8,
          endLine: 8,
          endColumn: 19,
        },
        {
          messageId: 'cpuHeavyCallNoFix',
          data: { name: 'digest', reason: TAGGED, fn: 'async function `run`', obstacle: argument('argument 1', 'it is a `Range` instance, whose methods and accessors (`[Symbol.iterator]`) the copy drops') },
          line: 9,
          column: 8,
          endLine: 9,
          endColumn: 28,
        },
        {
          messageId: 'cpuHeavyCallNoFix',
          data: { name: 'digest', reason: TAGGED, fn: 'async function `run`', obstacle: argument('argument 1', 'it is a function') },
          line: 10,
          column: 8,
          endLine: 10,
          endColumn: 20,
        },
        {
          messageId: 'cpuHeavyCallNoFix',
          data: { name: 'digest', reason: TAGGED, fn: 'async function `run`', obstacle: argument('argument 1', 'its `.next` is a function') },
          line: 11,
          column: 8,
          endLine: 11,
          endColumn: 20,
        },
        {
          messageId: 'cpuHeavyCall',
          data: { name: 'digest', reason: TAGGED, fn: 'async function `run`', helper: 'runInWorker' },
          line: 12,
          column: 8,
          endLine: 12,
          endColumn: 18,
        },
      ],
    },
    {
      // Past the check's limits (8 levels deep, 64 properties) an argument is unchecked, not cloneable.
      code: "import { digest } from './lib/cpu-work.js';\ntype Deep = { a: { b: { c: { d: { e: { f: { g: { h: { i: { j: string } } } } } } } } } };\ntype Wide = Record<`p${0 | 1 | 2 | 3 | 4 | 5 | 6}${0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9}`, number>;\nexport async function run(deep: Deep, wide: Wide) {\n  sink(digest(deep));\n  sink(digest(wide));\n}\ndeclare function sink(value: unknown): void;",
      options: withHelper,
      output: null,
      errors: [
        {
          messageId: 'cpuHeavyCall',
          data: { name: 'digest', reason: TAGGED, fn: 'async function `run`', helper: 'runInWorker' },
          line: 5,
          column: 8,
          endLine: 5,
          endColumn: 20,
          suggestions: [
            {
              messageId: 'offloadToWorker',
              data: { name: 'digest', helper: 'runInWorker', helperModule: DEFAULT_OFFLOAD_HELPER.module, caveat: unchecked('argument 1', 'its `.a.b.c.d.e.f.g.h.i` is nested deeper than the check reads (8 levels)') },
              output: "import { digest } from './lib/cpu-work.js';\nimport { runInWorker } from '@eslint-plugin-event-loop/offload';\ntype Deep = { a: { b: { c: { d: { e: { f: { g: { h: { i: { j: string } } } } } } } } } };\ntype Wide = Record<`p${0 | 1 | 2 | 3 | 4 | 5 | 6}${0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9}`, number>;\nexport async function run(deep: Deep, wide: Wide) {\n  sink(await runInWorker<ReturnType<typeof digest>>(new URL('./lib/cpu-work.js', import.meta.url), 'digest', deep));\n  sink(digest(wide));\n}\ndeclare function sink(value: unknown): void;",
            },
          ],
        },
        {
          messageId: 'cpuHeavyCall',
          data: { name: 'digest', reason: TAGGED, fn: 'async function `run`', helper: 'runInWorker' },
          line: 6,
          column: 8,
          endLine: 6,
          endColumn: 20,
          suggestions: [
            {
              messageId: 'offloadToWorker',
              data: { name: 'digest', helper: 'runInWorker', helperModule: DEFAULT_OFFLOAD_HELPER.module, caveat: unchecked('argument 1', 'it is an object with more properties than the check reads (64)') },
              output: "import { digest } from './lib/cpu-work.js';\nimport { runInWorker } from '@eslint-plugin-event-loop/offload';\ntype Deep = { a: { b: { c: { d: { e: { f: { g: { h: { i: { j: string } } } } } } } } } };\ntype Wide = Record<`p${0 | 1 | 2 | 3 | 4 | 5 | 6}${0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9}`, number>;\nexport async function run(deep: Deep, wide: Wide) {\n  sink(digest(deep));\n  sink(await runInWorker<ReturnType<typeof digest>>(new URL('./lib/cpu-work.js', import.meta.url), 'digest', wide));\n}\ndeclare function sink(value: unknown): void;",
            },
          ],
        },
      ],
    },
    {
      // A local alias: the checker sees the tagged function, the worker would not know where to load it from.
      code: "import { hashPassword } from './lib/cpu-work.js';\nconst h = hashPassword;\nexport async function run(p: string) {\n  return h(p, 1);\n}",
      options: withHelper,
      output: null,
      errors: [
        {
          messageId: 'cpuHeavyCallNoFix',
          data: { name: 'h', reason: TAGGED, fn: 'async function `run`', obstacle: NOT_IMPORTED },
          line: 4,
          column: 10,
          endLine: 4,
          endColumn: 17,
        },
      ],
    },
    {
      // Members of exported objects and re-exported namespaces are not top-level exports.
      code: "import { tools } from './lib/cpu-work.js';\nimport { work } from './lib/cpu-reexports.js';\nexport async function run(values: number[]) {\n  tools.sortAll(values);\n  return work.hashPassword('p', 1);\n}",
      options: withHelper,
      output: null,
      errors: [
        {
          messageId: 'cpuHeavyCallNoFix',
          data: { name: 'tools.sortAll', reason: TAGGED, fn: 'async function `run`', obstacle: nested('tools.sortAll', './lib/cpu-work.js') },
          line: 4,
          column: 3,
          endLine: 4,
          endColumn: 24,
        },
        {
          messageId: 'cpuHeavyCallNoFix',
          data: { name: 'work.hashPassword', reason: TAGGED, fn: 'async function `run`', obstacle: nested('work.hashPassword', './lib/cpu-reexports.js') },
          line: 5,
          column: 10,
          endLine: 5,
          endColumn: 35,
        },
      ],
    },
    {
      // A tagged method.
      code: "import { Codec } from './lib/cpu-work.js';\nexport async function run(codec: Codec, data: Uint8Array) {\n  return codec.encode(data);\n}",
      options: withHelper,
      output: null,
      errors: [
        {
          messageId: 'cpuHeavyCallNoFix',
          data: { name: 'codec.encode', reason: TAGGED, fn: 'async function `run`', obstacle: METHOD },
          line: 3,
          column: 10,
          endLine: 3,
          endColumn: 28,
        },
      ],
    },
    {
      code: "import * as w from './lib/cpu-work.js';\nexport async function run(p: string) {\n  return w?.hashPassword(p, 1);\n}",
      options: withHelper,
      output: null,
      errors: [
        {
          messageId: 'cpuHeavyCallNoFix',
          data: { name: 'w?.hashPassword', reason: TAGGED, fn: 'async function `run`', obstacle: OPTIONAL },
          line: 3,
          column: 10,
          endLine: 3,
          endColumn: 31,
        },
      ],
    },
    {
      code: "import * as w from './lib/cpu-work.js';\nexport async function run(p: string) {\n  return w /* ns */ .hashPassword(p, 1);\n}",
      options: withHelper,
      output: null,
      errors: [
        {
          messageId: 'cpuHeavyCallNoFix',
          data: { name: 'w /* ns */ .hashPassword', reason: TAGGED, fn: 'async function `run`', obstacle: COMMENTS },
          line: 3,
          column: 10,
          endLine: 3,
          endColumn: 40,
        },
      ],
    },
    {
      // Comments between the callee and its `(`, or before its type arguments: the rewrite replaces that text.
      code: "import { hashPassword } from './lib/cpu-work.js';\nexport async function run(p: string) {\n  return hashPassword /* legacy */ (p, 1);\n}",
      options: withHelper,
      output: null,
      errors: [
        {
          messageId: 'cpuHeavyCallNoFix',
          data: { name: 'hashPassword', reason: TAGGED, fn: 'async function `run`', obstacle: COMMENTS },
          line: 3,
          column: 10,
          endLine: 3,
          endColumn: 42,
        },
      ],
    },
    {
      code: "import { hashPassword } from './lib/cpu-work.js';\nexport async function run(p: string) {\n  return hashPassword // legacy\n    (p, 1);\n}",
      options: withHelper,
      output: null,
      errors: [
        {
          messageId: 'cpuHeavyCallNoFix',
          data: { name: 'hashPassword', reason: TAGGED, fn: 'async function `run`', obstacle: COMMENTS },
          line: 3,
          column: 10,
          endLine: 4,
          endColumn: 11,
        },
      ],
    },
    {
      code: "import { pickBest } from './lib/cpu-work.js';\nexport async function run(items: { score: number }[]) {\n  return pickBest /* best */ <{ score: number }>(items);\n}",
      options: withHelper,
      output: null,
      errors: [
        {
          messageId: 'cpuHeavyCallNoFix',
          data: { name: 'pickBest', reason: TAGGED, fn: 'async function `run`', obstacle: COMMENTS },
          line: 3,
          column: 10,
          endLine: 3,
          endColumn: 56,
        },
      ],
    },
    {
      // A string's `replace` callback runs for each match inside the async function, where `await` is not allowed.
      code: "import { hashPassword } from './lib/cpu-work.js';\nexport async function run(text: string) {\n  return text.replace(/\\w+/g, (word) => hashPassword(word, 2));\n}",
      options: withHelper,
      output: null,
      errors: [
        {
          messageId: 'cpuHeavyCallNoFix',
          data: { name: 'hashPassword', reason: TAGGED, fn: 'async function `run`', obstacle: computeBefore('replace') },
          line: 3,
          column: 41,
          endLine: 3,
          endColumn: 62,
        },
      ],
    },
    {
      // Where `await` is not allowed.
      code: "import { hashPassword } from './lib/cpu-work.js';\nexport async function run(ps: string[]) {\n  return ps.map((p) => hashPassword(p, 2));\n}",
      options: withHelper,
      output: null,
      errors: [
        {
          messageId: 'cpuHeavyCallNoFix',
          data: { name: 'hashPassword', reason: TAGGED, fn: 'async function `run`', obstacle: inCallback('map') },
          line: 3,
          column: 24,
          endLine: 3,
          endColumn: 42,
        },
      ],
    },
    {
      // A comparator needs the values themselves, so an async one is no cure: compute them before the `sort`.
      code: "import { hashPassword } from './lib/cpu-work.js';\nexport async function run(ps: string[]) {\n  return ps.sort((a, b) => hashPassword(a, 2).localeCompare(b));\n}",
      options: withHelper,
      output: null,
      errors: [
        {
          messageId: 'cpuHeavyCallNoFix',
          data: { name: 'hashPassword', reason: TAGGED, fn: 'async function `run`', obstacle: computeBefore('sort') },
          line: 3,
          column: 28,
          endLine: 3,
          endColumn: 46,
        },
      ],
    },
    {
      code: "import { hashPassword } from './lib/cpu-work.js';\nexport function run(p: string): Promise<string> {\n  return new Promise((resolve) => resolve(hashPassword(p, 1)));\n}",
      options: withHelper,
      output: null,
      errors: [
        {
          messageId: 'cpuHeavyCallNoFix',
          data: { name: 'hashPassword', reason: TAGGED, fn: 'function `run`', obstacle: IN_EXECUTOR },
          line: 3,
          column: 43,
          endLine: 3,
          endColumn: 61,
        },
      ],
    },
    {
      code: "import { hashPassword } from './lib/cpu-work.js';\nexport function run(p: string): Promise<string> {\n  return Promise.resolve(hashPassword(p, 1));\n}",
      options: withHelper,
      output: null,
      errors: [
        {
          messageId: 'cpuHeavyCallNoFix',
          data: { name: 'hashPassword', reason: TAGGED, fn: 'function `run`', obstacle: notAsync('function `run`') },
          line: 3,
          column: 26,
          endLine: 3,
          endColumn: 44,
        },
      ],
    },
    {
      code: "import { hashPassword } from './lib/cpu-work.js';\nexport async function run(p: string, h: string = hashPassword(p, 1)) {\n  return h;\n}",
      options: withHelper,
      output: null,
      errors: [
        {
          messageId: 'cpuHeavyCallNoFix',
          data: { name: 'hashPassword', reason: TAGGED, fn: 'async function `run`', obstacle: IN_PARAMETER },
          line: 2,
          column: 50,
          endLine: 2,
          endColumn: 68,
        },
      ],
    },
    {
      code: "import { hashPassword } from './lib/cpu-work.js';\nexport async function run(p: string) {\n  return (() => hashPassword(p, 1))();\n}",
      options: withHelper,
      output: null,
      errors: [
        {
          messageId: 'cpuHeavyCallNoFix',
          data: { name: 'hashPassword', reason: TAGGED, fn: 'async function `run`', obstacle: IN_IIFE },
          line: 3,
          column: 17,
          endLine: 3,
          endColumn: 35,
        },
      ],
    },
    {
      // A `paths` alias of the tsconfig.
      code: "import { hashPassword } from '@work/cpu-work.js';\nexport async function run(p: string) {\n  return hashPassword(p, 1);\n}",
      filename: 'lib/aliased/app.ts',
      options: withHelper,
      output: null,
      errors: [
        {
          messageId: 'cpuHeavyCallNoFix',
          data: { name: 'hashPassword', reason: TAGGED, fn: 'async function `run`', obstacle: pathAlias('@work/cpu-work.js') },
          line: 3,
          column: 10,
          endLine: 3,
          endColumn: 28,
        },
      ],
    },
    {
      // A relative import without a file extension (bundler resolution): a suggestion that says to check it.
      code: "import { hashPassword } from '../cpu-work';\nexport async function run(p: string) {\n  return hashPassword(p, 1);\n}",
      filename: 'lib/aliased/app.ts',
      options: withHelper,
      output: null,
      errors: [
        {
          messageId: 'cpuHeavyCall',
          data: { name: 'hashPassword', reason: TAGGED, fn: 'async function `run`', helper: 'runInWorker' },
          line: 3,
          column: 10,
          endLine: 3,
          endColumn: 28,
          suggestions: [
            {
              messageId: 'offloadToWorker',
              data: { name: 'hashPassword', helper: 'runInWorker', helperModule: DEFAULT_OFFLOAD_HELPER.module, caveat: '; check that Node finds `../cpu-work` without a file extension' },
              output: "import { hashPassword } from '../cpu-work';\nimport { runInWorker } from '@eslint-plugin-event-loop/offload';\nexport async function run(p: string) {\n  return await runInWorker<ReturnType<typeof hashPassword>>(new URL('../cpu-work', import.meta.url), 'hashPassword', p, 1);\n}",
            },
          ],
        },
      ],
    },
    {
      // A `URL` of the file's own: the rewrite reaches the global one through `globalThis`.
      code: "import { hashPassword } from './lib/cpu-work.js';\nconst URL = 'https://api.example.com';\nexport async function run(p: string) {\n  return `${URL}/${hashPassword(p, 1)}`;\n}",
      options: withHelper,
      output: "import { hashPassword } from './lib/cpu-work.js';\nimport { runInWorker } from '@eslint-plugin-event-loop/offload';\nconst URL = 'https://api.example.com';\nexport async function run(p: string) {\n  return `${URL}/${await runInWorker<ReturnType<typeof hashPassword>>(new globalThis.URL('./lib/cpu-work.js', import.meta.url), 'hashPassword', p, 1)}`;\n}",
      errors: [
        {
          messageId: 'cpuHeavyCall',
          data: { name: 'hashPassword', reason: TAGGED, fn: 'async function `run`', helper: 'runInWorker' },
          line: 4,
          column: 20,
          endLine: 4,
          endColumn: 38,
        },
      ],
    },
    {
      // A `URL` declared inside the function, too; a type named `URL` is no value, and changes nothing.
      code: "import { hashPassword } from './lib/cpu-work.js';\ntype URL = string;\nexport async function run(p: string): Promise<[string, URL]> {\n  const URL = 'https://api.example.com';\n  return [hashPassword(p, 1), URL];\n}\nexport async function other(p: string) {\n  return hashPassword(p, 2);\n}",
      options: withHelper,
      output: [
        "import { hashPassword } from './lib/cpu-work.js';\nimport { runInWorker } from '@eslint-plugin-event-loop/offload';\ntype URL = string;\nexport async function run(p: string): Promise<[string, URL]> {\n  const URL = 'https://api.example.com';\n  return [await runInWorker<ReturnType<typeof hashPassword>>(new globalThis.URL('./lib/cpu-work.js', import.meta.url), 'hashPassword', p, 1), URL];\n}\nexport async function other(p: string) {\n  return hashPassword(p, 2);\n}",
        "import { hashPassword } from './lib/cpu-work.js';\nimport { runInWorker } from '@eslint-plugin-event-loop/offload';\ntype URL = string;\nexport async function run(p: string): Promise<[string, URL]> {\n  const URL = 'https://api.example.com';\n  return [await runInWorker<ReturnType<typeof hashPassword>>(new globalThis.URL('./lib/cpu-work.js', import.meta.url), 'hashPassword', p, 1), URL];\n}\nexport async function other(p: string) {\n  return await runInWorker<ReturnType<typeof hashPassword>>(new URL('./lib/cpu-work.js', import.meta.url), 'hashPassword', p, 2);\n}",
      ],
      errors: [
        {
          messageId: 'cpuHeavyCall',
          data: { name: 'hashPassword', reason: TAGGED, fn: 'async function `run`', helper: 'runInWorker' },
          line: 5,
          column: 11,
          endLine: 5,
          endColumn: 29,
        },
        {
          messageId: 'cpuHeavyCall',
          data: { name: 'hashPassword', reason: TAGGED, fn: 'async function `other`', helper: 'runInWorker' },
          line: 8,
          column: 10,
          endLine: 8,
          endColumn: 28,
        },
      ],
    },
    {
      // `URL` and `globalThis` both local: the rewrite cannot reach the global `URL`.
      code: "import { hashPassword } from './lib/cpu-work.js';\nexport async function run(p: string, URL: string, globalThis: object) {\n  return [hashPassword(p, 1), URL, globalThis];\n}",
      options: withHelper,
      output: null,
      errors: [
        {
          messageId: 'cpuHeavyCallNoFix',
          data: { name: 'hashPassword', reason: TAGGED, fn: 'async function `run`', obstacle: LOCAL_URL },
          line: 3,
          column: 11,
          endLine: 3,
          endColumn: 29,
        },
      ],
    },
    {
      // CommonJS with a local `require`: the rewrite's `require.resolve` would not be Node's.
      code: "const { checksum } = require('./lib/cpu-work-cjs.cjs');\nasync function run(/** @type {Uint8Array} */ data, /** @type {(id: string) => string} */ require) {\n  return [checksum(data), require('x')];\n}\nmodule.exports = { run };",
      filename: 'script.cjs',
      options: withHelper,
      output: null,
      errors: [
        {
          messageId: 'cpuHeavyCallNoFix',
          data: { name: 'checksum', reason: TAGGED, fn: 'async function `run`', obstacle: LOCAL_REQUIRE },
          line: 3,
          column: 11,
          endLine: 3,
          endColumn: 25,
        },
      ],
    },
    {
      // An argument typed `unknown` says nothing of what it holds, so nothing checked that it can be copied: a suggestion that says so.
      code: "import { digest } from './lib/cpu-work.js';\nexport async function run(value: unknown) {\n  return digest(value);\n}",
      options: withHelper,
      output: null,
      errors: [
        {
          messageId: 'cpuHeavyCall',
          data: { name: 'digest', reason: TAGGED, fn: 'async function `run`', helper: 'runInWorker' },
          line: 3,
          column: 10,
          endLine: 3,
          endColumn: 23,
          suggestions: [
            {
              messageId: 'offloadToWorker',
              data: { name: 'digest', helper: 'runInWorker', helperModule: DEFAULT_OFFLOAD_HELPER.module, caveat: unchecked('argument 1', 'it is typed `unknown`') },
              output: "import { digest } from './lib/cpu-work.js';\nimport { runInWorker } from '@eslint-plugin-event-loop/offload';\nexport async function run(value: unknown) {\n  return await runInWorker<ReturnType<typeof digest>>(new URL('./lib/cpu-work.js', import.meta.url), 'digest', value);\n}",
            },
          ],
        },
      ],
    },
    {
      // So do `any`, `object`, `{}`, a type parameter without a constraint, and such a type inside an object; an
      // argument that cannot be copied still means no fix. An empty object literal is only that, and is fixed.
      code: "import { digest } from './lib/cpu-work.js';\nexport async function run<T>(a: any, b: object, c: {}, d: T, e: { id: number; payload: unknown }) {\n  sink(digest(1, a));\n  sink(digest(b));\n  sink(digest(c));\n  sink(digest(d));\n  sink(digest(e));\n  sink(digest(a, () => 1));\n  sink(digest({}));\n}\ndeclare function sink(value: unknown): void;",
      options: withHelper,
      output: "import { digest } from './lib/cpu-work.js';\nimport { runInWorker } from '@eslint-plugin-event-loop/offload';\nexport async function run<T>(a: any, b: object, c: {}, d: T, e: { id: number; payload: unknown }) {\n  sink(digest(1, a));\n  sink(digest(b));\n  sink(digest(c));\n  sink(digest(d));\n  sink(digest(e));\n  sink(digest(a, () => 1));\n  sink(await runInWorker<ReturnType<typeof digest>>(new URL('./lib/cpu-work.js', import.meta.url), 'digest', {}));\n}\ndeclare function sink(value: unknown): void;",
      errors: [
        {
          messageId: 'cpuHeavyCall',
          data: { name: 'digest', reason: TAGGED, fn: 'async function `run`', helper: 'runInWorker' },
          line: 3,
          column: 8,
          endLine: 3,
          endColumn: 20,
          suggestions: [
            {
              messageId: 'offloadToWorker',
              data: { name: 'digest', helper: 'runInWorker', helperModule: DEFAULT_OFFLOAD_HELPER.module, caveat: unchecked('argument 2', 'it is typed `any`') },
              output: "import { digest } from './lib/cpu-work.js';\nimport { runInWorker } from '@eslint-plugin-event-loop/offload';\nexport async function run<T>(a: any, b: object, c: {}, d: T, e: { id: number; payload: unknown }) {\n  sink(await runInWorker<ReturnType<typeof digest>>(new URL('./lib/cpu-work.js', import.meta.url), 'digest', 1, a));\n  sink(digest(b));\n  sink(digest(c));\n  sink(digest(d));\n  sink(digest(e));\n  sink(digest(a, () => 1));\n  sink(digest({}));\n}\ndeclare function sink(value: unknown): void;",
            },
          ],
        },
        {
          messageId: 'cpuHeavyCall',
          data: { name: 'digest', reason: TAGGED, fn: 'async function `run`', helper: 'runInWorker' },
          line: 4,
          column: 8,
          endLine: 4,
          endColumn: 17,
          suggestions: [
            {
              messageId: 'offloadToWorker',
              data: { name: 'digest', helper: 'runInWorker', helperModule: DEFAULT_OFFLOAD_HELPER.module, caveat: unchecked('argument 1', 'it is typed `object`') },
              output: "import { digest } from './lib/cpu-work.js';\nimport { runInWorker } from '@eslint-plugin-event-loop/offload';\nexport async function run<T>(a: any, b: object, c: {}, d: T, e: { id: number; payload: unknown }) {\n  sink(digest(1, a));\n  sink(await runInWorker<ReturnType<typeof digest>>(new URL('./lib/cpu-work.js', import.meta.url), 'digest', b));\n  sink(digest(c));\n  sink(digest(d));\n  sink(digest(e));\n  sink(digest(a, () => 1));\n  sink(digest({}));\n}\ndeclare function sink(value: unknown): void;",
            },
          ],
        },
        {
          messageId: 'cpuHeavyCall',
          data: { name: 'digest', reason: TAGGED, fn: 'async function `run`', helper: 'runInWorker' },
          line: 5,
          column: 8,
          endLine: 5,
          endColumn: 17,
          suggestions: [
            {
              messageId: 'offloadToWorker',
              data: { name: 'digest', helper: 'runInWorker', helperModule: DEFAULT_OFFLOAD_HELPER.module, caveat: unchecked('argument 1', 'it is typed `{}`') },
              output: "import { digest } from './lib/cpu-work.js';\nimport { runInWorker } from '@eslint-plugin-event-loop/offload';\nexport async function run<T>(a: any, b: object, c: {}, d: T, e: { id: number; payload: unknown }) {\n  sink(digest(1, a));\n  sink(digest(b));\n  sink(await runInWorker<ReturnType<typeof digest>>(new URL('./lib/cpu-work.js', import.meta.url), 'digest', c));\n  sink(digest(d));\n  sink(digest(e));\n  sink(digest(a, () => 1));\n  sink(digest({}));\n}\ndeclare function sink(value: unknown): void;",
            },
          ],
        },
        {
          messageId: 'cpuHeavyCall',
          data: { name: 'digest', reason: TAGGED, fn: 'async function `run`', helper: 'runInWorker' },
          line: 6,
          column: 8,
          endLine: 6,
          endColumn: 17,
          suggestions: [
            {
              messageId: 'offloadToWorker',
              data: { name: 'digest', helper: 'runInWorker', helperModule: DEFAULT_OFFLOAD_HELPER.module, caveat: unchecked('argument 1', 'it is typed `T`') },
              output: "import { digest } from './lib/cpu-work.js';\nimport { runInWorker } from '@eslint-plugin-event-loop/offload';\nexport async function run<T>(a: any, b: object, c: {}, d: T, e: { id: number; payload: unknown }) {\n  sink(digest(1, a));\n  sink(digest(b));\n  sink(digest(c));\n  sink(await runInWorker<ReturnType<typeof digest>>(new URL('./lib/cpu-work.js', import.meta.url), 'digest', d));\n  sink(digest(e));\n  sink(digest(a, () => 1));\n  sink(digest({}));\n}\ndeclare function sink(value: unknown): void;",
            },
          ],
        },
        {
          messageId: 'cpuHeavyCall',
          data: { name: 'digest', reason: TAGGED, fn: 'async function `run`', helper: 'runInWorker' },
          line: 7,
          column: 8,
          endLine: 7,
          endColumn: 17,
          suggestions: [
            {
              messageId: 'offloadToWorker',
              data: { name: 'digest', helper: 'runInWorker', helperModule: DEFAULT_OFFLOAD_HELPER.module, caveat: unchecked('argument 1', 'its `.payload` is typed `unknown`') },
              output: "import { digest } from './lib/cpu-work.js';\nimport { runInWorker } from '@eslint-plugin-event-loop/offload';\nexport async function run<T>(a: any, b: object, c: {}, d: T, e: { id: number; payload: unknown }) {\n  sink(digest(1, a));\n  sink(digest(b));\n  sink(digest(c));\n  sink(digest(d));\n  sink(await runInWorker<ReturnType<typeof digest>>(new URL('./lib/cpu-work.js', import.meta.url), 'digest', e));\n  sink(digest(a, () => 1));\n  sink(digest({}));\n}\ndeclare function sink(value: unknown): void;",
            },
          ],
        },
        {
          messageId: 'cpuHeavyCallNoFix',
          data: { name: 'digest', reason: TAGGED, fn: 'async function `run`', obstacle: argument('argument 2', 'it is a function') },
          line: 8,
          column: 8,
          endLine: 8,
          endColumn: 26,
        },
        {
          messageId: 'cpuHeavyCall',
          data: { name: 'digest', reason: TAGGED, fn: 'async function `run`', helper: 'runInWorker' },
          line: 9,
          column: 8,
          endLine: 9,
          endColumn: 18,
        },
      ],
    },
    {
      // Unchecked JavaScript: an untyped parameter is `any`.
      code: "import { hashPassword } from './lib/cpu-work.js';\nexport async function run(p) {\n  return hashPassword(p, 1);\n}",
      filename: 'script.js',
      options: withHelper,
      output: null,
      errors: [
        {
          messageId: 'cpuHeavyCall',
          data: { name: 'hashPassword', reason: TAGGED, fn: 'async function `run`', helper: 'runInWorker' },
          line: 3,
          column: 10,
          endLine: 3,
          endColumn: 28,
          suggestions: [
            {
              messageId: 'offloadToWorker',
              data: { name: 'hashPassword', helper: 'runInWorker', helperModule: DEFAULT_OFFLOAD_HELPER.module, caveat: unchecked('argument 1', 'it is typed `any`') },
              output: "import { hashPassword } from './lib/cpu-work.js';\nimport { runInWorker } from '@eslint-plugin-event-loop/offload';\nexport async function run(p) {\n  return await runInWorker(new URL('./lib/cpu-work.js', import.meta.url), 'hashPassword', p, 1);\n}",
            },
          ],
        },
      ],
    },
    {
      // The offload helper configured as the tagged function itself: no rewrite, which would wrap it again on every pass.
      code: "import { hashPassword } from './lib/cpu-work.js';\nexport async function add(p: string) {\n  return hashPassword(p, 10);\n}",
      options: [{ offloadHelper: { module: './lib/cpu-work.js', name: 'hashPassword' } }],
      output: null,
      errors: [
        {
          messageId: 'cpuHeavyCallNoFix',
          data: {
            name: 'hashPassword',
            reason: TAGGED,
            fn: 'async function `add`',
            obstacle: 'it is the offload helper `hashPassword` of `./lib/cpu-work.js` itself (the `offloadHelper` option), which cannot offload itself',
          },
          line: 3,
          column: 10,
          endLine: 3,
          endColumn: 29,
        },
      ],
    },
    {
      // Awaited inside an update of a variable another call may change meanwhile: a suggestion that says so.
      code: "import { hashPassword } from './lib/cpu-work.js';\nlet hashed = '';\nexport async function add(p: string) {\n  hashed += hashPassword(p, 10);\n}",
      options: withHelper,
      output: null,
      errors: [
        {
          messageId: 'cpuHeavyCall',
          data: { name: 'hashPassword', reason: TAGGED, fn: 'async function `add`', helper: 'runInWorker' },
          line: 4,
          column: 13,
          endLine: 4,
          endColumn: 32,
          suggestions: [
            {
              messageId: 'offloadToWorker',
              data: { name: 'hashPassword', helper: 'runInWorker', helperModule: DEFAULT_OFFLOAD_HELPER.module, caveat: splitUpdate('hashed') },
              output: "import { hashPassword } from './lib/cpu-work.js';\nimport { runInWorker } from '@eslint-plugin-event-loop/offload';\nlet hashed = '';\nexport async function add(p: string) {\n  hashed += await runInWorker<ReturnType<typeof hashPassword>>(new URL('./lib/cpu-work.js', import.meta.url), 'hashPassword', p, 10);\n}",
            },
          ],
        },
      ],
    },
    {
      // A function that uses module state its module changes: the worker thread's copy of the module does not see those
      // changes. Not so a parameter of the same name, a variable nothing reassigns, or a `const` (its contents are not followed).
      code: "import { scaled, doubled, offset, lookup } from './lib/module-state.js';\nexport async function run(n: number) {\n  return [scaled(n), doubled(n), offset(n), lookup('a')];\n}",
      options: withHelper,
      output: [
        "import { scaled, doubled, offset, lookup } from './lib/module-state.js';\nimport { runInWorker } from '@eslint-plugin-event-loop/offload';\nexport async function run(n: number) {\n  return [scaled(n), await runInWorker<ReturnType<typeof doubled>>(new URL('./lib/module-state.js', import.meta.url), 'doubled', n), offset(n), lookup('a')];\n}",
        "import { scaled, doubled, offset, lookup } from './lib/module-state.js';\nimport { runInWorker } from '@eslint-plugin-event-loop/offload';\nexport async function run(n: number) {\n  return [scaled(n), await runInWorker<ReturnType<typeof doubled>>(new URL('./lib/module-state.js', import.meta.url), 'doubled', n), await runInWorker<ReturnType<typeof offset>>(new URL('./lib/module-state.js', import.meta.url), 'offset', n), await runInWorker<ReturnType<typeof lookup>>(new URL('./lib/module-state.js', import.meta.url), 'lookup', 'a')];\n}",
      ],
      errors: [
        {
          messageId: 'cpuHeavyCall',
          data: { name: 'scaled', reason: TAGGED, fn: 'async function `run`', helper: 'runInWorker' },
          line: 3,
          column: 11,
          endLine: 3,
          endColumn: 20,
          suggestions: [
            {
              messageId: 'offloadToWorker',
              data: { name: 'scaled', helper: 'runInWorker', helperModule: DEFAULT_OFFLOAD_HELPER.module, caveat: moduleState('factor') },
              output: "import { scaled, doubled, offset, lookup } from './lib/module-state.js';\nimport { runInWorker } from '@eslint-plugin-event-loop/offload';\nexport async function run(n: number) {\n  return [await runInWorker<ReturnType<typeof scaled>>(new URL('./lib/module-state.js', import.meta.url), 'scaled', n), doubled(n), offset(n), lookup('a')];\n}",
            },
          ],
        },
        {
          messageId: 'cpuHeavyCall',
          data: { name: 'doubled', reason: TAGGED, fn: 'async function `run`', helper: 'runInWorker' },
          line: 3,
          column: 22,
          endLine: 3,
          endColumn: 32,
        },
        {
          messageId: 'cpuHeavyCall',
          data: { name: 'offset', reason: TAGGED, fn: 'async function `run`', helper: 'runInWorker' },
          line: 3,
          column: 34,
          endLine: 3,
          endColumn: 43,
        },
        {
          messageId: 'cpuHeavyCall',
          data: { name: 'lookup', reason: TAGGED, fn: 'async function `run`', helper: 'runInWorker' },
          line: 3,
          column: 45,
          endLine: 3,
          endColumn: 56,
        },
      ],
    },
    {
      // A function held by a module-level `let` that its module sets to another: the worker thread's copy keeps the first.
      code: "import { transform } from './lib/module-state.js';\nexport async function run(n: number) {\n  return transform(n);\n}",
      options: withHelper,
      output: null,
      errors: [
        {
          messageId: 'cpuHeavyCall',
          data: { name: 'transform', reason: TAGGED, fn: 'async function `run`', helper: 'runInWorker' },
          line: 3,
          column: 10,
          endLine: 3,
          endColumn: 22,
          suggestions: [
            {
              messageId: 'offloadToWorker',
              data: { name: 'transform', helper: 'runInWorker', helperModule: DEFAULT_OFFLOAD_HELPER.module, caveat: heldBy('transform') },
              output: "import { transform } from './lib/module-state.js';\nimport { runInWorker } from '@eslint-plugin-event-loop/offload';\nexport async function run(n: number) {\n  return await runInWorker<ReturnType<typeof transform>>(new URL('./lib/module-state.js', import.meta.url), 'transform', n);\n}",
            },
          ],
        },
      ],
    },
    {
      // A `let` require binding this file assigns again may not hold the export any more when the call runs.
      code: "let { load } = require('js-yaml');\nif (process.env.SAFE_YAML) load = (/** @type {string} */ t) => JSON.parse(t);\nasync function parse(/** @type {string} */ text) {\n  return load(text);\n}\nmodule.exports = { parse };",
      filename: 'script.cjs',
      options: withHelper,
      output: null,
      errors: [
        {
          messageId: 'cpuHeavyCallNoFix',
          data: {
            name: 'load',
            reason: catalogued('js-yaml', 'parses a whole YAML document in one synchronous call'),
            fn: 'async function `parse`',
            obstacle: reassigned('load', 'js-yaml'),
          },
          line: 4,
          column: 10,
          endLine: 4,
          endColumn: 20,
        },
      ],
    },
    {
      // A relative import with its TypeScript extension, which tsc rewrites in imports but not in the rewrite's string.
      code: "import { hashPassword } from '../cpu-work.ts';\nexport async function run(p: string) {\n  return hashPassword(p, 1);\n}",
      filename: 'lib/ts-extensions/app.ts',
      options: withHelper,
      output: null,
      errors: [
        {
          messageId: 'cpuHeavyCall',
          data: { name: 'hashPassword', reason: TAGGED, fn: 'async function `run`', helper: 'runInWorker' },
          line: 3,
          column: 10,
          endLine: 3,
          endColumn: 28,
          suggestions: [
            {
              messageId: 'offloadToWorker',
              data: { name: 'hashPassword', helper: 'runInWorker', helperModule: DEFAULT_OFFLOAD_HELPER.module, caveat: tsExtension('../cpu-work.ts', '../cpu-work.js') },
              output: "import { hashPassword } from '../cpu-work.ts';\nimport { runInWorker } from '@eslint-plugin-event-loop/offload';\nexport async function run(p: string) {\n  return await runInWorker<ReturnType<typeof hashPassword>>(new URL('../cpu-work.ts', import.meta.url), 'hashPassword', p, 1);\n}",
            },
          ],
        },
      ],
    },
    {
      // A call that is already awaited gets no second `await`.
      code: "import { hashPassword } from './lib/cpu-work.js';\nexport async function run(p: string) {\n  return await hashPassword(p, 1);\n}",
      options: withHelper,
      output: "import { hashPassword } from './lib/cpu-work.js';\nimport { runInWorker } from '@eslint-plugin-event-loop/offload';\nexport async function run(p: string) {\n  return await runInWorker<ReturnType<typeof hashPassword>>(new URL('./lib/cpu-work.js', import.meta.url), 'hashPassword', p, 1);\n}",
      errors: [
        {
          messageId: 'cpuHeavyCall',
          data: { name: 'hashPassword', reason: TAGGED, fn: 'async function `run`', helper: 'runInWorker' },
          line: 3,
          column: 16,
          endLine: 3,
          endColumn: 34,
        },
      ],
    },
    {
      // An inline loop: no fix.
      code: "export async function spin() {\n  let total = 0;\n  for (let i = 0; i < 1e6; i++) {\n    total += i;\n  }\n  return total;\n}",
      output: null,
      errors: [
        {
          messageId: 'hotLoop',
          data: { iterations: '1,000,000', fn: 'async function `spin`', helper: 'runInWorker' },
          line: 3,
          column: 3,
          endLine: 3,
          endColumn: 32,
        },
      ],
    },
    {
      // Nested constant loops multiply; one report for the nest, on the outer loop.
      code: "const N = 1000;\nexport async function spin() {\n  let total = 0;\n  for (let i = 0; i < N; i++) {\n    for (let j = 0; j < N; j++) total += i * j;\n  }\n  return total;\n}",
      output: null,
      errors: [
        {
          messageId: 'hotLoop',
          data: { iterations: '1,000,000', fn: 'async function `spin`', helper: 'runInWorker' },
          line: 4,
          column: 3,
          endLine: 4,
          endColumn: 30,
        },
      ],
    },
    {
      // A bound imported from another module (its literal type), counting down.
      code: "import { ROW_COUNT } from './lib/limits.js';\nexport async function spin() {\n  let total = 0;\n  for (let i = ROW_COUNT; i > 0; i -= 1) total += i;\n  return total;\n}",
      output: null,
      errors: [
        {
          messageId: 'hotLoop',
          data: { iterations: '1,000,000', fn: 'async function `spin`', helper: 'runInWorker' },
          line: 4,
          column: 3,
          endLine: 4,
          endColumn: 41,
        },
      ],
    },
    {
      // `<=` with a step, a bound on the left, a counter declared outside with a second variable in the init.
      code: "let k = 0;\nexport async function spin() {\n  for (let i = 0; i <= 1e6; i += 2) {}\n  for (let i = 0, n = 0; 2e5 > i; i = i + 1) n++;\n  for (k = 1e6; k >= 1; k--) {}\n}",
      output: null,
      errors: [
        {
          messageId: 'hotLoop',
          data: { iterations: '500,001', fn: 'async function `spin`', helper: 'runInWorker' },
          line: 3,
          column: 3,
          endLine: 3,
          endColumn: 36,
        },
        {
          messageId: 'hotLoop',
          data: { iterations: '200,000', fn: 'async function `spin`', helper: 'runInWorker' },
          line: 4,
          column: 3,
          endLine: 4,
          endColumn: 45,
        },
        {
          messageId: 'hotLoop',
          data: { iterations: '1,000,000', fn: 'async function `spin`', helper: 'runInWorker' },
          line: 5,
          column: 3,
          endLine: 5,
          endColumn: 29,
        },
      ],
    },
    {
      // `!==` and `!=` tests whose steps land on the bound, counting up or down, the bound on either side.
      code: "export async function spin(a: number[]) {\n  for (let i = 0; i !== 1e6; i++) a.push(i);\n  for (let i = 1e6; 0 != i; i--) a.push(i);\n  for (let i = 0; i !== 1e6; i += 4) a.push(i);\n}",
      output: null,
      errors: [
        {
          messageId: 'hotLoop',
          data: { iterations: '1,000,000', fn: 'async function `spin`', helper: 'runInWorker' },
          line: 2,
          column: 3,
          endLine: 2,
          endColumn: 34,
        },
        {
          messageId: 'hotLoop',
          data: { iterations: '1,000,000', fn: 'async function `spin`', helper: 'runInWorker' },
          line: 3,
          column: 3,
          endLine: 3,
          endColumn: 33,
        },
        {
          messageId: 'hotLoop',
          data: { iterations: '250,000', fn: 'async function `spin`', helper: 'runInWorker' },
          line: 4,
          column: 3,
          endLine: 4,
          endColumn: 37,
        },
      ],
    },
    {
      // Heads with two variables: the bound declared beside the counter (and tested on the left), a second variable stepped in the update.
      code: "export async function spin(a: number[]) {\n  for (let i = 0, n = 1e6; n > i; i++) a.push(i);\n  for (let i = 0, j = 10; i < 1e6; i++, j--) a.push(j);\n}",
      output: null,
      errors: [
        {
          messageId: 'hotLoop',
          data: { iterations: '1,000,000', fn: 'async function `spin`', helper: 'runInWorker' },
          line: 2,
          column: 3,
          endLine: 2,
          endColumn: 39,
        },
        {
          messageId: 'hotLoop',
          data: { iterations: '1,000,000', fn: 'async function `spin`', helper: 'runInWorker' },
          line: 3,
          column: 3,
          endLine: 3,
          endColumn: 45,
        },
      ],
    },
    {
      // More turns than a number holds: said so, not "Infinity times".
      code: "export async function spin(a: number[]) {\n  for (let i = 0; i < 1e200; i++) {\n    for (let j = 0; j < 1e200; j++) a.push(j);\n  }\n}",
      output: null,
      errors: [
        {
          messageId: 'hotLoop',
          data: { iterations: 'more than 1e+308', fn: 'async function `spin`', helper: 'runInWorker' },
          line: 2,
          column: 3,
          endLine: 2,
          endColumn: 34,
        },
      ],
    },
    {
      // A loop inside an unknown-length loop, in an array callback, behind a `continue` to itself; a promise-returning function.
      code: "export async function spin(items: number[]) {\n  for (const x of items) {\n    for (let i = 0; i < 1e5; i++) {}\n  }\n  items.forEach(() => {\n    outer: for (let i = 0; i < 1e5; i++) {\n      for (let j = 0; j < 3; j++) if (j === i) continue outer;\n    }\n  });\n}\nexport function later(): Promise<void> {\n  for (let i = 0; i < 1e5; i++) {}\n  return Promise.resolve();\n}",
      output: null,
      errors: [
        {
          messageId: 'hotLoop',
          data: { iterations: '100,000', fn: 'async function `spin`', helper: 'runInWorker' },
          line: 3,
          column: 5,
          endLine: 3,
          endColumn: 34,
        },
        {
          messageId: 'hotLoop',
          data: { iterations: '100,000', fn: 'async function `spin`', helper: 'runInWorker' },
          line: 6,
          column: 12,
          endLine: 6,
          endColumn: 41,
        },
        {
          messageId: 'hotLoop',
          data: { iterations: '100,000', fn: 'function `later`', helper: 'runInWorker' },
          line: 12,
          column: 3,
          endLine: 12,
          endColumn: 32,
        },
      ],
    },
    {
      // `loopThreshold`.
      code: "export async function spin() {\n  for (let i = 0; i < 10; i++) {}\n}",
      options: [{ loopThreshold: 10 }],
      output: null,
      errors: [
        {
          messageId: 'hotLoop',
          data: { iterations: '10', fn: 'async function `spin`', helper: 'runInWorker' },
          line: 2,
          column: 3,
          endLine: 2,
          endColumn: 31,
        },
      ],
    },
  ],
});

const untypedRuleTester = createUntypedRuleTester();

untypedRuleTester.run('prefer-worker-offload (no type information)', rule, {
  valid: [
    // Without type information a tag cannot be read across files, nor a local function told from an import.
    "import { hashPassword } from './lib/cpu-work.js';\nexport async function run(p: string) {\n  return hashPassword(p, 1);\n}",
    "/** @cpuHeavy */\nfunction double(n: number) {\n  return n * 2;\n}\nexport async function run() {\n  return double(2);\n}",
    "import { load } from 'js-yaml';\nexport const config = load('a: 1');",
  ],
  invalid: [
    {
      // Catalogued calls are found through imports and `require`; the rewrite stays a suggestion, since nothing checked the arguments.
      code: "import { load } from 'js-yaml';\nexport async function parse(text: string) {\n  return load(text);\n}",
      options: withHelper,
      output: null,
      errors: [
        {
          messageId: 'cpuHeavyCall',
          data: { name: 'load', reason: catalogued('js-yaml', 'parses a whole YAML document in one synchronous call'), fn: 'async function `parse`', helper: 'runInWorker' },
          line: 3,
          column: 10,
          endLine: 3,
          endColumn: 20,
          suggestions: [
            {
              messageId: 'offloadToWorker',
              data: { name: 'load', helper: 'runInWorker', helperModule: DEFAULT_OFFLOAD_HELPER.module, caveat: '; without type information the arguments could not be checked for the copy to a worker thread' },
              output: "import { load } from 'js-yaml';\nimport { runInWorker } from '@eslint-plugin-event-loop/offload';\nexport async function parse(text: string) {\n  return await runInWorker(import.meta.resolve('js-yaml'), 'load', text);\n}",
            },
          ],
        },
      ],
    },
    {
      code: "const XLSX = require('xlsx');\nasync function importSheet(data) {\n  return XLSX.read(data);\n}\nmodule.exports = { importSheet };",
      filename: 'script.cjs',
      options: withHelper,
      output: null,
      errors: [
        {
          messageId: 'cpuHeavyCall',
          data: { name: 'read', reason: catalogued('xlsx', 'parses a whole workbook in one synchronous call'), fn: 'async function `importSheet`', helper: 'runInWorker' },
          line: 3,
          column: 10,
          endLine: 3,
          endColumn: 25,
          suggestions: [
            {
              messageId: 'offloadToWorker',
              data: { name: 'read', helper: 'runInWorker', helperModule: DEFAULT_OFFLOAD_HELPER.module, caveat: '; without type information the arguments could not be checked for the copy to a worker thread' },
              output: "const XLSX = require('xlsx');\nconst { runInWorker } = require('@eslint-plugin-event-loop/offload');\nasync function importSheet(data) {\n  return await runInWorker(require.resolve('xlsx'), 'read', data);\n}\nmodule.exports = { importSheet };",
            },
          ],
        },
      ],
    },
    {
      // `{ from: 'package' }` entries of `functions` are found the same way.
      code: "import { Effect } from 'effect-like';\nexport async function run() {\n  return Effect.runSync(Effect.succeed(1));\n}",
      options: [{ functions: [{ from: 'package', package: 'effect-like', name: 'Effect.runSync' }] }],
      output: null,
      errors: [
        {
          messageId: 'cpuHeavyCallNoFix',
          data: { name: 'Effect.runSync', reason: LISTED, fn: 'async function `run`', obstacle: nested('Effect.runSync', 'effect-like') },
          line: 3,
          column: 10,
          endLine: 3,
          endColumn: 43,
        },
      ],
    },
    {
      // Inline loops need no type information.
      code: "export async function spin() {\n  for (let i = 0; i < 100_000; i++) {}\n}",
      output: null,
      errors: [
        {
          messageId: 'hotLoop',
          data: { iterations: '100,000', fn: 'async function `spin`', helper: 'runInWorker' },
          line: 2,
          column: 3,
          endLine: 2,
          endColumn: 36,
        },
      ],
    },
    {
      // A `!==` test against a bound declared beside the counter, another variable written in the update.
      code: "export async function spin() {\n  let total = 0;\n  for (let i = 0, n = 100_000; i !== n; i++, total += i) {}\n  return total;\n}",
      output: null,
      errors: [
        {
          messageId: 'hotLoop',
          data: { iterations: '100,000', fn: 'async function `spin`', helper: 'runInWorker' },
          line: 3,
          column: 3,
          endLine: 3,
          endColumn: 57,
        },
      ],
    },
  ],
});

// The fix on a real file of the fixture project, type-checked before and after: JavaScript that
// TypeScript checks (`// @ts-check`) keeps the result's type through a JSDoc cast, where TypeScript
// gets a type argument; without it, `digest` would be `unknown` and `digest.length` an error.
describe('prefer-worker-offload fix round trip', () => {
  const { target, linter, config, typeErrors } = createFixRoundTrip(
    'prefer-worker-offload',
    rule,
    ['error', { offloadHelper: { module: './lib/offload-helper.js', name: 'runInWorker' } }],
    'script.js',
  );

  it('fixes checked JavaScript into code that type-checks, and is stable', () => {
    const source = [
      '// @ts-check',
      "import { hashPassword } from './lib/cpu-work.js';",
      '',
      'export async function digestLength(/** @type {string} */ password) {',
      '  const digest = hashPassword(password, 2); // the slow part',
      '  return digest.length;',
      '}',
      '',
    ].join('\n');
    expect(typeErrors(source)).toEqual([]);
    const result = linter.verifyAndFix(source, config, target);
    expect(result.output).toBe(
      [
        '// @ts-check',
        "import { hashPassword } from './lib/cpu-work.js';",
        "import { runInWorker } from './lib/offload-helper.js';",
        '',
        'export async function digestLength(/** @type {string} */ password) {',
        "  const digest = await /** @type {Promise<Awaited<ReturnType<typeof hashPassword>>>} */ (runInWorker(new URL('./lib/cpu-work.js', import.meta.url), 'hashPassword', password, 2)); // the slow part",
        '  return digest.length;',
        '}',
        '',
      ].join('\n'),
    );
    expect(result.messages).toEqual([]);
    expect(typeErrors(result.output)).toEqual([]);
    expect(linter.verifyAndFix(result.output, config, target).fixed).toBe(false);
  });

  it('puts a `;` before a cast that starts a statement in code without semicolons', () => {
    const source = [
      '// @ts-check',
      "import { crunch } from './lib/cpu-work.js'",
      '',
      'export async function pack(/** @type {Uint8Array} */ data) {',
      '  const size = data.length',
      '  crunch(data).then((packed) => packed.length + size)',
      '}',
      '',
    ].join('\n');
    expect(typeErrors(source)).toEqual([]);
    const result = linter.verifyAndFix(source, config, target);
    expect(result.output).toBe(
      [
        '// @ts-check',
        "import { crunch } from './lib/cpu-work.js'",
        "import { runInWorker } from './lib/offload-helper.js'",
        '',
        'export async function pack(/** @type {Uint8Array} */ data) {',
        '  const size = data.length',
        "  ;/** @type {Promise<Awaited<ReturnType<typeof crunch>>>} */ (runInWorker(new URL('./lib/cpu-work.js', import.meta.url), 'crunch', data)).then((packed) => packed.length + size)",
        '}',
        '',
      ].join('\n'),
    );
    expect(result.messages).toEqual([]);
    expect(typeErrors(result.output)).toEqual([]);
    expect(linter.verifyAndFix(result.output, config, target).fixed).toBe(false);
  });
});
