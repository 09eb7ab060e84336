import { AST_NODE_TYPES, ESLintUtils } from '@typescript-eslint/utils';
import { describe } from 'vitest';
import { awaitedText } from '../../src/fix/await.js';
import { planNamedImport } from '../../src/fix/imports.js';
import { createUntypedRuleTester } from '../rule-tester.js';

/**
 * Test-only rule: every call `xSync(…)` becomes `await x(…)` with `x` from 'node:fs/promises'
 * (or 'fs/promises'), imported or required as the file does it.
 */
const needAsyncFs = ESLintUtils.RuleCreator.withoutDocs<[{ fallbackLocalName?: string }], 'useAsync'>({
  meta: {
    type: 'problem',
    fixable: 'code',
    messages: { useAsync: 'Use the promise API of node:fs.' },
    schema: [
      {
        type: 'object',
        properties: { fallbackLocalName: { type: 'string' } },
        additionalProperties: false,
      },
    ],
  },
  defaultOptions: [{}],
  create(context, [{ fallbackLocalName }]) {
    const sourceCode = context.sourceCode;
    return {
      CallExpression(node) {
        const callee = node.callee;
        const name = callee.type === AST_NODE_TYPES.Identifier ? /^(\w+)Sync$/u.exec(callee.name)?.[1] : undefined;
        if (name === undefined) {
          return;
        }
        context.report({
          node,
          messageId: 'useAsync',
          fix(fixer) {
            const plan = planNamedImport(fixer, sourceCode, {
              at: node,
              source: 'node:fs/promises',
              sameModuleSources: ['fs/promises'],
              name,
              filename: context.filename,
              ...(fallbackLocalName === undefined ? {} : { fallbackLocalName }),
            });
            const argumentsText = sourceCode.text.slice(callee.range[1], node.range[1]);
            const call = awaitedText(sourceCode, node, { innerText: `${plan.reference}${argumentsText}` });
            return [...plan.fixes, fixer.replaceText(node, call)];
          },
        });
      },
    };
  },
});

interface ReplaceOptions {
  /** The callee to rewrite (default: any `xSync`). */
  callee?: string;
  /** The export that replaces it (default: `x` for `xSync`). */
  twin?: string;
  source?: string;
  sameModuleSources?: string[];
  /** Write `await promisify(twin)(…)`, with `promisify` from 'node:util' planned in the same fix. */
  promisify?: boolean;
}

/**
 * Test-only rule: a call of an imported or required function becomes `await twin(…)`, and the plan
 * is told which binding the twin replaces (`replacing`), as no-sync-in-async does.
 */
const replaceSync = ESLintUtils.RuleCreator.withoutDocs<[ReplaceOptions], 'useTwin'>({
  meta: {
    type: 'problem',
    fixable: 'code',
    messages: { useTwin: 'Use the async twin.' },
    schema: [
      {
        type: 'object',
        properties: {
          callee: { type: 'string' },
          twin: { type: 'string' },
          source: { type: 'string' },
          sameModuleSources: { type: 'array', items: { type: 'string' } },
          promisify: { type: 'boolean' },
        },
        additionalProperties: false,
      },
    ],
  },
  defaultOptions: [{}],
  create(context, [options]) {
    const sourceCode = context.sourceCode;
    return {
      CallExpression(node) {
        const callee = node.callee;
        // `await twin(…)` is the rewritten call (when the twin has the callee's name).
        if (callee.type !== AST_NODE_TYPES.Identifier || node.parent.type === AST_NODE_TYPES.AwaitExpression) {
          return;
        }
        const twin =
          options.callee === undefined
            ? /^(\w+)Sync$/u.exec(callee.name)?.[1]
            : callee.name === options.callee
              ? options.twin
              : undefined;
        if (twin === undefined) {
          return;
        }
        context.report({
          node,
          messageId: 'useTwin',
          fix(fixer) {
            const plan = planNamedImport(fixer, sourceCode, {
              at: node,
              source: options.source ?? 'node:fs/promises',
              sameModuleSources: options.sameModuleSources ?? (options.source === undefined ? ['fs/promises'] : []),
              name: twin,
              filename: context.filename,
              replacing: callee,
            });
            const promisify =
              options.promisify === true
                ? planNamedImport(fixer, sourceCode, { at: node, source: 'node:util', sameModuleSources: ['util'], name: 'promisify' })
                : undefined;
            const reference = promisify === undefined ? plan.reference : `${promisify.reference}(${plan.reference})`;
            const argumentsText = sourceCode.text.slice(callee.range[1], node.range[1]);
            const call = awaitedText(sourceCode, node, { innerText: `${reference}${argumentsText}` });
            return [...plan.fixes, ...(promisify?.fixes ?? []), fixer.replaceText(node, call)];
          },
        });
      },
    };
  },
});

const ruleTester = createUntypedRuleTester();

describe('planNamedImport: ES modules', () => {
  ruleTester.run('need-async-fs', needAsyncFs, {
    valid: ['import { readFile } from "node:fs/promises";\nconst s = await readFile(p);'],
    invalid: [
      // A new import.
      {
        code: 'const s = readFileSync(p);',
        output: "import { readFile } from 'node:fs/promises';\nconst s = await readFile(p);",
        errors: [{ messageId: 'useAsync', line: 1, column: 11, endLine: 1, endColumn: 26 }],
      },
      {
        code: "import a from 'a';\nimport { b } from \"b\";\n\nconst s = readFileSync(p);",
        output:
          "import a from 'a';\nimport { b } from \"b\";\nimport { readFile } from 'node:fs/promises';\n\nconst s = await readFile(p);",
        errors: [{ messageId: 'useAsync', line: 4, column: 11, endLine: 4, endColumn: 26 }],
      },
      {
        code: "import a from 'a'; // the a\nconst s = readFileSync(p);",
        output: "import a from 'a'; // the a\nimport { readFile } from 'node:fs/promises';\nconst s = await readFile(p);",
        errors: [{ messageId: 'useAsync', line: 2, column: 11, endLine: 2, endColumn: 26 }],
      },
      {
        code: "const x = 1;\nimport a from 'a';\nconst s = readFileSync(p);",
        output: "const x = 1;\nimport a from 'a';\nimport { readFile } from 'node:fs/promises';\nconst s = await readFile(p);",
        errors: [{ messageId: 'useAsync', line: 3, column: 11, endLine: 3, endColumn: 26 }],
      },
      {
        code: "import 'node:fs/promises';\nconst s = readFileSync(p);",
        output: "import 'node:fs/promises';\nimport { readFile } from 'node:fs/promises';\nconst s = await readFile(p);",
        errors: [{ messageId: 'useAsync', line: 2, column: 11, endLine: 2, endColumn: 26 }],
      },
      {
        code: 'import a from "a"\n\nconst s = readFileSync(p)',
        output: 'import a from "a"\nimport { readFile } from "node:fs/promises"\n\nconst s = await readFile(p)',
        errors: [{ messageId: 'useAsync', line: 3, column: 11, endLine: 3, endColumn: 26 }],
      },
      // Extending an import of the module.
      {
        code: "import { stat } from 'node:fs/promises';\nconst s = readFileSync(p);",
        output: "import { stat, readFile } from 'node:fs/promises';\nconst s = await readFile(p);",
        errors: [{ messageId: 'useAsync', line: 2, column: 11, endLine: 2, endColumn: 26 }],
      },
      {
        code: "import { stat } from 'fs/promises';\nconst s = readFileSync(p);",
        output: "import { stat, readFile } from 'fs/promises';\nconst s = await readFile(p);",
        errors: [{ messageId: 'useAsync', line: 2, column: 11, endLine: 2, endColumn: 26 }],
      },
      {
        code: "import { stat, } from 'node:fs/promises';\nconst s = readFileSync(p);",
        output: "import { stat, readFile, } from 'node:fs/promises';\nconst s = await readFile(p);",
        errors: [{ messageId: 'useAsync', line: 2, column: 11, endLine: 2, endColumn: 26 }],
      },
      {
        code: "import {\n  stat,\n  open\n} from 'node:fs/promises';\nconst s = readFileSync(p);",
        output: "import {\n  stat,\n  open,\n  readFile\n} from 'node:fs/promises';\nconst s = await readFile(p);",
        errors: [{ messageId: 'useAsync', line: 5, column: 11, endLine: 5, endColumn: 26 }],
      },
      {
        code: "import {\n  stat,\n  open,\n} from 'node:fs/promises';\nconst s = readFileSync(p);",
        output: "import {\n  stat,\n  open,\n  readFile,\n} from 'node:fs/promises';\nconst s = await readFile(p);",
        errors: [{ messageId: 'useAsync', line: 5, column: 11, endLine: 5, endColumn: 26 }],
      },
      {
        code: "import {\n  stat,\n  open // handles\n} from 'node:fs/promises';\nconst s = readFileSync(p);",
        output:
          "import {\n  stat,\n  open, // handles\n  readFile\n} from 'node:fs/promises';\nconst s = await readFile(p);",
        errors: [{ messageId: 'useAsync', line: 5, column: 11, endLine: 5, endColumn: 26 }],
      },
      {
        code: "import {\n  stat,\n  open, // handles\n} from 'node:fs/promises';\nconst s = readFileSync(p);",
        output:
          "import {\n  stat,\n  open, // handles\n  readFile,\n} from 'node:fs/promises';\nconst s = await readFile(p);",
        errors: [{ messageId: 'useAsync', line: 5, column: 11, endLine: 5, endColumn: 26 }],
      },
      {
        code: "import {} from 'node:fs/promises';\nconst s = readFileSync(p);",
        output: "import { readFile } from 'node:fs/promises';\nconst s = await readFile(p);",
        errors: [{ messageId: 'useAsync', line: 2, column: 11, endLine: 2, endColumn: 26 }],
      },
      {
        code: "import fsp from 'node:fs/promises';\nconst s = readFileSync(p);",
        output: "import fsp, { readFile } from 'node:fs/promises';\nconst s = await readFile(p);",
        errors: [{ messageId: 'useAsync', line: 2, column: 11, endLine: 2, endColumn: 26 }],
      },
      {
        code: "import fsp, { stat } from 'node:fs/promises';\nconst s = readFileSync(p);",
        output: "import fsp, { stat, readFile } from 'node:fs/promises';\nconst s = await readFile(p);",
        errors: [{ messageId: 'useAsync', line: 2, column: 11, endLine: 2, endColumn: 26 }],
      },
      // Reusing what is there.
      {
        code: "import { readFile } from 'node:fs/promises';\nconst s = readFileSync(p);",
        output: "import { readFile } from 'node:fs/promises';\nconst s = await readFile(p);",
        errors: [{ messageId: 'useAsync', line: 2, column: 11, endLine: 2, endColumn: 26 }],
      },
      {
        code: "import { stat, readFile as rf } from 'fs/promises';\nconst s = readFileSync(p);",
        output: "import { stat, readFile as rf } from 'fs/promises';\nconst s = await rf(p);",
        errors: [{ messageId: 'useAsync', line: 2, column: 11, endLine: 2, endColumn: 26 }],
      },
      {
        code: "import * as fsp from 'node:fs/promises';\nconst s = readFileSync(p).length;",
        output: "import * as fsp from 'node:fs/promises';\nconst s = (await fsp.readFile(p)).length;",
        errors: [{ messageId: 'useAsync', line: 2, column: 11, endLine: 2, endColumn: 26 }],
      },
      {
        code: "import fs, * as fsp from 'fs/promises';\nconst s = readFileSync(p);",
        output: "import fs, * as fsp from 'fs/promises';\nconst s = await fsp.readFile(p);",
        errors: [{ messageId: 'useAsync', line: 2, column: 11, endLine: 2, endColumn: 26 }],
      },
      // TypeScript's own import forms.
      {
        code: "import fsp = require('fs/promises');\nconst s = readFileSync(p);",
        output: "import fsp = require('fs/promises');\nconst s = await fsp.readFile(p);",
        errors: [{ messageId: 'useAsync', line: 2, column: 11, endLine: 2, endColumn: 26 }],
      },
      {
        code: "import type { FileHandle } from 'node:fs/promises';\nconst s = readFileSync(p);",
        output:
          "import type { FileHandle } from 'node:fs/promises';\nimport { readFile } from 'node:fs/promises';\nconst s = await readFile(p);",
        errors: [{ messageId: 'useAsync', line: 2, column: 11, endLine: 2, endColumn: 26 }],
      },
      {
        code: "import { type FileHandle } from 'node:fs/promises';\nconst s = readFileSync(p);",
        output: "import { type FileHandle, readFile } from 'node:fs/promises';\nconst s = await readFile(p);",
        errors: [{ messageId: 'useAsync', line: 2, column: 11, endLine: 2, endColumn: 26 }],
      },
      {
        code: "import { type readFile } from 'node:fs/promises';\nconst s = readFileSync(p);",
        output:
          "import { type readFile, readFile as readFileAsync } from 'node:fs/promises';\nconst s = await readFileAsync(p);",
        errors: [{ messageId: 'useAsync', line: 2, column: 11, endLine: 2, endColumn: 26 }],
      },
      // At the top of a file without imports.
      {
        code: '#!/usr/bin/env node\nconst s = readFileSync(p);',
        output: "#!/usr/bin/env node\nimport { readFile } from 'node:fs/promises';\nconst s = await readFile(p);",
        errors: [{ messageId: 'useAsync', line: 2, column: 11, endLine: 2, endColumn: 26 }],
      },
      {
        code: "#!/usr/bin/env node\n'use strict';\nconst s = readFileSync(p);",
        output:
          "#!/usr/bin/env node\n'use strict';\nimport { readFile } from 'node:fs/promises';\nconst s = await readFile(p);",
        errors: [{ messageId: 'useAsync', line: 3, column: 11, endLine: 3, endColumn: 26 }],
      },
      {
        code: '// Copyright 2025 Example\n\nconst s = readFileSync(p);',
        output: "// Copyright 2025 Example\n\nimport { readFile } from 'node:fs/promises';\nconst s = await readFile(p);",
        errors: [{ messageId: 'useAsync', line: 3, column: 11, endLine: 3, endColumn: 26 }],
      },
      {
        code: '// @ts-check\nconst s = readFileSync(p);',
        output: "// @ts-check\nimport { readFile } from 'node:fs/promises';\nconst s = await readFile(p);",
        errors: [{ messageId: 'useAsync', line: 2, column: 11, endLine: 2, endColumn: 26 }],
      },
      {
        code: '/* Header. */\n\n/** Reads it. */\nexport async function read(p: string) {\n  return readFileSync(p);\n}',
        output:
          "/* Header. */\n\nimport { readFile } from 'node:fs/promises';\n/** Reads it. */\nexport async function read(p: string) {\n  return await readFile(p);\n}",
        errors: [{ messageId: 'useAsync', line: 5, column: 10, endLine: 5, endColumn: 25 }],
      },
      {
        code: 'const s = readFileSync(p)\n',
        output: "import { readFile } from 'node:fs/promises'\nconst s = await readFile(p)\n",
        errors: [{ messageId: 'useAsync', line: 1, column: 11, endLine: 1, endColumn: 26 }],
      },
      // Plain JavaScript with neither imports nor require(): an ES module.
      {
        code: 'const s = readFileSync(p);',
        filename: 'file.js',
        output: "import { readFile } from 'node:fs/promises';\nconst s = await readFile(p);",
        errors: [{ messageId: 'useAsync', line: 1, column: 11, endLine: 1, endColumn: 26 }],
      },
      {
        code: 'if (module.hot) module.hot.accept();\nconst s = readFileSync(p);',
        filename: 'file.js',
        output:
          "import { readFile } from 'node:fs/promises';\nif (module.hot) module.hot.accept();\nconst s = await readFile(p);",
        errors: [{ messageId: 'useAsync', line: 2, column: 11, endLine: 2, endColumn: 26 }],
      },
      {
        code: "import { stat } from 'node:fs/promises';\nexport async function f(p: string) { return readFileSync(p); }",
        filename: 'file.cts',
        output:
          "import { stat, readFile } from 'node:fs/promises';\nexport async function f(p: string) { return await readFile(p); }",
        errors: [{ messageId: 'useAsync', line: 2, column: 45, endLine: 2, endColumn: 60 }],
      },
    ],
  });
});

describe('planNamedImport: no name clash', () => {
  ruleTester.run('need-async-fs', needAsyncFs, {
    valid: [],
    invalid: [
      {
        code: 'const readFile = 1;\nconst s = readFileSync(p);',
        output:
          "import { readFile as readFileAsync } from 'node:fs/promises';\nconst readFile = 1;\nconst s = await readFileAsync(p);",
        errors: [{ messageId: 'useAsync', line: 2, column: 11, endLine: 2, endColumn: 26 }],
      },
      {
        code: 'function g() { const readFile = 1; return readFile; }\nconst s = readFileSync(p);',
        output:
          "import { readFile as readFileAsync } from 'node:fs/promises';\nfunction g() { const readFile = 1; return readFile; }\nconst s = await readFileAsync(p);",
        errors: [{ messageId: 'useAsync', line: 2, column: 11, endLine: 2, endColumn: 26 }],
      },
      {
        code: 'readFile(q);\nconst s = readFileSync(p);',
        output:
          "import { readFile as readFileAsync } from 'node:fs/promises';\nreadFile(q);\nconst s = await readFileAsync(p);",
        errors: [{ messageId: 'useAsync', line: 2, column: 11, endLine: 2, endColumn: 26 }],
      },
      {
        code: 'const readFile = 1, readFileAsync = 2;\nconst s = readFileSync(p);',
        output:
          "import { readFile as readFileAsync2 } from 'node:fs/promises';\nconst readFile = 1, readFileAsync = 2;\nconst s = await readFileAsync2(p);",
        errors: [{ messageId: 'useAsync', line: 2, column: 11, endLine: 2, endColumn: 26 }],
      },
      {
        code: 'const readFile = 1;\nconst s = readFileSync(p);',
        options: [{ fallbackLocalName: 'fsReadFile' }],
        output:
          "import { readFile as fsReadFile } from 'node:fs/promises';\nconst readFile = 1;\nconst s = await fsReadFile(p);",
        errors: [{ messageId: 'useAsync', line: 2, column: 11, endLine: 2, endColumn: 26 }],
      },
      {
        code: "import { stat } from 'node:fs/promises';\nconst readFile = 1;\nconst s = readFileSync(p);",
        output:
          "import { stat, readFile as readFileAsync } from 'node:fs/promises';\nconst readFile = 1;\nconst s = await readFileAsync(p);",
        errors: [{ messageId: 'useAsync', line: 3, column: 11, endLine: 3, endColumn: 26 }],
      },
      {
        // The existing import is hidden at the use site by a parameter of the same name: not reused.
        code: "import { readFile } from 'node:fs/promises';\nexport const a = readFile;\nexport async function f(readFile: unknown) {\n  return [readFile, readFileSync(p)];\n}",
        output:
          "import { readFile, readFile as readFileAsync } from 'node:fs/promises';\nexport const a = readFile;\nexport async function f(readFile: unknown) {\n  return [readFile, await readFileAsync(p)];\n}",
        errors: [{ messageId: 'useAsync', line: 4, column: 21, endLine: 4, endColumn: 36 }],
      },
      {
        // The same for a namespace import hidden by a local.
        code: "import * as fsp from 'node:fs/promises';\nexport const a = fsp;\nexport async function f() {\n  const fsp = 1;\n  return [fsp, readFileSync(p)];\n}",
        output:
          "import * as fsp from 'node:fs/promises';\nimport { readFile } from 'node:fs/promises';\nexport const a = fsp;\nexport async function f() {\n  const fsp = 1;\n  return [fsp, await readFile(p)];\n}",
        errors: [{ messageId: 'useAsync', line: 5, column: 16, endLine: 5, endColumn: 31 }],
      },
      {
        code: "import fsp from 'node:fs/promises';\nconst readFile = 1;\nconst s = readFileSync(p);",
        output:
          "import fsp, { readFile as readFileAsync } from 'node:fs/promises';\nconst readFile = 1;\nconst s = await readFileAsync(p);",
        errors: [{ messageId: 'useAsync', line: 3, column: 11, endLine: 3, endColumn: 26 }],
      },
    ],
  });
});

describe('planNamedImport: several reports in one file', () => {
  ruleTester.run('need-async-fs', needAsyncFs, {
    valid: [],
    invalid: [
      {
        code: 'const a = readFileSync(p);\nconst b = readFileSync(q);',
        output: [
          "import { readFile } from 'node:fs/promises';\nconst a = await readFile(p);\nconst b = readFileSync(q);",
          "import { readFile } from 'node:fs/promises';\nconst a = await readFile(p);\nconst b = await readFile(q);",
        ],
        errors: [
          { messageId: 'useAsync', line: 1, column: 11, endLine: 1, endColumn: 26 },
          { messageId: 'useAsync', line: 2, column: 11, endLine: 2, endColumn: 26 },
        ],
      },
      {
        code: 'const a = readFileSync(p);\nwriteFileSync(q, a);',
        output: [
          "import { readFile } from 'node:fs/promises';\nconst a = await readFile(p);\nwriteFileSync(q, a);",
          "import { readFile, writeFile } from 'node:fs/promises';\nconst a = await readFile(p);\nawait writeFile(q, a);",
        ],
        errors: [
          { messageId: 'useAsync', line: 1, column: 11, endLine: 1, endColumn: 26 },
          { messageId: 'useAsync', line: 2, column: 1, endLine: 2, endColumn: 20 },
        ],
      },
      {
        code: 'const readFile = 1;\nconst a = readFileSync(p);\nconst b = readFileSync(q);',
        output: [
          "import { readFile as readFileAsync } from 'node:fs/promises';\nconst readFile = 1;\nconst a = await readFileAsync(p);\nconst b = readFileSync(q);",
          "import { readFile as readFileAsync } from 'node:fs/promises';\nconst readFile = 1;\nconst a = await readFileAsync(p);\nconst b = await readFileAsync(q);",
        ],
        errors: [
          { messageId: 'useAsync', line: 2, column: 11, endLine: 2, endColumn: 26 },
          { messageId: 'useAsync', line: 3, column: 11, endLine: 3, endColumn: 26 },
        ],
      },
      {
        code: "import { stat } from 'fs/promises';\nconst a = readFileSync(p);\nconst b = readFileSync(q);",
        output: [
          "import { stat, readFile } from 'fs/promises';\nconst a = await readFile(p);\nconst b = readFileSync(q);",
          "import { stat, readFile } from 'fs/promises';\nconst a = await readFile(p);\nconst b = await readFile(q);",
        ],
        errors: [
          { messageId: 'useAsync', line: 2, column: 11, endLine: 2, endColumn: 26 },
          { messageId: 'useAsync', line: 3, column: 11, endLine: 3, endColumn: 26 },
        ],
      },
    ],
  });
});

describe('planNamedImport: CommonJS', () => {
  ruleTester.run('need-async-fs', needAsyncFs, {
    valid: [
      {
        code: "const { readFile } = require('node:fs/promises');\nasync function f(p) { return await readFile(p); }",
        filename: 'file.cjs',
      },
    ],
    invalid: [
      {
        code: 'async function f(p) {\n  return readFileSync(p);\n}',
        filename: 'file.cjs',
        output: "const { readFile } = require('node:fs/promises');\nasync function f(p) {\n  return await readFile(p);\n}",
        errors: [{ messageId: 'useAsync', line: 2, column: 10, endLine: 2, endColumn: 25 }],
      },
      {
        code: "'use strict';\n\nasync function f(p) { return readFileSync(p); }",
        filename: 'file.cjs',
        output:
          "'use strict';\nconst { readFile } = require('node:fs/promises');\n\nasync function f(p) { return await readFile(p); }",
        errors: [{ messageId: 'useAsync', line: 3, column: 30, endLine: 3, endColumn: 45 }],
      },
      {
        code: "const a = require('a');\nconst b = require('b').x;\n\nasync function f(p) { return readFileSync(p); }",
        filename: 'file.cjs',
        output:
          "const a = require('a');\nconst b = require('b').x;\nconst { readFile } = require('node:fs/promises');\n\nasync function f(p) { return await readFile(p); }",
        errors: [{ messageId: 'useAsync', line: 4, column: 30, endLine: 4, endColumn: 45 }],
      },
      {
        code: "var a = require('a');\nasync function f(p) { return readFileSync(p); }",
        filename: 'file.cjs',
        output:
          "var a = require('a');\nvar { readFile } = require('node:fs/promises');\nasync function f(p) { return await readFile(p); }",
        errors: [{ messageId: 'useAsync', line: 2, column: 30, endLine: 2, endColumn: 45 }],
      },
      {
        code: 'const a = require("a")\nasync function f(p) { return readFileSync(p) }',
        filename: 'file.cjs',
        output:
          'const a = require("a")\nconst { readFile } = require("node:fs/promises")\nasync function f(p) { return await readFile(p) }',
        errors: [{ messageId: 'useAsync', line: 2, column: 30, endLine: 2, endColumn: 45 }],
      },
      {
        code: '[1, 2].forEach(async (p) => readFileSync(p))',
        filename: 'file.cjs',
        output: "const { readFile } = require('node:fs/promises');\n[1, 2].forEach(async (p) => await readFile(p))",
        errors: [{ messageId: 'useAsync', line: 1, column: 29, endLine: 1, endColumn: 44 }],
      },
      // Extending and reusing.
      {
        code: "const { stat } = require('node:fs/promises');\nasync function f(p) { return readFileSync(p); }",
        filename: 'file.cjs',
        output:
          "const { stat, readFile } = require('node:fs/promises');\nasync function f(p) { return await readFile(p); }",
        errors: [{ messageId: 'useAsync', line: 2, column: 30, endLine: 2, endColumn: 45 }],
      },
      {
        code: "const {\n  stat,\n} = require('fs/promises');\nasync function f(p) { return readFileSync(p); }",
        filename: 'file.cjs',
        output:
          "const {\n  stat,\n  readFile,\n} = require('fs/promises');\nasync function f(p) { return await readFile(p); }",
        errors: [{ messageId: 'useAsync', line: 4, column: 30, endLine: 4, endColumn: 45 }],
      },
      {
        code: "const {} = require('node:fs/promises');\nasync function f(p) { return readFileSync(p); }",
        filename: 'file.cjs',
        output: "const { readFile } = require('node:fs/promises');\nasync function f(p) { return await readFile(p); }",
        errors: [{ messageId: 'useAsync', line: 2, column: 30, endLine: 2, endColumn: 45 }],
      },
      {
        code: "const { readFile: rf } = require('fs/promises');\nasync function f(p) { return readFileSync(p); }",
        filename: 'file.cjs',
        output: "const { readFile: rf } = require('fs/promises');\nasync function f(p) { return await rf(p); }",
        errors: [{ messageId: 'useAsync', line: 2, column: 30, endLine: 2, endColumn: 45 }],
      },
      {
        code: "const fsp = require('fs/promises');\nasync function f(p) { return readFileSync(p); }",
        filename: 'file.cjs',
        output: "const fsp = require('fs/promises');\nasync function f(p) { return await fsp.readFile(p); }",
        errors: [{ messageId: 'useAsync', line: 2, column: 30, endLine: 2, endColumn: 45 }],
      },
      {
        code: "const { stat, ...fsp } = require('fs/promises');\nasync function f(p) { return readFileSync(p); }",
        filename: 'file.cjs',
        output: "const { stat, ...fsp } = require('fs/promises');\nasync function f(p) { return await fsp.readFile(p); }",
        errors: [{ messageId: 'useAsync', line: 2, column: 30, endLine: 2, endColumn: 45 }],
      },
      // No name clash.
      {
        code: 'const readFile = 1;\nasync function f(p) { return readFileSync(p); }',
        filename: 'file.cjs',
        output:
          "const { readFile: readFileAsync } = require('node:fs/promises');\nconst readFile = 1;\nasync function f(p) { return await readFileAsync(p); }",
        errors: [{ messageId: 'useAsync', line: 2, column: 30, endLine: 2, endColumn: 45 }],
      },
      {
        code: "const { stat } = require('node:fs/promises');\nconst readFile = 1;\nasync function f(p) { return readFileSync(p); }",
        filename: 'file.cjs',
        output:
          "const { stat, readFile: readFileAsync } = require('node:fs/promises');\nconst readFile = 1;\nasync function f(p) { return await readFileAsync(p); }",
        errors: [{ messageId: 'useAsync', line: 3, column: 30, endLine: 3, endColumn: 45 }],
      },
      // Which files are CommonJS.
      {
        code: "const a = require('a');\nasync function f(p) { return readFileSync(p); }",
        filename: 'file.js',
        output:
          "const a = require('a');\nconst { readFile } = require('node:fs/promises');\nasync function f(p) { return await readFile(p); }",
        errors: [{ messageId: 'useAsync', line: 2, column: 30, endLine: 2, endColumn: 45 }],
      },
      {
        code: "function load() {\n  return require('a');\n}\nasync function f(p) { return readFileSync(p); }",
        filename: 'file.js',
        output:
          "const { readFile } = require('node:fs/promises');\nfunction load() {\n  return require('a');\n}\nasync function f(p) { return await readFile(p); }",
        errors: [{ messageId: 'useAsync', line: 4, column: 30, endLine: 4, endColumn: 45 }],
      },
      {
        code: 'module.exports = async function (p) {\n  return readFileSync(p);\n};',
        filename: 'file.js',
        output:
          "const { readFile } = require('node:fs/promises');\nmodule.exports = async function (p) {\n  return await readFile(p);\n};",
        errors: [{ messageId: 'useAsync', line: 2, column: 10, endLine: 2, endColumn: 25 }],
      },
      {
        code: 'exports.read = async (p) => readFileSync(p);',
        filename: 'file.js',
        output: "const { readFile } = require('node:fs/promises');\nexports.read = async (p) => await readFile(p);",
        errors: [{ messageId: 'useAsync', line: 1, column: 29, endLine: 1, endColumn: 44 }],
      },
      {
        code: 'export = async function (p: string) {\n  return readFileSync(p);\n};',
        output:
          "const { readFile } = require('node:fs/promises');\nexport = async function (p: string) {\n  return await readFile(p);\n};",
        errors: [{ messageId: 'useAsync', line: 2, column: 10, endLine: 2, endColumn: 25 }],
      },
      {
        // TypeScript compiling to CommonJS: `import x = require()` keeps the types a `require()` would lose.
        code: 'export async function f(p: string) { return readFileSync(p); }',
        filename: 'file.cts',
        output:
          "import fsPromises = require('node:fs/promises');\nexport async function f(p: string) { return await fsPromises.readFile(p); }",
        errors: [{ messageId: 'useAsync', line: 1, column: 45, endLine: 1, endColumn: 60 }],
      },
      {
        // A .ts file that already imports with `import x = require()` compiles to CommonJS too.
        code: "import fs = require('node:fs');\nexport async function f(p: string) { return readFileSync(p) + fs.sep; }",
        filename: 'file.ts',
        output:
          "import fs = require('node:fs');\nimport fsPromises = require('node:fs/promises');\nexport async function f(p: string) { return await fsPromises.readFile(p) + fs.sep; }",
        errors: [{ messageId: 'useAsync', line: 2, column: 45, endLine: 2, endColumn: 60 }],
      },
      {
        // The namespace name is taken: a suffix keeps it apart.
        code: "import fs = require('node:fs');\nconst fsPromises = 1;\nexport async function f(p: string) { return readFileSync(p) + fs.sep + fsPromises; }",
        filename: 'file.cts',
        output:
          "import fs = require('node:fs');\nimport fsPromisesModule = require('node:fs/promises');\nconst fsPromises = 1;\nexport async function f(p: string) { return await fsPromisesModule.readFile(p) + fs.sep + fsPromises; }",
        errors: [{ messageId: 'useAsync', line: 3, column: 45, endLine: 3, endColumn: 60 }],
      },
      // Several reports: one require.
      {
        code: 'async function f(p, q) {\n  return [readFileSync(p), readFileSync(q)];\n}',
        filename: 'file.cjs',
        output: [
          "const { readFile } = require('node:fs/promises');\nasync function f(p, q) {\n  return [await readFile(p), readFileSync(q)];\n}",
          "const { readFile } = require('node:fs/promises');\nasync function f(p, q) {\n  return [await readFile(p), await readFile(q)];\n}",
        ],
        errors: [
          { messageId: 'useAsync', line: 2, column: 11, endLine: 2, endColumn: 26 },
          { messageId: 'useAsync', line: 2, column: 28, endLine: 2, endColumn: 43 },
        ],
      },
    ],
  });
});
describe('planNamedImport: the replaced binding is renamed in place', () => {
  ruleTester.run('replace-sync', replaceSync, {
    valid: [],
    invalid: [
      // `import { pbkdf2Sync, randomUUID }` -> `import { pbkdf2, randomUUID }`
      {
        code: "import { pbkdf2Sync, randomUUID } from 'node:crypto';\nconst k = pbkdf2Sync(a);",
        options: [{ source: 'node:crypto' }],
        output: "import { pbkdf2, randomUUID } from 'node:crypto';\nconst k = await pbkdf2(a);",
        errors: [{ messageId: 'useTwin', line: 2, column: 11, endLine: 2, endColumn: 24 }],
      },
      // With a second plan (promisify) in the same fix.
      {
        code: "import { pbkdf2Sync, randomUUID } from 'node:crypto';\n\nexport async function derive(a: string) {\n  return pbkdf2Sync(a);\n}",
        options: [{ source: 'node:crypto', promisify: true }],
        output: "import { pbkdf2, randomUUID } from 'node:crypto';\nimport { promisify } from 'node:util';\n\nexport async function derive(a: string) {\n  return await promisify(pbkdf2)(a);\n}",
        errors: [{ messageId: 'useTwin', line: 4, column: 10, endLine: 4, endColumn: 23 }],
      },
      {
        code: "import crypto, { pbkdf2Sync } from 'node:crypto';\nconst k = pbkdf2Sync(a);",
        options: [{ source: 'node:crypto' }],
        output: "import crypto, { pbkdf2 } from 'node:crypto';\nconst k = await pbkdf2(a);",
        errors: [{ messageId: 'useTwin', line: 2, column: 11, endLine: 2, endColumn: 24 }],
      },
      // A trailing comment stays with the renamed declaration.
      {
        code: "import { gzipSync } from 'node:zlib' // compression\nexport const pack = async (data: Uint8Array) => gzipSync(data)",
        options: [{ source: 'node:zlib' }],
        output: "import { gzip } from 'node:zlib' // compression\nexport const pack = async (data: Uint8Array) => await gzip(data)",
        errors: [{ messageId: 'useTwin', line: 2, column: 49, endLine: 2, endColumn: 63 }],
      },
      // An alias goes with the binding it named.
      {
        code: "import { hashSync as h } from 'bcrypt';\nconst x = h(p);",
        options: [{ callee: 'h', twin: 'hash', source: 'bcrypt' }],
        output: "import { hash } from 'bcrypt';\nconst x = await hash(p);",
        errors: [{ messageId: 'useTwin', line: 2, column: 11, endLine: 2, endColumn: 15 }],
      },
      // The replaced binding's name is free for the twin.
      {
        code: "import { hashSync as hash } from 'bcrypt';\nconst x = hash(p);",
        options: [{ callee: 'hash', twin: 'hash', source: 'bcrypt' }],
        output: "import { hash } from 'bcrypt';\nconst x = await hash(p);",
        errors: [{ messageId: 'useTwin', line: 2, column: 11, endLine: 2, endColumn: 18 }],
      },
      // A name taken elsewhere still needs an alias.
      {
        code: "import { hashSync } from 'bcrypt';\nexport async function check(p: string, hash: string) {\n  return hashSync(p) === hash;\n}",
        options: [{ source: 'bcrypt' }],
        output: "import { hash as hashAsync } from 'bcrypt';\nexport async function check(p: string, hash: string) {\n  return await hashAsync(p) === hash;\n}",
        errors: [{ messageId: 'useTwin', line: 3, column: 10, endLine: 3, endColumn: 21 }],
      },
      // A module's own declaration keeps loading it, so a rename needs no other care.
      {
        code: "import { type Options, hashSync } from 'bcrypt';\nconst x = hashSync(p);",
        options: [{ source: 'bcrypt' }],
        output: "import { type Options, hash } from 'bcrypt';\nconst x = await hash(p);",
        errors: [{ messageId: 'useTwin', line: 2, column: 11, endLine: 2, endColumn: 22 }],
      },
      {
        code: "const { hashSync } = require('bcrypt'), rounds = 10;\nasync function f(p) { return hashSync(p, rounds); }",
        filename: 'file.cjs',
        options: [{ source: 'bcrypt' }],
        output: "const { hash } = require('bcrypt'), rounds = 10;\nasync function f(p) { return await hash(p, rounds); }",
        errors: [{ messageId: 'useTwin', line: 2, column: 30, endLine: 2, endColumn: 49 }],
      },
      // The whole declaration gives way to the new import, in its place.
      {
        code: "import a from 'a';\nimport { readFileSync } from 'node:fs';\n\nconst s = readFileSync(p);",
        output: "import a from 'a';\nimport { readFile } from 'node:fs/promises';\n\nconst s = await readFile(p);",
        errors: [{ messageId: 'useTwin', line: 4, column: 11, endLine: 4, endColumn: 26 }],
      },
      {
        code: "import { readFileSync as readFile } from 'node:fs';\nconst s = readFile(p);",
        options: [{ callee: 'readFile', twin: 'readFile' }],
        output: "import { readFile } from 'node:fs/promises';\nconst s = await readFile(p);",
        errors: [{ messageId: 'useTwin', line: 2, column: 11, endLine: 2, endColumn: 22 }],
      },
      // The twin is already imported next to it.
      {
        code: "import { pbkdf2Sync, pbkdf2 } from 'node:crypto';\nconst k = pbkdf2Sync(a);",
        options: [{ source: 'node:crypto' }],
        output: "import { pbkdf2 } from 'node:crypto';\nconst k = await pbkdf2(a);",
        errors: [{ messageId: 'useTwin', line: 2, column: 11, endLine: 2, endColumn: 24 }],
      },
      // CommonJS.
      {
        code: "const { pbkdf2Sync, randomUUID } = require('node:crypto');\nasync function f(a) { return pbkdf2Sync(a); }",
        filename: 'file.cjs',
        options: [{ source: 'node:crypto' }],
        output: "const { pbkdf2, randomUUID } = require('node:crypto');\nasync function f(a) { return await pbkdf2(a); }",
        errors: [{ messageId: 'useTwin', line: 2, column: 30, endLine: 2, endColumn: 43 }],
      },
      {
        code: "const { hashSync: h } = require('bcrypt');\nasync function f(p) { return h(p); }",
        filename: 'file.cjs',
        options: [{ callee: 'h', twin: 'hash', source: 'bcrypt' }],
        output: "const { hash } = require('bcrypt');\nasync function f(p) { return await hash(p); }",
        errors: [{ messageId: 'useTwin', line: 2, column: 30, endLine: 2, endColumn: 34 }],
      },
      {
        code: "const { readFileSync } = require('fs');\n\nasync function f(p) { return readFileSync(p); }",
        filename: 'file.cjs',
        output: "const { readFile } = require('node:fs/promises');\n\nasync function f(p) { return await readFile(p); }",
        errors: [{ messageId: 'useTwin', line: 3, column: 30, endLine: 3, endColumn: 45 }],
      },
      {
        code: "var { readFileSync } = require('fs')\nasync function f(p) { return readFileSync(p) }",
        filename: 'file.cjs',
        output: "var { readFile } = require('node:fs/promises')\nasync function f(p) { return await readFile(p) }",
        errors: [{ messageId: 'useTwin', line: 2, column: 30, endLine: 2, endColumn: 45 }],
      },
    ],
  });
});

describe('planNamedImport: removing the replaced specifier', () => {
  ruleTester.run('replace-sync', replaceSync, {
    valid: [],
    invalid: [
      // Middle, first, last.
      {
        code: "import { existsSync, readFileSync, statSync } from 'node:fs';\nconst s = readFileSync(p);",
        output: "import { existsSync, statSync } from 'node:fs';\nimport { readFile } from 'node:fs/promises';\nconst s = await readFile(p);",
        errors: [{ messageId: 'useTwin', line: 2, column: 11, endLine: 2, endColumn: 26 }],
      },
      {
        code: "import { readFileSync, statSync } from 'node:fs';\nconst s = readFileSync(p);",
        output: "import { statSync } from 'node:fs';\nimport { readFile } from 'node:fs/promises';\nconst s = await readFile(p);",
        errors: [{ messageId: 'useTwin', line: 2, column: 11, endLine: 2, endColumn: 26 }],
      },
      {
        code: "import { statSync, readFileSync } from 'node:fs';\nconst s = readFileSync(p);",
        output: "import { statSync } from 'node:fs';\nimport { readFile } from 'node:fs/promises';\nconst s = await readFile(p);",
        errors: [{ messageId: 'useTwin', line: 2, column: 11, endLine: 2, endColumn: 26 }],
      },
      {
        code: "import { statSync, readFileSync, } from 'node:fs';\nconst s = readFileSync(p);",
        output: "import { statSync, } from 'node:fs';\nimport { readFile } from 'node:fs/promises';\nconst s = await readFile(p);",
        errors: [{ messageId: 'useTwin', line: 2, column: 11, endLine: 2, endColumn: 26 }],
      },
      // One specifier a line.
      {
        code: "import {\n  existsSync,\n  readFileSync,\n  statSync,\n} from 'node:fs';\nconst s = readFileSync(p);",
        output: "import {\n  existsSync,\n  statSync,\n} from 'node:fs';\nimport { readFile } from 'node:fs/promises';\nconst s = await readFile(p);",
        errors: [{ messageId: 'useTwin', line: 6, column: 11, endLine: 6, endColumn: 26 }],
      },
      {
        code: "import {\n  readFileSync,\n  // for sizes\n  statSync\n} from 'node:fs';\nconst s = readFileSync(p);",
        output: "import {\n  // for sizes\n  statSync\n} from 'node:fs';\nimport { readFile } from 'node:fs/promises';\nconst s = await readFile(p);",
        errors: [{ messageId: 'useTwin', line: 6, column: 11, endLine: 6, endColumn: 26 }],
      },
      {
        code: "import {\n  statSync,\n  readFileSync // the sync one\n} from 'node:fs';\nconst s = readFileSync(p);",
        output: "import {\n  statSync\n  // the sync one\n} from 'node:fs';\nimport { readFile } from 'node:fs/promises';\nconst s = await readFile(p);",
        errors: [{ messageId: 'useTwin', line: 5, column: 11, endLine: 5, endColumn: 26 }],
      },
      {
        code: "import {\n  statSync,\n  readFileSync,\n} from 'node:fs';\nconst s = readFileSync(p);",
        output: "import {\n  statSync,\n} from 'node:fs';\nimport { readFile } from 'node:fs/promises';\nconst s = await readFile(p);",
        errors: [{ messageId: 'useTwin', line: 5, column: 11, endLine: 5, endColumn: 26 }],
      },
      {
        code: "import { existsSync, readFileSync,\n  statSync } from 'node:fs';\nconst s = readFileSync(p);",
        output: "import { existsSync,\n  statSync } from 'node:fs';\nimport { readFile } from 'node:fs/promises';\nconst s = await readFile(p);",
        errors: [{ messageId: 'useTwin', line: 3, column: 11, endLine: 3, endColumn: 26 }],
      },
      // Comments in what goes stay.
      {
        code: "import { readFileSync as readText, /* saving */ writeFileSync } from 'node:fs';\nconst s = writeFileSync(p);",
        output: "import { readFileSync as readText /* saving */ } from 'node:fs';\nimport { writeFile } from 'node:fs/promises';\nconst s = await writeFile(p);",
        errors: [{ messageId: 'useTwin', line: 2, column: 11, endLine: 2, endColumn: 27 }],
      },
      {
        code: "import { /* reading */ readFileSync, statSync } from 'node:fs';\nconst s = readFileSync(p);",
        output: "import { /* reading */ statSync } from 'node:fs';\nimport { readFile } from 'node:fs/promises';\nconst s = await readFile(p);",
        errors: [{ messageId: 'useTwin', line: 2, column: 11, endLine: 2, endColumn: 26 }],
      },
      {
        code: "import fs, { /* sync */ readFileSync } from 'node:fs';\nconst s = readFileSync(p);",
        output: "import fs /* sync */ from 'node:fs';\nimport { readFile } from 'node:fs/promises';\nconst s = await readFile(p);",
        errors: [{ messageId: 'useTwin', line: 2, column: 11, endLine: 2, endColumn: 26 }],
      },
      // The only named specifier next to a default import.
      {
        code: "import fs, { readFileSync } from 'node:fs';\nconst s = readFileSync(p);",
        output: "import fs from 'node:fs';\nimport { readFile } from 'node:fs/promises';\nconst s = await readFile(p);",
        errors: [{ messageId: 'useTwin', line: 2, column: 11, endLine: 2, endColumn: 26 }],
      },
      // Type specifiers stay.
      {
        code: "import { type Stats, readFileSync } from 'node:fs';\nconst s = readFileSync(p);",
        output: "import { type Stats } from 'node:fs';\nimport { readFile } from 'node:fs/promises';\nconst s = await readFile(p);",
        errors: [{ messageId: 'useTwin', line: 2, column: 11, endLine: 2, endColumn: 26 }],
      },
      // CommonJS.
      {
        code: "const { existsSync, readFileSync, statSync } = require('node:fs');\nasync function f(p) { return readFileSync(p); }",
        filename: 'file.cjs',
        output: "const { existsSync, statSync } = require('node:fs');\nconst { readFile } = require('node:fs/promises');\nasync function f(p) { return await readFile(p); }",
        errors: [{ messageId: 'useTwin', line: 2, column: 30, endLine: 2, endColumn: 45 }],
      },
      {
        code: "const {\n  statSync,\n  readFileSync,\n} = require('node:fs');\nasync function f(p) { return readFileSync(p); }",
        filename: 'file.cjs',
        output: "const {\n  statSync,\n} = require('node:fs');\nconst { readFile } = require('node:fs/promises');\nasync function f(p) { return await readFile(p); }",
        errors: [{ messageId: 'useTwin', line: 5, column: 30, endLine: 5, endColumn: 45 }],
      },
    ],
  });
});

describe('planNamedImport: removing the declaration', () => {
  ruleTester.run('replace-sync', replaceSync, {
    valid: [],
    invalid: [
      // The twin goes into another declaration.
      {
        code: "import { readFileSync } from 'node:fs';\nimport { stat } from 'node:fs/promises';\nconst s = readFileSync(p);",
        output: "import { stat, readFile } from 'node:fs/promises';\nconst s = await readFile(p);",
        errors: [{ messageId: 'useTwin', line: 3, column: 11, endLine: 3, endColumn: 26 }],
      },
      // Comments stay, those of other lines where they are, the line's own in its place (a fix never drops a comment).
      {
        code: "// Config loading.\nimport { readFileSync } from 'node:fs'; // sync on purpose\nimport { stat } from 'node:fs/promises';\nconst s = readFileSync(p);",
        output: "// Config loading.\n// sync on purpose\nimport { stat, readFile } from 'node:fs/promises';\nconst s = await readFile(p);",
        errors: [{ messageId: 'useTwin', line: 4, column: 11, endLine: 4, endColumn: 26 }],
      },
      // No doubled blank line is left.
      {
        code: "import { stat } from 'node:fs/promises';\n\nimport { readFileSync } from 'node:fs';\n\nconst s = readFileSync(p);",
        output: "import { stat, readFile } from 'node:fs/promises';\n\nconst s = await readFile(p);",
        errors: [{ messageId: 'useTwin', line: 5, column: 11, endLine: 5, endColumn: 26 }],
      },
      {
        code: "import { readFileSync } from 'node:fs';\n\nimport * as fsp from 'node:fs/promises';\n\nconst s = readFileSync(p);",
        output: "import * as fsp from 'node:fs/promises';\n\nconst s = await fsp.readFile(p);",
        errors: [{ messageId: 'useTwin', line: 5, column: 11, endLine: 5, endColumn: 26 }],
      },
      {
        code: "import { stat } from 'node:fs/promises';\nimport {\n  readFileSync,\n} from 'node:fs';\nconst s = readFileSync(p);",
        output: "import { stat, readFile } from 'node:fs/promises';\nconst s = await readFile(p);",
        errors: [{ messageId: 'useTwin', line: 5, column: 11, endLine: 5, endColumn: 26 }],
      },
      // In its place, comments from inside it go above the new import.
      {
        code: "import {\n  readFileSync, // the sync one\n} from 'node:fs';\nconst s = readFileSync(p);",
        output: "// the sync one\nimport { readFile } from 'node:fs/promises';\nconst s = await readFile(p);",
        errors: [{ messageId: 'useTwin', line: 4, column: 11, endLine: 4, endColumn: 26 }],
      },
      {
        code: "'use strict';\nconst { readdirSync } = require('node:fs'); // the sync APIs, for now\nconst zlib = require('zlib');\nconst { mkdir } = require('node:fs/promises');\nasync function f(p) { return readdirSync(p); }",
        filename: 'file.cjs',
        output: "'use strict';\n// the sync APIs, for now\nconst zlib = require('zlib');\nconst { mkdir, readdir } = require('node:fs/promises');\nasync function f(p) { return await readdir(p); }",
        errors: [{ messageId: 'useTwin', line: 5, column: 30, endLine: 5, endColumn: 44 }],
      },
      // CRLF line ends.
      {
        code: "import { stat } from 'node:fs/promises';\r\nimport { readFileSync } from 'node:fs';\r\nconst s = readFileSync(p);",
        output: "import { stat, readFile } from 'node:fs/promises';\r\nconst s = await readFile(p);",
        errors: [{ messageId: 'useTwin', line: 3, column: 11, endLine: 3, endColumn: 26 }],
      },
      // CRLF line ends for a new import line, and for a new item on a list written one a line.
      {
        code: "import { readFileSync } from 'node:fs';\r\nconst s = readFileSync(p);\r\nexport { readFileSync };",
        output: "import { readFileSync } from 'node:fs';\r\nimport { readFile } from 'node:fs/promises';\r\nconst s = await readFile(p);\r\nexport { readFileSync };",
        errors: [{ messageId: 'useTwin', line: 2, column: 11, endLine: 2, endColumn: 26 }],
      },
      {
        code: "import {\r\n  stat,\r\n} from 'node:fs/promises';\r\nimport { readFileSync } from 'node:fs';\r\nconst s = readFileSync(p);",
        output: "import {\r\n  stat,\r\n  readFile,\r\n} from 'node:fs/promises';\r\nconst s = await readFile(p);",
        errors: [{ messageId: 'useTwin', line: 5, column: 11, endLine: 5, endColumn: 26 }],
      },
      // `import type` stays.
      {
        code: "import type { Stats } from 'node:fs';\nimport { readFileSync } from 'node:fs';\nconst s = readFileSync(p);",
        output: "import type { Stats } from 'node:fs';\nimport { readFile } from 'node:fs/promises';\nconst s = await readFile(p);",
        errors: [{ messageId: 'useTwin', line: 3, column: 11, endLine: 3, endColumn: 26 }],
      },
      // CommonJS.
      {
        code: "const { stat } = require('node:fs/promises');\nconst { readFileSync } = require('fs');\nasync function f(p) { return readFileSync(p); }",
        filename: 'file.cjs',
        output: "const { stat, readFile } = require('node:fs/promises');\nasync function f(p) { return await readFile(p); }",
        errors: [{ messageId: 'useTwin', line: 3, column: 30, endLine: 3, endColumn: 45 }],
      },
      // Two plans in one fix: the removed declaration is where the other one inserts.
      {
        code: "import * as crypto from 'node:crypto';\nimport { pbkdf2Sync } from 'node:crypto';\nconst k = pbkdf2Sync(a);",
        options: [{ source: 'node:crypto', promisify: true }],
        output: "import * as crypto from 'node:crypto';\nimport { promisify } from 'node:util';\nconst k = await promisify(crypto.pbkdf2)(a);",
        errors: [{ messageId: 'useTwin', line: 3, column: 11, endLine: 3, endColumn: 24 }],
      },
      // Same on the first line: its line break stays for the insertion (the only way not to overlap).
      {
        code: "import { pbkdf2Sync } from 'node:crypto';\nconst crypto = require('node:crypto');\nconst k = pbkdf2Sync(a);",
        options: [{ source: 'node:crypto', promisify: true }],
        output: "\nimport { promisify } from 'node:util';\nconst crypto = require('node:crypto');\nconst k = await promisify(crypto.pbkdf2)(a);",
        errors: [{ messageId: 'useTwin', line: 3, column: 11, endLine: 3, endColumn: 24 }],
      },
    ],
  });
});

describe('planNamedImport: modules that may run code when loaded', () => {
  ruleTester.run('replace-sync', replaceSync, {
    valid: [],
    invalid: [
      // Not a Node built-in: it stays loaded.
      {
        code: "import { readText } from './lib.js';\nconst s = readText(p);",
        options: [{ callee: 'readText', twin: 'readFile' }],
        output: "import './lib.js';\nimport { readFile } from 'node:fs/promises';\nconst s = await readFile(p);",
        errors: [{ messageId: 'useTwin', line: 2, column: 11, endLine: 2, endColumn: 22 }],
      },
      {
        code: "import lib from './lib.js';\nimport { readText } from './lib.js';\nconst s = readText(p);",
        options: [{ callee: 'readText', twin: 'readFile' }],
        output: "import lib from './lib.js';\nimport { readFile } from 'node:fs/promises';\nconst s = await readFile(p);",
        errors: [{ messageId: 'useTwin', line: 3, column: 11, endLine: 3, endColumn: 22 }],
      },
      {
        code: "import { readText, writeText } from './lib.js';\nconst s = readText(p);",
        options: [{ callee: 'readText', twin: 'readFile' }],
        output: "import { writeText } from './lib.js';\nimport { readFile } from 'node:fs/promises';\nconst s = await readFile(p);",
        errors: [{ messageId: 'useTwin', line: 2, column: 11, endLine: 2, endColumn: 22 }],
      },
      // Only type specifiers would be left, which TypeScript may elide: not removed.
      {
        code: "import { type Options, readText } from './lib.js';\nconst s = readText(p);",
        options: [{ callee: 'readText', twin: 'readFile' }],
        output: "import { type Options, readText } from './lib.js';\nimport { readFile } from 'node:fs/promises';\nconst s = await readFile(p);",
        errors: [{ messageId: 'useTwin', line: 2, column: 11, endLine: 2, endColumn: 22 }],
      },
      // CommonJS.
      {
        code: "const { readText } = require('./lib.js');\nasync function f(p) { return readText(p); }",
        filename: 'file.cjs',
        options: [{ callee: 'readText', twin: 'readFile' }],
        output: "require('./lib.js');\nconst { readFile } = require('node:fs/promises');\nasync function f(p) { return await readFile(p); }",
        errors: [{ messageId: 'useTwin', line: 2, column: 30, endLine: 2, endColumn: 41 }],
      },
    ],
  });
});

describe('planNamedImport: bindings that stay', () => {
  ruleTester.run('replace-sync', replaceSync, {
    valid: [],
    invalid: [
      // Another reference.
      {
        code: "import { readFileSync } from 'node:fs';\nconst s = readFileSync(p);\nexport const read = readFileSync;",
        output: "import { readFileSync } from 'node:fs';\nimport { readFile } from 'node:fs/promises';\nconst s = await readFile(p);\nexport const read = readFileSync;",
        errors: [{ messageId: 'useTwin', line: 2, column: 11, endLine: 2, endColumn: 26 }],
      },
      // Exported.
      {
        code: "import { readFileSync } from 'node:fs';\nexport { readFileSync };\nconst s = readFileSync(p);",
        output: "import { readFileSync } from 'node:fs';\nimport { readFile } from 'node:fs/promises';\nexport { readFileSync };\nconst s = await readFile(p);",
        errors: [{ messageId: 'useTwin', line: 3, column: 11, endLine: 3, endColumn: 26 }],
      },
      // A type reference.
      {
        code: "import { readFileSync } from 'node:fs';\ntype Read = typeof readFileSync;\nconst s = readFileSync(p);",
        output: "import { readFileSync } from 'node:fs';\nimport { readFile } from 'node:fs/promises';\ntype Read = typeof readFileSync;\nconst s = await readFile(p);",
        errors: [{ messageId: 'useTwin', line: 3, column: 11, endLine: 3, endColumn: 26 }],
      },
      // A local alias is not an import.
      {
        code: "import fs from 'node:fs';\nconst rfs = fs.readFileSync;\nconst s = rfs(p);",
        options: [{ callee: 'rfs', twin: 'readFile' }],
        output: "import fs from 'node:fs';\nimport { readFile } from 'node:fs/promises';\nconst rfs = fs.readFileSync;\nconst s = await readFile(p);",
        errors: [{ messageId: 'useTwin', line: 3, column: 11, endLine: 3, endColumn: 17 }],
      },
      // A rest element would gain the property.
      {
        code: "const { readFileSync, ...fs } = require('fs');\nasync function f(p) { return readFileSync(p); }",
        filename: 'file.cjs',
        output: "const { readFileSync, ...fs } = require('fs');\nconst { readFile } = require('node:fs/promises');\nasync function f(p) { return await readFile(p); }",
        errors: [{ messageId: 'useTwin', line: 2, column: 30, endLine: 2, endColumn: 45 }],
      },
      // Another declarator.
      {
        code: "const { readFileSync } = require('fs'), path = require('path');\nasync function f(p) { return readFileSync(p); }",
        filename: 'file.cjs',
        output: "const { readFileSync } = require('fs'), path = require('path');\nconst { readFile } = require('node:fs/promises');\nasync function f(p) { return await readFile(p); }",
        errors: [{ messageId: 'useTwin', line: 2, column: 30, endLine: 2, endColumn: 45 }],
      },
      // Not at the top level.
      {
        code: "async function f(p) {\n  const { readFileSync } = require('fs');\n  return readFileSync(p);\n}",
        filename: 'file.cjs',
        output: "const { readFile } = require('node:fs/promises');\nasync function f(p) {\n  const { readFileSync } = require('fs');\n  return await readFile(p);\n}",
        errors: [{ messageId: 'useTwin', line: 3, column: 10, endLine: 3, endColumn: 25 }],
      },
    ],
  });
});

describe('planNamedImport: several reports share a binding', () => {
  ruleTester.run('replace-sync', replaceSync, {
    valid: [],
    invalid: [
      // The first pass keeps the binding while another use remains; the second removes it.
      {
        code: "import { readFileSync } from 'node:fs';\nconst a = readFileSync(p);\nconst b = readFileSync(q);",
        output: [
          "import { readFileSync } from 'node:fs';\nimport { readFile } from 'node:fs/promises';\nconst a = await readFile(p);\nconst b = readFileSync(q);",
          "import { readFile } from 'node:fs/promises';\nconst a = await readFile(p);\nconst b = await readFile(q);",
        ],
        errors: [
          { messageId: 'useTwin', line: 2, column: 11, endLine: 2, endColumn: 26 },
          { messageId: 'useTwin', line: 3, column: 11, endLine: 3, endColumn: 26 },
        ],
      },
      {
        code: "import { pbkdf2Sync, randomUUID } from 'node:crypto';\nconst a = pbkdf2Sync(p);\nconst b = pbkdf2Sync(q);",
        options: [{ source: 'node:crypto' }],
        output: [
          "import { pbkdf2Sync, randomUUID, pbkdf2 } from 'node:crypto';\nconst a = await pbkdf2(p);\nconst b = pbkdf2Sync(q);",
          "import { randomUUID, pbkdf2 } from 'node:crypto';\nconst a = await pbkdf2(p);\nconst b = await pbkdf2(q);",
        ],
        errors: [
          { messageId: 'useTwin', line: 2, column: 11, endLine: 2, endColumn: 24 },
          { messageId: 'useTwin', line: 3, column: 11, endLine: 3, endColumn: 24 },
        ],
      },
      // Two bindings of one declaration.
      {
        code: "import { readFileSync, writeFileSync } from 'node:fs';\nwriteFileSync(q, readFileSync(p));",
        output: [
          "import { writeFileSync } from 'node:fs';\nimport { readFile } from 'node:fs/promises';\nwriteFileSync(q, await readFile(p));",
          "import { readFile, writeFile } from 'node:fs/promises';\nawait writeFile(q, await readFile(p));",
        ],
        errors: [
          { messageId: 'useTwin', line: 2, column: 1, endLine: 2, endColumn: 34 },
          { messageId: 'useTwin', line: 2, column: 18, endLine: 2, endColumn: 33 },
        ],
      },
    ],
  });
});

