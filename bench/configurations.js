// The configurations `npm run bench` compares, each linting the whole corpus with type
// information (corpus/setup.js): (a) the baseline — type information and one cheap type-aware
// rule — then typescript-eslint's promise rules, eslint-plugin-n's no-sync, and our rules.
import tseslint from 'typescript-eslint';
import n from 'eslint-plugin-n';
import { loadOurRules, ourRules, readCorpusList } from '../corpus/setup.js';

const typescriptEslint = { '@typescript-eslint': tseslint.plugin };
const baselineRules = { '@typescript-eslint/await-thenable': 'error' };
const promiseRules = {
  '@typescript-eslint/no-floating-promises': 'error',
  '@typescript-eslint/no-misused-promises': 'error',
};

/** Every typescript-eslint rule of its `recommendedTypeChecked` preset, at the preset's levels. */
const presetRules = Object.fromEntries(
  tseslint.configs.recommendedTypeChecked
    .flatMap((config) => Object.entries(config.rules ?? {}))
    .filter(([rule]) => rule.startsWith('@typescript-eslint/')),
);

async function ourRuleEntries(includeUnregistered) {
  const { meta, rules } = await loadOurRules({ includeUnregistered });
  const options = readCorpusList().ruleOptions ?? {};
  const entries = Object.fromEntries(
    Object.keys(rules).map((name) => [`event-loop/${name}`, ['error', ...(options[name] ?? [])]]),
  );
  return { plugin: { meta, rules }, entries };
}

/**
 * name → `{ label, optional?, timesRule?, build(options) }`; `build` returns the `plugins` and
 * `rules` to lint with. Optional configurations run only when asked for (`--presets`); those with
 * `timesRule` run once, with TIMING=all, for that rule's time alone (not in the CPU table).
 */
export const configurations = {
  baseline: {
    label: '(a) baseline: type information + @typescript-eslint/await-thenable',
    build: async () => ({ plugins: typescriptEslint, rules: baselineRules }),
  },
  promises: {
    label: '(b) (a) + @typescript-eslint/no-floating-promises, no-misused-promises',
    build: async () => ({ plugins: typescriptEslint, rules: { ...baselineRules, ...promiseRules } }),
  },
  'no-sync': {
    label: '(c) (b) + n/no-sync',
    build: async () => ({
      plugins: { ...typescriptEslint, n },
      rules: { ...baselineRules, ...promiseRules, 'n/no-sync': 'error' },
    }),
  },
  ours: {
    label: '(d) (a) + our rules',
    build: async ({ includeUnregistered = false } = {}) => {
      const { plugin, entries } = await ourRuleEntries(includeUnregistered);
      return { plugins: { ...typescriptEslint, 'event-loop': plugin }, rules: { ...baselineRules, ...entries } };
    },
  },
  presets: {
    label: "(e) typescript-eslint's recommendedTypeChecked rules",
    optional: true,
    build: async () => ({ plugins: typescriptEslint, rules: presetRules }),
  },
  'presets+ours': {
    label: '(f) (e) + our rules',
    optional: true,
    build: async ({ includeUnregistered = false } = {}) => {
      const { plugin, entries } = await ourRuleEntries(includeUnregistered);
      return { plugins: { ...typescriptEslint, 'event-loop': plugin }, rules: { ...presetRules, ...entries } };
    },
  },
  // Each rule alone on the baseline: its TIMING is everything it makes the checker do, whereas with
  // other type-aware rules the first rule to ask for a type pays for the checking behind it.
  'alone:no-floating-promises': {
    label: '(a) + @typescript-eslint/no-floating-promises alone',
    timesRule: '@typescript-eslint/no-floating-promises',
    build: async () => ({
      plugins: typescriptEslint,
      rules: { ...baselineRules, '@typescript-eslint/no-floating-promises': 'error' },
    }),
  },
  ...Object.fromEntries(
    ourRules.map((rule) => [
      `alone:${rule}`,
      {
        label: `(a) + event-loop/${rule} alone`,
        timesRule: `event-loop/${rule}`,
        build: async ({ includeUnregistered = false } = {}) => {
          const { plugin, entries } = await ourRuleEntries(includeUnregistered);
          const entry = entries[`event-loop/${rule}`];
          return { plugins: { ...typescriptEslint, 'event-loop': plugin }, rules: { ...baselineRules, ...(entry ? { [`event-loop/${rule}`]: entry } : {}) } };
        },
      },
    ]),
  ),
};
