import { describe, expect, it } from 'vitest';
import type { TSESTree } from '@typescript-eslint/utils';
import { createLoopAnalysis } from '../../src/analysis/hot-loop.js';
import { probeNodes } from './harness.js';

// Trip counts of `for` heads, without type information. Each snippet's first `for` loop is the one counted.
function iterationsOf(code: string): number | undefined {
  const [count] = probeNodes(
    code,
    (node, context) => createLoopAnalysis(context.sourceCode, undefined).iterations(node as TSESTree.ForStatement),
    { selector: 'ForStatement' },
  );
  return count;
}

/** One test a snippet: `[code, the count expected]`. */
function countsAre(entries: readonly (readonly [code: string, expected: number | undefined])[]): void {
  it.each(entries.map(([code, expected]) => ({ code, expected })))('$code → $expected', ({ code, expected }) => {
    expect(iterationsOf(code)).toBe(expected);
  });
}

describe('createLoopAnalysis().iterations', () => {
  describe('relational tests', () => {
    countsAre([
      ['for (let i = 0; i < 1e6; i++) {}', 1_000_000],
      ['for (let i = 1e6; i > 0; i--) {}', 1_000_000],
      ['for (let i = 1e6; i >= 0; i--) {}', 1_000_001],
      ['for (let i = 1e6; 0 < i; i -= 1) {}', 1_000_000],
    ]);
  });

  describe('`!==` and `!=` tests', () => {
    countsAre([
      ['for (let i = 0; i !== 1e6; i++) {}', 1_000_000],
      ['for (let i = 0; 1e6 !== i; i++) {}', 1_000_000],
      ['for (let i = 0; i != 1e6; i += 1) {}', 1_000_000],
      ['for (let i = 1e6; i !== 0; i--) {}', 1_000_000],
      ['for (let i = 1e6; 0 != i; i = i - 1) {}', 1_000_000],
      ['for (let i = 0; i !== 1e6; i += 2) {}', 500_000],
      ['for (let i = 1e6; i !== 0; i -= 4) {}', 250_000],
      ['for (let i = 5; i !== 5; i++) {}', 0],
      // The step jumps over the bound, or walks away from it: the loop never ends.
      ['for (let i = 0; i !== 999_999; i += 2) {}', undefined],
      ['for (let i = 0; i !== 1e6; i--) {}', undefined],
      ['for (let i = 1e6; i !== 0; i++) {}', undefined],
      // Fractions add up inexactly: `i` may never equal the bound.
      ['for (let i = 0; i !== 1e4; i += 0.1) {}', undefined],
      ['for (let i = 0; i !== 1e6 + 0.5; i++) {}', undefined],
      // The counter is written in the body.
      ['for (let i = 0; i !== 1e6; i++) { if (i % 7 === 0) i++; }', undefined],
    ]);
  });

  describe('heads with two variables', () => {
    countsAre([
      ['for (let i = 0, n = 1e6; i < n; i++) {}', 1_000_000],
      ['for (let i = 0, n = 1e6; n > i; i++) {}', 1_000_000],
      ['for (let n = 1e6, i = 0; i !== n; i++) {}', 1_000_000],
      ['for (let i = 0, j = 10; i < 1e6; i++, j--) {}', 1_000_000],
      ['let s = 0;\nfor (let i = 0, n = 1e6; i < n; s += i, i++) {}', 1_000_000],
      ['let j = 0;\nfor (let i = 0; i !== 1e6; i++, j += 2) {}', 1_000_000],
      // The bound is written in the body or the update.
      ['for (let i = 0, n = 1e6; i < n; i++) { if (i % 7 === 0) n--; }', undefined],
      ['for (let i = 0, n = 1e6; i < n; i++, n--) {}', undefined],
      ['for (let i = 0, j = 1e6; i !== j; i++, j--) {}', undefined],
      // The counter is stepped twice, or written by another part of the init.
      ['for (let i = 0, j = 0; i < 1e6; i++, i++) {}', undefined],
      ['for (var i = 0, i = 999_000; i < 1e6; i++) {}', undefined],
      ['for (let i = 0, j = (i = 999_000); i < 1e6; i++) {}', undefined],
      ['for (var i = 0, skip = () => { i += 10; }; i < 1e6; i++) skip();', undefined],
    ]);
  });
});
