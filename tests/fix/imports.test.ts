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
        code: 'export async function f(p: string) { return readFileSync(p); }',
        filename: 'file.cts',
        output:
          "const { readFile } = require('node:fs/promises');\nexport async function f(p: string) { return await readFile(p); }",
        errors: [{ messageId: 'useAsync', line: 1, column: 45, endLine: 1, endColumn: 60 }],
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
