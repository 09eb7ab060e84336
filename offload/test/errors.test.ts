import { MessageChannel } from 'node:worker_threads';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { closeOffload, offloadStats, runInWorker } from '../dist/index.js';

const fixture = (name: string): URL => new URL(`./fixtures/${name}`, import.meta.url);
const math = fixture('math.mjs').href;
const throwing = fixture('throwing.mjs').href;

/**
 * Runs the task and returns what it rejected with; fails the test if it resolved. Kept in this file
 * (not ./support.ts): the stack assertions below expect the awaiting frame to be in this file.
 */
async function rejection(task: Promise<unknown>): Promise<Error & Record<string, unknown>> {
  try {
    await task;
  } catch (error) {
    return error as Error & Record<string, unknown>;
  }
  throw new Error('expected the task to reject');
}

afterAll(() => closeOffload());

describe('arguments that cannot be structured-cloned', () => {
  it('rejects before anything is posted: the pool has not even started', async () => {
    const error = await rejection(runInWorker(math, 'add', 1, function onDone() {}));
    expect(error).toBeInstanceOf(TypeError);
    expect(error.code).toBe('ERR_OFFLOAD_ARGUMENT_NOT_CLONEABLE');
    expect(error.message).toBe(
      `Argument 2 for 'add' (${math}) cannot be sent to a worker thread: ` +
        'args[1] is a function (onDone); functions cannot be structured-cloned',
    );
    expect(offloadStats().state).toBe('idle');
  });

  class Hasher {
    constructor(public seed: number) {}
    update(): void {}
    get ready(): boolean {
      return true;
    }
  }

  it.each<[string, unknown, string]>([
    ['a nested function', { options: { onProgress() {} } }, 'args[0].options.onProgress is a function (onProgress); functions cannot be structured-cloned'],
    ['a symbol in an array', [1, Symbol('id')], 'args[0][1] is a symbol (Symbol(id)); symbols cannot be structured-cloned'],
    ['an odd property name', { 'content-type': () => 'json' }, 'args[0]["content-type"] is a function (content-type); functions cannot be structured-cloned'],
    [
      'a class instance with methods',
      new Hasher(7),
      'args[0] is an instance of class Hasher with methods (update, ready); its structured clone would be a plain object without them, so pass its data instead',
    ],
    ['a promise', Promise.resolve(1), 'args[0] is a Promise; await it and pass its value instead'],
    ['a WeakMap', { cache: new WeakMap() }, 'args[0].cache is a WeakMap; weak collections cannot be structured-cloned'],
    ['a function as a Map value', new Map([['onDone', function onDone() {}]]), 'args[0].get("onDone") is a function (onDone); functions cannot be structured-cloned'],
    ['an anonymous function in a Set', new Set([1, (() => () => 2)()]), 'args[0] (set member #1) is a function; functions cannot be structured-cloned'],
  ])('names the argument and the reason: %s', async (_, arg, reason) => {
    const error = await rejection(runInWorker(math, 'echo', arg));
    expect(error.code).toBe('ERR_OFFLOAD_ARGUMENT_NOT_CLONEABLE');
    expect(error.message).toBe(`Argument 1 for 'echo' (${math}) cannot be sent to a worker thread: ${reason}`);
  });

  it('reports a host object that needs a transfer list with the engine reason', async () => {
    const { port1, port2 } = new MessageChannel();
    try {
      const error = await rejection(runInWorker(math, 'echo', 'fine', port1));
      expect(error.message).toBe(
        `Argument 2 for 'echo' (${math}) cannot be sent to a worker thread: args[1] is an instance of MessagePort, ` +
          'which cannot be structured-cloned (Object that needs transfer was found in message but not listed in transferList)',
      );
    } finally {
      port1.close();
      port2.close();
    }
  });
});

describe('invalid calls', () => {
  it('rejects a relative path, saying how to resolve it', async () => {
    const error = await rejection(runInWorker('./fixtures/math.mjs', 'add', 1, 2));
    expect(error).toBeInstanceOf(TypeError);
    expect(error.code).toBe('ERR_OFFLOAD_INVALID_MODULE');
    expect(error.message).toBe(
      "runInWorker: the module must be a file: URL, a URL string or an absolute path, got './fixtures/math.mjs'; " +
        "resolve a relative path first: new URL('./hash.js', import.meta.url) in ESM, require.resolve('./hash.js') in CommonJS",
    );
  });

  it('rejects an empty export name', async () => {
    const error = await rejection(runInWorker(math, ''));
    expect(error.code).toBe('ERR_OFFLOAD_INVALID_EXPORT_NAME');
    expect(error.message).toBe("runInWorker: the export name must be a non-empty string, got ''");
  });

  it("starts the stack of offload's own errors at the caller", async () => {
    const error = await rejection(runInWorker(math, ''));
    expect(error.stack?.split('\n')[1]).toContain('errors.test.ts');
  });
});

describe('a module or export that is not there', () => {
  it('names a missing module', async () => {
    const missing = fixture('missing.mjs');
    const error = await rejection(runInWorker(fileURLToPath(missing), 'hash'));
    expect(error).toBeInstanceOf(Error);
    expect(error.code).toBe('ERR_OFFLOAD_MODULE_NOT_FOUND');
    expect(error.message).toBe(`Cannot find module ${missing.href}`);
    expect(error.stack?.split('\n')[1]).toContain('errors.test.ts');
  });

  it('names a module that fails while loading, with the failure as the cause', async () => {
    const broken = fixture('broken.mjs').href;
    const error = await rejection(runInWorker(broken, 'anything'));
    expect(error.code).toBe('ERR_OFFLOAD_MODULE_LOAD_FAILED');
    expect(error.message).toBe(`Module ${broken} failed to load in the worker thread: broken module: missing configuration`);
    expect(error.cause).toBeInstanceOf(Error);
    expect((error.cause as Error).message).toBe('broken module: missing configuration');
    expect((error.cause as Error).stack?.split('\n')[1]).toBe(`    at ${broken}:2:7`);
  });

  it('names a missing export and lists what the module does export', async () => {
    const error = await rejection(runInWorker(math, 'substract', 5, 3));
    expect(error.code).toBe('ERR_OFFLOAD_EXPORT_NOT_FOUND');
    expect(error.message).toBe(`Module ${math} has no export named 'substract' (its exports: add, addLater, answer, default, echo, whereAmI)`);
  });

  it('names a missing export of a CommonJS module', async () => {
    const cjs = fixture('math.cjs').href;
    const error = await rejection(runInWorker(cjs, 'div', 6, 3));
    expect(error.message).toBe(`Module ${cjs} has no export named 'div' (its exports: default, mul, whereAmI)`);
  });

  it('does not take an inherited Object method for a CommonJS export', async () => {
    const cjs = fixture('math.cjs').href;
    const error = await rejection(runInWorker(cjs, 'toString'));
    expect(error.code).toBe('ERR_OFFLOAD_EXPORT_NOT_FOUND');
  });

  it('names an export that is not a function', async () => {
    const error = await rejection(runInWorker(math, 'answer'));
    expect(error).toBeInstanceOf(TypeError);
    expect(error.code).toBe('ERR_OFFLOAD_EXPORT_NOT_A_FUNCTION');
    expect(error.message).toBe(`Export 'answer' of module ${math} is not a function (it is a number)`);
  });
});

describe('a throw inside the worker', () => {
  it('rejects with the original type, name, message and stack', async () => {
    const error = await rejection(runInWorker(throwing, 'throwRangeError', 'n must be positive'));
    expect(error).toBeInstanceOf(RangeError);
    expect(error.name).toBe('RangeError');
    expect(error.message).toBe('n must be positive');
    expect(error.stack?.split('\n').slice(0, 2)).toEqual(['RangeError: n must be positive', `    at throwRangeError (${throwing}:3:9)`]);
    expect(error.code).toBeUndefined();
  });

  it('keeps a custom name and own properties of a rejected error', async () => {
    const error = await rejection(runInWorker(throwing, 'rejectCustom', 'email'));
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('ValidationError');
    expect(error.message).toBe('email is required');
    expect(error.field).toBe('email');
    expect(error.code).toBe('E_VALIDATION');
    expect(error.stack?.split('\n').slice(0, 2)).toEqual(['ValidationError: email is required', `    at rejectCustom (${throwing}:17:9)`]);
  });

  it('keeps an error cause', async () => {
    let parseMessage = '';
    try {
      JSON.parse('{');
    } catch (error) {
      parseMessage = (error as Error).message;
    }
    const error = await rejection(runInWorker(throwing, 'throwWithCause'));
    expect(error.message).toBe('config is not valid JSON');
    expect(error.cause).toBeInstanceOf(SyntaxError);
    expect((error.cause as Error).message).toBe(parseMessage);
    expect(Object.keys(error)).toEqual([]);
  });

  it('keeps a cause that is not an error', async () => {
    const error = await rejection(runInWorker(throwing, 'throwPlainCause'));
    expect(error.cause).toEqual({ status: 404, url: '/users/7' });
  });

  it("keeps an AggregateError's errors", async () => {
    const error = await rejection(runInWorker(throwing, 'throwAggregate'));
    expect(error).toBeInstanceOf(AggregateError);
    const { errors } = error as unknown as AggregateError;
    expect(errors.map((inner: Error) => [inner.constructor.name, inner.message])).toEqual([
      ['TypeError', 'first'],
      ['Error', 'second'],
    ]);
  });

  it('rejects with a thrown value that is not an error, as it is', async () => {
    await expect(runInWorker(throwing, 'throwString')).rejects.toBe('just a string');
  });

  it('explains a thrown value that cannot be sent back', async () => {
    const error = await rejection(runInWorker(throwing, 'throwFunction'));
    expect(error.code).toBe('ERR_OFFLOAD_THROWN_VALUE_NOT_CLONEABLE');
    expect(error.message).toBe(
      'The offloaded function threw a value that cannot be sent back from the worker thread: ' +
        'the thrown value is a function (notCloneable); functions cannot be structured-cloned',
    );
  });
});

describe('a result that cannot be structured-cloned', () => {
  it('names the part of the result', async () => {
    const error = await rejection(runInWorker(throwing, 'returnFunction'));
    expect(error).toBeInstanceOf(TypeError);
    expect(error.code).toBe('ERR_OFFLOAD_RESULT_NOT_CLONEABLE');
    expect(error.message).toBe(
      `'returnFunction' (${throwing}) returned a value that cannot be sent back from the worker thread: ` +
        'result.format is a function (format); functions cannot be structured-cloned',
    );
  });

  it('checks the awaited value of a returned promise', async () => {
    const error = await rejection(runInWorker(throwing, 'returnPromiseOfSymbol'));
    expect(error.message).toBe(
      `'returnPromiseOfSymbol' (${throwing}) returned a value that cannot be sent back from the worker thread: ` +
        'result is a symbol (Symbol(token)); symbols cannot be structured-cloned',
    );
  });
});
