// `npm run screenshot`: renders docs/images/editor-before-after.png, the README's picture of the
// editor squiggles and the `--fix` result. It lints a small handler with the plugin's build (dist/)
// through ESLint's Node API with type information, draws the findings the way an editor does
// (red wavy underlines, the message in a hover box, a problems list), draws the fixed code below
// with the changed text marked, and photographs the page with headless Chromium.
// Run by hand after a change to the rules' messages or fixes; not part of CI.
// Chromium: Debian's `chromium` package, or set CHROMIUM to another Chromium/Chrome binary.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { ESLint } from 'eslint';
import ts from 'typescript';
import tseslint from 'typescript-eslint';

const root = fileURLToPath(new URL('..', import.meta.url));
const output = path.join(root, 'docs', 'images', 'editor-before-after.png');
const chromium = process.env.CHROMIUM || 'chromium';
const PAGE_WIDTH = 960;
const SIZE_BUDGET = 200 * 1024;

/** The file shown in the picture, and the module it imports (not shown). */
const SHOWN_FILE = 'src/orders.ts';
const SOURCES = {
  [SHOWN_FILE]: `import { readFileSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { displayName, loadOrders } from './db.js';

export async function ordersPage(userId: string, res: ServerResponse) {
  const page = readFileSync('views/orders.html', 'utf8');
  const title = \`Orders of \${displayName(userId)}\`;
  const orders = JSON.stringify(loadOrders(userId));
  res.end(page.replace('{{title}}', title).replace('{{orders}}', orders));
}
`,
  'src/db.ts': `export interface Order {
  id: string;
  total: number;
}

export async function loadOrders(userId: string): Promise<Order[]> {
  return [{ id: userId, total: 0 }];
}

export async function displayName(userId: string): Promise<string> {
  return userId;
}
`,
};
/** Which finding (in line order) the hover box shows. */
const HOVERED = 1;

async function main() {
  if (!fs.existsSync(path.join(root, 'dist', 'index.js'))) {
    console.error('dist/index.js is missing: run `npm run build` first (`npm run screenshot` does).');
    return 1;
  }
  const { default: plugin } = await import(pathToFileURL(path.join(root, 'dist', 'index.js')).href);

  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'event-loop-screenshot-'));
  try {
    const project = writeProject(path.join(tmp, 'project'));
    const before = await lint(project, plugin, false);
    const after = await lint(project, plugin, true);
    const fatal = [...before.messages, ...after.messages].find((message) => message.fatal === true);
    if (fatal) throw new Error(`ESLint could not lint the snippet: ${fatal.message}`);
    if (before.messages.length === 0) throw new Error('The plugin reported nothing on the snippet.');
    if (after.output === undefined) throw new Error('--fix changed nothing in the snippet.');

    const page = path.join(tmp, 'page.html');
    fs.writeFileSync(page, renderPage(SOURCES[SHOWN_FILE], before.messages, after.output, after.messages));
    const height = measureHeight(page, path.join(tmp, 'measure-profile'));
    fs.mkdirSync(path.dirname(output), { recursive: true });
    screenshot(page, height, path.join(tmp, 'shot-profile'));

    const size = fs.statSync(output).size;
    console.log(`${path.relative(root, output)}: ${PAGE_WIDTH}x${height}, ${(size / 1024).toFixed(1)} kB`);
    console.log(`${before.messages.length} finding(s) before --fix, ${after.messages.length} after`);
    if (size > SIZE_BUDGET) {
      console.error(`The image is larger than ${SIZE_BUDGET / 1024} kB: shorten the snippet.`);
      return 1;
    }
    return 0;
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

/** A throwaway TypeScript project holding the snippet; Node's types come from this repository. */
function writeProject(dir) {
  for (const [file, text] of Object.entries(SOURCES)) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), text);
  }
  fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'screenshot', private: true, type: 'module' }));
  const compilerOptions = {
    target: 'ES2022',
    module: 'NodeNext',
    moduleResolution: 'NodeNext',
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    types: ['node'],
    typeRoots: [path.join(root, 'node_modules', '@types')],
  };
  fs.writeFileSync(path.join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions, include: ['src'] }, null, 2));
  return dir;
}

/** Lints the shown file with the plugin's recommended config and type information. */
async function lint(project, plugin, fix) {
  const eslint = new ESLint({
    cwd: project,
    overrideConfigFile: true,
    overrideConfig: [
      {
        files: ['**/*.ts'],
        languageOptions: {
          parser: tseslint.parser,
          parserOptions: { projectService: true, tsconfigRootDir: project },
        },
      },
      plugin.configs.recommended,
    ],
    fix,
  });
  const [result] = await eslint.lintFiles([SHOWN_FILE]);
  return { messages: [...result.messages].sort((a, b) => a.line - b.line || a.column - b.column), output: result.output };
}

// ---------------------------------------------------------------------------------------------
// The page

const CSS = `
* { box-sizing: border-box; margin: 0; padding: 0; }
html, body { background: #eef1f5; width: ${PAGE_WIDTH}px; }
body { padding: 16px; font: 13px/1.45 'DejaVu Sans', 'Liberation Sans', sans-serif; color: #cccccc; }
.window { background: #1e1e1e; border-radius: 8px; overflow: hidden; box-shadow: 0 2px 8px rgba(0,0,0,.25); }
.tabs { display: flex; align-items: center; gap: 10px; height: 34px; padding: 0 12px; background: #252526; }
.dots span { display: inline-block; width: 11px; height: 11px; margin-right: 6px; border-radius: 50%; }
.tab { padding: 7px 14px; background: #1e1e1e; color: #ffffff; border-top: 1px solid #0078d4; }
.note { margin-left: auto; color: #9d9d9d; }
.code { padding: 8px 0 10px; font: 13px/20px 'DejaVu Sans Mono', 'Liberation Mono', monospace; }
.line { display: flex; white-space: pre; }
.line.changed { background: rgba(35, 134, 54, .22); }
.gutter { width: 46px; padding-right: 14px; text-align: right; color: #6e7681; flex: none; }
.line.changed .gutter { color: #b5e0be; box-shadow: inset 3px 0 #2ea043; }
.squiggle { text-decoration: underline wavy #f14c4c; text-decoration-skip-ink: none; text-underline-offset: 4px; text-decoration-thickness: 1px; }
.inserted { background: rgba(46, 160, 67, .45); border-radius: 2px; }
.k { color: #569cd6; } .c { color: #c586c0; } .s { color: #ce9178; } .n { color: #b5cea8; }
.f { color: #dcdcaa; } .t { color: #4ec9b0; } .v { color: #9cdcfe; } .p { color: #d4d4d4; } .m { color: #6a9955; }
.hover { position: relative; margin: 7px 0 6px; width: 600px; background: #252526; border: 1px solid #454545; border-radius: 4px;
  box-shadow: 0 4px 12px rgba(0,0,0,.45); font: 13px/1.45 'DejaVu Sans', sans-serif; white-space: normal; }
.hover::before { content: ''; position: absolute; top: -6px; left: 14px; width: 10px; height: 10px; background: #252526;
  border-left: 1px solid #454545; border-top: 1px solid #454545; transform: rotate(45deg); }
.hover .body { padding: 8px 10px; color: #cccccc; }
.hover .source { color: #9d9d9d; }
.hover .actions { padding: 5px 10px; border-top: 1px solid #454545; color: #3794ff; }
.hover .actions span { margin-right: 18px; }
code { font: 12px 'DejaVu Sans Mono', monospace; color: #d7ba7d; }
.problems { border-top: 1px solid #3c3c3c; background: #181818; padding: 6px 0 8px; }
.problems h2 { font: 11px 'DejaVu Sans', sans-serif; letter-spacing: .06em; color: #e7e7e7; padding: 2px 14px 6px; }
.problems h2 b { display: inline-block; min-width: 18px; margin-left: 6px; padding: 0 5px; border-radius: 9px; background: #616161; text-align: center; }
.problem { display: flex; gap: 8px; padding: 2px 14px; }
.problem .icon { color: #f14c4c; flex: none; }
.problem .where { color: #9d9d9d; flex: none; }
.between { padding: 12px 4px; color: #24292f; font-size: 14px; }
.between code { font-size: 13px; color: #24292f; background: #d9dee5; padding: 1px 5px; border-radius: 4px; }
`;

function renderPage(source, messages, fixed, remaining) {
  const hovered = messages[Math.min(HOVERED, messages.length - 1)];
  const changes = changedRanges(source, fixed);
  const beforeLines = codeLines(source, rangeMarks(source, messages, 'squiggle'));
  const afterLines = codeLines(fixed, changes.marks);
  const problemCount = (count) => `${count} problem${count === 1 ? '' : 's'}`;

  const before = beforeLines
    .map((html, index) => {
      const line = lineHtml(index + 1, html, false);
      return index + 1 === hovered.endLine ? line + hoverHtml(hovered) : line;
    })
    .join('');
  const after = afterLines.map((html, index) => lineHtml(index + 1, html, changes.lines.has(index))).join('');

  return `<!doctype html>
<html><head><meta charset="utf-8"><style>${CSS}</style></head>
<body>
<div class="window">
  ${tabsHtml(path.basename(SHOWN_FILE), `${problemCount(messages.length)} · eslint-plugin-event-loop`)}
  <div class="code">${before}</div>
  <div class="problems"><h2>PROBLEMS<b>${messages.length}</b></h2>${messages.map(problemHtml).join('')}</div>
</div>
<div class="between">After <code>eslint --fix</code> (the same fixes are quick fixes in the editor):</div>
<div class="window">
  ${tabsHtml(path.basename(SHOWN_FILE), `after --fix · ${problemCount(remaining.length)}`)}
  <div class="code">${after}</div>
</div>
<script>document.body.dataset.height = String(Math.ceil(document.documentElement.getBoundingClientRect().height));</script>
</body></html>
`;
}

function tabsHtml(file, note) {
  const dots = ['#ff5f57', '#febc2e', '#28c840'].map((color) => `<span style="background:${color}"></span>`).join('');
  return `<div class="tabs"><div class="dots">${dots}</div><div class="tab">${escapeHtml(file)}</div><div class="note">${escapeHtml(note)}</div></div>`;
}

function lineHtml(number, html, changed) {
  return `<div class="line${changed ? ' changed' : ''}"><span class="gutter">${number}</span><span>${html || ' '}</span></div>`;
}

function hoverHtml(message) {
  const indent = `${46 + 14}px + ${message.column - 1}ch`;
  const fixable = message.fix !== undefined || (message.suggestions?.length ?? 0) > 0;
  return `<div class="hover" style="margin-left: calc(${indent})">
  <div class="body">${inlineCode(message.message)} <span class="source">${escapeHtml(message.ruleId ?? '')}</span></div>
  <div class="actions"><span>View Problem (Alt+F8)</span>${fixable ? '<span>Quick Fix… (Ctrl+.)</span>' : ''}</div>
</div>`;
}

function problemHtml(message) {
  return `<div class="problem"><span class="icon">⊗</span><span>${inlineCode(message.message)} <span class="where">${escapeHtml(message.ruleId ?? '')}</span></span><span class="where">[Ln ${message.line}, Col ${message.column}]</span></div>`;
}

/** Message text with its `code` spans set in monospace. */
function inlineCode(text) {
  return escapeHtml(text).replace(/`([^`]+)`/g, '<code>$1</code>');
}

function escapeHtml(text) {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

// ---------------------------------------------------------------------------------------------
// Code: syntax colours from TypeScript's scanner, plus marks (squiggles, inserted text)

/**
 * The code as one HTML string per line. `marks` is an array of class names (or undefined) per
 * character offset; every run of characters with the same colour and mark becomes one span.
 */
function codeLines(text, marks) {
  const colours = tokenColours(text);
  const lines = [];
  let html = '';
  let run = '';
  let runKey = '';
  const flush = () => {
    if (run === '') return;
    const [colour, mark] = runKey.split('|');
    const classes = [colour, mark].filter(Boolean).join(' ');
    html += classes ? `<span class="${classes}">${escapeHtml(run)}</span>` : escapeHtml(run);
    run = '';
  };
  for (let offset = 0; offset < text.length; offset++) {
    const char = text[offset];
    if (char === '\n') {
      flush();
      lines.push(html);
      html = '';
      runKey = '';
      continue;
    }
    const key = `${colours[offset] ?? ''}|${marks[offset] ?? ''}`;
    if (key !== runKey) {
      flush();
      runKey = key;
    }
    run += char;
  }
  flush();
  if (html !== '') lines.push(html);
  return lines;
}

const CONTROL_KEYWORDS = new Set(['import', 'export', 'from', 'return', 'await', 'if', 'else', 'for', 'while', 'throw']);

/** A colour class per character offset, from TypeScript's scanner (template literals rescanned). */
function tokenColours(text) {
  const colours = new Array(text.length);
  const scanner = ts.createScanner(ts.ScriptTarget.Latest, false, ts.LanguageVariant.Standard, text);
  const braceDepths = [];
  let depth = 0;
  let previous = ts.SyntaxKind.Unknown;
  for (let kind = scanner.scan(); kind !== ts.SyntaxKind.EndOfFileToken; kind = scanner.scan()) {
    if (kind === ts.SyntaxKind.OpenBraceToken) depth++;
    if (kind === ts.SyntaxKind.CloseBraceToken) {
      if (braceDepths.at(-1) === depth) {
        kind = scanner.reScanTemplateToken(false);
        if (kind === ts.SyntaxKind.TemplateTail) braceDepths.pop();
      } else {
        depth--;
      }
    }
    if (kind === ts.SyntaxKind.TemplateHead) braceDepths.push(depth);
    const start = scanner.getTokenStart();
    const end = scanner.getTokenEnd();
    const colour = colourOf(kind, scanner.getTokenText(), text.slice(end).trimStart()[0], previous);
    for (let offset = start; offset < end; offset++) colours[offset] = colour;
    if (kind !== ts.SyntaxKind.WhitespaceTrivia && kind !== ts.SyntaxKind.NewLineTrivia) previous = kind;
  }
  return colours;
}

function colourOf(kind, tokenText, nextChar, previous) {
  const { SyntaxKind } = ts;
  if (kind === SyntaxKind.SingleLineCommentTrivia || kind === SyntaxKind.MultiLineCommentTrivia) return 'm';
  if (kind === SyntaxKind.StringLiteral || (kind >= SyntaxKind.NoSubstitutionTemplateLiteral && kind <= SyntaxKind.TemplateTail)) {
    return 's';
  }
  if (kind === SyntaxKind.NumericLiteral) return 'n';
  if (kind === SyntaxKind.Identifier) {
    if (nextChar === '(') return 'f';
    if (/^[A-Z]/.test(tokenText) || previous === SyntaxKind.ColonToken) return 't';
    return 'v';
  }
  if (kind >= SyntaxKind.FirstKeyword && kind <= SyntaxKind.LastKeyword) {
    if (CONTROL_KEYWORDS.has(tokenText)) return 'c';
    return nextChar === '(' && tokenText !== 'function' ? 'f' : 'k';
  }
  return kind >= SyntaxKind.FirstPunctuation && kind <= SyntaxKind.LastPunctuation ? 'p' : undefined;
}

/** A mark per character offset covering each message's range (1-based lines and columns). */
function rangeMarks(text, messages, mark) {
  const lineStarts = [0];
  for (let offset = 0; offset < text.length; offset++) if (text[offset] === '\n') lineStarts.push(offset + 1);
  const marks = new Array(text.length);
  for (const message of messages) {
    const start = lineStarts[message.line - 1] + message.column - 1;
    const end = lineStarts[(message.endLine ?? message.line) - 1] + (message.endColumn ?? message.column + 1) - 1;
    for (let offset = start; offset < end; offset++) if (text[offset] !== '\n') marks[offset] = mark;
  }
  return marks;
}

/**
 * What `--fix` changed, seen from the fixed text: the lines that are not in the original (a
 * longest-common-subsequence diff of lines), and within each the words that are not in the
 * original line it replaced (the same diff of words), marked `inserted`.
 */
function changedRanges(beforeText, afterText) {
  const lines = new Set();
  const marks = new Array(afterText.length);
  let line = 0;
  let start = 0;
  let removed = [];
  for (const step of diff(beforeText.split('\n'), afterText.split('\n'))) {
    if (step.kind === 'removed') {
      removed.push(step.value);
      continue;
    }
    if (step.kind === 'same') {
      removed = [];
    } else {
      lines.add(line);
      let offset = start;
      for (const word of diff(words(removed.shift() ?? ''), words(step.value))) {
        if (word.kind === 'removed') continue;
        if (word.kind === 'added') for (let index = 0; index < word.value.length; index++) marks[offset + index] = 'inserted';
        offset += word.value.length;
      }
    }
    line++;
    start += step.value.length + 1;
  }
  return { lines, marks };
}

function words(line) {
  return line.match(/\w+|\s+|[^\w\s]/g) ?? [];
}

/** A longest-common-subsequence diff: `same`, `removed` (from a) and `added` (from b) steps. */
function diff(a, b) {
  const common = Array.from({ length: a.length + 1 }, () => new Array(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      common[i][j] = a[i] === b[j] ? common[i + 1][j + 1] + 1 : Math.max(common[i + 1][j], common[i][j + 1]);
    }
  }
  const steps = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      steps.push({ kind: 'same', value: a[i++] });
      j++;
    } else if (j >= b.length || (i < a.length && common[i + 1][j] >= common[i][j + 1])) {
      steps.push({ kind: 'removed', value: a[i++] });
    } else {
      steps.push({ kind: 'added', value: b[j++] });
    }
  }
  return steps;
}

// ---------------------------------------------------------------------------------------------
// Chromium

function chromiumArgs(profile) {
  fs.mkdirSync(profile, { recursive: true });
  return [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--hide-scrollbars',
    '--force-device-scale-factor=1',
    `--user-data-dir=${profile}`,
  ];
}

function runChromium(args) {
  const result = spawnSync(chromium, args, { encoding: 'utf8', timeout: 60_000, maxBuffer: 16 * 1024 * 1024 });
  if (result.error) {
    throw new Error(`Could not run ${chromium} (install Debian's chromium package or set CHROMIUM): ${result.error.message}`);
  }
  if (result.status !== 0) throw new Error(`${chromium} exited with ${result.status}:\n${result.stderr}`);
  return result.stdout;
}

/** The page's height at PAGE_WIDTH, read back from the DOM the page's own script annotated. */
function measureHeight(page, profile) {
  const dom = runChromium([...chromiumArgs(profile), `--window-size=${PAGE_WIDTH},2000`, '--dump-dom', pathToFileURL(page).href]);
  const height = Number(/data-height="(\d+)"/.exec(dom)?.[1]);
  if (!Number.isInteger(height) || height <= 0) throw new Error('Could not measure the page height.');
  return height;
}

function screenshot(page, height, profile) {
  fs.rmSync(output, { force: true });
  runChromium([...chromiumArgs(profile), `--window-size=${PAGE_WIDTH},${height}`, `--screenshot=${output}`, pathToFileURL(page).href]);
  if (!fs.existsSync(output)) throw new Error(`${chromium} did not write ${output}.`);
}

// Last, so that every constant above is initialised before main() runs.
process.exitCode = await main().catch((error) => {
  console.error('The screenshot script crashed:', error);
  return 1;
});
