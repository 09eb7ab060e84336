import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES, ESLintUtils } from '@typescript-eslint/utils';
import { describe } from 'vitest';
import { fixWithAwait, updateSplitByAwait } from '../../src/fix/await.js';
import { createUntypedRuleTester } from '../rule-tester.js';

/** Test-only rule: every call of `sync(…)` becomes `await async(…)` (arguments, comments included, as written). */
const awaitSync = ESLintUtils.RuleCreator.withoutDocs({
  meta: {
    type: 'problem',
    fixable: 'code',
    messages: { await: 'Await async() instead.' },
    schema: [],
  },
  defaultOptions: [],
  create(context) {
    return {
      CallExpression(node) {
        if (node.callee.type !== AST_NODE_TYPES.Identifier || node.callee.name !== 'sync') {
          return;
        }
        const rest = context.sourceCode.text.slice(node.callee.range[1], node.range[1]);
        context.report({
          node,
          messageId: 'await',
          fix: (fixer) => fixWithAwait(fixer, context.sourceCode, node, { innerText: `async${rest}` }),
        });
      },
    };
  },
});

/** Test-only rule: reports, for every call of `sync()`, the update an `await` there would split. */
const splitUpdate = ESLintUtils.RuleCreator.withoutDocs({
  meta: { type: 'problem', messages: { split: 'Splits the update of {{target}}.' }, schema: [] },
  defaultOptions: [],
  create(context) {
    return {
      CallExpression(node) {
        if (node.callee.type !== AST_NODE_TYPES.Identifier || node.callee.name !== 'sync') return;
        const target = updateSplitByAwait(node, context.sourceCode);
        if (target) context.report({ node, messageId: 'split', data: { target: context.sourceCode.getText(target) } });
      },
    };
  },
});

interface AwaitTextOptions {
  /** Report the outermost expressions whose source text is exactly this. */
  text: string;
  innerText?: string;
  innerIsStrong?: boolean;
  resultProperty?: string;
}

/** Test-only rule: awaits the expressions whose text is `options.text`, with the other options passed through. */
const awaitText = ESLintUtils.RuleCreator.withoutDocs<[AwaitTextOptions], 'await'>({
  meta: {
    type: 'problem',
    fixable: 'code',
    messages: { await: 'Await this.' },
    schema: [
      {
        type: 'object',
        properties: {
          text: { type: 'string' },
          innerText: { type: 'string' },
          innerIsStrong: { type: 'boolean' },
          resultProperty: { type: 'string' },
        },
        required: ['text'],
        additionalProperties: false,
      },
    ],
  },
  defaultOptions: [{ text: '' }],
  create(context, [{ text, ...options }]) {
    return {
      '*'(node: TSESTree.Node) {
        if (!isExpression(node) || context.sourceCode.getText(node) !== text) {
          return;
        }
        const parent = node.parent;
        if (parent?.type === AST_NODE_TYPES.AwaitExpression) {
          return; // fixed in an earlier pass
        }
        if (parent !== undefined && isExpression(parent) && parent.range[0] === node.range[0] && parent.range[1] === node.range[1]) {
          return; // report the outermost of equal-text expressions (`a?.b()` is a chain around a call)
        }
        if (parent?.type === AST_NODE_TYPES.Property && parent.key === node && !parent.computed) {
          return;
        }
        context.report({
          node,
          messageId: 'await',
          fix: (fixer) => fixWithAwait(fixer, context.sourceCode, node, options),
        });
      },
    };
  },
});

function isExpression(node: TSESTree.Node): node is TSESTree.Expression {
  return (
    node.type.endsWith('Expression') ||
    node.type === AST_NODE_TYPES.Identifier ||
    node.type === AST_NODE_TYPES.Literal ||
    node.type === AST_NODE_TYPES.TemplateLiteral ||
    node.type === AST_NODE_TYPES.TSTypeAssertion
  );
}

const ruleTester = createUntypedRuleTester();

describe('fixWithAwait: parentheses around the await', () => {
  ruleTester.run('await-sync', awaitSync, {
    valid: ['const x = async();', 'obj.sync();'],
    invalid: [
      // Not needed.
      {
        code: 'const x = sync();',
        output: 'const x = await async();',
        errors: [{ messageId: 'await', line: 1, column: 11, endLine: 1, endColumn: 17 }],
      },
      {
        code: 'g(sync(), 1);',
        output: 'g(await async(), 1);',
        errors: [{ messageId: 'await', line: 1, column: 3, endLine: 1, endColumn: 9 }],
      },
      {
        code: 'const x = a + sync();',
        output: 'const x = a + await async();',
        errors: [{ messageId: 'await', line: 1, column: 15, endLine: 1, endColumn: 21 }],
      },
      {
        code: 'const x = sync() + a;',
        output: 'const x = await async() + a;',
        errors: [{ messageId: 'await', line: 1, column: 11, endLine: 1, endColumn: 17 }],
      },
      {
        code: 'const s = `${sync()}!`;',
        output: 'const s = `${await async()}!`;',
        errors: [{ messageId: 'await', line: 1, column: 14, endLine: 1, endColumn: 20 }],
      },
      {
        code: 'if (sync()) {}',
        output: 'if (await async()) {}',
        errors: [{ messageId: 'await', line: 1, column: 5, endLine: 1, endColumn: 11 }],
      },
      {
        code: 'async function f() { return sync(); }',
        output: 'async function f() { return await async(); }',
        errors: [{ messageId: 'await', line: 1, column: 29, endLine: 1, endColumn: 35 }],
      },
      {
        code: 'async function f() { return(sync()); }',
        output: 'async function f() { return(await async()); }',
        errors: [{ messageId: 'await', line: 1, column: 29, endLine: 1, endColumn: 35 }],
      },
      {
        code: 'sync();',
        output: 'await async();',
        errors: [{ messageId: 'await', line: 1, column: 1, endLine: 1, endColumn: 7 }],
      },
      {
        code: 'const x = 2 ** sync();',
        output: 'const x = 2 ** await async();',
        errors: [{ messageId: 'await', line: 1, column: 16, endLine: 1, endColumn: 22 }],
      },
      {
        code: 'const x = a ? sync() : b || sync();',
        output: 'const x = a ? await async() : b || await async();',
        errors: [
          { messageId: 'await', line: 1, column: 15, endLine: 1, endColumn: 21 },
          { messageId: 'await', line: 1, column: 29, endLine: 1, endColumn: 35 },
        ],
      },
      {
        code: 'const x = [...sync(), { ...sync() }, a[sync()]];',
        output: 'const x = [...await async(), { ...await async() }, a[await async()]];',
        errors: [
          { messageId: 'await', line: 1, column: 15, endLine: 1, endColumn: 21 },
          { messageId: 'await', line: 1, column: 28, endLine: 1, endColumn: 34 },
          { messageId: 'await', line: 1, column: 40, endLine: 1, endColumn: 46 },
        ],
      },
      {
        code: 'const f = async () => sync();',
        output: 'const f = async () => await async();',
        errors: [{ messageId: 'await', line: 1, column: 23, endLine: 1, endColumn: 29 }],
      },
      {
        code: 'const x = sync?.();',
        output: 'const x = await async?.();',
        errors: [{ messageId: 'await', line: 1, column: 11, endLine: 1, endColumn: 19 }],
      },
      // Needed.
      {
        code: 'const x = sync().length;',
        output: 'const x = (await async()).length;',
        errors: [{ messageId: 'await', line: 1, column: 11, endLine: 1, endColumn: 17 }],
      },
      {
        code: 'const x = sync()[0];',
        output: 'const x = (await async())[0];',
        errors: [{ messageId: 'await', line: 1, column: 11, endLine: 1, endColumn: 17 }],
      },
      {
        code: 'const x = sync(p)?.toString();',
        output: 'const x = (await async(p))?.toString();',
        errors: [{ messageId: 'await', line: 1, column: 11, endLine: 1, endColumn: 18 }],
      },
      {
        code: 'const x = sync()();',
        output: 'const x = (await async())();',
        errors: [{ messageId: 'await', line: 1, column: 11, endLine: 1, endColumn: 17 }],
      },
      {
        code: 'const x = sync()?.();',
        output: 'const x = (await async())?.();',
        errors: [{ messageId: 'await', line: 1, column: 11, endLine: 1, endColumn: 17 }],
      },
      {
        code: 'const x = sync()`tpl`;',
        output: 'const x = (await async())`tpl`;',
        errors: [{ messageId: 'await', line: 1, column: 11, endLine: 1, endColumn: 17 }],
      },
      {
        code: 'const x = sync() ** 2;',
        output: 'const x = (await async()) ** 2;',
        errors: [{ messageId: 'await', line: 1, column: 11, endLine: 1, endColumn: 17 }],
      },
      {
        code: 'const x = [!sync(), -sync(), typeof sync(), void sync(), !sync?.()];',
        output:
          'const x = [!(await async()), -(await async()), typeof (await async()), void (await async()), !(await async?.())];',
        errors: [
          { messageId: 'await', line: 1, column: 13, endLine: 1, endColumn: 19 },
          { messageId: 'await', line: 1, column: 22, endLine: 1, endColumn: 28 },
          { messageId: 'await', line: 1, column: 37, endLine: 1, endColumn: 43 },
          { messageId: 'await', line: 1, column: 50, endLine: 1, endColumn: 56 },
          { messageId: 'await', line: 1, column: 59, endLine: 1, endColumn: 67 },
        ],
      },
      {
        code: 'if (!sync()) {}',
        output: 'if (!(await async())) {}',
        errors: [{ messageId: 'await', line: 1, column: 6, endLine: 1, endColumn: 12 }],
      },
      {
        code: 'class A extends sync() {}',
        output: 'class A extends (await async()) {}',
        errors: [{ messageId: 'await', line: 1, column: 17, endLine: 1, endColumn: 23 }],
      },
      // Parentheses already in the source are enough.
      {
        code: 'const x = (sync()).length;',
        output: 'const x = (await async()).length;',
        errors: [{ messageId: 'await', line: 1, column: 12, endLine: 1, endColumn: 18 }],
      },
      {
        code: 'const x = !(sync()) && typeof(sync());',
        output: 'const x = !(await async()) && typeof(await async());',
        errors: [
          { messageId: 'await', line: 1, column: 13, endLine: 1, endColumn: 19 },
          { messageId: 'await', line: 1, column: 31, endLine: 1, endColumn: 37 },
        ],
      },
      // A call inside the arguments of another: one fix a pass.
      {
        code: 'const x = sync(sync()).length;',
        output: ['const x = (await async(sync())).length;', 'const x = (await async(await async())).length;'],
        errors: [
          { messageId: 'await', line: 1, column: 11, endLine: 1, endColumn: 23 },
          { messageId: 'await', line: 1, column: 16, endLine: 1, endColumn: 22 },
        ],
      },
    ],
  });
});

describe('fixWithAwait: TypeScript shapes', () => {
  ruleTester.run('await-sync', awaitSync, {
    valid: [],
    invalid: [
      {
        code: 'const x = sync()!.length;',
        output: 'const x = (await async())!.length;',
        errors: [{ messageId: 'await', line: 1, column: 11, endLine: 1, endColumn: 17 }],
      },
      {
        code: 'const x = sync()!;',
        output: 'const x = (await async())!;',
        errors: [{ messageId: 'await', line: 1, column: 11, endLine: 1, endColumn: 17 }],
      },
      {
        code: 'const x = sync() as string;',
        output: 'const x = await async() as string;',
        errors: [{ messageId: 'await', line: 1, column: 11, endLine: 1, endColumn: 17 }],
      },
      {
        code: 'const x = (sync() as string).length;',
        output: 'const x = (await async() as string).length;',
        errors: [{ messageId: 'await', line: 1, column: 12, endLine: 1, endColumn: 18 }],
      },
      {
        code: 'const x = sync() satisfies unknown;',
        output: 'const x = await async() satisfies unknown;',
        errors: [{ messageId: 'await', line: 1, column: 11, endLine: 1, endColumn: 17 }],
      },
      {
        code: 'const x = <string>sync();',
        output: 'const x = <string>await async();',
        errors: [{ messageId: 'await', line: 1, column: 19, endLine: 1, endColumn: 25 }],
      },
      {
        code: 'const x = sync<string>(p).length;',
        output: 'const x = (await async<string>(p)).length;',
        errors: [{ messageId: 'await', line: 1, column: 11, endLine: 1, endColumn: 26 }],
      },
    ],
  });
  ruleTester.run('await-text', awaitText, {
    valid: [],
    invalid: [
      {
        code: 'const g = factory<string>;',
        options: [{ text: 'factory' }],
        output: 'const g = (await factory)<string>;',
        errors: [{ messageId: 'await', line: 1, column: 11, endLine: 1, endColumn: 18 }],
      },
      {
        code: 'const x = (value as Promise<string>).length;',
        options: [{ text: 'value as Promise<string>' }],
        output: 'const x = (await (value as Promise<string>)).length;',
        errors: [{ messageId: 'await', line: 1, column: 12, endLine: 1, endColumn: 36 }],
      },
      {
        code: 'const x = value satisfies object;',
        options: [{ text: 'value satisfies object' }],
        output: 'const x = await (value satisfies object);',
        errors: [{ messageId: 'await', line: 1, column: 11, endLine: 1, endColumn: 33 }],
      },
      {
        code: 'const x = <Promise<string>>value;',
        options: [{ text: '<Promise<string>>value' }],
        output: 'const x = await <Promise<string>>value;',
        errors: [{ messageId: 'await', line: 1, column: 11, endLine: 1, endColumn: 33 }],
      },
      {
        code: 'const x = value!.length;',
        options: [{ text: 'value!' }],
        output: 'const x = (await value!).length;',
        errors: [{ messageId: 'await', line: 1, column: 11, endLine: 1, endColumn: 17 }],
      },
    ],
  });
});

describe('fixWithAwait: parentheses around the operand', () => {
  ruleTester.run('await-text', awaitText, {
    valid: [],
    invalid: [
      {
        code: 'const x = a || b;',
        options: [{ text: 'a || b' }],
        output: 'const x = await (a || b);',
        errors: [{ messageId: 'await', line: 1, column: 11, endLine: 1, endColumn: 17 }],
      },
      {
        code: 'const x = (a || b).length;',
        options: [{ text: 'a || b' }],
        output: 'const x = (await (a || b)).length;',
        errors: [{ messageId: 'await', line: 1, column: 12, endLine: 1, endColumn: 18 }],
      },
      {
        code: 'const x = a ? b : c;',
        options: [{ text: 'a ? b : c' }],
        output: 'const x = await (a ? b : c);',
        errors: [{ messageId: 'await', line: 1, column: 11, endLine: 1, endColumn: 20 }],
      },
      {
        code: 'const x = a + b;',
        options: [{ text: 'a + b' }],
        output: 'const x = await (a + b);',
        errors: [{ messageId: 'await', line: 1, column: 11, endLine: 1, endColumn: 16 }],
      },
      {
        code: 'const x = () => 1;',
        options: [{ text: '() => 1' }],
        output: 'const x = await (() => 1);',
        errors: [{ messageId: 'await', line: 1, column: 11, endLine: 1, endColumn: 18 }],
      },
      {
        code: 'let v; const x = v = p;',
        options: [{ text: 'v = p' }],
        output: 'let v; const x = await (v = p);',
        errors: [{ messageId: 'await', line: 1, column: 18, endLine: 1, endColumn: 23 }],
      },
      {
        code: 'const x = (a, b);',
        options: [{ text: 'a, b' }],
        output: 'const x = (await (a, b));',
        errors: [{ messageId: 'await', line: 1, column: 12, endLine: 1, endColumn: 16 }],
      },
      {
        code: 'async function* g() { const x = yield 1; }',
        options: [{ text: 'yield 1' }],
        output: 'async function* g() { const x = await (yield 1); }',
        errors: [{ messageId: 'await', line: 1, column: 33, endLine: 1, endColumn: 40 }],
      },
      {
        code: 'const x = a /* or */ || b;',
        options: [{ text: 'a /* or */ || b' }],
        output: 'const x = await (a /* or */ || b);',
        errors: [{ messageId: 'await', line: 1, column: 11, endLine: 1, endColumn: 26 }],
      },
      // Strong operands stay bare.
      {
        code: 'const x = obj.load;',
        options: [{ text: 'obj.load' }],
        output: 'const x = await obj.load;',
        errors: [{ messageId: 'await', line: 1, column: 11, endLine: 1, endColumn: 19 }],
      },
      {
        code: 'const x = new Loader();',
        options: [{ text: 'new Loader()' }],
        output: 'const x = await new Loader();',
        errors: [{ messageId: 'await', line: 1, column: 11, endLine: 1, endColumn: 23 }],
      },
      {
        code: 'const x = -n;',
        options: [{ text: '-n' }],
        output: 'const x = await -n;',
        errors: [{ messageId: 'await', line: 1, column: 11, endLine: 1, endColumn: 13 }],
      },
      {
        code: 'const x = a?.b();',
        options: [{ text: 'a?.b()' }],
        output: 'const x = await a?.b();',
        errors: [{ messageId: 'await', line: 1, column: 11, endLine: 1, endColumn: 17 }],
      },
      {
        code: 'const x = (a?.b()).c;',
        options: [{ text: 'a?.b()' }],
        output: 'const x = (await a?.b()).c;',
        errors: [{ messageId: 'await', line: 1, column: 12, endLine: 1, endColumn: 18 }],
      },
      // Caller-given text: strong unless said otherwise.
      {
        code: 'const x = load();',
        options: [{ text: 'load()', innerText: 'fs.promises.load()' }],
        output: 'const x = await fs.promises.load();',
        errors: [{ messageId: 'await', line: 1, column: 11, endLine: 1, endColumn: 17 }],
      },
      {
        code: 'const x = load().size;',
        options: [{ text: 'load()', innerText: 'cached ?? fetchIt()', innerIsStrong: false }],
        output: 'const x = (await (cached ?? fetchIt())).size;',
        errors: [{ messageId: 'await', line: 1, column: 11, endLine: 1, endColumn: 17 }],
      },
      // Places that are not an await operand's business: `new` callee, shorthand property.
      {
        code: 'const x = new Ctor();',
        options: [{ text: 'Ctor' }],
        output: 'const x = new (await Ctor)();',
        errors: [{ messageId: 'await', line: 1, column: 15, endLine: 1, endColumn: 19 }],
      },
      {
        code: 'const x = { value, other: 1 };',
        options: [{ text: 'value' }],
        output: 'const x = { value: await value, other: 1 };',
        errors: [{ messageId: 'await', line: 1, column: 13, endLine: 1, endColumn: 18 }],
      },
      // A property of the awaited value.
      {
        code: 'const x = run(cmd);',
        options: [{ text: 'run(cmd)', innerText: 'exec(cmd)', resultProperty: 'stdout' }],
        output: 'const x = (await exec(cmd)).stdout;',
        errors: [{ messageId: 'await', line: 1, column: 11, endLine: 1, endColumn: 19 }],
      },
      {
        code: 'const x = !run(cmd);',
        options: [{ text: 'run(cmd)', innerText: 'exec(cmd)', resultProperty: 'stdout' }],
        output: 'const x = !(await exec(cmd)).stdout;',
        errors: [{ messageId: 'await', line: 1, column: 12, endLine: 1, endColumn: 20 }],
      },
    ],
  });
});

describe('fixWithAwait: ASI in no-semicolon code', () => {
  ruleTester.run('await-sync', awaitSync, {
    valid: [],
    invalid: [
      {
        code: 'let a = b\nsync().x',
        output: 'let a = b\n;(await async()).x',
        errors: [{ messageId: 'await', line: 2, column: 1, endLine: 2, endColumn: 7 }],
      },
      {
        code: 'let a = b;\nsync().x;',
        output: 'let a = b;\n(await async()).x;',
        errors: [{ messageId: 'await', line: 2, column: 1, endLine: 2, endColumn: 7 }],
      },
      {
        code: 'sync().x',
        output: '(await async()).x',
        errors: [{ messageId: 'await', line: 1, column: 1, endLine: 1, endColumn: 7 }],
      },
      {
        code: 'g()\nsync().x.y()',
        output: 'g()\n;(await async()).x.y()',
        errors: [{ messageId: 'await', line: 2, column: 1, endLine: 2, endColumn: 7 }],
      },
      {
        code: 'const o = {}\nsync()[0] = 1',
        output: 'const o = {}\n;(await async())[0] = 1',
        errors: [{ messageId: 'await', line: 2, column: 1, endLine: 2, endColumn: 7 }],
      },
      {
        code: 'const f = function () {}\nsync()`x`',
        output: 'const f = function () {}\n;(await async())`x`',
        errors: [{ messageId: 'await', line: 2, column: 1, endLine: 2, endColumn: 7 }],
      },
      {
        code: '"use strict"\nsync().x',
        output: '"use strict"\n;(await async()).x',
        errors: [{ messageId: 'await', line: 2, column: 1, endLine: 2, endColumn: 7 }],
      },
      // No `;` where the previous statement cannot continue.
      {
        code: 'if (a) {}\nsync().x',
        output: 'if (a) {}\n(await async()).x',
        errors: [{ messageId: 'await', line: 2, column: 1, endLine: 2, endColumn: 7 }],
      },
      {
        code: 'function g() {}\nsync().x',
        output: 'function g() {}\n(await async()).x',
        errors: [{ messageId: 'await', line: 2, column: 1, endLine: 2, endColumn: 7 }],
      },
      {
        code: 'if (a) sync().x\nelse sync().y',
        output: 'if (a) (await async()).x\nelse (await async()).y',
        errors: [
          { messageId: 'await', line: 1, column: 8, endLine: 1, endColumn: 14 },
          { messageId: 'await', line: 2, column: 6, endLine: 2, endColumn: 12 },
        ],
      },
      {
        code: 'i++\nsync().x',
        output: 'i++\n(await async()).x',
        errors: [{ messageId: 'await', line: 2, column: 1, endLine: 2, endColumn: 7 }],
      },
      {
        code: 'import a from "a"\nsync().x',
        output: 'import a from "a"\n(await async()).x',
        errors: [{ messageId: 'await', line: 2, column: 1, endLine: 2, endColumn: 7 }],
      },
      {
        code: 'async function f() {\n  g()\n  sync()\n}',
        output: 'async function f() {\n  g()\n  await async()\n}',
        errors: [{ messageId: 'await', line: 3, column: 3, endLine: 3, endColumn: 9 }],
      },
      {
        code: 'a = b\nc = sync().x',
        output: 'a = b\nc = (await async()).x',
        errors: [{ messageId: 'await', line: 2, column: 5, endLine: 2, endColumn: 11 }],
      },
      {
        code: 'outer: for (;;) {\n  g()\n  if (a) break outer\n  sync().x\n}',
        output: 'outer: for (;;) {\n  g()\n  if (a) break outer\n  (await async()).x\n}',
        errors: [{ messageId: 'await', line: 4, column: 3, endLine: 4, endColumn: 9 }],
      },
    ],
  });
  ruleTester.run('await-text', awaitText, {
    valid: [],
    invalid: [
      {
        code: 'g()\nrun(cmd)',
        options: [{ text: 'run(cmd)', innerText: 'exec(cmd)', resultProperty: 'stdout' }],
        output: 'g()\n;(await exec(cmd)).stdout',
        errors: [{ messageId: 'await', line: 2, column: 1, endLine: 2, endColumn: 9 }],
      },
    ],
  });
});

describe('fixWithAwait: keyword spacing and comments', () => {
  ruleTester.run('await-text', awaitText, {
    valid: [],
    invalid: [
      {
        code: 'async function f() { return[a][0]; }',
        options: [{ text: '[a][0]' }],
        output: 'async function f() { return await [a][0]; }',
        errors: [{ messageId: 'await', line: 1, column: 28, endLine: 1, endColumn: 34 }],
      },
      {
        code: 'async function f() { throw`x`.length; }',
        options: [{ text: '`x`' }],
        output: 'async function f() { throw(await `x`).length; }',
        errors: [{ messageId: 'await', line: 1, column: 27, endLine: 1, endColumn: 30 }],
      },
      {
        code: 'const x = run()in o;',
        options: [{ text: 'run()', innerText: 'key' }],
        output: 'const x = await key in o;',
        errors: [{ messageId: 'await', line: 1, column: 11, endLine: 1, endColumn: 16 }],
      },
    ],
  });
  ruleTester.run('await-sync', awaitSync, {
    valid: [],
    invalid: [
      {
        code: 'const x = sync(/* path */ p, // options\n  o);',
        output: 'const x = await async(/* path */ p, // options\n  o);',
        errors: [{ messageId: 'await', line: 1, column: 11, endLine: 2, endColumn: 5 }],
      },
      {
        code: 'const x = /* before */ sync() /* after */.length; // end',
        output: 'const x = /* before */ (await async()) /* after */.length; // end',
        errors: [{ messageId: 'await', line: 1, column: 24, endLine: 1, endColumn: 30 }],
      },
      {
        code: 'const x = sync /* callee */ (p);',
        output: 'const x = await async /* callee */ (p);',
        errors: [{ messageId: 'await', line: 1, column: 11, endLine: 1, endColumn: 32 }],
      },
    ],
  });
  ruleTester.run('update split by await', splitUpdate, {
    valid: [
      // A variable of the awaiting function's own, a read after the await, the top level of a module.
      'async function f() { let t = 0; t += sync(); return t; }',
      'let t = 0; async function f() { t = sync() + t; }',
      'let t = 0; t += sync();',
      'let t = 0; async function f() { const x = sync() + t; return x; }',
      // Not a read of `t`: a property of that name.
      'let t = 0; async function f(o) { t = o.t + sync(); }',
      // A call on an object: read after the await, not read, a different object, a local object, a
      // read in a function that runs later, the object given to `Object.assign` as a source.
      'const m = new Map(); async function f(k) { m.set(k, sync() + m.get(k)); }',
      'const m = new Map(); async function f(k) { m.set(k, 1 + sync()); }',
      'const m = new Map(); async function f(k, other) { other.set(k, m.get(k) + sync()); }',
      'async function f(k) { const m = new Map(); m.set(k, (m.get(k) ?? 0) + sync()); return m; }',
      'const m = new Map(); async function f(k) { m.set(k, { get: () => m.get(k), n: sync() }); }',
      'const m = { n: 1 }; async function f(o) { Object.assign(o, m, { n: m.n + sync() }); }',
      // A module's exports, which calling one of its functions does not write: a namespace, a Node built-in.
      "import zlib from 'node:zlib';\nasync function f() { return zlib.createBrotliCompress({ params: { [zlib.constants.BROTLI_PARAM_SIZE_HINT]: sync() } }); }",
      "import * as lib from './lib.js';\nasync function f() { return lib.make(lib.size + sync()); }",
      "const fs = require('fs');\nasync function f(p) { fs.writeFileSync(p, fs.readFileSync(p) + sync()); }",
    ],
    invalid: [
      { code: 'let t = 0; async function f() { t += sync(); }', errors: [{ messageId: 'split', data: { target: 't' }, line: 1, column: 38 }] },
      { code: 'let t = 0; async function f() { t = t + sync(); }', errors: [{ messageId: 'split', data: { target: 't' }, line: 1, column: 41 }] },
      { code: 'async function f(o) { o.count += sync().length; }', errors: [{ messageId: 'split', data: { target: 'o.count' }, line: 1, column: 34 }] },
      { code: 'class C { n = 0; async m() { this.n = this.n * sync(); } }', errors: [{ messageId: 'split', data: { target: 'this.n' }, line: 1, column: 48 }] },
      {
        code: 'async function f(xs) { let t = 0; await Promise.all(xs.map(async () => { t += sync(); })); return t; }',
        errors: [{ messageId: 'split', data: { target: 't' }, line: 1, column: 79 }],
      },
      // Read through the arguments of a call that writes the same object: a method call on it, `Object.assign` to it.
      { code: 'const m = new Map(); async function f(k) { m.set(k, (m.get(k) ?? 0) + sync()); }', errors: [{ messageId: 'split', data: { target: 'm' }, line: 1, column: 71 }] },
      { code: 'const xs = []; async function f() { xs.push(xs.length + sync()); }', errors: [{ messageId: 'split', data: { target: 'xs' }, line: 1, column: 57 }] },
      { code: 'class C { async f(k) { this.store.put(k, this.store.get(k) + sync()); } }', errors: [{ messageId: 'split', data: { target: 'this.store' }, line: 1, column: 62 }] },
      { code: 'class C { async f() { Object.assign(this, { n: this.n + sync() }); } }', errors: [{ messageId: 'split', data: { target: 'this' }, line: 1, column: 57 }] },
      // A default import of your own module may be a stateful object.
      {
        code: "import cache from './cache.js';\nasync function f(k) { cache.set(k, cache.get(k) + sync()); }",
        errors: [{ messageId: 'split', data: { target: 'cache' }, line: 2, column: 51 }],
      },
      // … in a callback that runs right away.
      {
        code: 'const m = new Map(); async function f(ks) { m.set(1, ks.map((k) => m.get(k)).length + sync()); }',
        errors: [{ messageId: 'split', data: { target: 'm' }, line: 1, column: 87 }],
      },
    ],
  });
});
