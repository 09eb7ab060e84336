// `npm run bench`: what our rules cost on real code (the corpus of `npm run corpus`).
//
// Each configuration of bench/configurations.js lints the whole corpus in a fresh `node` process
// (bench/lint-once.js), rounds × configurations, the order shuffled in every round so that a
// slow spell of a shared machine does not fall on one configuration. Then one more run per
// configuration with TIMING=all gives ESLint's time per rule, and TIMING runs of each of our rules
// and of no-floating-promises alone on the baseline (what each one makes the checker do by itself,
// whichever rule would otherwise ask first), repeated in shuffled rounds: one TIMING run moves by
// ±15 % on a shared machine, so the per-rule ratios use medians. Prints medians of CPU seconds
// (user + sys of the child), wall seconds and peak RSS, the checker's work (types and
// instantiations TypeScript created: a count that load does not move), the per-rule times and the
// work each rule adds alone, the ratios against the targets, and a Markdown block to paste into the
// README's Performance section.
//
// Options: --rounds N (default 2; more rounds give steadier medians), --timing-rounds N (rounds of
// the rules-alone TIMING runs, default 3; with those, 17-23 minutes on the 2-core machine),
// --quick (1 round of each), --no-timing (skip the TIMING runs),
// --presets (two more configurations: typescript-eslint's recommendedTypeChecked rules, and
// those + ours, for what our rules add to a project that already lints with types),
// --include-unregistered (also our rules built in dist/rules but not registered yet),
// --json FILE (results, default <cache>/bench-summary.json), --report FILE (print the tables again
// from such a results file, without linting).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { ESLint } from 'eslint';
import ts from 'typescript';
import { cacheDir, countLines, ensureInstalled, loadOurRules, ourRules, readCorpusList, writeTsconfigs } from '../corpus/setup.js';
import { configurations } from './configurations.js';

const { values: options } = parseArgs({
  options: {
    rounds: { type: 'string', default: '2' },
    'timing-rounds': { type: 'string', default: '3' },
    quick: { type: 'boolean', default: false },
    'no-timing': { type: 'boolean', default: false },
    presets: { type: 'boolean', default: false },
    'include-unregistered': { type: 'boolean', default: false },
    json: { type: 'string' },
    report: { type: 'string' },
  },
});
const saved = options.report ? JSON.parse(fs.readFileSync(options.report, 'utf8')) : undefined;
const rounds = saved?.rounds ?? (options.quick ? 1 : Number(options.rounds));
const timingRounds = saved?.timingRounds ?? (options.quick ? 1 : Number(options['timing-rounds']));
const childScript = fileURLToPath(new URL('lint-once.js', import.meta.url));
const childFlags = options['include-unregistered'] ? ['--include-unregistered'] : [];

/** Targets of issue 5: ours / baseline in CPU, and each of our rules / no-floating-promises. */
const targets = { cpuRatio: 1.03, ruleRatio: 0.5 };

// ---------------------------------------------------------------------------------------------
// Setup and the machine.

const root = cacheDir();
const list = readCorpusList();
if (!saved) ensureInstalled(root, list);
const packages = saved ? [] : writeTsconfigs(root, list);
const packageLabels = saved?.corpus.packages ?? packages.map((p) => `${p.name}@${p.version}`);
const files = saved?.corpus.files ?? packages.reduce((n, p) => n + p.files.length, 0);
const lines = saved?.corpus.lines ?? packages.reduce((n, p) => n + countLines(p.files), 0);
const { status } = await loadOurRules({ includeUnregistered: options['include-unregistered'] });
const tsEslintVersion = JSON.parse(fs.readFileSync(new URL('../node_modules/typescript-eslint/package.json', import.meta.url), 'utf8')).version;

const machine = saved?.machine ?? {
  date: new Date().toISOString(),
  cpu: os.cpus()[0]?.model ?? 'unknown',
  cores: os.cpus().length,
  memoryGiB: Math.round(os.totalmem() / 2 ** 30),
  node: process.version,
  eslint: ESLint.version,
  typescript: ts.version,
  typescriptEslint: tsEslintVersion,
  loadAverageAtStart: os.loadavg().map((x) => Number(x.toFixed(2))),
};
console.log(`Date: ${machine.date}`);
console.log(`Machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB; Node ${machine.node}; ESLint ${machine.eslint}, TypeScript ${machine.typescript}, typescript-eslint ${machine.typescriptEslint}`);
console.log(`Load average at start: ${machine.loadAverageAtStart.join(' ')} (other processes on a shared machine inflate wall time; CPU time much less)`);
console.log(`Corpus: ${packageLabels.join(', ')}: ${files} files, ${lines} lines`);
for (const name of ourRules) if (status[name] !== 'registered') console.log(`Note: ${name}: ${status[name]}`);

// ---------------------------------------------------------------------------------------------
// The runs.

const names = Object.keys(configurations).filter(
  (name) =>
    !configurations[name].timesRule &&
    (saved ? saved.runs.some((run) => run.configuration === name) : options.presets || !configurations[name].optional),
);
const aloneNames = Object.keys(configurations).filter((name) => configurations[name].timesRule);
function shuffled(items) {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}
const plan = [];
for (let round = 1; round <= rounds; round++) for (const name of shuffled(names)) plan.push({ name, round, timing: false });
if (!options['no-timing']) {
  for (let round = 1; round <= timingRounds; round++) {
    for (const name of shuffled(round === 1 ? [...names, ...aloneNames] : aloneNames)) plan.push({ name, round: `T${round}`, timing: true });
  }
}
if (!saved) {
  console.log(
    `\n${rounds} round(s) × ${names.length} configurations${options['no-timing'] ? '' : ` + ${names.length} TIMING runs + ${timingRounds} round(s) × ${aloneNames.length} TIMING runs of a rule alone`}, each in a fresh process:`,
  );
  for (const name of options['no-timing'] ? names : [...names, ...aloneNames]) console.log(`  ${name.padEnd(9)} ${configurations[name].label}`);
  console.log('');
}

/** ESLint's TIMING table (`Rule | Time (ms) | Relative`) → `{ rule: ms }`. */
function parseTiming(text) {
  const times = {};
  for (const line of text.split('\n')) {
    const m = /^(\S+)\s*\|\s*([\d.]+)\s*\|\s*[\d.]+%\s*$/.exec(line);
    if (m) times[m[1]] = Number(m[2]);
  }
  return times;
}

function runChild({ name, timing }) {
  const env = { ...process.env };
  delete env.TIMING;
  if (timing) env.TIMING = 'all';
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, [childScript, name, ...childFlags], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => {
      const wallSeconds = (performance.now() - started) / 1000;
      const line = stdout.split('\n').find((l) => l.startsWith('{"configuration"'));
      if (code !== 0 || !line) {
        reject(new Error(`${name} exited with ${code}:\n${stderr || stdout}`));
        return;
      }
      resolve({ ...JSON.parse(line), wallSeconds, timing: timing ? parseTiming(stdout) : undefined });
    });
  });
}

const runs = saved?.runs ?? [];
const benchStarted = performance.now();
for (const [i, step] of saved ? [] : plan.entries()) {
  const run = await runChild(step);
  runs.push({ ...run, round: step.round });
  console.log(
    `[${String(i + 1).padStart(2)}/${plan.length}] round ${String(step.round).padEnd(6)} ${step.name.padEnd(9)} cpu ${run.cpuSeconds.toFixed(1).padStart(6)} s  wall ${run.wallSeconds.toFixed(1).padStart(6)} s  rss ${run.maxRssMiB.toFixed(0).padStart(5)} MiB  reports ${JSON.stringify(run.reports)}`,
  );
}

// ---------------------------------------------------------------------------------------------
// Results.

/** Types + instantiations the checkers created in a run; undefined for results saved before it was counted. */
const checkerWork = (run) => (run?.checkerWork ? run.checkerWork.types + run.checkerWork.instantiations : undefined);
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const results = Object.fromEntries(
  names.map((name) => {
    const measured = runs.filter((r) => r.configuration === name && r.timing === undefined);
    const timed = runs.find((r) => r.configuration === name && r.timing !== undefined);
    return [
      name,
      {
        label: configurations[name].label,
        runs: measured.length,
        cpuSeconds: median(measured.map((r) => r.cpuSeconds)),
        cpuMin: Math.min(...measured.map((r) => r.cpuSeconds)),
        cpuMax: Math.max(...measured.map((r) => r.cpuSeconds)),
        wallSeconds: median(measured.map((r) => r.wallSeconds)),
        maxRssMiB: median(measured.map((r) => r.maxRssMiB)),
        checkerWork: measured.every((r) => checkerWork(r) !== undefined) ? median(measured.map(checkerWork)) : undefined,
        reports: measured[0]?.reports ?? {},
        ruleTimesMs: timed?.timing ?? {},
      },
    ];
  }),
);

const f1 = (x) => x.toFixed(1);
const f2 = (x) => x.toFixed(2);
const signed = (x) => (x < 0 ? `−${f1(-x)}` : `+${f1(x)}`);
/** A count in thousands; the few hundred types by which runs differ read as 0. */
const thousands = (x) => (x === undefined ? '–' : `${Math.abs(x) < 500 ? 0 : (x / 1000).toFixed(0)}k`);
const table = [
  '| Configuration | CPU s (median) | CPU s (min–max) | Wall s (median) | Peak RSS MiB (median) | Checker work: types + instantiations |',
  '| :-- | --: | --: | --: | --: | --: |',
  ...names.map((name) => {
    const r = results[name];
    return `| ${r.label} | ${f1(r.cpuSeconds)} | ${f1(r.cpuMin)}–${f1(r.cpuMax)} | ${f1(r.wallSeconds)} | ${r.maxRssMiB.toFixed(0)} | ${thousands(r.checkerWork)} |`;
  }),
];

const ours = results.ours;
const cpuRatio = ours.cpuSeconds / results.baseline.cpuSeconds;
const baselineWork = results.baseline.checkerWork;
const workRatio = ours.checkerWork !== undefined && baselineWork ? ours.checkerWork / baselineWork : undefined;
// Per-rule TIMING shifts with whichever rule asks the checker first; whole-run CPU does not.
const marginalRatio = (ours.cpuSeconds - results.baseline.cpuSeconds) / (results.promises.cpuSeconds - results.baseline.cpuSeconds);
const presetsRatio = results.presets && results['presets+ours'].cpuSeconds / results.presets.cpuSeconds;
const presetsWork = results.presets?.checkerWork;
const presetsWorkRatio = presetsWork && results['presets+ours'].checkerWork !== undefined ? results['presets+ours'].checkerWork / presetsWork : undefined;
/** The TIMING runs of a rule alone on the baseline. */
const aloneRuns = (rule) => runs.filter((r) => r.timing && configurations[r.configuration]?.timesRule === rule && r.timing[rule] !== undefined);
const aloneTimes = (rule) => aloneRuns(rule).map((r) => r.timing[rule]);
const aloneMs = (rule) => (aloneTimes(rule).length ? median(aloneTimes(rule)) : undefined);
const aloneRange = (rule) => `${f1(Math.min(...aloneTimes(rule)))}–${f1(Math.max(...aloneTimes(rule)))}`;
/** The checker work a rule alone adds to the baseline's. */
const addedWork = (rule) => {
  const works = aloneRuns(rule).map(checkerWork);
  return works.length === 0 || works.includes(undefined) || baselineWork === undefined ? undefined : median(works) - baselineWork;
};
const floating = aloneMs('@typescript-eslint/no-floating-promises');
const floatingWork = addedWork('@typescript-eslint/no-floating-promises');
const ruleRows = [];
const ruleRatios = {};
for (const name of ourRules) {
  const ms = aloneMs(`event-loop/${name}`);
  const together = ours.ruleTimesMs[`event-loop/${name}`];
  if (ms === undefined) {
    ruleRows.push(`| event-loop/${name} | ${status[name] === 'registered' ? 'no TIMING run' : 'not registered'} | | | | | |`);
    continue;
  }
  ruleRatios[name] = floating ? ms / floating : undefined;
  const work = addedWork(`event-loop/${name}`);
  ruleRows.push(
    `| event-loop/${name} | ${f1(ms)} | ${aloneRange(`event-loop/${name}`)} | ${together === undefined ? '' : f1(together)} | ${floating ? f2(ms / floating) : '?'} | ${floating && ms / floating <= targets.ruleRatio ? 'met' : 'MISSED'} | ${work !== undefined && floatingWork ? `${thousands(work)} (${f2(Math.abs(work) < 500 ? 0 : work / floatingWork)})` : '–'} |`,
  );
}
const ruleTable = [
  `| Rule (TIMING=all) | ms alone (median) | ms alone (min–max) | ms in (d) | alone ÷ no-floating-promises alone (${floating ? `${f1(floating)} ms, ${aloneRange('@typescript-eslint/no-floating-promises')}` : '?'}) | target ≤ ${targets.ruleRatio} | checker work added alone (÷ no-floating-promises' ${thousands(floatingWork)}) |`,
  '| :-- | --: | --: | --: | --: | :-- | --: |',
  ...ruleRows,
];

console.log('\nPer-rule times from the TIMING runs (ms; the first rule to ask the checker for a type pays for the lazy checking behind it):');
for (const run of runs.filter((r) => r.timing)) {
  const times = Object.entries(run.timing).sort((a, b) => b[1] - a[1]);
  if (times.length) console.log(`  ${run.configuration.padEnd(9)} ${times.map(([rule, ms]) => `${rule} ${f1(ms)}`).join(', ')}`);
}

const machineLine = `${machine.date.slice(0, 10)}, ${machine.cpu} (${machine.cores} cores, ${machine.memoryGiB} GiB), Node ${machine.node}, ESLint ${machine.eslint}, TypeScript ${machine.typescript}, typescript-eslint ${machine.typescriptEslint}; load average at start ${machine.loadAverageAtStart.join(' ')}`;
const summaryLines = [
  `Corpus: ${files} files, ${lines} lines (${packageLabels.join(', ')}); ${rounds} round(s), medians; rules alone: ${Math.max(0, ...ourRules.map((name) => aloneTimes(`event-loop/${name}`).length))} TIMING run(s) each, medians.`,
  `Measured ${machineLine}.`,
  '',
  ...table,
  '',
  `Ours ÷ baseline, CPU: **${f2(cpuRatio)}** (target ≤ ${targets.cpuRatio}: ${cpuRatio <= targets.cpuRatio ? 'met' : 'missed'}); ours − baseline: ${f1(ours.cpuSeconds - results.baseline.cpuSeconds)} s CPU, ${f2(marginalRatio)} × what no-floating-promises + no-misused-promises add (${f1(results.promises.cpuSeconds - results.baseline.cpuSeconds)} s).${workRatio === undefined ? '' : ` Checker work, ours ÷ baseline: ${f2(workRatio)}.`}`,
  ...(presetsRatio === undefined
    ? []
    : [
        '',
        `recommendedTypeChecked + ours ÷ recommendedTypeChecked, CPU: **${f2(presetsRatio)}** (${signed(results['presets+ours'].cpuSeconds - results.presets.cpuSeconds)} s)${presetsWorkRatio === undefined ? '' : `; checker work: ${presetsWorkRatio.toFixed(3)} (+${thousands(results['presets+ours'].checkerWork - presetsWork)})`}.`,
      ]),
  '',
  ...ruleTable,
];
console.log('\n---- paste into README.md, section "Performance" (between the bench markers) ----');
console.log(summaryLines.join('\n'));
console.log('---- end ----');

if (saved) process.exit(0);
const benchSeconds = (performance.now() - benchStarted) / 1000;
console.log(`\nBench took ${f1(benchSeconds / 60)} min; load average at end: ${os.loadavg().map(f2).join(' ')}`);
const jsonPath = path.resolve(options.json ?? path.join(root, 'bench-summary.json'));
fs.writeFileSync(
  jsonPath,
  `${JSON.stringify({ machine, corpus: { files, lines, packages: packageLabels }, rounds, timingRounds, targets, cpuRatio, workRatio, marginalRatio, presetsRatio, presetsWorkRatio, ruleRatios, noFloatingPromisesMs: floating, results, runs, benchSeconds, loadAverageAtEnd: os.loadavg() }, null, 2)}\n`,
);
console.log(`Results: ${jsonPath}`);
