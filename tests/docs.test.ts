// The examples in the rule docs are linted with the real rules and type information (style.md
// habit 10): every block under a ❌ heading must get at least one report of its rule, every block
// under a ✅ heading none. Each block becomes its own module in a temp TypeScript project (the
// project service only sees files its tsconfig includes), and one ESLint run lints them all.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ESLint, Linter } from 'eslint';
import { extractExamples, type DocExample } from './support/doc-examples.js';
import { createESLint, linkTypes, registeredRuleNames, relativeFile, resetTypedParser, repoRoot } from './support/lint-project.js';

interface Doc {
  readonly rule: string;
  readonly examples: DocExample[];
  /** Why the doc could not be read, when it could not. */
  readonly error?: string;
}

function readDoc(rule: string): Doc {
  const file = path.join(repoRoot, 'docs', 'rules', `${rule}.md`);
  if (!fs.existsSync(file)) return { rule, examples: [], error: `docs/rules/${rule}.md does not exist` };
  try {
    return { rule, examples: extractExamples(fs.readFileSync(file, 'utf8')) };
  } catch (error) {
    return { rule, examples: [], error: `docs/rules/${rule}.md: ${(error as Error).message}` };
  }
}

const docs = registeredRuleNames().map(readDoc);

/** Where each example is written in the temp project, relative to it: `<rule>/<n>-<kind>.<ext>`. */
function exampleFile(rule: string, index: number, example: DocExample): string {
  return `${rule}/${index + 1}-${example.kind}.${example.extension}`;
}

const TSCONFIG = {
  compilerOptions: {
    target: 'ES2022',
    module: 'NodeNext',
    moduleResolution: 'NodeNext',
    lib: ['ES2023'],
    types: ['node'],
    strict: true,
    allowJs: true,
    noEmit: true,
    skipLibCheck: true,
    // every example is a module of its own, even one without import or export
    moduleDetection: 'force',
  },
  include: ['**/*'],
};

let dir: string;
let results: Map<string, Linter.LintMessage[]>;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'event-loop-docs-'));
  fs.writeFileSync(path.join(dir, 'tsconfig.json'), JSON.stringify(TSCONFIG, null, 2));
  fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'doc-examples', private: true, type: 'module' }));
  // Stand-ins for the libraries examples may import (bcrypt, fs-extra, fast-glob …).
  fs.cpSync(path.join(repoRoot, 'tests', 'fixtures', 'node_modules'), path.join(dir, 'node_modules'), { recursive: true });
  linkTypes(dir);

  const extraConfig: Linter.Config[] = [];
  for (const { rule, examples } of docs) {
    fs.mkdirSync(path.join(dir, rule));
    examples.forEach((example, index) => {
      const file = exampleFile(rule, index, example);
      fs.writeFileSync(path.join(dir, file), example.code);
      if (example.options) extraConfig.push({ files: [file], rules: { [`event-loop/${rule}`]: ['error', ...example.options] as Linter.RuleEntry } });
    });
  }
  const linted: ESLint.LintResult[] = await createESLint(dir, { parser: 'typed', extraConfig }).lintFiles(['.']);
  results = new Map(linted.map((result) => [relativeFile(dir, result), result.messages]));
});

afterAll(() => {
  resetTypedParser();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

describe.each(docs)('docs/rules/$rule.md', ({ rule, examples, error }) => {
  it('can be read and has ❌ and ✅ examples', () => {
    expect(error).toBeUndefined();
    expect(examples.filter((example) => example.kind === 'incorrect').length, 'no ❌ Incorrect example').toBeGreaterThan(0);
    expect(examples.filter((example) => example.kind === 'correct').length, 'no ✅ Correct example').toBeGreaterThan(0);
  });

  examples.forEach((example, index) => {
    const title = `${example.kind === 'incorrect' ? '❌' : '✅'} the example at line ${example.line} ${example.kind === 'incorrect' ? 'is reported' : 'is not reported'}`;
    it(title, () => {
      const messages = results.get(exampleFile(rule, index, example));
      expect(messages, 'the example was not linted').toBeDefined();
      const fatal = (messages ?? []).filter((message) => message.fatal === true || message.ruleId === null);
      expect(fatal.map((message) => `${message.line}:${message.column} ${message.message}`)).toEqual([]);
      const reports = (messages ?? [])
        .filter((message) => message.ruleId === `event-loop/${rule}`)
        .map((message) => `${message.line}:${message.column} ${message.message}`);
      if (example.kind === 'incorrect') expect(reports.length, `no report for:\n${example.code}`).toBeGreaterThan(0);
      else expect(reports, `reports for:\n${example.code}`).toEqual([]);
    });
  });
});

describe('extractExamples', () => {
  it('takes the ts/js blocks under ❌ and ✅ headings, with fence options, and nothing else', () => {
    const markdown = [
      '# rule',
      '```ts',
      'ignored();',
      '```',
      '#### ❌ Incorrect',
      '```ts',
      'bad();',
      '```',
      'Some prose.',
      "```cjs option='{\"checkCliModules\": true}'",
      'alsoBad();',
      '```',
      '#### ✅ Correct',
      '````js',
      '```',
      'good();',
      '````',
      '## Options',
      '```js',
      'config();',
      '```',
    ].join('\n');
    expect(extractExamples(markdown)).toEqual([
      { kind: 'incorrect', extension: 'ts', options: undefined, code: 'bad();\n', line: 6 },
      { kind: 'incorrect', extension: 'cjs', options: [{ checkCliModules: true }], code: 'alsoBad();\n', line: 10 },
      { kind: 'correct', extension: 'js', options: undefined, code: '```\ngood();\n', line: 14 },
    ]);
  });

  it('rejects an example that cannot be linted', () => {
    expect(() => extractExamples('#### ❌ Incorrect\n```json\n{}\n```\n')).toThrow('line 2: a ❌ example in `json` cannot be linted; use ts or js');
  });
});
