// `node bench/marginal.js [rule] [--sites N] [--skip NodeType,NodeType]`: exactly how much type
// checking one rule adds to the baseline, and where. In one process, on programs built once
// (`parserOptions.programs`), it lints the corpus with the baseline (`npm run bench`'s (a)) and
// the rule switched off, then again with the rule on. Everything the baseline makes the checker
// type is typed by then, so what the second pass creates (types + instantiations) is the rule's own
// cost, and each of the rule's listener calls gets what it created: the use sites that cost the
// most, and the cost by the node type of the listener. (In a normal run, whichever rule asks first
// pays for the checking behind a question, so per-site figures would charge the rule for work the
// baseline does anyway.) It also times each listener call (wall clock, so the load of the machine
// and garbage collection show): the checker's work is the steady measure, the time is what the
// TIMING target counts. `rule` is `no-floating-promise-result` (default), another of ours, or
// `@typescript-eslint/no-floating-promises`. `--skip` leaves out the rule's listeners for those
// node types (`MemberExpression,CallExpression`): what the rule would cost without those positions.
// `--again` lints a third time and times the rule's listeners once more: with everything typed by
// then, that is the rule's own code, the floor no saving on type questions can go below.
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { createProgram } from '@typescript-eslint/parser';
import { cacheDir, corpusPackages, lintConfig, readCorpusList } from '../corpus/setup.js';
import { configurations } from './configurations.js';

const { values: flags, positionals } = parseArgs({
  allowPositionals: true,
  options: { sites: { type: 'string', default: '15' }, skip: { type: 'string', default: '' }, again: { type: 'boolean', default: false } },
});
const rule = positionals[0] ?? 'no-floating-promise-result';
const configuration = configurations[`alone:${rule.replace(/^event-loop\//u, '').replace(/^@typescript-eslint\//u, '')}`];
if (!configuration) {
  console.error(`unknown rule ${rule}: one of ${Object.keys(configurations).filter((name) => name.startsWith('alone:')).map((name) => name.slice(6)).join(', ')}`);
  process.exit(2);
}
const skipped = new Set(flags.skip.split(',').filter(Boolean));

const root = cacheDir();
const packages = corpusPackages(root, readCorpusList());
const programs = packages.map((p) => createProgram(p.tsconfig, root));
const checkers = programs.map((program) => program.getTypeChecker());
const work = () => checkers.reduce((sum, checker) => sum + checker.getTypeCount() + checker.getInstantiationCount(), 0);
const parser = {
  ...tseslint.parser,
  parseForESLint: (code, options) => tseslint.parser.parseForESLint(code, { ...options, project: undefined, programs }),
};

/** Per listener call of the rule: the work it created, by site and by node type. */
const sites = [];
const byType = new Map();
let ruleOn = false;
let totalMs = 0;
let again = false;
const { plugins: builtPlugins, rules } = await configuration.build({});
const measured = configuration.timesRule;
const plugins = Object.fromEntries(
  Object.entries(builtPlugins).map(([prefix, plugin]) => [
    prefix,
    {
      ...plugin,
      rules: Object.fromEntries(
        Object.entries(plugin.rules ?? {}).map(([name, definition]) => [
          name,
          `${prefix}/${name}` === measured ? { ...definition, create: (context) => (ruleOn ? measuredListeners(definition.create(context), context) : {}) } : definition,
        ]),
      ),
    },
  ]),
);

function measuredListeners(listeners, context) {
  return Object.fromEntries(
    Object.entries(listeners)
      .filter(([selector]) => !skipped.has(selector.replace(/:exit$/u, '')))
      .map(([selector, listener]) => [
        selector,
        (node, ...rest) => {
          const before = work();
          const start = performance.now();
          listener(node, ...rest);
          const ms = performance.now() - start;
          const added = work() - before;
          totalMs += ms;
          if (again) return;
          const entry = byType.get(selector) ?? { calls: 0, work: 0, ms: 0 };
          byType.set(selector, { calls: entry.calls + (added > 0 ? 1 : 0), work: entry.work + added, ms: entry.ms + ms });
          if (added === 0 && ms < 2) return;
          const where = `${path.relative(path.join(root, 'node_modules'), context.filename)}:${node.loc?.start.line ?? 0}`;
          sites.push({ added, ms, where, text: context.sourceCode.getText(node).replace(/\s+/gu, ' ').slice(0, 70) });
        },
      ]),
  );
}

const eslint = new ESLint({
  cwd: root,
  overrideConfigFile: true,
  overrideConfig: lintConfig({ parser, tsconfigs: packages.map((p) => p.tsconfig), root, plugins, rules }),
});
const files = packages.flatMap((p) => p.files);
const beforeBaseline = work();
await eslint.lintFiles(files);
const baseline = work() - beforeBaseline;
ruleOn = true;
const beforeRule = work();
await eslint.lintFiles(files);
const added = work() - beforeRule;
const firstMs = totalMs;
let againMs;
if (flags.again) {
  totalMs = 0;
  again = true;
  await eslint.lintFiles(files);
  againMs = totalMs;
}

const k = (n) => `${(n / 1000).toFixed(1)}k`;
console.log(`Corpus: ${files.length} files. Checker work (types + instantiations): baseline ${k(baseline)}; ${measured} adds ${k(added)}${skipped.size > 0 ? ` without its ${[...skipped].join(', ')} listeners` : ''}.`);
console.log(`Time in the rule's listeners: ${Math.round(firstMs)} ms (wall clock, after the baseline pass).`);
if (againMs !== undefined) console.log(`Again on the same programs, with everything typed already: ${Math.round(againMs)} ms (the rule's own code and cached look-ups).`);
console.log('\nBy listener (node type): calls that created types, work, ms');
for (const [selector, entry] of [...byType].sort((a, b) => b[1].work - a[1].work)) {
  console.log(`  ${selector.padEnd(28)} ${String(entry.calls).padStart(6)}  ${k(entry.work).padStart(7)}  ${String(Math.round(entry.ms)).padStart(6)}`);
}
const creating = sites.filter((site) => site.added > 0);
console.log(`\nThe ${flags.sites} costliest sites (of ${creating.length} that created types):`);
for (const site of creating.sort((a, b) => b.added - a.added).slice(0, Number(flags.sites))) {
  console.log(`  ${k(site.added).padStart(7)}  ${site.where}  ${site.text}`);
}
console.log(`\nThe ${flags.sites} slowest sites (ms, work; a garbage collection can land on any site):`);
for (const site of sites.sort((a, b) => b.ms - a.ms).slice(0, Number(flags.sites))) {
  console.log(`  ${site.ms.toFixed(0).padStart(6)}  ${k(site.added).padStart(7)}  ${site.where}  ${site.text}`);
}
