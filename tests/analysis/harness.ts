import { Linter } from 'eslint';
import tsParser from '@typescript-eslint/parser';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import type { AsyncPath, FunctionNode } from '../../src/analysis/execution-context.js';

// Runs analysis functions on real ESLint SourceCode (parents, scope manager, ESLint's globals per
// sourceType) by linting a snippet with a one-off rule that calls them.

export type ProbeContext = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;

export interface ProbeOptions {
  /** `file.ts` unless told; the extension decides ESLint's default sourceType (`.cjs` → commonjs). */
  readonly filename?: string;
  readonly sourceType?: 'module' | 'commonjs' | 'script';
  /** The esquery selector of the nodes to probe; by default the calls `target(…)`. */
  readonly selector?: string;
}

export const TARGET_CALL = 'CallExpression[callee.name="target"]';

/** Lints `code` and returns `probe(node, context)` for every node matching the selector, in source order. */
export function probeNodes<T>(
  code: string,
  probe: (node: TSESTree.Node, context: ProbeContext) => T,
  options: ProbeOptions = {},
): T[] {
  const results: T[] = [];
  const rule = {
    create(context: ProbeContext) {
      return {
        [options.selector ?? TARGET_CALL](node: TSESTree.Node): void {
          results.push(probe(node, context));
        },
      };
    },
  };
  const linter = new Linter({ configType: 'flat' });
  const messages = linter.verify(
    code,
    [
      {
        files: ['**/*.ts', '**/*.mts', '**/*.cts', '**/*.js', '**/*.mjs', '**/*.cjs'],
        plugins: { probe: { rules: { probe: rule } } } as never,
        rules: { 'probe/probe': 'error' },
        languageOptions: {
          parser: tsParser as never,
          ...(options.sourceType === undefined ? {} : { sourceType: options.sourceType }),
        },
      },
    ],
    { filename: options.filename ?? 'file.ts' },
  );
  if (messages.length > 0) {
    throw new Error(`lint of probe snippet failed: ${messages.map((message) => message.message).join('; ')}`);
  }
  return results;
}

/** Like `probeNodes`, for a snippet with exactly one matching node. */
export function probeOne<T>(
  code: string,
  probe: (node: TSESTree.Node, context: ProbeContext) => T,
  options: ProbeOptions = {},
): T {
  const results = probeNodes(code, probe, options);
  if (results.length !== 1) {
    throw new Error(`expected exactly one node matching ${options.selector ?? TARGET_CALL}, found ${results.length}`);
  }
  return results[0] as T;
}

/**
 * A function's name in test expectations: a block comment right before it (or before the method/property it is the
 * value of), else its own name, the variable, property, method or field it is assigned to; else 'anonymous'.
 */
export function labelOf(fn: FunctionNode, sourceCode: Readonly<TSESLint.SourceCode>): string {
  const parent = fn.parent;
  const holder =
    (parent.type === AST_NODE_TYPES.MethodDefinition ||
      parent.type === AST_NODE_TYPES.Property ||
      parent.type === AST_NODE_TYPES.PropertyDefinition) &&
    parent.value === fn
      ? parent
      : undefined;
  const comment = [...sourceCode.getCommentsBefore(fn), ...(holder ? sourceCode.getCommentsBefore(holder) : [])].find(
    (candidate) => candidate.type === 'Block',
  );
  if (comment !== undefined) {
    return comment.value.trim();
  }
  if (fn.id != null) {
    return fn.id.name;
  }
  if (holder !== undefined) {
    if (holder.key.type === AST_NODE_TYPES.Identifier) return holder.key.name;
    if (holder.key.type === AST_NODE_TYPES.PrivateIdentifier) return `#${holder.key.name}`;
  }
  if (parent.type === AST_NODE_TYPES.VariableDeclarator && parent.id.type === AST_NODE_TYPES.Identifier) {
    return parent.id.name;
  }
  return 'anonymous';
}

export interface PathSummary {
  readonly fn: string;
  readonly reason: AsyncPath['reason'];
  readonly canAwait: boolean;
  /** `kind`, `kind:method` for array callbacks, then `@label` of the callback; innermost first. */
  readonly callbacks: readonly string[];
}

/** An AsyncPath in comparable form. */
export function summarize(path: AsyncPath | undefined, sourceCode: Readonly<TSESLint.SourceCode>): PathSummary | undefined {
  if (path === undefined) {
    return undefined;
  }
  return {
    fn: labelOf(path.asyncFunction, sourceCode),
    reason: path.reason,
    canAwait: path.canAwait,
    callbacks: path.immediateCallbacks.map(
      (callback) =>
        `${callback.kind}${callback.method === undefined ? '' : `:${callback.method}`}@${labelOf(callback.fn, sourceCode)}`,
    ),
  };
}
