// `npm run demo`: lints the bundled example app (examples/service) with the plugin's build,
// prints what it finds, then applies `--fix` to a temporary copy, shows the diff, says what
// is left and whether the fixed code still type-checks. The example itself is never changed.
// Exit code 0 unless something crashed (a fatal ESLint message, an exception).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';

const root = fileURLToPath(new URL('..', import.meta.url));
const exampleDir = path.join('examples', 'service');
const example = path.join(root, exampleDir);
const tscBin = path.join(root, 'node_modules', 'typescript', 'bin', 'tsc');
const DIFF_CONTEXT = 3;

const useColor = process.stdout.isTTY === true && !process.env.NO_COLOR;
const paint = (code) => (text) => (useColor ? `\u001b[${code}m${text}\u001b[0m` : text);
const bold = paint('1');
const dim = paint('2');
const underline = paint('4');
const red = paint('31');
const green = paint('32');
const yellow = paint('33');
const cyan = paint('36');

process.exitCode = await main().catch((error) => {
  console.error(red('The demo crashed:'), error);
  return 1;
});

async function main() {
  if (!fs.existsSync(path.join(root, 'dist', 'index.js'))) {
    console.error(red('dist/index.js is missing: run `npm run build` first (`npm run demo` does).'));
    return 1;
  }

  const eslint = new ESLint({ cwd: example, overrideConfigFile: path.join(example, 'eslint.config.js') });
  const rulesOn = await enabledRules(eslint, path.join(example, 'src', 'server.ts'));
  console.log(bold(`Linting ${toPosix(exampleDir)} with eslint-plugin-event-loop`));
  console.log(dim(`rules on: ${rulesOn.join(', ') || '(none)'}`));
  console.log();

  const results = await eslint.lintFiles(['.']);
  const fatal = fatalMessages(results);
  printFindings(results);
  printSummary(results);
  if (fatal > 0) {
    console.error(red(`${fatal} file(s) could not be linted (fatal messages above): stopping before --fix.`));
    return 1;
  }

  return (await fixCopy()) ? 0 : 1;
}

/** The plugin's rules that are on for `file`, as configured by the example. */
async function enabledRules(eslint, file) {
  const config = await eslint.calculateConfigForFile(file);
  return Object.entries(config?.rules ?? {})
    .filter(([id, setting]) => id.startsWith('event-loop/') && severityOf(setting) > 0)
    .map(([id]) => id)
    .sort();
}

function severityOf(setting) {
  const level = Array.isArray(setting) ? setting[0] : setting;
  return typeof level === 'number' ? level : ['off', 'warn', 'error'].indexOf(level);
}

function fatalMessages(results) {
  return results.filter((result) => result.messages.some((message) => message.fatal === true)).length;
}

function printFindings(results) {
  for (const result of results) {
    if (result.messages.length === 0) continue;
    console.log(underline(relativeToRoot(result.filePath)));
    const positions = result.messages.map((message) => `${message.line ?? 0}:${message.column ?? 0}`);
    const width = Math.max(...positions.map((position) => position.length));
    result.messages.forEach((message, index) => {
      const severity = message.severity === 2 ? red('error') : yellow('warn ');
      console.log(
        `  ${dim(positions[index].padEnd(width))}  ${severity}  ${cyan(message.ruleId ?? '(fatal)')}  ${fixKind(message)}`,
      );
      console.log(`      ${message.message}`);
    });
    console.log();
  }
}

/** How a finding gets fixed: by `--fix`, by an editor suggestion, or by hand. */
function fixKind(message) {
  if (message.fix) return green('[fix]');
  if (message.suggestions?.length) return yellow('[suggestion]');
  return dim('[manual]');
}

function printSummary(results) {
  const byRule = new Map();
  for (const message of results.flatMap((result) => result.messages)) {
    const id = message.ruleId ?? '(fatal)';
    const counts = byRule.get(id) ?? { total: 0, fix: 0, suggestion: 0, manual: 0 };
    counts.total++;
    counts[message.fix ? 'fix' : message.suggestions?.length ? 'suggestion' : 'manual']++;
    byRule.set(id, counts);
  }
  const total = [...byRule.values()].reduce((sum, counts) => sum + counts.total, 0);
  const files = results.filter((result) => result.messages.length > 0).length;
  console.log(bold(`${total} finding(s) in ${files} file(s)`));
  const width = Math.max(0, ...[...byRule.keys()].map((id) => id.length));
  for (const [id, counts] of [...byRule].sort(([a], [b]) => a.localeCompare(b))) {
    const parts = [`${counts.fix} fixable`, `${counts.suggestion} with suggestions`, `${counts.manual} manual`];
    console.log(`  ${cyan(id.padEnd(width))}  ${String(counts.total).padStart(3)}  ${dim(`(${parts.join(', ')})`)}`);
  }
  console.log();
}

/**
 * Runs `eslint --fix` on a copy of the example in a temporary directory and reports on it.
 * The copy keeps the repository's shape (examples/service two levels below `dist/` and
 * `node_modules/`, linked back to this checkout) so its config and tsconfig resolve the plugin
 * build, typescript-eslint and @types/node as they do here; the config's `tsconfigRootDir`
 * (`import.meta.dirname`) then points at the copy.
 */
async function fixCopy() {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'event-loop-demo-'));
  try {
    const copy = path.join(tmp, exampleDir);
    fs.cpSync(example, copy, { recursive: true });
    fs.symlinkSync(path.join(root, 'node_modules'), path.join(tmp, 'node_modules'), 'junction');
    fs.symlinkSync(path.join(root, 'dist'), path.join(tmp, 'dist'), 'junction');

    const fixer = new ESLint({ cwd: copy, overrideConfigFile: path.join(copy, 'eslint.config.js'), fix: true });
    const results = await fixer.lintFiles(['.']);
    await ESLint.outputFixes(results);
    const changed = results.filter((result) => result.output !== undefined);

    console.log(bold(`eslint --fix on a copy: ${changed.length} file(s) changed`));
    console.log();
    for (const result of changed) {
      const relative = path.relative(copy, result.filePath);
      printDiff(diffFiles(path.join(example, relative), result.filePath, toPosix(path.join(exampleDir, relative))));
    }

    const remaining = results.flatMap((result) => result.messages.map((message) => ({ result, message })));
    console.log(bold(`${remaining.length} finding(s) remain after --fix (suggestions and manual changes):`));
    for (const { result, message } of remaining) {
      const where = `${toPosix(path.join(exampleDir, path.relative(copy, result.filePath)))}:${message.line ?? 0}:${message.column ?? 0}`;
      console.log(`  ${where}  ${cyan(message.ruleId ?? '(fatal)')}  ${fixKind(message)}`);
    }
    console.log();

    const typeCheck = spawnSync(process.execPath, [tscBin, '--noEmit', '-p', path.join(copy, 'tsconfig.json')], {
      encoding: 'utf8',
    });
    if (typeCheck.error) throw typeCheck.error;
    const passes = typeCheck.status === 0;
    console.log(`${bold('Fixed code type-checks:')} ${passes ? green('yes') : red('no')}`);
    if (!passes) console.log(indent(`${typeCheck.stdout}${typeCheck.stderr}`.replaceAll(tmp + path.sep, '').trimEnd()));
    return fatalMessages(results) === 0;
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

/** A unified diff of `before` and `after`, labelled `a/<label>` and `b/<label>`: git's when git is there. */
function diffFiles(before, after, label) {
  const git = spawnSync('git', ['diff', '--no-index', '--no-color', '--no-ext-diff', '--', before, after], {
    encoding: 'utf8',
  });
  if (git.error === undefined && git.status === 1) {
    const lines = git.stdout.split('\n');
    const firstHunk = lines.findIndex((line) => line.startsWith('@@'));
    return [`--- a/${label}`, `+++ b/${label}`, ...lines.slice(firstHunk)].join('\n').trimEnd();
  }
  return unifiedDiff(fs.readFileSync(before, 'utf8'), fs.readFileSync(after, 'utf8'), label);
}

/** A small line diff (longest common subsequence) in unified format, for machines without git. */
function unifiedDiff(beforeText, afterText, label) {
  const a = linesOf(beforeText);
  const b = linesOf(afterText);
  const common = Array.from({ length: a.length + 1 }, () => new Uint32Array(b.length + 1));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      common[i][j] = a[i] === b[j] ? common[i + 1][j + 1] + 1 : Math.max(common[i + 1][j], common[i][j + 1]);
    }
  }
  // Walk the table: keep common lines, removals before additions. aLine/bLine: lines of a/b before this one.
  const ops = [];
  for (let i = 0, j = 0; i < a.length || j < b.length; ) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      ops.push({ mark: ' ', text: a[i], aLine: i, bLine: j });
      i++;
      j++;
    } else if (i < a.length && (j === b.length || common[i + 1][j] >= common[i][j + 1])) {
      ops.push({ mark: '-', text: a[i], aLine: i, bLine: j });
      i++;
    } else {
      ops.push({ mark: '+', text: b[j], aLine: i, bLine: j });
      j++;
    }
  }
  const changes = ops.flatMap((op, index) => (op.mark === ' ' ? [] : [index]));
  const out = [`--- a/${label}`, `+++ b/${label}`];
  for (let first = 0; first < changes.length; ) {
    let last = first;
    while (last + 1 < changes.length && changes[last + 1] - changes[last] <= 2 * DIFF_CONTEXT + 1) last++;
    const hunk = ops.slice(Math.max(0, changes[first] - DIFF_CONTEXT), Math.min(ops.length, changes[last] + DIFF_CONTEXT + 1));
    const aCount = hunk.filter((op) => op.mark !== '+').length;
    const bCount = hunk.filter((op) => op.mark !== '-').length;
    out.push(`@@ -${range(hunk[0].aLine, aCount)} +${range(hunk[0].bLine, bCount)} @@`, ...hunk.map((op) => op.mark + op.text));
    first = last + 1;
  }
  return out.join('\n');
}

function linesOf(text) {
  return (text.endsWith('\n') ? text.slice(0, -1) : text).split('\n');
}

/** A hunk range as diff writes it: 1-based start, and the line before when the range is empty. */
function range(start, count) {
  return count === 0 ? `${start},0` : count === 1 ? `${start + 1}` : `${start + 1},${count}`;
}

function printDiff(diff) {
  for (const line of diff.split('\n')) {
    if (line.startsWith('---') || line.startsWith('+++')) console.log(bold(line));
    else if (line.startsWith('@@')) console.log(cyan(line));
    else if (line.startsWith('+')) console.log(green(line));
    else if (line.startsWith('-')) console.log(red(line));
    else console.log(line);
  }
  console.log();
}

function relativeToRoot(file) {
  return toPosix(path.relative(root, file));
}

function toPosix(file) {
  return file.split(path.sep).join('/');
}

function indent(text) {
  return text
    .split('\n')
    .map((line) => `    ${line}`)
    .join('\n');
}
