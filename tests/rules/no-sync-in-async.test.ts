import rule from '../../src/rules/no-sync-in-async.js';
import { createTypedRuleTester, createUntypedRuleTester } from '../rule-tester.js';

const ruleTester = createTypedRuleTester();

ruleTester.run('no-sync-in-async', rule, {
  valid: [
    // Module top level is startup, top-level await included.
    "import { readFileSync } from 'node:fs';\nconst config = readFileSync('config.json', 'utf8');",
    "import fs from 'node:fs';\nawait Promise.resolve();\nfs.readFileSync('a');",
    // Plain sync functions.
    "import fs from 'node:fs';\nexport function load() { return fs.readFileSync('a', 'utf8'); }",
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
  ],
  invalid: [
    {
      code: "import fs from 'node:fs';\nexport async function handler() {\n  return fs.readFileSync('a.txt', 'utf8');\n}",
      output: "import fs from 'node:fs';\nexport async function handler() {\n  return await fs.promises.readFile('a.txt', 'utf8');\n}",
      errors: [
        {
          messageId: 'syncInAsync',
          data: { api: 'readFileSync', fn: 'async function `handler`', twin: 'readFile', from: ' from `node:fs/promises`' },
          line: 3,
          column: 10,
          endLine: 3,
          endColumn: 42,
        },
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
  ],
  invalid: [
    {
      code: "import { readFileSync } from 'node:fs';\nexport async function main() {\n  return readFileSync('a');\n}",
      output: "import { readFileSync } from 'node:fs';\nimport { readFile } from 'node:fs/promises';\nexport async function main() {\n  return await readFile('a');\n}",
      errors: [{ messageId: 'syncInAsync', line: 3, column: 10, endLine: 3, endColumn: 27 }],
    },
  ],
});
