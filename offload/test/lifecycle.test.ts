import { availableParallelism } from 'node:os';
import { afterEach, describe, expect, it } from 'vitest';
import { closeOffload, configureOffload, offloadStats, type OffloadOptions } from '../dist/index.js';
import { crash, rejection, slow } from './support.js';


function thrownBy(action: () => void): Error & Record<string, unknown> {
  try {
    action();
  } catch (error) {
    return error as Error & Record<string, unknown>;
  }
  throw new Error('expected the call to throw');
}

afterEach(async () => {
  await closeOffload();
  configureOffload();
});

describe('configureOffload', () => {
  it.each<[string, unknown, string]>([
    ['an unknown option', { maxThread: 2 }, "unknown option 'maxThread' (known options: minThreads, maxThreads, idleTimeout, maxQueue, resourceLimits)"],
    ['minThreads of 0', { minThreads: 0 }, 'minThreads must be an integer of at least 1, got 0'],
    ['a fractional maxThreads', { maxThreads: 1.5 }, 'maxThreads must be an integer of at least 1, got 1.5'],
    ['maxThreads below minThreads', { minThreads: 3, maxThreads: 2 }, 'maxThreads (2) must not be less than minThreads (3)'],
    ['a negative idleTimeout', { idleTimeout: -1 }, 'idleTimeout must be Infinity or a whole number of milliseconds from 0 to 2147483647, got -1'],
    ['an idleTimeout past the timer limit', { idleTimeout: 2 ** 31 }, 'idleTimeout must be Infinity or a whole number of milliseconds from 0 to 2147483647, got 2147483648'],
    ['a maxQueue string', { maxQueue: 'lots' }, "maxQueue must be a non-negative integer, Infinity or 'auto', got 'lots'"],
    ['an unknown resource limit', { resourceLimits: { heapMb: 64 } }, "unknown resource limit 'heapMb' (known limits: maxOldGenerationSizeMb, maxYoungGenerationSizeMb, codeRangeSizeMb, stackSizeMb)"],
    ['a zero resource limit', { resourceLimits: { stackSizeMb: 0 } }, 'resourceLimits.stackSizeMb must be a positive number, got 0'],
    ['options that are not an object', 'fast', "the options must be an object, got 'fast'"],
  ])('rejects %s, naming the option', (_, options, problem) => {
    const error = thrownBy(() => configureOffload(options as OffloadOptions));
    expect(error).toBeInstanceOf(TypeError);
    expect(error.code).toBe('ERR_OFFLOAD_INVALID_OPTION');
    expect(error.message).toBe(`configureOffload: ${problem}`);
  });

  it('accepts Infinity and auto where they make sense', () => {
    expect(() => configureOffload({ idleTimeout: Infinity, maxQueue: 'auto' })).not.toThrow();
    expect(() => configureOffload({ maxQueue: Infinity, resourceLimits: { maxOldGenerationSizeMb: 64 } })).not.toThrow();
  });

  it('throws once the pool has started, and works again after closeOffload', async () => {
    await slow(1, 'start the pool');
    const error = thrownBy(() => configureOffload({ maxThreads: 1 }));
    expect(error.code).toBe('ERR_OFFLOAD_POOL_STARTED');
    expect(error.message).toBe(
      'configureOffload: the offload pool has already started; call configureOffload before the first runInWorker, or after awaiting closeOffload()',
    );

    const closing = closeOffload();
    expect(thrownBy(() => configureOffload({ maxThreads: 1 })).message).toBe(
      'configureOffload: the offload pool is closing; await closeOffload() before configuring it again',
    );
    await closing;
    expect(() => configureOffload({ minThreads: 2, maxThreads: 2 })).not.toThrow();
    await slow(1, 'new pool');
    expect(offloadStats().threads).toBe(2);
  });

  it('starts minThreads threads and grows to maxThreads under load', async () => {
    configureOffload({ minThreads: 1, maxThreads: 3 });
    await slow(1, 'warm');
    expect(offloadStats().threads).toBe(1);
    const results = await Promise.all([slow(150, 'a'), slow(150, 'b'), slow(150, 'c')]);
    expect(new Set(results.map((result) => result.threadId)).size).toBe(3);
    expect(offloadStats().threads).toBe(3);
  });

  it('defaults to one thread kept and one less than the CPUs at most', async () => {
    await slow(1, 'warm');
    expect(offloadStats().threads).toBe(1);
    const most = Math.max(availableParallelism() - 1, 1);
    await Promise.all(Array.from({ length: most + 2 }, (_, i) => slow(50, String(i))));
    expect(offloadStats().threads).toBe(most);
  });

  it('rejects a task when the queue is full', async () => {
    configureOffload({ minThreads: 1, maxThreads: 1, maxQueue: 1 });
    const running = slow(100, 'running');
    const queued = slow(1, 'queued');
    const error = await rejection(slow(1, 'one too many'));
    expect(error.code).toBe('ERR_OFFLOAD_QUEUE_FULL');
    expect(error.message).toBe(`The offload queue is full (maxQueue: 1); 'slow' (${crash}) was not queued`);
    expect((await running).value).toBe('running');
    expect((await queued).value).toBe('queued');
  });
});

describe('the queue', () => {
  it('starts tasks in the order they were submitted', async () => {
    configureOffload({ minThreads: 1, maxThreads: 1 });
    const finished: string[] = [];
    await Promise.all(
      ['a', 'b', 'c', 'd', 'e', 'f'].map((value) => slow(5, value).then((result) => finished.push(result.value))),
    );
    expect(finished).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
  });
});

describe('closeOffload', () => {
  it('resolves at once when no pool is running', async () => {
    const before = offloadStats();
    await closeOffload();
    expect(before).toEqual({ state: 'idle', threads: 0, pending: 0, queued: 0, completed: 0, utilization: 0 });
  });

  it('lets running and queued tasks finish, refuses new ones, then ends the threads', async () => {
    configureOffload({ minThreads: 2, maxThreads: 2 });
    const events: string[] = [];
    const tasks = [1, 2, 3, 4, 5, 6].map((i) =>
      slow(40, `task ${i}`).then((result) => {
        events.push(result.value);
        return result.value;
      }),
    );
    const closed = closeOffload().then(() => events.push('closed'));
    expect(offloadStats().state).toBe('closing');
    expect(closeOffload()).toBe(closeOffload());

    const refused = await rejection(slow(1, 'too late'));
    expect(refused.code).toBe('ERR_OFFLOAD_CLOSED');
    expect(refused.message).toBe(
      'runInWorker: the offload pool is closing (closeOffload() was called); no new tasks are accepted until it has closed',
    );

    await closed;
    expect(await Promise.all(tasks)).toEqual(['task 1', 'task 2', 'task 3', 'task 4', 'task 5', 'task 6']);
    expect(events.at(-1)).toBe('closed');
    expect(events).toHaveLength(7);
    expect(offloadStats()).toEqual({ state: 'idle', threads: 0, pending: 0, queued: 0, completed: 0, utilization: 0 });
  });

  it('leaves the configuration in place for the next pool', async () => {
    configureOffload({ minThreads: 2, maxThreads: 2 });
    await slow(1, 'first pool');
    await closeOffload();
    await slow(1, 'second pool');
    expect(offloadStats().threads).toBe(2);
  });
});

describe('offloadStats', () => {
  it('counts threads, pending, queued and completed tasks', async () => {
    configureOffload({ minThreads: 2, maxThreads: 2 });
    await Promise.all([slow(1, 'a'), slow(1, 'b'), slow(1, 'c')]);
    const idle = offloadStats();
    expect(idle).toMatchObject({ state: 'running', threads: 2, pending: 0, queued: 0, completed: 3 });
    expect(idle.utilization).toBeGreaterThan(0);
    expect(idle.utilization).toBeLessThanOrEqual(1);

    const busy = [slow(60, 'd'), slow(60, 'e'), slow(60, 'f'), slow(60, 'g')];
    expect(offloadStats()).toMatchObject({ pending: 4, queued: 2, completed: 3 });
    await Promise.all(busy);
    expect(offloadStats()).toMatchObject({ pending: 0, queued: 0, completed: 7 });
  });
});
