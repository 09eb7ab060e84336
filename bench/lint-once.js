// One measured run of `npm run bench`: lints the whole corpus once, in this fresh process, with
// one configuration (bench/configurations.js) through ESLint's Node API, then prints one JSON
// line: its CPU time, peak memory, lint wall time, report counts per rule, and the checker's work:
// the types and type instantiations TypeScript created, summed over the programs' checkers. Unlike
// time, that count hardly moves from run to run (within a few tenths of a percent), whatever else
// the machine is doing.
// With TIMING=all in the environment ESLint prints its per-rule table when the process exits.
//   node bench/lint-once.js <configuration> [--include-unregistered]
import { performance } from 'node:perf_hooks';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { cacheDir, corpusPackages, lintConfig, readCorpusList } from '../corpus/setup.js';
import { configurations } from './configurations.js';

const [name, ...flags] = process.argv.slice(2);
const configuration = configurations[name];
if (!configuration) {
  console.error(`unknown configuration ${name}: one of ${Object.keys(configurations).join(', ')}`);
  process.exit(2);
}
const root = cacheDir();
const packages = corpusPackages(root, readCorpusList());
const { plugins, rules } = await configuration.build({ includeUnregistered: flags.includes('--include-unregistered') });

/** Every checker the parser hands to the rules (typescript-eslint may rebuild a program, so more than one per tsconfig). */
const checkers = new Set();
const parser = {
  ...tseslint.parser,
  parseForESLint(code, options) {
    const parsed = tseslint.parser.parseForESLint(code, options);
    const program = parsed.services.program;
    if (program) checkers.add(program.getTypeChecker());
    return parsed;
  },
};
const eslint = new ESLint({
  cwd: root,
  overrideConfigFile: true,
  overrideConfig: lintConfig({ parser, tsconfigs: packages.map((p) => p.tsconfig), root, plugins, rules }),
});
const started = performance.now();
const results = await eslint.lintFiles(packages.flatMap((p) => p.files));
const lintSeconds = (performance.now() - started) / 1000;

const reports = {};
let fatal = 0;
for (const result of results) {
  for (const m of result.messages) {
    if (m.fatal || m.ruleId === null) fatal += 1;
    else reports[m.ruleId] = (reports[m.ruleId] ?? 0) + 1;
  }
}
const checkerWork = { types: 0, instantiations: 0 };
for (const checker of checkers) {
  checkerWork.types += checker.getTypeCount();
  checkerWork.instantiations += checker.getInstantiationCount();
}
const usage = process.resourceUsage();
console.log(
  JSON.stringify({
    configuration: name,
    rules: Object.keys(rules),
    cpuSeconds: (usage.userCPUTime + usage.systemCPUTime) / 1e6,
    maxRssMiB: usage.maxRSS / 1024,
    lintSeconds,
    files: results.length,
    reports,
    fatal,
    checkerWork,
  }),
);
