import { describe, expect, it } from 'vitest';
import type { TSESTree } from '@typescript-eslint/utils';
import { isWriteTarget, valueUseOf } from '../../src/analysis/value-use.js';
import { probeNodes } from './harness.js';

// Which member accesses of `p` are written rather than read: the rule asks more of a write.
function writesOf(code: string): boolean[] {
  return probeNodes(code, (node) => isWriteTarget(node as TSESTree.MemberExpression), {
    selector: 'MemberExpression[object.name="p"]',
  });
}

describe('isWriteTarget', () => {
  it.each([
    ['p.x = 1;', [true]],
    ['p.x += 1;', [true]],
    ['p.x ??= 1;', [true]],
    ['p.x++; --p.y;', [true, true]],
    ['delete p.x;', [true]],
    ['[p.x, [p.y]] = list;', [true, true]],
    ['({ a: p.x, b: { c: p.y } } = o);', [true, true]],
    ['[p.x = 1] = list; [...p.y] = list;', [true, true]],
    ['for (p.x of list); for (p.y in o);', [true, true]],
  ])('%s is a write', (code, expected) => {
    expect(writesOf(`declare const p: any, list: any[], o: any;\n${code}`)).toEqual(expected);
  });

  it.each([
    ['p.x;'],
    ['q = p.x;'],
    ['p.x.y = 1;'], // `p.x` is read, its `y` written
    ['o[p.x] = 1;'],
    ['f(p.x);'],
    ['delete p.x.y;'],
    ['[a = p.x] = list;'],
    ['for (const a of p.x);'],
    ['typeof p.x;'],
  ])('%s is a read', (code) => {
    expect(writesOf(`declare const p: any, q: any, o: any, list: any[], a: any;\ndeclare function f(value: unknown): void;\n${code}`)).toEqual([false]);
  });
});

// A `switch` uses its discriminant as a value only where a `case` is a primitive other than `null`/`undefined`.
function switchUsesOf(code: string): (string | undefined)[] {
  return probeNodes(code, (node) => valueUseOf(node)?.kind, { selector: 'SwitchStatement > Identifier.discriminant' });
}

describe('valueUseOf, switch', () => {
  it.each([
    ["switch (p) { case 'a': break; }"],
    ['switch (p) { case 1: case 2: break; }'],
    ['switch (p) { case -1: break; default: }'],
    ['switch (p) { case `a`: break; }'],
    ['switch (p) { case q: break; case true: break; }'],
  ])('%s compares it', (code) => {
    expect(switchUsesOf(`declare const p: any, q: any;\n${code}`)).toEqual(['switch']);
  });

  it.each([
    ['switch (p) { case q: break; }'],
    ['switch (p) { case null: case undefined: break; }'],
    ['switch (p) { default: }'],
  ])('%s does not', (code) => {
    expect(switchUsesOf(`declare const p: any, q: any;\n${code}`)).toEqual([undefined]);
  });
});

// A default is taken apart only where its target is a pattern.
function defaultUsesOf(code: string): (string | undefined)[] {
  return probeNodes(code, (node) => valueUseOf(node)?.kind, { selector: 'AssignmentPattern > CallExpression.right' });
}

describe('valueUseOf, defaults', () => {
  it('destructures the default of a pattern, in parameters and in patterns', () => {
    expect(defaultUsesOf('declare function load(): any;\nexport function f({ a } = load(), [b] = load(), c = load()) {\n  const [{ d } = load(), e = load()] = [];\n  return [a, b, c, d, e];\n}')).toEqual([
      'destructuring',
      'destructuring',
      undefined,
      'destructuring',
      undefined,
    ]);
  });
});

describe('valueUseOf, switch cases', () => {
  it('compares a case with a literal discriminant only', () => {
    const uses = probeNodes(
      "declare const p: any, q: any;\nswitch (true) { case p: break; }\nswitch (1) { case p: break; }\nswitch (q) { case p: break; }\nswitch (null) { case p: break; }",
      (node) => valueUseOf(node)?.kind,
      { selector: 'SwitchCase > Identifier.test' },
    );
    expect(uses).toEqual(['switch', 'switch', undefined, undefined]);
  });
});
