import type { TSESLint } from '@typescript-eslint/utils';
import type { EventLoopPluginDocs } from '../create-rule.js';

type AnyRule = TSESLint.RuleModule<string, readonly unknown[]>;

function docsOf(rule: AnyRule): Partial<EventLoopPluginDocs> {
  return (rule.meta.docs ?? {}) as Partial<EventLoopPluginDocs>;
}

/**
 * The flat-config presets, derived from each rule's `meta.docs` (never hand-listed):
 * `recommended` has the rules whose `docs.recommended` is true, `all` has every rule.
 * They register the plugin themselves, so one line in a user's config is enough.
 */
export function buildConfigs(
  plugin: TSESLint.FlatConfig.Plugin,
  rules: Record<string, AnyRule>,
): Record<'recommended' | 'all', TSESLint.FlatConfig.Config> {
  const ruleIds = (filter: (rule: AnyRule) => boolean): TSESLint.FlatConfig.Rules =>
    Object.fromEntries(
      Object.entries(rules)
        .filter(([, rule]) => filter(rule))
        .map(([name]) => [`event-loop/${name}`, 'error' as const]),
    );
  return {
    recommended: {
      name: 'event-loop/recommended',
      plugins: { 'event-loop': plugin },
      rules: ruleIds((rule) => docsOf(rule).recommended === true),
    },
    all: {
      name: 'event-loop/all',
      plugins: { 'event-loop': plugin },
      rules: ruleIds(() => true),
    },
  };
}
