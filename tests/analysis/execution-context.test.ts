import { describe, expect, it } from 'vitest';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import type { TSESTree } from '@typescript-eslint/utils';
import {
  enclosingFunction,
  findAsyncPath,
  returnsPromiseSyntactically,
  type AsyncPathOptions,
  type FunctionNode,
} from '../../src/analysis/execution-context.js';
import { labelOf, probeNodes, probeOne, summarize, type PathSummary, type ProbeOptions } from './harness.js';

function pathOf(code: string, options?: AsyncPathOptions, probeOptions?: ProbeOptions): PathSummary | undefined {
  return probeOne(code, (node, context) => summarize(findAsyncPath(node, options), context.sourceCode), probeOptions);
}

const asyncFn = (fn: string, canAwait: boolean, callbacks: string[] = []): PathSummary => ({
  fn,
  reason: 'async-function',
  canAwait,
  callbacks,
});
const promiseFn = (fn: string, callbacks: string[] = []): PathSummary => ({
  fn,
  reason: 'promise-returning',
  canAwait: false,
  callbacks,
});

interface Case {
  readonly name: string;
  readonly code: string;
  readonly expected: PathSummary | undefined;
}

describe('findAsyncPath', () => {
  const asyncFunctions: Case[] = [
    { name: 'async function declaration', code: 'async function f() { target(); }', expected: asyncFn('f', true) },
    { name: 'async arrow, expression body', code: 'const g = async () => target();', expected: asyncFn('g', true) },
    { name: 'async arrow, block body', code: 'const g = async (a: number) => { return target(a); };', expected: asyncFn('g', true) },
    { name: 'async function expression', code: 'const h = async function () { target(); };', expected: asyncFn('h', true) },
    { name: 'named async function expression', code: 'const h = async function inner() { target(); };', expected: asyncFn('inner', true) },
    { name: 'async class method', code: 'class A { async m() { target(); } }', expected: asyncFn('m', true) },
    { name: 'static async class method', code: 'class A { static async s() { target(); } }', expected: asyncFn('s', true) },
    { name: 'private async class method', code: 'class A { async #p() { target(); } }', expected: asyncFn('#p', true) },
    { name: 'async object literal method', code: 'const o = { async m() { target(); } };', expected: asyncFn('m', true) },
    { name: 'async arrow as object property', code: 'const o = { p: async () => { target(); } };', expected: asyncFn('p', true) },
    { name: 'class property async arrow', code: 'class A { handler = async () => { target(); }; }', expected: asyncFn('handler', true) },
    { name: 'static class property async arrow', code: 'class A { static handler = async () => target(); }', expected: asyncFn('handler', true) },
    { name: 'async generator function', code: 'async function* gen() { yield target(); }', expected: asyncFn('gen', true) },
    {
      name: 'async generator method with computed key',
      code: 'class A { /*iter*/ async *[Symbol.asyncIterator]() { yield target(); } }',
      expected: asyncFn('iter', true),
    },
    {
      name: 'for await body',
      code: 'async function f(xs: AsyncIterable<number>) { for await (const x of xs) { target(x); } }',
      expected: asyncFn('f', true),
    },
    { name: 'next to an await', code: 'async function f() { return (await g()) + target(); }', expected: asyncFn('f', true) },
    { name: 'inside try/catch/finally', code: 'async function f() { try { g(); } catch { } finally { target(); } }', expected: asyncFn('f', true) },
    { name: 'object literal value', code: 'async function f() { return { key: target() }; }', expected: asyncFn('f', true) },
    { name: 'object literal computed key', code: 'async function f() { return { [target()]: 1 }; }', expected: asyncFn('f', true) },
    {
      name: 'computed method key of a class defined in an async function (evaluated there)',
      code: 'async function f() { class A { [target()]() {} } return A; }',
      expected: asyncFn('f', true),
    },
    {
      name: 'class heritage in an async function',
      code: 'async function f() { class A extends target() {} return A; }',
      expected: asyncFn('f', true),
    },
    { name: 'async callback handed to setTimeout', code: 'setTimeout(async () => { target(); }, 10);', expected: asyncFn('anonymous', true) },
    // CommonJS's top-level await: startup, like module top level.
    { name: 'async IIFE at module top level', code: '(async () => { target(); })();', expected: undefined },
    { name: 'async IIFE inside a sync IIFE at top level', code: '(() => { (async () => { target(); })(); })();', expected: undefined },
    {
      name: 'async IIFE inside an async function',
      code: 'async function f() { (/*iife*/ async () => { target(); })(); }',
      expected: asyncFn('iife', true),
    },
    {
      name: 'async IIFE inside a sync function',
      code: 'function f() { (/*iife*/ async () => { target(); })(); }',
      expected: asyncFn('iife', true),
    },
    { name: 'async Promise executor (is itself async)', code: 'new Promise(async (resolve) => { resolve(target()); });', expected: asyncFn('anonymous', true) },
    {
      name: 'async callback of map is its own path',
      code: 'async function f(items: number[]) { await Promise.all(items.map(/*cb*/ async (x) => target(x))); }',
      expected: asyncFn('cb', true),
    },
    {
      name: 'the innermost async function wins',
      code: 'async function outer() { const inner = async () => { target(); }; await inner(); }',
      expected: asyncFn('inner', true),
    },
  ];

  const parameters: Case[] = [
    { name: 'default value of an async function', code: 'async function f(a = target()) { return a; }', expected: asyncFn('f', false) },
    { name: 'default value of an async arrow', code: 'const g = async (a = target()) => a;', expected: asyncFn('g', false) },
    {
      name: 'default inside a destructured parameter',
      code: 'async function f({ a = target() } = {}) { return a; }',
      expected: asyncFn('f', false),
    },
    { name: 'default value of an async method', code: 'class A { async m(a = target()) { return a; } }', expected: asyncFn('m', false) },
    {
      name: 'array callback in a parameter default',
      code: 'async function f(a = [1, 2].map(/*cb*/ (x) => target(x))) { return a; }',
      expected: asyncFn('f', false, ['array-callback:map@cb']),
    },
    {
      name: 'default value of a sync function inside an async one',
      code: 'async function f() { function g(a = target()) { return a; } return g(); }',
      expected: undefined,
    },
  ];

  const notAsync: Case[] = [
    { name: 'module top level', code: 'target();', expected: undefined },
    { name: 'top-level await', code: 'await target();', expected: undefined },
    { name: 'top-level for await', code: 'for await (const x of xs) { target(x); }', expected: undefined },
    { name: 'plain sync function', code: 'function f() { target(); }', expected: undefined },
    { name: 'sync arrow', code: 'const f = () => target();', expected: undefined },
    { name: 'sync class method', code: 'class A { async a() {} b() { target(); } }', expected: undefined },
    {
      name: 'sync function declared inside an async function',
      code: 'async function f() { function inner() { target(); } inner(); }',
      expected: undefined,
    },
    {
      name: 'sync arrow declared inside an async function',
      code: 'async function f() { const g = () => target(); g(); }',
      expected: undefined,
    },
    {
      name: 'setTimeout callback inside an async function',
      code: 'async function f() { setTimeout(() => { target(); }, 10); }',
      expected: undefined,
    },
    {
      name: 'event listener inside an async function',
      code: 'async function f(emitter: NodeJS.EventEmitter) { emitter.on("data", (d) => target(d)); }',
      expected: undefined,
    },
    {
      name: "process.on('exit') handler inside an async function",
      code: 'async function f() { process.on("exit", () => { target(); }); }',
      expected: undefined,
    },
    {
      name: '.then callback inside an async function',
      code: 'async function f(p: Promise<number>) { p.then((v) => target(v)); }',
      expected: undefined,
    },
    { name: 'plain generator', code: 'function* g() { yield target(); }', expected: undefined },
    {
      name: 'plain generator inside an async function',
      code: 'async function f() { function* g() { yield target(); } return [...g()]; }',
      expected: undefined,
    },
    {
      name: 'immediately called generator does not run its body',
      code: 'async function f() { (function* () { yield target(); })(); }',
      expected: undefined,
    },
    {
      name: 'generator as a map callback does not run its body',
      code: 'async function f(items: number[]) { items.map(function* () { yield target(); }); }',
      expected: undefined,
    },
    { name: 'class getter', code: 'class A { get x() { return target(); } }', expected: undefined },
    {
      name: 'object getter inside an async function',
      code: 'async function f() { const o = { get x() { return target(); } }; return o; }',
      expected: undefined,
    },
    { name: 'class setter', code: 'class A { set x(v: number) { target(v); } }', expected: undefined },
    {
      name: 'constructor of a class inside an async function',
      code: 'async function f() { class A { constructor() { target(); } } return new A(); }',
      expected: undefined,
    },
    {
      name: 'instance field initializer inside an async function',
      code: 'async function f() { class A { x = target(); } return new A(); }',
      expected: undefined,
    },
    {
      name: 'static field initializer inside an async function',
      code: 'async function f() { class A { static x = target(); } return A; }',
      expected: undefined,
    },
    {
      name: 'accessor field initializer inside an async function',
      code: 'async function f() { class A { accessor x = target(); } return A; }',
      expected: undefined,
    },
    {
      name: 'class static block inside an async function',
      code: 'async function f() { class A { static { target(); } } return A; }',
      expected: undefined,
    },
    {
      name: 'array callback in a class field initializer',
      code: 'async function f() { class A { x = [1].map((n) => target(n)); } return A; }',
      expected: undefined,
    },
    {
      name: 'IIFE in a class field initializer',
      code: 'async function f() { class A { x = (() => target())(); } return A; }',
      expected: undefined,
    },
    { name: 'sync class property arrow', code: 'class A { h = () => { target(); }; }', expected: undefined },
    { name: 'map callback at top level', code: '[1, 2].map((x) => target(x));', expected: undefined },
    { name: 'map callback in a sync function', code: 'function f(items: number[]) { return items.map((x) => target(x)); }', expected: undefined },
    { name: 'IIFE at top level', code: '(() => { target(); })();', expected: undefined },
    { name: 'IIFE in a sync function', code: 'function f() { (() => { target(); })(); }', expected: undefined },
    { name: 'Promise executor at top level', code: 'const p = new Promise((resolve) => resolve(target()));', expected: undefined },
    {
      name: 'timer inside a Promise executor',
      code: 'async function f() { await new Promise((resolve) => setTimeout(() => resolve(target()), 10)); }',
      expected: undefined,
    },
    {
      name: 'callback of another constructor',
      code: 'async function f() { return new Foo(() => target()); }',
      expected: undefined,
    },
    {
      name: 'function in a second argument of map (thisArg is not called)',
      code: 'async function f(items: number[]) { items.reduce((acc) => acc, () => target()); }',
      expected: undefined,
    },
    {
      name: 'unknown method',
      code: 'async function f(items: any) { items.customMap((x: number) => target(x)); }',
      expected: undefined,
    },
    {
      name: 'Array.from with the function as its source',
      code: 'async function f() { return Array.from(() => target()); }',
      expected: undefined,
    },
    {
      name: 'from() of a constructor that is not an array',
      code: 'async function f(xs: number[]) { return Observable.from(xs, (x: number) => target(x)); }',
      expected: undefined,
    },
  ];

  const arrayMethods = [
    'map',
    'forEach',
    'filter',
    'some',
    'every',
    'find',
    'findIndex',
    'findLast',
    'findLastIndex',
    'flatMap',
    'reduce',
    'reduceRight',
    'sort',
    'toSorted',
  ];
  const immediate: Case[] = [
    ...arrayMethods.map(
      (method): Case => ({
        name: `${method} callback inside an async function`,
        code: `async function f(items: any[]) { items.${method}((a: any, b: any) => target(a, b)); }`,
        expected: asyncFn('f', false, [`array-callback:${method}@anonymous`]),
      }),
    ),
    {
      name: 'Array.from map function',
      code: 'async function f(xs: Iterable<number>) { return Array.from(xs, (x) => target(x)); }',
      expected: asyncFn('f', false, ['array-callback:from@anonymous']),
    },
    {
      name: 'Uint8Array.from map function',
      code: 'async function f(xs: number[]) { return Uint8Array.from(xs, (x) => target(x)); }',
      expected: asyncFn('f', false, ['array-callback:from@anonymous']),
    },
    {
      name: 'computed method name',
      code: 'async function f(items: number[]) { items["map"]((x) => target(x)); }',
      expected: asyncFn('f', false, ['array-callback:map@anonymous']),
    },
    {
      name: 'optional call',
      code: 'async function f(items?: number[]) { items?.map((x) => target(x)); }',
      expected: asyncFn('f', false, ['array-callback:map@anonymous']),
    },
    {
      name: 'function expression callback',
      code: 'async function f(items: number[]) { items.forEach(function each(x) { target(x); }); }',
      expected: asyncFn('f', false, ['array-callback:forEach@each']),
    },
    {
      name: 'callback behind a type assertion',
      code: 'async function f(items: number[]) { items.map(((x: number) => target(x)) as (x: number) => void); }',
      expected: asyncFn('f', false, ['array-callback:map@anonymous']),
    },
    {
      name: 'parameter default of a map callback',
      code: 'async function f(items: number[]) { items.map((x, i = target()) => x + i); }',
      expected: asyncFn('f', false, ['array-callback:map@anonymous']),
    },
    {
      name: 'nested array callbacks, innermost first',
      code: 'async function f(rows: { cells: number[] }[]) { rows.forEach(/*row*/ (row) => row.cells.map(/*cell*/ (c) => target(c))); }',
      expected: asyncFn('f', false, ['array-callback:map@cell', 'array-callback:forEach@row']),
    },
    {
      name: 'array callback in an async method',
      code: 'class A { async m(items: number[]) { return items.filter((x) => target(x)); } }',
      expected: asyncFn('m', false, ['array-callback:filter@anonymous']),
    },
    {
      name: 'Promise executor awaited in an async function',
      code: 'async function f() { await new Promise<void>((resolve) => { target(); resolve(); }); }',
      expected: asyncFn('f', false, ['promise-executor@anonymous']),
    },
    {
      name: 'arrow IIFE',
      code: 'async function f() { (() => { target(); })(); }',
      expected: asyncFn('f', false, ['iife@anonymous']),
    },
    {
      name: 'function IIFE',
      code: 'async function f() { (function () { target(); })(); }',
      expected: asyncFn('f', false, ['iife@anonymous']),
    },
    {
      name: 'negated function IIFE',
      code: 'async function f() { !function run() { target(); }(); }',
      expected: asyncFn('f', false, ['iife@run']),
    },
    {
      name: 'IIFE with .call',
      code: 'async function f() { (function (this: unknown) { target(); }).call(this); }',
      expected: asyncFn('f', false, ['iife@anonymous']),
    },
    {
      name: 'IIFE with .apply',
      code: 'async function f() { (function () { target(); }).apply(undefined, []); }',
      expected: asyncFn('f', false, ['iife@anonymous']),
    },
    {
      name: 'executor, IIFE and map callback stacked',
      code:
        'async function f(items: number[]) { await new Promise<void>(/*exec*/ (resolve) => { (/*iife*/ () => { items.map(/*cb*/ (x) => target(x)); })(); resolve(); }); }',
      expected: asyncFn('f', false, ['array-callback:map@cb', 'iife@iife', 'promise-executor@exec']),
    },
    {
      name: 'async map callback with a sync callback inside',
      code: 'async function f(rows: number[][]) { await Promise.all(rows.map(/*row*/ async (row) => row.forEach(/*cell*/ (c) => target(c)))); }',
      expected: asyncFn('row', false, ['array-callback:forEach@cell']),
    },
  ];

  const promiseReturning: Case[] = [
    {
      name: 'executor in a function that returns it',
      code: 'function wrap() { return new Promise((resolve) => { target(); resolve(1); }); }',
      expected: promiseFn('wrap', ['promise-executor@anonymous']),
    },
    {
      name: 'executor in an arrow whose body is the promise',
      code: 'const wrap = () => new Promise((resolve) => resolve(target()));',
      expected: promiseFn('wrap', ['promise-executor@anonymous']),
    },
    {
      name: 'Promise return type annotation',
      code: 'function f(): Promise<void> { target(); return g(); }',
      expected: promiseFn('f'),
    },
    {
      name: 'PromiseLike return type annotation',
      code: 'const f = (): PromiseLike<number> => { target(); return g(); };',
      expected: promiseFn('f'),
    },
    {
      name: 'method with a Promise return type',
      code: 'class A { m(): Promise<void> { target(); return g(); } }',
      expected: promiseFn('m'),
    },
    { name: 'returns Promise.resolve', code: 'function f() { target(); return Promise.resolve(1); }', expected: promiseFn('f') },
    { name: 'returns Promise.reject', code: 'function f() { target(); return Promise.reject(new Error()); }', expected: promiseFn('f') },
    { name: 'returns Promise.all', code: 'function f() { return Promise.all([target()]); }', expected: promiseFn('f') },
    { name: 'returns Promise.allSettled', code: 'function f() { target(); return Promise.allSettled([]); }', expected: promiseFn('f') },
    { name: 'returns Promise.any', code: 'function f() { target(); return Promise.any([]); }', expected: promiseFn('f') },
    { name: 'returns Promise.race', code: 'function f() { target(); return Promise.race([]); }', expected: promiseFn('f') },
    {
      name: 'returns a promise behind as',
      code: 'function f() { target(); return new Promise((r) => r(1)) as Promise<number>; }',
      expected: promiseFn('f'),
    },
    {
      name: 'returns promises from both branches of ?:',
      code: 'function f(c: boolean) { target(); return c ? Promise.resolve(1) : Promise.reject(new Error()); }',
      expected: promiseFn('f'),
    },
    {
      name: 'returns a promise from one branch of if',
      code: 'function f(c: boolean) { target(); if (c) { return null; } else { return Promise.resolve(1); } }',
      expected: promiseFn('f'),
    },
    {
      name: 'returns a promise from one branch and a value from another',
      code: 'function f(c: boolean, cached: string) { target(); if (c) return cached; return Promise.resolve(cached); }',
      expected: undefined,
    },
    {
      name: 'returns a promise from one branch and a promise chain from another',
      code: 'function f(name: string) { target(); if (!name) return Promise.reject(new Error()); return load(name).then((r) => r); }',
      expected: promiseFn('f'),
    },
    {
      name: 'returns a promise, undefined and void',
      code: 'function f(c: number) { target(); if (c === 1) return undefined; if (c === 2) return void 0; return Promise.resolve(c); }',
      expected: promiseFn('f'),
    },
    {
      name: 'returns a promise from a try block',
      code: 'function f() { try { target(); return Promise.resolve(1); } catch { return null; } }',
      expected: promiseFn('f'),
    },
    {
      name: 'returns a promise from a switch case in a loop',
      code: 'function f(xs: number[]) { for (const x of xs) { switch (x) { case 1: return Promise.resolve(x); } } target(); return null; }',
      expected: promiseFn('f'),
    },
    {
      name: 'getter that returns a promise',
      code: 'class A { get ready() { target(); return Promise.resolve(); } }',
      expected: promiseFn('ready'),
    },
    {
      name: 'deferred callback that returns a promise',
      code: 'emitter.on("x", () => { target(); return Promise.resolve(); });',
      expected: promiseFn('anonymous'),
    },
    {
      name: 'array callback returning a promise is immediate, not promise-returning',
      code: 'function f(items: number[]) { return items.map((x) => Promise.resolve(target(x))); }',
      expected: undefined,
    },
    {
      name: 'returns a promise only from a nested function',
      code: 'function f() { target(); const g = () => { return Promise.resolve(); }; return g; }',
      expected: undefined,
    },
    { name: 'Promise.withResolvers is not a promise', code: 'function f() { target(); return Promise.withResolvers(); }', expected: undefined },
    { name: 'another class named like a promise', code: 'function f() { target(); return new MyPromise(); }', expected: undefined },
    { name: 'one branch of ?: is not a promise', code: 'function f(c: boolean) { target(); return c ? Promise.resolve(1) : 1; }', expected: undefined },
    { name: 'void return type', code: 'function f(): void { target(); }', expected: undefined },
    {
      name: 'generator returning a promise',
      code: 'function* g(): Generator<number, Promise<number>> { yield target(); return Promise.resolve(1); }',
      expected: undefined,
    },
    {
      name: 'constructor returning a promise',
      code: 'class A { constructor() { target(); return Promise.resolve(this); } }',
      expected: undefined,
    },
  ];

  describe.each([
    ['async functions', asyncFunctions],
    ['parameter lists', parameters],
    ['not on an async path', notAsync],
    ['immediately running callbacks', immediate],
    ['promise-returning functions', promiseReturning],
  ])('%s', (_group, cases) => {
    it.each(cases)('$name', ({ code, expected }) => {
      expect(pathOf(code)).toEqual(expected);
    });
  });

  it('gives the function nodes themselves', () => {
    const [result] = probeNodes('async function f(items: number[]) { items.map((x) => target(x)); }', (node) => {
      const path = findAsyncPath(node);
      return {
        asyncFunction: path?.asyncFunction.type,
        callbackParent: path?.immediateCallbacks[0]?.fn.parent.type,
      };
    });
    expect(result).toEqual({ asyncFunction: AST_NODE_TYPES.FunctionDeclaration, callbackParent: AST_NODE_TYPES.CallExpression });
  });

  it('starts above the given node when the node is a function', () => {
    // The arrow itself is created (evaluated) in f; its body is its own business.
    const result = probeOne(
      'async function f() { return () => 1; }',
      (node, context) => summarize(findAsyncPath(node), context.sourceCode),
      { selector: 'ArrowFunctionExpression' },
    );
    expect(result).toEqual(asyncFn('f', true));
  });

  it('works in CommonJS and plain JavaScript files', () => {
    expect(pathOf('async function f() { target(); }', undefined, { filename: 'file.cjs' })).toEqual(asyncFn('f', true));
    expect(pathOf('function f() { return new Promise((r) => r(target())); }', undefined, { filename: 'file.js' })).toEqual(
      promiseFn('f', ['promise-executor@anonymous']),
    );
  });
});

describe('findAsyncPath hooks', () => {
  function withHooks(
    code: string,
    answers: { promise?: Record<string, boolean | undefined>; arrayLike?: Record<string, boolean | undefined>; string?: Record<string, boolean | undefined> },
  ) {
    const promiseAsked: string[] = [];
    const arrayLikeAsked: string[] = [];
    const summary = probeOne(code, (node, context) => {
      const options: AsyncPathOptions = {
        isPromiseReturning: (fn: FunctionNode) => {
          const label = labelOf(fn, context.sourceCode);
          promiseAsked.push(label);
          return answers.promise?.[label];
        },
        isArrayLikeReceiver: (receiver: TSESTree.Expression) => {
          const text = context.sourceCode.getText(receiver);
          arrayLikeAsked.push(text);
          return answers.arrayLike?.[text];
        },
        isStringReceiver: (receiver: TSESTree.Expression) => answers.string?.[context.sourceCode.getText(receiver)],
      };
      return summarize(findAsyncPath(node, options), context.sourceCode);
    });
    return { summary, promiseAsked, arrayLikeAsked };
  }

  it('isPromiseReturning true makes a plain function promise-returning', () => {
    expect(withHooks('function f() { target(); return g(); }', { promise: { f: true } })).toEqual({
      summary: promiseFn('f'),
      promiseAsked: ['f'],
      arrayLikeAsked: [],
    });
  });

  it('isPromiseReturning false overrides the syntactic guess', () => {
    expect(withHooks('function f() { target(); return Promise.resolve(1); }', { promise: { f: false } })).toEqual({
      summary: undefined,
      promiseAsked: ['f'],
      arrayLikeAsked: [],
    });
  });

  it('isPromiseReturning undefined falls back to syntax', () => {
    expect(withHooks('function f() { target(); return Promise.resolve(1); }', {})).toEqual({
      summary: promiseFn('f'),
      promiseAsked: ['f'],
      arrayLikeAsked: [],
    });
    expect(withHooks('function f() { target(); return 1; }', {})).toEqual({
      summary: undefined,
      promiseAsked: ['f'],
      arrayLikeAsked: [],
    });
  });

  it('isPromiseReturning is not asked about async functions, immediate callbacks, setters, constructors or generators', () => {
    expect(withHooks('async function f(items: number[]) { items.map((x) => target(x)); }', { promise: { anonymous: true } })).toEqual({
      summary: asyncFn('f', false, ['array-callback:map@anonymous']),
      promiseAsked: [],
      arrayLikeAsked: ['items'],
    });
    expect(withHooks('class A { set x(v: number) { target(v); } }', { promise: { x: true } }).promiseAsked).toEqual([]);
    expect(withHooks('class A { constructor() { target(); } }', { promise: { constructor: true } }).promiseAsked).toEqual([]);
    expect(withHooks('function* g() { yield target(); }', { promise: { g: true } }).promiseAsked).toEqual([]);
  });

  it('isPromiseReturning is asked up the chain of immediate callbacks', () => {
    expect(
      withHooks('function outer(items: number[]) { items.forEach((x) => { target(x); }); return g(); }', { promise: { outer: true } }),
    ).toEqual({
      summary: promiseFn('outer', ['array-callback:forEach@anonymous']),
      promiseAsked: ['outer'],
      arrayLikeAsked: ['items'],
    });
  });

  it('isArrayLikeReceiver false makes the callback deferred', () => {
    expect(withHooks('async function f(obs: any) { obs.map((x: number) => target(x)); }', { arrayLike: { obs: false } })).toEqual({
      summary: undefined,
      promiseAsked: ['anonymous'],
      arrayLikeAsked: ['obs'],
    });
  });

  it('isArrayLikeReceiver false on a deferred callback that returns a promise', () => {
    expect(
      withHooks('async function f(obs: any) { obs.map((x: number) => Promise.resolve(target(x))); }', { arrayLike: { obs: false } }),
    ).toEqual({
      summary: promiseFn('anonymous'),
      promiseAsked: ['anonymous'],
      arrayLikeAsked: ['obs'],
    });
  });

  it('isArrayLikeReceiver true or undefined keeps the callback immediate', () => {
    const code = 'async function f(list: number[]) { list.map((x) => target(x)); }';
    const expected = { summary: asyncFn('f', false, ['array-callback:map@anonymous']), promiseAsked: [], arrayLikeAsked: ['list'] };
    expect(withHooks(code, { arrayLike: { list: true } })).toEqual(expected);
    expect(withHooks(code, {})).toEqual(expected);
  });

  it('isArrayLikeReceiver receives the receiver expression, inner receivers first', () => {
    expect(
      withHooks('async function f(rows: any[]) { rows.forEach((row: any) => row.obs.map((c: number) => target(c))); }', {
        arrayLike: { 'row.obs': false, rows: true },
      }),
    ).toEqual({ summary: undefined, promiseAsked: ['anonymous'], arrayLikeAsked: ['row.obs'] });
  });

  it('isArrayLikeReceiver is not asked for Array.from, executors or IIFEs', () => {
    expect(
      withHooks(
        'async function f(xs: number[]) { await new Promise<void>((r) => { (() => Array.from(xs, (x) => target(x)))(); r(); }); }',
        { arrayLike: {} },
      ),
    ).toEqual({
      summary: asyncFn('f', false, ['array-callback:from@anonymous', 'iife@anonymous', 'promise-executor@anonymous']),
      promiseAsked: [],
      arrayLikeAsked: [],
    });
  });
  it('a `replace` callback is immediate on a string, as isStringReceiver says or the receiver is written', () => {
    const replacing = (receiver: string) => `async function f(text: any) { return ${receiver}.replace(/a/g, (m: string) => target(m)); }`;
    const immediate = { summary: asyncFn('f', false, ['string-callback:replace@anonymous']), promiseAsked: [], arrayLikeAsked: [] };
    expect(withHooks(replacing('text'), { string: { text: true } })).toEqual(immediate);
    expect(withHooks(replacing("'abc'"), {})).toEqual(immediate);
    expect(withHooks(replacing('`a${text}`'), {})).toEqual(immediate);
    // Not a string, or not known to be one: a `replace(key, fn)` of another API may keep `fn` for later.
    expect(withHooks(replacing('text'), { string: { text: false } }).summary).toBeUndefined();
    expect(withHooks(replacing('text'), {}).summary).toBeUndefined();
    // The callback must be the second argument.
    expect(withHooks("async function f(text: string) { return text.replace((m: string) => target(m), 'b'); }", { string: { text: true } }).summary).toBeUndefined();
  });
});

describe('returnsPromiseSyntactically', () => {
  const cases: [string, boolean][] = [
    ['function f() { return new Promise((r) => r(1)); }', true],
    ['function f(): Promise<number> { return g(); }', true],
    ['function f(): PromiseLike<number> { return g(); }', true],
    ['const f = () => Promise.resolve(1);', true],
    ['const f = () => Promise.try(() => 1);', true],
    ['const f = () => new Promise((r) => r(1))!;', true],
    ['const f = () => (Promise.all([]) satisfies Promise<unknown[]>);', true],
    ['function f() { while (true) { if (g()) { return Promise.resolve(1); } } }', true],
    ['function f() { label: { return Promise.resolve(1); } }', true],
    ['function f() { do { return Promise.resolve(1); } while (g()); }', true],
    ['function f(o: object) { for (const k in o) { return Promise.resolve(k); } }', true],
    ['function f() { try { g(); } catch { return Promise.reject(new Error()); } }', true],
    ['function f() { try { g(); } finally { return Promise.resolve(); } }', true],
    ['async function f() { return 1; }', false],
    ['async function f() { return Promise.resolve(1); }', false],
    ['function* f() { return Promise.resolve(1); }', false],
    ['function f() { return g(); }', false],
    ['function f() { return; }', false],
    ['function f() { g(); }', false],
    ['function f(): number { return 1; }', false],
    ['function f(): MyPromise<number> { return g(); }', false],
    ['function f() { return Promise; }', false],
    ['function f() { return Promise.withResolvers(); }', false],
    ['function f() { return p.then(g); }', false],
    ['function f() { return new Promise.Foo(); }', false],
    ['function f() { function g() { return Promise.resolve(); } return g; }', false],
    ['function f() { class A { m() { return Promise.resolve(); } } return A; }', false],
    ['const f = () => [Promise.resolve()];', false],
  ];
  it.each(cases)('%s → %s', (code, expected) => {
    const result = probeOne(code, (node) => returnsPromiseSyntactically(node as FunctionNode), {
      selector: 'FunctionDeclaration[id.name="f"], VariableDeclarator[id.name="f"] > ArrowFunctionExpression',
    });
    expect(result).toBe(expected);
  });
});

describe('enclosingFunction', () => {
  const cases: [string, string, string | undefined][] = [
    ['top level', 'target();', undefined],
    ['function body', 'function f() { target(); }', 'f'],
    ['async arrow body', 'const g = async () => target();', 'g'],
    ['parameter default', 'function f(a = target()) { return a; }', 'f'],
    ['arrow in a parameter default', 'function f(cb = /*cb*/ () => target()) { return cb; }', 'cb'],
    ['method', 'class A { m() { target(); } }', 'm'],
    ['computed method key is outside the method', 'function outer() { return { [target()]() {} }; }', 'outer'],
    ['class field initializer belongs to no function', 'function outer() { class A { x = target(); } return A; }', undefined],
    ['static block belongs to no function', 'function outer() { class A { static { target(); } } return A; }', undefined],
    ['arrow in a class field belongs to the arrow', 'class A { h = () => target(); }', 'h'],
    ['array callback is a function of its own', 'function f(xs: number[]) { xs.map(/*cb*/ (x) => target(x)); }', 'cb'],
  ];
  it.each(cases)('%s', (_name, code, expected) => {
    const result = probeOne(code, (node, context) => {
      const fn = enclosingFunction(node);
      return fn && labelOf(fn, context.sourceCode);
    });
    expect(result).toBe(expected);
  });

  it("a function's own enclosing function is the one around it", () => {
    const result = probeOne(
      'function outer() { return function inner() {}; }',
      (node, context) => {
        const fn = enclosingFunction(node);
        return fn && labelOf(fn, context.sourceCode);
      },
      { selector: 'FunctionExpression' },
    );
    expect(result).toBe('outer');
  });
});
