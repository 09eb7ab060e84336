import { describe, expect, it } from 'vitest';
import type { TSESTree } from '@typescript-eslint/utils';
import { followsOptionalLink } from '../../src/analysis/ast-walk.js';
import { probeNodes } from './harness.js';

// Whether an optional link before a call `target(…)` or a member `.m`/`[k]` can stop it: its arguments
// and key are then not evaluated, and its value is `undefined`.
function stoppedOf(code: string, selector: string): boolean[] {
  return probeNodes(`declare const a: any, f: any, k: any;\n${code}`, (node) => followsOptionalLink(node as TSESTree.MemberExpression | TSESTree.CallExpression), {
    selector,
  });
}

describe('followsOptionalLink', () => {
  it.each([
    ['a?.target(1);'],
    ['a?.b.target(1);'],
    ['a.target?.(1);'],
    ['a?.b!.target(1);'],
    ['f?.().target(1);'],
  ])('%s: the call can be stopped', (code) => {
    expect(stoppedOf(code, 'CallExpression[callee.property.name="target"], CallExpression[callee.name="target"]')).toEqual([true]);
  });

  it.each([['a.target(1);'], ['a.target(1)?.b;'], ['a.b(a?.c).target(1);'], ['(a?.b).target(1);']])('%s: the call cannot', (code) => {
    expect(stoppedOf(code, 'CallExpression[callee.property.name="target"]')).toEqual([false]);
  });

  it('a member with its key: only links at or before it count', () => {
    expect(stoppedOf('a?.b[k]; a.b[k]?.c; a[k];', 'MemberExpression[property.name="k"]')).toEqual([true, false, false]);
  });
});
