// Linting without type information: `@typescript-eslint/parser` without `projectService`, and ESLint's
// default parser (espree) on JavaScript. Every registered rule runs; none may crash or produce a fatal
// message, direct `node:fs` calls are still reported, and nothing that only types could prove is.
import path from 'node:path';
import type { ESLint } from 'eslint';
import { createESLint, describeMessage, projectsDir, relativeFile } from '../support/lint-project.js';

const dir = path.join(projectsDir, 'untyped-app');

/** What the syntax alone proves, as `file:line:column rule/messageId`, for JavaScript files. */
const JAVASCRIPT_FINDINGS = [
  'src/legacy.cjs:6:10 event-loop/no-sync-in-async/syncInAsync',
  'src/tool.js:6:10 event-loop/no-sync-in-async/syncInAsyncValueDiffers',
  'src/tool.js:9:37 event-loop/no-sync-in-async/syncInAsync',
];

/** The same for TypeScript files (bcrypt.hashSync, loadUser().name, the @cpuHeavy call and the local readFileSync stay silent). */
const TYPESCRIPT_FINDINGS = [
  'src/server.ts:9:16 event-loop/no-sync-in-async/syncInAsync',
  'src/server.ts:10:3 event-loop/no-sync-in-async/syncInAsync',
];

function findings(results: readonly ESLint.LintResult[]): string[] {
  return results
    .flatMap((result) => result.messages.map((message) => describeMessage(relativeFile(dir, result), message)))
    .sort();
}

function linted(results: readonly ESLint.LintResult[]): string[] {
  return results.map((result) => relativeFile(dir, result)).sort();
}

describe('@typescript-eslint/parser without projectService', () => {
  let results: ESLint.LintResult[];
  beforeAll(async () => {
    results = await createESLint(dir, { parser: 'untyped' }).lintFiles(['.']);
  });

  it('lints every file without a fatal message', () => {
    expect(linted(results)).toEqual([
      'src/hash.ts',
      'src/legacy.cjs',
      'src/local.ts',
      'src/server.ts',
      'src/tool.js',
      'src/users.ts',
    ]);
    expect(results.flatMap((result) => result.messages.filter((message) => message.fatal === true || message.ruleId === null))).toEqual([]);
  });

  it('reports exactly what the syntax proves', () => {
    expect(findings(results)).toEqual([...JAVASCRIPT_FINDINGS, ...TYPESCRIPT_FINDINGS].sort());
  });
});

describe("ESLint's default parser (espree) on .js and .cjs files", () => {
  let results: ESLint.LintResult[];
  beforeAll(async () => {
    results = await createESLint(dir, { parser: 'espree' }).lintFiles(['src/**/*.js', 'src/**/*.cjs']);
  });

  it('lints every JavaScript file without a fatal message', () => {
    expect(linted(results)).toEqual(['src/legacy.cjs', 'src/tool.js']);
    expect(results.flatMap((result) => result.messages.filter((message) => message.fatal === true || message.ruleId === null))).toEqual([]);
  });

  it('reports exactly what the syntax proves', () => {
    expect(findings(results)).toEqual(JAVASCRIPT_FINDINGS);
  });
});
