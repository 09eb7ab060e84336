import { ESLintUtils } from '@typescript-eslint/utils';

export interface EventLoopPluginDocs {
  /** Whether the rule is part of `configs.recommended`. */
  recommended: boolean;
  /** The rule reaches its full power with type information, and degrades to a syntactic subset without. */
  requiresTypeChecking: boolean;
}

export const REPOSITORY_URL = 'https://github.com/eslint-plugin-event-loop/eslint-plugin-event-loop';

export const createRule = ESLintUtils.RuleCreator<EventLoopPluginDocs>(
  (name) => `${REPOSITORY_URL}/blob/main/docs/rules/${name}.md`,
);
