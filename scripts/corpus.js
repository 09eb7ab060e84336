// `npm run corpus`: lint real code nobody here wrote with the plugin's rules, and prove `--fix`
// safe on it.
//
// 1. Installs the pinned packages of corpus/packages.json (they publish their TypeScript
//    sources) into a cache outside the repository (corpus/setup.js) and writes one tsconfig per
//    package, so the rules get the type information the packages' authors had.
// 2. Lints every source file with our rules (from dist/: `npm run build` first). Fails on a crash
//    or a fatal message. Prints the reports per rule with a sample of each — file:line, message,
//    source line — for a person to judge, and writes a JSON summary with every report.
// 3. Applies `--fix` to a copy of each package that has fixable reports, and fails if a fixed file
//    no longer parses, type-checks worse (TypeScript diagnostics compared by file, code and
//    message before and after), or changes again on a second `--fix` pass.
//
// Options: --sample N (reports shown per rule, default 12), --json FILE (summary path, default
// <cache>/corpus-summary.json), --include-unregistered (also lint rules that are built in
// dist/rules/ but not registered in the plugin yet), --no-fix (skip step 3).
// Environment: CORPUS_CACHE_DIR overrides the cache directory.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import ts from 'typescript';
import {
  cacheDir,
  countLines,
  ensureInstalled,
  lintConfig,
  loadOurRules,
  ourRules,
  readCorpusList,
  writeOffloadStub,
  writeTsconfigs,
} from '../corpus/setup.js';

const { values: options } = parseArgs({
  options: {
    sample: { type: 'string', default: '12' },
    json: { type: 'string' },
    'include-unregistered': { type: 'boolean', default: false },
    'no-fix': { type: 'boolean', default: false },
  },
});
const sampleSize = Number(options.sample);

const started = performance.now();
const timings = {};
async function timed(name, fn) {
  const t = performance.now();
  try {
    return await fn();
  } finally {
    timings[name] = Math.round(performance.now() - t) / 1000;
  }
}

const failures = [];
function fail(kind, detail) {
  failures.push({ kind, ...detail });
}

// ---------------------------------------------------------------------------------------------
// 1. The corpus.

const list = readCorpusList();
const root = cacheDir();
await timed('install', () => ensureInstalled(root, list));
writeOffloadStub(root);

// The canary: a few lines each rule must report, linted and fixed with the corpus. No report
// in 100 000 lines can mean clean code or a rule that never got type information; the canary
// tells them apart, and its fixes exercise the round trip even when the corpus has none.
const canaryName = 'event-loop-corpus-canary';
const canarySource = `import { readFileSync } from 'node:fs';

async function loadUser(id: string): Promise<{ name: string }> {
  return { name: id };
}

export async function readConfig(file: string): Promise<string> {
  const text = readFileSync(file, 'utf8');
  return text.trim();
}

export async function greeting(id: string): Promise<string> {
  return \`hello \${loadUser(id)}\`;
}

export async function spin(): Promise<number> {
  let sum = 0;
  for (let i = 0; i < 1_000_000; i++) {
    sum += i % 7;
  }
  return sum;
}
`;
/** What the canary must get: one report per rule, at these lines. */
const canaryExpected = { 'no-sync-in-async': [8], 'no-floating-promise-result': [13], 'prefer-worker-offload': [18] };
const canaryDir = path.join(root, 'node_modules', canaryName);
fs.mkdirSync(path.join(canaryDir, 'src'), { recursive: true });
fs.writeFileSync(path.join(canaryDir, 'package.json'), `${JSON.stringify({ name: canaryName, version: '0.0.0', type: 'module', private: true }, null, 2)}\n`);
fs.writeFileSync(path.join(canaryDir, 'src', 'canary.ts'), canarySource);
const canaryPackage = {
  name: canaryName,
  version: '0.0.0',
  what: 'canary: code each rule must report',
  compilerOptions: { module: 'nodenext', moduleResolution: 'nodenext' },
};
const allPackages = writeTsconfigs(root, { packages: [...list.packages, canaryPackage] });
const packages = allPackages.filter((p) => p.name !== canaryName);
const canary = allPackages.find((p) => p.name === canaryName);
const modulesDir = path.join(root, 'node_modules');
/** `mongodb/src/cursor/abstract_cursor.ts`: what a person reading the report needs. */
const shown = (file) => path.relative(modulesDir, file);

console.log(`Corpus (${root}):`);
let totalLines = 0;
for (const pkg of packages) {
  pkg.lines = countLines(pkg.files);
  totalLines += pkg.lines;
  console.log(`  ${`${pkg.name}@${pkg.version}`.padEnd(26)} ${String(pkg.files.length).padStart(4)} files ${String(pkg.lines).padStart(7)} lines  ${pkg.what}`);
}
console.log(`  ${'total'.padEnd(26)} ${String(packages.reduce((n, p) => n + p.files.length, 0)).padStart(4)} files ${String(totalLines).padStart(7)} lines\n`);

// ---------------------------------------------------------------------------------------------
// 2. Lint.

let loaded;
try {
  loaded = await loadOurRules({ includeUnregistered: options['include-unregistered'] });
} catch (error) {
  console.error(`${error.message} (\`npm run corpus\` builds first)`);
  process.exit(1);
}
const { rules, status: ruleStatus } = loaded;
for (const name of ourRules) if (!rules[name]) console.log(`Note: ${name} is not registered in the plugin yet; skipped.`);
const ruleOptions = list.ruleOptions ?? {};
const ruleEntries = Object.fromEntries(
  Object.keys(rules).map((name) => [`event-loop/${name}`, ['error', ...(ruleOptions[name] ?? [])]]),
);
const lintPlugins = { 'event-loop': { meta: loaded.meta, rules } };

function newESLint(cwd, tsconfigs, fix) {
  return new ESLint({
    cwd,
    fix,
    overrideConfigFile: true,
    overrideConfig: lintConfig({ parser: tseslint.parser, tsconfigs, root: cwd, plugins: lintPlugins, rules: ruleEntries }),
  });
}

/** Lints `files`; a rule that throws is a crash: recorded, and the run fails. */
async function lintOrCrash(eslint, files, phase) {
  try {
    return await eslint.lintFiles(files);
  } catch (error) {
    const message = String(error?.stack ?? error);
    fail('crash', { phase, message });
    console.error(`\nCRASH while linting (${phase}):\n${message}\n`);
    return undefined;
  }
}

/** Parse errors and other messages without a rule are fatal: recorded, and the run fails. */
function checkFatal(results, phase, show = shown) {
  for (const result of results) {
    for (const m of result.messages) {
      if (m.fatal || (m.ruleId === null && m.severity === 2)) {
        fail('fatal', { phase, file: show(result.filePath), line: m.line, message: m.message });
        console.error(`FATAL (${phase}) ${show(result.filePath)}:${m.line}: ${m.message}`);
      }
    }
  }
}

const allFiles = allPackages.flatMap((p) => p.files);
console.log(`Linting ${allFiles.length - canary.files.length} files (and the canary) with ${Object.keys(rules).join(', ') || 'no rule'} …`);
const allResults = (await timed('lint', () => lintOrCrash(newESLint(root, allPackages.map((p) => p.tsconfig), false), allFiles, 'lint'))) ?? [];
checkFatal(allResults, 'lint');
const isCanary = (file) => file.startsWith(canary.dir + path.sep);
const results = allResults.filter((r) => !isCanary(r.filePath));

const canaryGot = {};
for (const name of Object.keys(rules)) {
  canaryGot[name] = allResults
    .filter((r) => isCanary(r.filePath))
    .flatMap((r) => r.messages.filter((m) => m.ruleId === `event-loop/${name}`).map((m) => m.line));
  const want = canaryExpected[name];
  if (allResults.length > 0 && JSON.stringify(canaryGot[name]) !== JSON.stringify(want)) {
    fail('canary', { rule: name, expected: want, got: canaryGot[name] });
    console.error(`CANARY: ${name} reported lines [${canaryGot[name]}] of the canary, expected [${want}]: a rule without type information, or a config mistake`);
  }
}

const sourceLines = new Map();
function lineOf(file, line) {
  if (!sourceLines.has(file)) sourceLines.set(file, fs.readFileSync(file, 'utf8').split(/\r?\n/));
  return sourceLines.get(file)[line - 1] ?? '';
}

// Messages of rules that are not ours: ESLint's "Definition for rule … was not found" for the
// packages' own `eslint-disable` comments that name other plugins' rules. Counted, not judged.
const otherMessages = results.reduce(
  (n, r) => n + r.messages.filter((m) => m.ruleId !== null && !m.ruleId.startsWith('event-loop/')).length,
  0,
);
if (otherMessages > 0) console.log(`(${otherMessages} messages about other plugins' rules named in the packages' eslint-disable comments: ignored)`);

const packageOf = (file) => allPackages.find((p) => file.startsWith(p.dir + path.sep))?.name ?? '?';
const reportsByRule = Object.fromEntries(Object.keys(rules).map((name) => [name, []]));
for (const result of results) {
  for (const m of result.messages) {
    const name = m.ruleId?.startsWith('event-loop/') ? m.ruleId.slice('event-loop/'.length) : undefined;
    if (!name || !reportsByRule[name]) continue;
    reportsByRule[name].push({
      file: shown(result.filePath),
      package: packageOf(result.filePath),
      line: m.line,
      column: m.column,
      message: m.message,
      source: lineOf(result.filePath, m.line).trim(),
      fix: m.fix !== undefined,
      suggestions: m.suggestions?.length ?? 0,
    });
  }
}

/** Up to `n` reports, one per file first (so one noisy file does not fill the sample), in file order. */
function sampleOf(reports, n) {
  const picked = [];
  const seen = new Set();
  for (const r of reports) {
    if (picked.length < n && !seen.has(r.file)) {
      seen.add(r.file);
      picked.push(r);
    }
  }
  for (const r of reports) if (picked.length < n && !picked.includes(r)) picked.push(r);
  return picked.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
}

for (const name of ourRules) {
  console.log(`\n== ${name}: ${ruleStatus[name]}`);
  const reports = reportsByRule[name];
  if (!reports) continue;
  console.log(`   canary: reported at line(s) [${canaryGot[name]}], expected [${canaryExpected[name]}]`);
  const fixable = reports.filter((r) => r.fix).length;
  const suggesting = reports.filter((r) => r.suggestions > 0).length;
  const byPackage = packages.map((p) => `${p.name} ${reports.filter((r) => r.package === p.name).length}`).join(', ');
  console.log(`   ${reports.length} reports (${fixable} with a fix, ${suggesting} with suggestions): ${byPackage}`);
  const sample = sampleOf(reports, sampleSize);
  if (sample.length < reports.length) console.log(`   sample of ${sample.length} (all in the JSON summary):`);
  for (const r of sample) {
    console.log(`   ${r.file}:${r.line}:${r.column}${r.fix ? ' [fix]' : ''}${r.suggestions ? ` [${r.suggestions} suggestion(s)]` : ''}`);
    console.log(`      ${r.message}`);
    console.log(`      > ${r.source.length > 160 ? `${r.source.slice(0, 157)}...` : r.source}`);
  }
}

// ---------------------------------------------------------------------------------------------
// 3. --fix on a copy: parses, type-checks no worse, and is stable.

const fixSummary = { fixableFiles: 0, changedFiles: [], changedAgain: [], newDiagnostics: [], goneDiagnostics: 0 };

/** `file\tcode\tmessage` for every syntactic and semantic diagnostic of the tsconfig's program. */
function diagnosticKeys(tsconfig, pkgDir, fromRoot) {
  const parsed = ts.getParsedCommandLineOfConfigFile(tsconfig, {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} });
  const program = ts.createProgram({ rootNames: parsed.fileNames, options: parsed.options, projectReferences: parsed.projectReferences });
  const keys = [];
  for (const d of [...program.getConfigFileParsingDiagnostics(), ...program.getOptionsDiagnostics(), ...program.getGlobalDiagnostics(), ...program.getSyntacticDiagnostics(), ...program.getSemanticDiagnostics()]) {
    const file = d.file ? path.relative(d.file.fileName.startsWith(pkgDir) ? pkgDir : fromRoot, d.file.fileName) : '';
    const message = ts.flattenDiagnosticMessageText(d.messageText, '\n').split(fromRoot).join('<root>');
    keys.push(`${file}\tTS${d.code}\t${message}`);
  }
  return keys;
}

/** Diagnostics of the unmodified package, cached per package, TypeScript version and tsconfig. */
function diagnosticsBefore(pkg) {
  const cacheFile = path.join(root, `diagnostics.${pkg.slug}.json`);
  const key = JSON.stringify({ ts: ts.version, version: pkg.version, tsconfig: fs.readFileSync(pkg.tsconfig, 'utf8') });
  if (fs.existsSync(cacheFile)) {
    const cached = JSON.parse(fs.readFileSync(cacheFile, 'utf8'));
    if (cached.key === key) return cached.keys;
  }
  const keys = diagnosticKeys(pkg.tsconfig, pkg.dir, root);
  fs.writeFileSync(cacheFile, JSON.stringify({ key, keys }));
  return keys;
}

/** The keys of `after` that `before` does not have as often (a multiset difference). */
function added(before, after) {
  const counts = new Map();
  for (const k of before) counts.set(k, (counts.get(k) ?? 0) + 1);
  const out = [];
  for (const k of after) {
    const n = counts.get(k) ?? 0;
    if (n > 0) counts.set(k, n - 1);
    else out.push(k);
  }
  return out;
}

const fixableFiles = [...new Set(allResults.filter((r) => r.messages.some((m) => m.fix && m.ruleId?.startsWith('event-loop/'))).map((r) => r.filePath))];
fixSummary.fixableFiles = fixableFiles.length;
if (options['no-fix']) {
  console.log('\n== --fix round trip: skipped (--no-fix)');
} else if (fixableFiles.length === 0) {
  console.log('\n== --fix round trip: no report has a fix; nothing to apply');
} else {
  await timed('fix', async () => {
    const fixRoot = path.join(root, 'fix');
    const affected = allPackages.filter((p) => fixableFiles.some((f) => f.startsWith(p.dir + path.sep)));
    fs.rmSync(fixRoot, { recursive: true, force: true });
    for (const pkg of affected) fs.cpSync(pkg.dir, path.join(fixRoot, 'node_modules', pkg.name), { recursive: true });
    const fixPackages = writeTsconfigs(fixRoot, { packages: [...list.packages, canaryPackage].filter((p) => affected.some((a) => a.name === p.name)) });
    const toCopy = (file) => path.join(fixRoot, path.relative(root, file));
    const fromCopy = (file) => path.join(root, path.relative(fixRoot, file));
    const shownCopy = (file) => shown(fromCopy(file));
    const tsconfigs = fixPackages.map((p) => p.tsconfig);

    console.log(`\n== --fix round trip on a copy (${fixRoot}): ${fixableFiles.length} files with fixes (the canary included)`);
    const fixed = await lintOrCrash(newESLint(fixRoot, tsconfigs, true), fixableFiles.map(toCopy), 'fix');
    if (!fixed) return;
    await ESLint.outputFixes(fixed);
    checkFatal(fixed, 'fix', shownCopy);
    const changed = fixed.filter((r) => r.output !== undefined).map((r) => r.filePath);
    fixSummary.changedFiles = changed.map(shownCopy);
    console.log(`   ${changed.length} files changed`);
    for (const file of changed.slice(0, 3)) {
      let diff = '';
      try {
        execFileSync('diff', ['-u', fromCopy(file), file], { encoding: 'utf8' });
      } catch (error) {
        diff = String(error.stdout ?? '');
      }
      const lines = diff.split('\n').slice(2);
      console.log(`   --- ${shownCopy(file)}\n${lines.slice(0, 30).map((l) => `   ${l}`).join('\n')}${lines.length > 30 ? '\n   …' : ''}`);
    }
    if (changed.length === 0) return;

    const again = await lintOrCrash(newESLint(fixRoot, tsconfigs, true), changed, 'second fix pass');
    if (again) {
      checkFatal(again, 'second fix pass', shownCopy);
      for (const r of again.filter((x) => x.output !== undefined)) {
        fixSummary.changedAgain.push(shownCopy(r.filePath));
        fail('unstable fix', { file: shownCopy(r.filePath) });
        console.error(`UNSTABLE: ${shownCopy(r.filePath)} changes again on a second --fix pass`);
      }
      if (fixSummary.changedAgain.length === 0) console.log('   second --fix pass: no change');
    }

    await timed('typecheck', () => {
      for (const pkg of fixPackages) {
        const original = allPackages.find((p) => p.name === pkg.name);
        const before = diagnosticsBefore(original);
        const after = diagnosticKeys(pkg.tsconfig, pkg.dir, fixRoot);
        const worse = added(before, after);
        fixSummary.goneDiagnostics += added(after, before).length;
        for (const key of worse) {
          const [file, code, message] = key.split('\t');
          fixSummary.newDiagnostics.push({ package: pkg.name, file, code, message });
          fail('type-checks worse', { package: pkg.name, file, code, message });
          console.error(`WORSE: ${pkg.name}/${file} ${code} ${message}`);
        }
        console.log(`   ${pkg.name}: ${before.length} TypeScript diagnostics before, ${after.length} after, ${worse.length} new`);
      }
    });
  });
}

// ---------------------------------------------------------------------------------------------
// Summary.

timings.total = Math.round(performance.now() - started) / 1000;
const summary = {
  date: new Date().toISOString(),
  ok: failures.length === 0,
  node: process.version,
  eslint: ESLint.version,
  typescript: ts.version,
  cache: root,
  packages: packages.map((p) => ({ name: p.name, version: p.version, files: p.files.length, lines: p.lines })),
  lines: totalLines,
  rules: Object.fromEntries(
    ourRules.map((name) => [name, { status: ruleStatus[name], count: reportsByRule[name]?.length ?? 0, reports: reportsByRule[name] ?? [] }]),
  ),
  canary: canaryGot,
  fix: fixSummary,
  otherMessages,
  failures,
  timings,
};
const jsonPath = path.resolve(options.json ?? path.join(root, 'corpus-summary.json'));
fs.writeFileSync(jsonPath, `${JSON.stringify(summary, null, 2)}\n`);
console.log(`\nTimings (s): ${Object.entries(timings).map(([k, v]) => `${k} ${v}`).join(', ')}`);
console.log(`Summary: ${jsonPath}`);
if (failures.length > 0) {
  console.error(`\nCorpus FAILED: ${failures.length} problem(s): ${[...new Set(failures.map((f) => f.kind))].join(', ')}`);
  process.exit(1);
}
console.log('\nCorpus OK: no crash, no fatal message, --fix output parses, type-checks no worse and is stable.');
