import { describe, expect, it } from 'vitest';
import { getModuleRole, isInWorkerOnlyBranch, type ModuleRole } from '../../src/analysis/module-role.js';
import { probeOne, type ProbeOptions } from './harness.js';

function roleOf(code: string, options: ProbeOptions = {}): ModuleRole {
  return probeOne(code, (_node, context) => getModuleRole(context.sourceCode), { ...options, selector: 'Program' });
}

interface RoleCase {
  readonly name: string;
  readonly code: string;
  readonly filename?: string;
  readonly expected: ModuleRole;
}

describe('getModuleRole', () => {
  const cliEntries: RoleCase[] = [
    { name: 'shebang (.ts)', code: '#!/usr/bin/env node\nmain();', expected: 'cli-entry' },
    { name: 'shebang (.js)', code: '#!/usr/bin/env node\nmain();', filename: 'file.js', expected: 'cli-entry' },
    { name: 'shebang (.cjs)', code: '#!/usr/bin/env node\nmain();', filename: 'file.cjs', expected: 'cli-entry' },
    { name: 'shebang (.mts)', code: '#!/usr/bin/env -S node --enable-source-maps\nexport {};', filename: 'file.mts', expected: 'cli-entry' },
    { name: 'a #! that is not on the first line is no shebang', code: 'main();\n// #!/usr/bin/env node', expected: 'module' },
    { name: 'no marker at all', code: 'export async function main() {}', expected: 'module' },
    { name: 'require.main === module (.cjs)', code: 'if (require.main === module) { main(); }', filename: 'file.cjs', expected: 'cli-entry' },
    { name: 'require.main === module (.ts, require not declared)', code: 'if (require.main === module) { main(); }', expected: 'cli-entry' },
    { name: 'require.main === module (.js)', code: 'if (require.main === module) main();', filename: 'file.js', expected: 'cli-entry' },
    { name: 'module === require.main', code: 'if (module === require.main) main();', filename: 'file.cjs', expected: 'cli-entry' },
    { name: '!module.parent (.cjs)', code: 'if (!module.parent) main();', filename: 'file.cjs', expected: 'cli-entry' },
    { name: 'module.parent, not negated', code: 'if (module.parent) register();', filename: 'file.cjs', expected: 'module' },
    { name: '!module.parent of a local module', code: 'const module = { parent: null };\nif (!module.parent) main();', expected: 'module' },
    { name: 'import.meta.url === `file://${process.argv[1]}`', code: 'if (import.meta.url === `file://${process.argv[1]}`) main();\nexport {};', expected: 'cli-entry' },
    { name: '`file://${process.argv[1]}` == import.meta.url', code: 'if (`file://${process.argv[1]}` == import.meta.url) main();\nexport {};', expected: 'cli-entry' },
    { name: 'another template of argv[1]', code: 'if (import.meta.url === `file:///x/${process.argv[1]}`) main();\nexport {};', expected: 'module' },
    { name: 'require.main == module', code: 'if (require.main == module) main();', filename: 'file.cjs', expected: 'cli-entry' },
    { name: 'require.main !== module is no main guard', code: 'if (require.main !== module) lib();', filename: 'file.cjs', expected: 'module' },
    { name: 'require.main alone', code: 'const m = require.main;', filename: 'file.cjs', expected: 'module' },
    {
      name: 'shadowed require',
      code: 'function f(require: any, module: any) { return require.main === module; }',
      expected: 'module',
    },
    {
      name: 'shadowed module',
      code: 'const module = {}; if (require.main === module) main();',
      filename: 'file.js',
      expected: 'module',
    },
    // argv[1], as it is or made into a path or URL, against the module's own location.
    { name: 'import.meta.filename === process.argv[1]', code: 'if (import.meta.filename === process.argv[1]) main();\nexport {};', expected: 'cli-entry' },
    {
      name: 'path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)',
      code: "import path from 'node:path';\nimport { fileURLToPath } from 'node:url';\nif (path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();",
      expected: 'cli-entry',
    },
    {
      name: 'realpathSync(process.argv[1]) === fileURLToPath(import.meta.url)',
      code: "import { realpathSync } from 'node:fs';\nimport { fileURLToPath } from 'node:url';\nif (realpathSync(process.argv[1]) === fileURLToPath(import.meta.url)) main();",
      expected: 'cli-entry',
    },
    { name: 'import.meta.url.endsWith(process.argv[1])', code: 'if (import.meta.url.endsWith(process.argv[1])) main();\nexport {};', expected: 'cli-entry' },
    { name: 'process.argv[1] === __filename', code: 'if (process.argv[1] === __filename) main();', filename: 'file.cjs', expected: 'cli-entry' },
    { name: 'argv[1] against another path', code: "import path from 'node:path';\nif (path.resolve(process.argv[1]) === path.resolve('x')) main();\nexport {};", expected: 'module' },
    { name: 'argv[2] against the own location', code: 'if (process.argv[2] === import.meta.filename) main();\nexport {};', expected: 'module' },
    { name: 'import.meta.main', code: 'if (import.meta.main) { await main(); }', filename: 'file.mts', expected: 'cli-entry' },
    { name: 'import.meta.main in a .ts module', code: 'if (import.meta.main) main();', expected: 'cli-entry' },
    { name: 'import.meta.url alone', code: 'export const here = import.meta.url;', expected: 'module' },
    { name: 'import.meta.dirname is not main', code: 'export const dir = import.meta.dirname;', expected: 'module' },
    {
      name: 'import.meta.url === pathToFileURL(process.argv[1]).href (node:url named import)',
      code: "import { pathToFileURL } from 'node:url';\nif (import.meta.url === pathToFileURL(process.argv[1]).href) main();",
      expected: 'cli-entry',
    },
    {
      name: "pathToFileURL from bare 'url', reversed operands, ==",
      code: "import { pathToFileURL } from 'url';\nif (pathToFileURL(process.argv[1]).href == import.meta.url) main();",
      expected: 'cli-entry',
    },
    {
      name: 'renamed pathToFileURL',
      code: "import { pathToFileURL as toUrl } from 'node:url';\nif (import.meta.url === toUrl(process.argv[1]!).href) main();",
      expected: 'cli-entry',
    },
    {
      name: 'url.pathToFileURL through a namespace import',
      code: "import * as url from 'node:url';\nif (import.meta.url === url.pathToFileURL(process.argv[1]).href) main();",
      expected: 'cli-entry',
    },
    {
      name: 'url.pathToFileURL through a default import',
      code: "import url from 'url';\nif (import.meta.url === url.pathToFileURL(process.argv[1]).href) main();",
      expected: 'cli-entry',
    },
    {
      name: 'argv imported from node:process',
      code:
        "import { pathToFileURL } from 'node:url';\nimport { argv } from 'node:process';\nif (import.meta.url === pathToFileURL(argv[1]).href) main();",
      expected: 'cli-entry',
    },
    {
      name: 'process as a default import',
      code:
        "import { pathToFileURL } from 'node:url';\nimport process from 'node:process';\nif (import.meta.url === pathToFileURL(process.argv[1]).href) main();",
      expected: 'cli-entry',
    },
    {
      name: 'pathToFileURL not imported from url',
      code: "import { pathToFileURL } from './my-url';\nif (import.meta.url === pathToFileURL(process.argv[1]).href) main();",
      expected: 'module',
    },
    {
      name: 'pathToFileURL of argv[2]',
      code: "import { pathToFileURL } from 'node:url';\nif (import.meta.url === pathToFileURL(process.argv[2]).href) main();",
      expected: 'module',
    },
    {
      name: '.pathname instead of .href',
      code: "import { pathToFileURL } from 'node:url';\nif (import.meta.url === pathToFileURL(process.argv[1]).pathname) main();",
      expected: 'module',
    },
    {
      name: 'compared to something other than import.meta.url',
      code: "import { pathToFileURL } from 'node:url';\nif (other === pathToFileURL(process.argv[1]).href) main();",
      expected: 'module',
    },
    {
      name: 'shadowed process',
      code:
        "import { pathToFileURL } from 'node:url';\nconst process = { argv: ['', ''] };\nif (import.meta.url === pathToFileURL(process.argv[1]).href) main();",
      expected: 'module',
    },
    {
      name: 'fileURLToPath(import.meta.url) === process.argv[1]',
      code: "import { fileURLToPath } from 'node:url';\nif (fileURLToPath(import.meta.url) === process.argv[1]) main();",
      expected: 'cli-entry',
    },
    {
      name: 'process.argv[1] === url.fileURLToPath(import.meta.url)',
      code: "import * as url from 'url';\nif (process.argv[1] === url.fileURLToPath(import.meta.url)) main();",
      expected: 'cli-entry',
    },
    {
      name: 'operands behind type assertions',
      code: "import { fileURLToPath } from 'node:url';\nif ((process.argv[1] as string) === fileURLToPath(import.meta.url)!) main();",
      expected: 'cli-entry',
    },
    {
      name: 'fileURLToPath of something else',
      code: "import { fileURLToPath } from 'node:url';\nif (fileURLToPath(other) === process.argv[1]) main();",
      expected: 'module',
    },
    {
      name: 'fileURLToPath(import.meta.url) compared to argv[0]',
      code: "import { fileURLToPath } from 'node:url';\nif (fileURLToPath(import.meta.url) === process.argv[0]) main();",
      expected: 'module',
    },
    {
      name: 'fileURLToPath through require in CommonJS TypeScript',
      code: "const { fileURLToPath } = require('node:url');\nif (fileURLToPath(import.meta.url) === process.argv[1]) main();",
      expected: 'cli-entry',
    },
  ];

  const workers: RoleCase[] = [
    {
      name: 'parentPort from node:worker_threads',
      code: "import { parentPort } from 'node:worker_threads';\nparentPort?.postMessage(1);",
      expected: 'worker',
    },
    {
      name: "parentPort from bare 'worker_threads'",
      code: "import { parentPort } from 'worker_threads';\nparentPort!.on('message', () => {});",
      expected: 'worker',
    },
    {
      name: 'workerData',
      code: "import { workerData } from 'node:worker_threads';\nexport const input = workerData as string;",
      expected: 'worker',
    },
    {
      name: 'renamed import',
      code: "import { parentPort as port } from 'node:worker_threads';\nport?.postMessage(1);",
      expected: 'worker',
    },
    {
      name: 'namespace import',
      code: "import * as wt from 'worker_threads';\nwt.parentPort?.postMessage(1);",
      expected: 'worker',
    },
    {
      name: 'default import',
      code: "import wt from 'node:worker_threads';\nconsole.log(wt.workerData);",
      expected: 'worker',
    },
    {
      name: 'require with destructuring (.cjs)',
      code: "const { parentPort } = require('worker_threads');\nparentPort.on('message', () => {});",
      filename: 'file.cjs',
      expected: 'worker',
    },
    {
      name: 'require with destructuring and renaming (.ts)',
      code: "const { workerData: data } = require('node:worker_threads');\nconsole.log(data);",
      expected: 'worker',
    },
    {
      name: 'require of the module object',
      code: "const wt = require('node:worker_threads');\nwt.parentPort.postMessage(wt.workerData);",
      filename: 'file.js',
      expected: 'worker',
    },
    {
      name: 'require(...).member',
      code: "const port = require('worker_threads').parentPort;\nport.postMessage(1);",
      filename: 'file.cjs',
      expected: 'worker',
    },
    {
      name: 'import = require (.cts)',
      code: "import wt = require('node:worker_threads');\nwt.parentPort?.postMessage(1);",
      filename: 'file.cts',
      expected: 'worker',
    },
    {
      name: 'imported but never used',
      code: "import { parentPort } from 'node:worker_threads';\nexport {};",
      expected: 'module',
    },
    {
      name: 'import = require but never used',
      code: "import wt = require('node:worker_threads');\nexport = 1;",
      filename: 'file.cts',
      expected: 'module',
    },
    {
      name: 'only Worker (the main-thread side)',
      code: "import { Worker } from 'node:worker_threads';\nnew Worker('./w.js');",
      expected: 'module',
    },
    {
      name: 'parentPort from another module',
      code: "import { parentPort } from './ports.js';\nparentPort.postMessage(1);",
      expected: 'module',
    },
    {
      name: 're-export of parentPort',
      code: "export { parentPort } from 'node:worker_threads';",
      expected: 'module',
    },
    {
      name: 'a local parentPort',
      code: 'const parentPort = { postMessage(_: number) {} };\nparentPort.postMessage(1);',
      expected: 'module',
    },
    {
      name: 'dual-mode module (isMainThread with an else)',
      code:
        "import { isMainThread, parentPort, Worker } from 'node:worker_threads';\nif (isMainThread) { new Worker(new URL(import.meta.url)); } else { parentPort!.postMessage(1); }",
      expected: 'module',
    },
    {
      name: 'dual-mode module (CommonJS example from the Node docs)',
      code:
        "const { Worker, isMainThread, parentPort, workerData } = require('node:worker_threads');\nif (isMainThread) {\n  module.exports = function parse(script) { return new Promise((resolve) => { new Worker(__filename, { workerData: script }).on('message', resolve); }); };\n} else {\n  parentPort.postMessage(workerData);\n}",
      filename: 'file.cjs',
      expected: 'module',
    },
    {
      name: 'all code guarded by if (!isMainThread)',
      code:
        "import { isMainThread, parentPort } from 'node:worker_threads';\nfunction handle(n: number) { return n * 2; }\nif (!isMainThread) { parentPort!.on('message', (n) => parentPort!.postMessage(handle(n))); }",
      expected: 'worker',
    },
    {
      name: 'guarded by isMainThread === false',
      code: "import { isMainThread } from 'node:worker_threads';\nif (isMainThread === false) { work(); }",
      expected: 'worker',
    },
    {
      name: 'guarded by false == isMainThread',
      code: "import { isMainThread } from 'node:worker_threads';\nif (false == isMainThread) { work(); }",
      expected: 'worker',
    },
    {
      name: 'guarded by isMainThread !== true',
      code: "import { isMainThread } from 'node:worker_threads';\nif (isMainThread !== true) { work(); }",
      expected: 'worker',
    },
    {
      name: 'guarded by !wt.isMainThread (namespace)',
      code: "import * as wt from 'node:worker_threads';\nif (!wt.isMainThread) { work(); }",
      expected: 'worker',
    },
    {
      name: 'guarded through a const alias of a destructured require',
      code: "'use strict';\nconst { isMainThread: main } = require('node:worker_threads');\nconst onMain = main;\nif (!onMain) { work(); }",
      filename: 'file.cjs',
      expected: 'worker',
    },
    {
      name: 'early exit: if (isMainThread) throw',
      code:
        "import { isMainThread, parentPort } from 'node:worker_threads';\nif (isMainThread) throw new Error('run me in a worker');\nparentPort!.postMessage(work());",
      expected: 'worker',
    },
    {
      name: 'early exit: if (isMainThread) { process.exit(1) }',
      code: "import { isMainThread } from 'node:worker_threads';\nif (isMainThread) { console.error('worker only'); process.exit(1); }\nwork();",
      expected: 'worker',
    },
    {
      name: 'early exit: if (!isMainThread) {…} else throw',
      code: "import { isMainThread } from 'node:worker_threads';\nif (!isMainThread) { setup(); } else { throw new Error('worker only'); }\nwork();",
      expected: 'worker',
    },
    {
      name: 'early exit: top-level return in CommonJS',
      code: "const { isMainThread } = require('worker_threads');\nif (isMainThread) return;\nwork();",
      filename: 'file.cjs',
      expected: 'worker',
    },
    {
      name: 'if (isMainThread) without an exit',
      code: "import { isMainThread } from 'node:worker_threads';\nif (isMainThread) { console.log('main'); }\nwork();",
      expected: 'module',
    },
    {
      name: 'if (isMainThread) calling a local exit()',
      code: "import { isMainThread } from 'node:worker_threads';\nfunction exit() {}\nif (isMainThread) { exit(); }\nwork();",
      expected: 'module',
    },
    {
      name: 'code before the guard runs on the main thread too',
      code: "import { isMainThread } from 'node:worker_threads';\nsetup();\nif (!isMainThread) { work(); }",
      expected: 'module',
    },
    {
      name: 'an exported function can be called from the main thread',
      code: "import { isMainThread } from 'node:worker_threads';\nexport function helper() {}\nif (!isMainThread) { work(); }",
      expected: 'module',
    },
    {
      name: 'exported types are fine',
      code: "import { isMainThread } from 'node:worker_threads';\nexport type Job = { n: number };\nexport interface Result { n: number }\nconst LIMIT = 10;\nif (!isMainThread) { work(LIMIT); }",
      expected: 'worker',
    },
    {
      name: 'guard with an else',
      code: "import { isMainThread } from 'node:worker_threads';\nif (!isMainThread) { work(); } else { other(); }",
      expected: 'module',
    },
    {
      name: 'isMainThread of another module',
      code: "import { isMainThread } from './env.js';\nif (!isMainThread) { work(); }",
      expected: 'module',
    },
    {
      name: 'a local isMainThread',
      code: 'const isMainThread = false;\nif (!isMainThread) { work(); }',
      expected: 'module',
    },
    {
      name: 'a guard on something else',
      code: "import { isMainThread } from 'node:worker_threads';\nif (!ready) { work(); }\nconsole.log(isMainThread);",
      expected: 'module',
    },
    {
      name: 'a CLI marker wins over worker markers',
      code: "#!/usr/bin/env node\nimport { parentPort } from 'node:worker_threads';\nparentPort?.postMessage(1);",
      expected: 'cli-entry',
    },
  ];

  describe.each([
    ['CLI entry modules', cliEntries],
    ['worker modules', workers],
  ])('%s', (_group, cases) => {
    it.each(cases)('$name', ({ code, filename, expected }) => {
      expect(roleOf(code, filename === undefined ? {} : { filename })).toBe(expected);
    });
  });

  it('does not change the scope manager it reads', () => {
    const result = probeOne(
      'if (require.main === module) main();',
      (_node, context) => {
        const globalScope = context.sourceCode.scopeManager!.globalScope!;
        const hadRequire = globalScope.set.has('require');
        const role = getModuleRole(context.sourceCode);
        return { role, hadRequire, hasRequire: globalScope.set.has('require') };
      },
      { selector: 'Program' },
    );
    expect(result).toEqual({ role: 'cli-entry', hadRequire: false, hasRequire: false });
  });
});

describe('isInWorkerOnlyBranch', () => {
  const header = "import { isMainThread, parentPort } from 'node:worker_threads';\n";
  const cases: [string, string, boolean][] = [
    ['if (!isMainThread)', 'if (!isMainThread) { target(); }', true],
    ['if (isMainThread)', 'if (isMainThread) { target(); }', false],
    ['else of if (isMainThread)', 'if (isMainThread) { other(); } else { target(); }', true],
    ['else of if (!isMainThread)', 'if (!isMainThread) { other(); } else { target(); }', false],
    ['if (isMainThread === false)', 'if (isMainThread === false) target();', true],
    ['if (isMainThread !== false)', 'if (isMainThread !== false) target();', false],
    ['if (!!isMainThread) else', 'if (!!isMainThread) {} else target();', true],
    ['if (!(isMainThread as boolean))', 'if (!(isMainThread as boolean)) target();', true],
    ['the test itself', 'if (target(isMainThread)) {}', false],
    ['code after the if', 'if (!isMainThread) { other(); }\ntarget();', false],
    ['!isMainThread && …', '!isMainThread && target();', true],
    ['isMainThread && …', 'isMainThread && target();', false],
    ['isMainThread || …', 'isMainThread || target();', true],
    ['left side of ||', 'target() || isMainThread;', false],
    ['?: alternate of isMainThread', 'const x = isMainThread ? other() : target();', true],
    ['?: consequent of isMainThread', 'const x = isMainThread ? target() : other();', false],
    ['?: consequent of !isMainThread', 'const x = !isMainThread ? target() : other();', true],
    [
      'async callback defined in a worker branch',
      "if (!isMainThread) { parentPort!.on('message', async () => { target(); }); }",
      true,
    ],
    ['function declared in a worker branch', 'if (!isMainThread) { function run() { target(); } run(); }', true],
    ['after an early return in a function', 'export function run() { if (isMainThread) return; target(); }', true],
    ['before an early return in a function', 'export function run() { target(); if (isMainThread) return; }', false],
    ['after an early throw at top level', "if (isMainThread) { throw new Error('no'); }\ntarget();", true],
    ['after an else that exits', 'if (!isMainThread) { other(); } else { process.exit(1); }\ntarget();', true],
    ['after an if (isMainThread) that does not exit', 'if (isMainThread) { other(); }\ntarget();', false],
    ['after an early exit in a nested block only', 'if (x) { if (isMainThread) return; }\ntarget();', false],
    ['after an early exit in a switch case', 'switch (x) { case 1: if (isMainThread) break; target(); }', false],
    ['after an early throw in a switch case', "switch (x) { case 1: if (isMainThread) throw new Error('no'); target(); }", true],
    ['unrelated condition', 'if (!ready) { target(); }', false],
  ];
  it.each(cases)('%s', (_name, body, expected) => {
    const result = probeOne(header + body, (node, context) => {
      getModuleRole(context.sourceCode);
      return isInWorkerOnlyBranch(node);
    });
    expect(result).toBe(expected);
  });

  it('recognises isMainThread only from worker_threads', () => {
    const local = probeOne('const isMainThread = true;\nif (!isMainThread) { target(); }', (node, context) =>
      isInWorkerOnlyBranch(node, context.sourceCode),
    );
    const otherModule = probeOne("import { isMainThread } from './env.js';\nif (!isMainThread) { target(); }", (node, context) =>
      isInWorkerOnlyBranch(node, context.sourceCode),
    );
    expect({ local, otherModule }).toEqual({ local: false, otherModule: false });
  });

  it('follows renamed, namespace and require bindings', () => {
    const results = [
      "import { isMainThread as main } from 'worker_threads';\nif (!main) { target(); }",
      "import * as wt from 'node:worker_threads';\nif (!wt.isMainThread) { target(); }",
      "const { isMainThread } = require('node:worker_threads');\nif (!isMainThread) { target(); }",
      "const wt = require('worker_threads');\nif (wt.isMainThread) {} else { target(); }",
    ].map((code) => probeOne(code, (node, context) => isInWorkerOnlyBranch(node, context.sourceCode)));
    expect(results).toEqual([true, true, true, true]);
  });

  it('works from the cache of getModuleRole, or with sourceCode, and cannot tell without either', () => {
    const code = `${header}if (!isMainThread) { target(); }`;
    const cached = probeOne(code, (node, context) => {
      getModuleRole(context.sourceCode);
      return isInWorkerOnlyBranch(node);
    });
    const withSourceCode = probeOne(code, (node, context) => isInWorkerOnlyBranch(node, context.sourceCode));
    const withoutEither = probeOne(code, (node) => isInWorkerOnlyBranch(node));
    expect({ cached, withSourceCode, withoutEither }).toEqual({ cached: true, withSourceCode: true, withoutEither: false });
  });
});
