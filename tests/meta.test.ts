// Consistency of the plugin (style.md habit 11): rule files, the rule map, tests and docs name the
// same rules; each rule's meta follows the house conventions; the plugin's meta and configs are
// derived from package.json and the rules' meta, never hand-synced.
import fs from 'node:fs';
import path from 'node:path';
import type { TSESLint } from '@typescript-eslint/utils';
import plugin from '../src/index.js';
import { rules } from '../src/rules/index.js';
import type { EventLoopPluginDocs } from '../src/create-rule.js';

const root = path.resolve(import.meta.dirname, '..');
const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { name: string; version: string };

/** The base names of the files in `dir` ending in `suffix`, sorted. */
function namesIn(dir: string, suffix: string, except: readonly string[] = []): string[] {
  const full = path.join(root, dir);
  if (!fs.existsSync(full)) return [];
  return fs
    .readdirSync(full)
    .filter((file) => file.endsWith(suffix))
    .map((file) => file.slice(0, -suffix.length))
    .filter((name) => !except.includes(name))
    .sort();
}

const registered = Object.keys(rules).sort();

describe('the same rules everywhere', () => {
  it('src/rules/*.ts are the rules registered in src/rules/index.ts', () => {
    expect(namesIn('src/rules', '.ts', ['index'])).toEqual(registered);
  });

  it('the plugin exports exactly the registered rules', () => {
    expect(Object.keys(plugin.rules).sort()).toEqual(registered);
    for (const name of registered) expect(plugin.rules[name], name).toBe(rules[name]);
  });

  it('each rule has tests/rules/<rule>.test.ts', () => {
    expect(namesIn('tests/rules', '.test.ts')).toEqual(registered);
  });

  it('each rule has docs/rules/<rule>.md', () => {
    expect(namesIn('docs/rules', '.md')).toEqual(registered);
  });
});

describe.each(registered)('rule %s', (name) => {
  const rule = rules[name] as TSESLint.RuleModule<string, readonly unknown[]>;
  const docs = rule.meta.docs as (TSESLint.RuleMetaDataDocs & Partial<EventLoopPluginDocs>) | undefined;
  const source = fs.readFileSync(path.join(root, 'src/rules', `${name}.ts`), 'utf8');

  it('is created with its own name (its docs URL points at docs/rules/<rule>.md)', () => {
    expect(docs?.url).toMatch(new RegExp(`/docs/rules/${name}\\.md$`, 'u'));
  });

  it('has a description in the house pattern', () => {
    expect(docs?.description).toMatch(/^(Enforce|Require|Disallow) .+[^. ]$/u);
  });

  it('says whether it is recommended', () => {
    expect(typeof docs?.recommended).toBe('boolean');
  });

  it('declares requiresTypeChecking exactly when its source calls getTypeInfo(', () => {
    expect(docs?.requiresTypeChecking).toBe(source.includes('getTypeInfo('));
  });

  it('has meta.defaultOptions for every option its schema takes', () => {
    const schema = rule.meta.schema;
    const optionCount = Array.isArray(schema) ? schema.length : schema && typeof schema === 'object' ? 1 : 0;
    if (optionCount === 0) {
      expect(rule.meta.defaultOptions ?? []).toEqual([]);
      return;
    }
    expect(rule.meta.defaultOptions).toBeDefined();
    expect(rule.meta.defaultOptions?.length).toBe(optionCount);
  });
});

describe('the plugin', () => {
  it('has meta { name, version } from package.json and the namespace event-loop', () => {
    expect(plugin.meta).toEqual({ name: pkg.name, version: pkg.version, namespace: 'event-loop' });
  });

  it('configs.recommended has exactly the recommended rules, as errors', () => {
    const recommended = registered.filter((name) => (rules[name]?.meta.docs as Partial<EventLoopPluginDocs> | undefined)?.recommended === true);
    expect(plugin.configs.recommended.rules).toEqual(Object.fromEntries(recommended.map((name) => [`event-loop/${name}`, 'error'])));
  });

  it('configs.all has every rule, as errors', () => {
    expect(plugin.configs.all.rules).toEqual(Object.fromEntries(registered.map((name) => [`event-loop/${name}`, 'error'])));
  });

  it.each(Object.keys(plugin.configs))('configs.%s has a name and registers the plugin under event-loop', (key) => {
    const config = plugin.configs[key as keyof typeof plugin.configs];
    expect(config.name).toBe(`event-loop/${key}`);
    expect(Object.keys(config.plugins ?? {})).toEqual(['event-loop']);
    expect(config.plugins?.['event-loop']).toBe(plugin);
  });
});
