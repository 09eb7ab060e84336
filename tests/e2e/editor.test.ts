// End-to-end: the editor. Drives the real ESLint language server (`vscode-eslint-language-server` from
// vscode-langservers-extracted, the engine of the VS Code ESLint extension) over stdio, as the extension
// does, on tests/e2e/projects/editor-workspace: a project whose eslint.config.js adds the built plugin's
// `configs.recommended` in one line with type information (`projectService`). It checks what a user sees:
// the squiggles (pull diagnostics), the lightbulb (quick fixes and suggestions), and fix-all on save
// (`source.fixAll.eslint`), which must give the same text as `eslint --fix`.
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ESLint, type Linter, type Rule } from 'eslint';
import { applyWorkspaceEdit, type CodeAction, type Diagnostic, type LspClient, type Range } from './lsp/client.js';
import { ESLINT_FAILURE_REQUESTS, startEslintServer } from './lsp/eslint-server.js';

const repoRoot = path.resolve(import.meta.dirname, '../..');
const WORKSPACE_FROM_ROOT = 'tests/e2e/projects/editor-workspace';
const workspace = path.join(repoRoot, WORKSPACE_FROM_ROOT);
const FILE = 'src/handlers.ts';
const filePath = path.join(workspace, FILE);
const uri = pathToFileURL(filePath).href;
const source = readFileSync(filePath, 'utf8');

/** Any one request to the server; the first diagnostics start TypeScript and take a few seconds. */
const REQUEST_TIMEOUT = 60_000;

const distEntry = path.join(repoRoot, 'dist', 'index.js');
const built = existsSync(distEntry);
if (!built) {
  console.warn('tests/e2e/editor.test.ts skipped: dist/index.js is missing; run `npm run build` first (`npm test` does).');
}

interface BuiltPlugin {
  rules: Record<string, Rule.RuleModule>;
  configs: { recommended: Linter.Config };
}
// The plugin as the workspace's config loads it: the rules the server runs are those of its recommended preset.
const plugin: BuiltPlugin | undefined = built ? ((await import(pathToFileURL(distEntry).href)) as { default: BuiltPlugin }).default : undefined;
const activeRules = new Set(Object.keys(plugin?.configs.recommended.rules ?? {}));

const NO_SYNC = 'event-loop/no-sync-in-async';
const ERROR = 1; // LSP DiagnosticSeverity.Error (the preset sets our rules to 'error')

/** Rules that another session is writing: checked once they are in the recommended preset. */
const GUARDED_RULES = [
  // `JSON.stringify(loadSettings())`
  { id: 'event-loop/no-floating-promise-result', lines: [22] },
  // `stretchPassword(…)` (marked @cpuHeavy) and the 1 000 000-step loop in `checksum`
  { id: 'event-loop/prefer-worker-offload', lines: [26, 31] },
];

describe.skipIf(!built)('the ESLint language server on a workspace using configs.recommended', () => {
  let server: LspClient;
  let diagnostics: Diagnostic[];
  /** What ESLint's Node API reports for the same file with the same config. */
  let eslintMessages: Linter.LintMessage[];
  /** The file after `eslint --fix` (ESLint's Node API with `fix: true` and `outputFixes`) on a copy. */
  let fixedByEslint: string;

  beforeAll(async () => {
    eslintMessages = (await new ESLint({ cwd: workspace }).lintFiles([FILE]))[0]!.messages;
    fixedByEslint = await fixCopyWithEslint();

    server = await startEslintServer(workspace, REQUEST_TIMEOUT);
    await server.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'typescript', version: 1, text: source } });
    const report = await server.request<{ kind: string; items: Diagnostic[] }>('textDocument/diagnostic', { textDocument: { uri } });
    expect(report.kind).toBe('full');
    diagnostics = report.items;
  }, 4 * REQUEST_TIMEOUT);

  afterAll(async () => {
    await server?.stop();
  }, 2 * REQUEST_TIMEOUT);

  it('loads ESLint and the workspace config without complaint', () => {
    expect(server.serverRequests.filter((request) => (ESLINT_FAILURE_REQUESTS as readonly string[]).includes(request.method))).toEqual([]);
    expect(server.log.filter((line) => /error|fail/iu.test(line))).toEqual([]);
    expect(server.notifications.filter((n) => n.method === 'eslint/status').map((n) => (n.params as { state: number }).state)).toEqual([1]);
  });

  it('shows the no-sync-in-async findings at their ranges with our messages', () => {
    const docs = { href: docsUrl('no-sync-in-async') };
    expect(diagnostics.filter((d) => d.code === NO_SYNC), server.log.join('\n')).toEqual([
      {
        message: '`readFileSync` blocks the event loop inside async function `readGreeting`; use `await fs.promises.readFile` instead.',
        severity: ERROR,
        source: 'eslint',
        range: range(5, 15, 5, 44),
        code: NO_SYNC,
        codeDescription: docs,
      },
      {
        message:
          '`existsSync` blocks the event loop inside async function `hasLockFile`; its async form is `await fs.promises.access(…).then(() => true, () => false)`, but check how the result is used: there is no async `exists`; `access` also fails when the file exists but is not accessible.',
        severity: ERROR,
        source: 'eslint',
        range: range(10, 9, 10, 50),
        code: NO_SYNC,
        codeDescription: docs,
      },
      {
        message: '`execSync` blocks the event loop inside async function `gitVersion`; its async form is `await promisify(exec)` from `node:child_process`, but check how the result is used: `exec` resolves `{ stdout, stderr }` with strings by default and does not pass stderr through to the parent; execSync returns a Buffer unless an encoding is given.',
        severity: ERROR,
        source: 'eslint',
        range: range(14, 9, 14, 56),
        code: NO_SYNC,
        codeDescription: docs,
      },
    ]);
  });

  for (const { id, lines } of GUARDED_RULES) {
    if (activeRules.has(id)) {
      it(`shows the ${id} findings on line${lines.length > 1 ? 's' : ''} ${lines.map((line) => line + 1).join(', ')}`, () => {
        expect(diagnostics.filter((d) => d.code === id).map((d) => d.range.start.line)).toEqual(lines);
      });
    } else {
      it(`shows no ${id} findings while the rule is not in configs.recommended`, () => {
        expect(diagnostics.filter((d) => d.code === id)).toEqual([]);
      });
    }
  }

  it('shows every finding exactly as ESLint reports it, and nothing else', () => {
    expect(diagnostics).toEqual(eslintMessages.map(asDiagnostic));
  });

  it('offers the no-sync-in-async quick fix, which writes the awaited async twin', async () => {
    const readFileFinding = diagnostics.filter((d) => d.code === NO_SYNC)[0]!;
    const actions = await codeActionsFor(readFileFinding);
    expect(actions.map((action) => action.title)).toEqual([
      `Fix this ${NO_SYNC} problem`,
      `Disable ${NO_SYNC} for this line`,
      `Disable ${NO_SYNC} for the entire file`,
      `Show documentation for ${NO_SYNC}`,
      'Fix all auto-fixable problems',
    ]);
    const fix = actions[0]!;
    expect(fix).toMatchObject({ kind: 'quickfix', isPreferred: true, diagnostics: [readFileFinding] });
    expect(await applyCommandOf(fix)).toBe(
      replaceOnce(source, "  const text = fs.readFileSync(file, 'utf8');", "  const text = await fs.promises.readFile(file, 'utf8');"),
    );
  });

  it('offers the existsSync rewrite as a suggestion titled with our suggestion message, not as a fix', async () => {
    const existsFinding = diagnostics.filter((d) => d.code === NO_SYNC)[1]!;
    const actions = await codeActionsFor(existsFinding);
    const suggestion =
      'Replace with `await fs.promises.access(…).then(() => true, () => false)`';
    expect(actions.map((action) => action.title)).toEqual([
      `${suggestion} (${NO_SYNC})`,
      `Disable ${NO_SYNC} for this line`,
      `Disable ${NO_SYNC} for the entire file`,
      `Show documentation for ${NO_SYNC}`,
    ]);
    expect(actions[0]).toMatchObject({ kind: 'quickfix', diagnostics: [existsFinding] });
    expect(actions[0]!.isPreferred).toBeUndefined();
    expect(await applyCommandOf(actions[0]!)).toBe(
      replaceOnce(
        source,
        '  return fs.existsSync(`${dir}/package-lock.json`);',
        '  return await fs.promises.access(`${dir}/package-lock.json`).then(() => true, () => false);',
      ),
    );
  });

  it('offers the execSync rewrite as a suggestion that also edits the imports', async () => {
    const execFinding = diagnostics.filter((d) => d.code === NO_SYNC)[2]!;
    const actions = await codeActionsFor(execFinding);
    const suggestion =
      'Replace with `await promisify(exec)`';
    expect(actions.map((action) => action.title)).toEqual([
      `${suggestion} (${NO_SYNC})`,
      `Disable ${NO_SYNC} for this line`,
      `Disable ${NO_SYNC} for the entire file`,
      `Show documentation for ${NO_SYNC}`,
    ]);
    expect(actions[0]).toMatchObject({ kind: 'quickfix', diagnostics: [execFinding] });
    let expected = replaceOnce(
      source,
      "import { execSync } from 'node:child_process';\nimport { stretchPassword } from './hash.js';\n",
      "import { exec } from 'node:child_process';\nimport { stretchPassword } from './hash.js';\nimport { promisify } from 'node:util';\n",
    );
    expected = replaceOnce(
      expected,
      "  return execSync('git --version', { encoding: 'utf8' }).trim();",
      "  return (await promisify(exec)('git --version', { encoding: 'utf8' })).stdout.trim();",
    );
    expect(await applyCommandOf(actions[0]!)).toBe(expected);
  });

  it('offers, for every finding, the fix and the suggestions ESLint computes, with the same edits', async () => {
    for (const [index, diagnostic] of diagnostics.entries()) {
      const message = eslintMessages[index]!;
      const rule = message.ruleId!;
      const actions = await codeActionsFor(diagnostic);
      expect(actions.map((action) => action.title)).toEqual([
        ...(message.fix ? [`Fix this ${rule} problem`] : []),
        ...(message.suggestions ?? []).map((suggestion) => `${suggestion.desc} (${rule})`),
        `Disable ${rule} for this line`,
        `Disable ${rule} for the entire file`,
        `Show documentation for ${rule}`,
        ...(message.fix ? ['Fix all auto-fixable problems'] : []),
      ]);
      const fixes = [...(message.fix ? [message.fix] : []), ...(message.suggestions ?? []).map((suggestion) => suggestion.fix)];
      for (const [position, fix] of fixes.entries()) {
        expect(await applyCommandOf(actions[position]!), `${rule} at line ${message.line}, action ${position}`).toBe(applyEslintFix(source, fix));
      }
    }
  });

  it('fixes all on save (source.fixAll.eslint) to the same text as eslint --fix, leaving suggestions alone', async () => {
    const actions = await server.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: range(0, 0, 0, 0),
      context: { diagnostics: [], only: ['source.fixAll.eslint'], triggerKind: 2 },
    });
    expect(actions.map(({ title, kind }) => ({ title, kind }))).toEqual([{ title: 'Fix all fixable ESLint issues', kind: 'source.fixAll.eslint' }]);
    const fixed = applyWorkspaceEdit(source, uri, actions[0]!.edit!);
    expect(fixed).toBe(fixedByEslint);
    expect(fixed).toContain("  const text = await fs.promises.readFile(file, 'utf8');");
    expect(fixed).toContain('  return fs.existsSync(`${dir}/package-lock.json`);');
    expect(fixed).toContain("  return execSync('git --version', { encoding: 'utf8' }).trim();");
  });

  it('fixes all through the "Fix all auto-fixable problems" command to the same text as eslint --fix', async () => {
    const actions = await codeActionsFor(diagnostics.find((d) => d.code === NO_SYNC)!);
    const fixAll = actions.find((action) => action.title === 'Fix all auto-fixable problems')!;
    expect(fixAll.command).toMatchObject({ command: 'eslint.applyAllFixes' });
    expect(await applyCommandOf(fixAll)).toBe(fixedByEslint);
  });

  it('leaves the fixture untouched', () => {
    expect(readFileSync(filePath, 'utf8')).toBe(source);
  });

  it('shuts down cleanly on shutdown and exit', async () => {
    expect(await server.stop()).toBe(0);
  });

  /** The code actions the lightbulb shows for one diagnostic. */
  function codeActionsFor(diagnostic: Diagnostic): Promise<CodeAction[]> {
    return server.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: diagnostic.range,
      context: { diagnostics: [diagnostic], triggerKind: 1 },
    });
  }

  /** Runs the action's command, as the editor does on a click, and applies the edit the server sends back. */
  async function applyCommandOf(action: CodeAction): Promise<string> {
    expect(action.edit, `'${action.title}' comes as a command, not an edit`).toBeUndefined();
    return applyWorkspaceEdit(source, uri, await server.executeCommandForEdit(action.command!));
  }
});

/**
 * Runs `eslint --fix` on the editor file through ESLint's Node API, in a temporary copy of the workspace
 * laid out as in the repository (so its config's `../../../../dist/index.js` and the packages resolve
 * through links to the repository's dist/ and node_modules/), and returns the fixed text.
 */
async function fixCopyWithEslint(): Promise<string> {
  const tempRoot = mkdtempSync(path.join(os.tmpdir(), 'event-loop-editor-'));
  try {
    const copy = path.join(tempRoot, WORKSPACE_FROM_ROOT);
    cpSync(workspace, copy, { recursive: true });
    symlinkSync(path.join(repoRoot, 'dist'), path.join(tempRoot, 'dist'), 'junction');
    symlinkSync(path.join(repoRoot, 'node_modules'), path.join(tempRoot, 'node_modules'), 'junction');
    const results = await new ESLint({ cwd: copy, fix: true }).lintFiles([FILE]);
    expect(results[0]!.output, 'eslint --fix changed the file').toBeDefined();
    await ESLint.outputFixes(results);
    return readFileSync(path.join(copy, FILE), 'utf8');
  } finally {
    rmSync(tempRoot, { recursive: true, force: true });
  }
}

/** An ESLint message as the server shows it: 0-based positions, our docs link. */
function asDiagnostic(message: Linter.LintMessage): Diagnostic {
  const name = message.ruleId!.replace(/^event-loop\//u, '');
  return {
    message: message.message,
    severity: message.severity === 2 ? 1 : 2,
    source: 'eslint',
    range: range(message.line - 1, message.column - 1, message.endLine! - 1, message.endColumn! - 1),
    code: message.ruleId!,
    codeDescription: { href: docsUrl(name) },
  };
}

function docsUrl(rule: string): string {
  const url = plugin?.rules[rule]?.meta?.docs?.url;
  if (!url) throw new Error(`The built plugin has no docs URL for ${rule}.`);
  return url;
}

function range(startLine: number, startCharacter: number, endLine: number, endCharacter: number): Range {
  return { start: { line: startLine, character: startCharacter }, end: { line: endLine, character: endCharacter } };
}

function applyEslintFix(text: string, fix: Rule.Fix): string {
  return text.slice(0, fix.range[0]) + fix.text + text.slice(fix.range[1]);
}

/** `text` with `before` (which must occur exactly once) replaced by `after`. */
function replaceOnce(text: string, before: string, after: string): string {
  const at = text.indexOf(before);
  if (at === -1 || text.indexOf(before, at + 1) !== -1) throw new Error(`Expected exactly one occurrence of ${JSON.stringify(before)}.`);
  return text.slice(0, at) + after + text.slice(at + before.length);
}
