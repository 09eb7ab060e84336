import { Buffer } from 'node:buffer';
import { createHash, createSecretKey } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { threadId } from 'node:worker_threads';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, expectTypeOf, it } from 'vitest';
import { closeOffload, configureOffload, runInWorker } from '../dist/index.js';

const fixture = (name: string): URL => new URL(`./fixtures/${name}`, import.meta.url);

interface Where {
  threadId: number;
  isMainThread: boolean;
}

beforeAll(() => configureOffload({ minThreads: 2, maxThreads: 2 }));
afterAll(() => closeOffload());

describe('where the work runs', () => {
  it('runs the export on a worker thread, not the calling one', async () => {
    const where = await runInWorker<Where>(fixture('math.mjs'), 'whereAmI');
    expect(where.isMainThread).toBe(false);
    expect(where.threadId).not.toBe(threadId);
  });

  it('returns correct results for 50 concurrent tasks, spread over the pool', async () => {
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        runInWorker<{ i: number; square: number; threadId: number; spun: boolean }>(fixture('busy.mjs'), 'spinSquare', i, 5),
      ),
    );
    expect(results.map(({ i, square, spun }) => ({ i, square, spun }))).toEqual(
      Array.from({ length: 50 }, (_, i) => ({ i, square: i * i, spun: true })),
    );
    const threads = new Set(results.map((result) => result.threadId));
    expect(threads.size).toBe(2);
    expect(threads.has(threadId)).toBe(false);
  });
});

describe('which module and export', () => {
  it.each([
    ['a file: URL', fixture('math.mjs')],
    ['a URL string', fixture('math.mjs').href],
    ['an absolute path', fileURLToPath(fixture('math.mjs'))],
  ])('takes the module as %s', async (_, module) => {
    expect(await runInWorker(module, 'add', 2, 3)).toBe(5);
  });

  it('runs the default export', async () => {
    expect(await runInWorker(fixture('math.mjs'), 'default', 7)).toBe(49);
  });

  it('awaits an export that returns a promise', async () => {
    expect(await runInWorker(fixture('math.mjs'), 'addLater', 20, 22, 30)).toBe(42);
  });

  it('runs an export of a .js ES module, as the ESLint fix writes the call', async () => {
    let expected = 'abc';
    for (let round = 0; round < 3; round += 1) expected = createHash('sha256').update(expected).digest('hex');
    expect(await runInWorker(new URL('./fixtures/hash.js', import.meta.url), 'hash', 'abc', 3)).toBe(expected);
  });

  it('runs a named export of a CommonJS module', async () => {
    expect(await runInWorker(fixture('math.cjs'), 'mul', 6, 7)).toBe(42);
  });

  it("runs a CommonJS module.exports function as 'default'", async () => {
    expect(await runInWorker(fixture('default-fn.cjs'), 'default', 3)).toBe(27);
  });

  it('finds a CommonJS export that static export detection misses', async () => {
    expect(await runInWorker(fixture('assigned.cjs'), 'shout', 'done')).toBe('DONE!');
  });

  it('calls a method of an exported CommonJS object on that object', async () => {
    expect(await runInWorker(fixture('service.cjs'), 'label', 7)).toBe('svc-7');
  });

  it('runs an export of a built-in module by its node: URL', async () => {
    const zipped = await runInWorker<Buffer>('node:zlib', 'gzipSync', Buffer.from('offloaded'));
    expect(gunzipSync(zipped).toString('utf8')).toBe('offloaded');
  });

  it('types the result as the awaited type argument', () => {
    expectTypeOf(runInWorker<number>).returns.toEqualTypeOf<Promise<number>>();
    expectTypeOf(runInWorker<Promise<string>>).returns.toEqualTypeOf<Promise<string>>();
    expectTypeOf(runInWorker).returns.toEqualTypeOf<Promise<unknown>>();
  });
});

describe('what crosses between threads', () => {
  it('copies the arguments: the worker mutating them does not touch the caller', async () => {
    const list = ['a', 'b', 'c'];
    expect(await runInWorker(fixture('buffers.mjs'), 'mutate', list)).toBe(4);
    expect(list).toEqual(['a', 'b', 'c']);
  });

  it('round-trips structured-clone types', async () => {
    const cyclic: { name: string; self?: unknown } = { name: 'loop' };
    cyclic.self = cyclic;
    const value = {
      map: new Map<string, number[]>([['primes', [2, 3, 5]]]),
      set: new Set(['x', 'y']),
      date: new Date('2024-02-29T12:00:00.000Z'),
      big: 2n ** 70n,
      bytes: new Uint16Array([1, 65535]),
      pattern: /a+b/gi,
      cyclic,
    };
    const copy = await runInWorker<typeof value>(fixture('math.mjs'), 'echo', value);
    expect(copy).toEqual(value);
    expect(copy.cyclic.self).toBe(copy.cyclic);
    expect(copy.date).toBeInstanceOf(Date);
  });

  it('sends a class instance without methods as a plain object with its data', async () => {
    class Point {
      constructor(
        public x: number,
        public y: number,
      ) {}
    }
    const copy = await runInWorker(fixture('math.mjs'), 'echo', new Point(1, 2));
    expect(copy).toStrictEqual({ x: 1, y: 2 });
  });

  it('sends a host object Node can clone (a KeyObject) as that class', async () => {
    const key = createSecretKey(Buffer.from('secret'));
    const copy = await runInWorker<typeof key>(fixture('math.mjs'), 'echo', key);
    expect(copy.constructor).toBe(key.constructor);
    expect(copy.export().toString('utf8')).toBe('secret');
  });

  it('returns a Buffer as a Buffer, not a bare Uint8Array', async () => {
    const digest = await runInWorker<Buffer>(fixture('buffers.mjs'), 'sha256', Buffer.from('abc'));
    expect(Buffer.isBuffer(digest)).toBe(true);
    expect(digest.toString('hex')).toBe(createHash('sha256').update('abc').digest('hex'));
  });

  it('hands Buffer arguments to the function as Buffers, nested ones and shared ones too', async () => {
    const top = Buffer.from('top level');
    const described = await runInWorker(fixture('buffers.mjs'), 'describe', {
      top,
      nested: { list: [1, Buffer.from('nested')] },
      again: top,
    });
    expect(described).toEqual({ topIsBuffer: true, nestedIsBuffer: true, sameObject: true, text: 'top level' });
  });

  it('keeps Buffers and cycles together', async () => {
    const node: { data: Buffer; next?: unknown } = { data: Buffer.from('ring') };
    node.next = { back: node };
    const copy = await runInWorker<typeof node>(fixture('math.mjs'), 'echo', node);
    expect(Buffer.isBuffer(copy.data)).toBe(true);
    expect(copy.data.toString('utf8')).toBe('ring');
    expect((copy.next as { back: unknown }).back).toBe(copy);
  });

  it('rebuilds Buffers nested in the result', async () => {
    const result = await runInWorker<{ digest: { hex: string; raw: Buffer } }>(fixture('buffers.mjs'), 'echoWrapped', 'hi');
    expect(result.digest.hex).toBe(createHash('md5').update('hi').digest('hex'));
    expect(Buffer.isBuffer(result.digest.raw)).toBe(true);
    expect(result.digest.raw.toString('utf8')).toBe('hi');
  });
});
