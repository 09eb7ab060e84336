import { once } from 'node:events';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeOffload, configureOffload, runInWorker } from '../dist/index.js';
import { crash, rejection, slow } from './support.js';


// One thread, so that every task below queues behind the one that brings its thread down.
beforeAll(() => configureOffload({ minThreads: 1, maxThreads: 1 }));
afterAll(() => closeOffload());

describe('a worker thread that dies under a task', () => {
  it('rejects the task that called process.exit() and runs the tasks queued behind it', async () => {
    const before = slow(20, 'before');
    const exiting = rejection(runInWorker(crash, 'exitNow', 3));
    const queued = [slow(1, 'queued 1'), slow(1, 'queued 2'), slow(1, 'queued 3')];

    const error = await exiting;
    expect(error.code).toBe('ERR_OFFLOAD_WORKER_CRASHED');
    expect(error.exitCode).toBe(3);
    expect(error.message).toBe(`The worker thread running 'exitNow' (${crash}) exited with code 3 before the task finished`);

    const first = await before;
    const rest = await Promise.all(queued);
    expect(rest.map((result) => result.value)).toEqual(['queued 1', 'queued 2', 'queued 3']);
    // The thread that exited was replaced by a new one.
    expect(new Set(rest.map((result) => result.threadId)).size).toBe(1);
    expect(rest[0]?.threadId).not.toBe(first.threadId);
  });

  it('rejects the task whose timer threw, with the uncaught error as the cause', async () => {
    const throwing = rejection(runInWorker(crash, 'throwInTimer', 'timer boom'));
    const queued = slow(1, 'after the timer');

    const error = await throwing;
    expect(error.code).toBe('ERR_OFFLOAD_WORKER_CRASHED');
    expect(error.message).toBe(
      `The worker thread running 'throwInTimer' (${crash}) crashed with an uncaught exception: timer boom`,
    );
    expect(error.cause).toBeInstanceOf(Error);
    expect((error.cause as Error).message).toBe('timer boom');
    expect((await queued).value).toBe('after the timer');
  });

  it('rejects the task that left a promise rejection unhandled', async () => {
    const error = await rejection(runInWorker(crash, 'rejectUnhandled', 'nobody listened'));
    expect(error.code).toBe('ERR_OFFLOAD_WORKER_CRASHED');
    expect(error.message).toBe(
      `The worker thread running 'rejectUnhandled' (${crash}) crashed with an uncaught exception: nobody listened`,
    );
    expect((await slow(1, 'still working')).value).toBe('still working');
  });

  it('turns a thread that dies between tasks into a process warning, and keeps working', async () => {
    const warned = once(process, 'warning') as Promise<[Error & { code?: string }]>;
    expect(await runInWorker(crash, 'throwAfterReturning', 'late boom')).toBe('returned first');

    const [warning] = await warned;
    expect(warning.name).toBe('OffloadWarning');
    expect(warning.code).toBe('OFFLOAD_IDLE_WORKER_CRASHED');
    expect(warning.message).toBe('A worker thread of the offload pool crashed between tasks: late boom');
    expect((await slow(1, 'recovered')).value).toBe('recovered');
  });
});

describe('resource limits', () => {
  it('applies them: a task that exhausts its heap rejects, and the pool goes on', async () => {
    await closeOffload();
    configureOffload({ minThreads: 1, maxThreads: 1, resourceLimits: { maxOldGenerationSizeMb: 32 } });
    const error = await rejection(runInWorker(crash, 'exhaustHeap'));
    expect(error.code).toBe('ERR_OFFLOAD_WORKER_CRASHED');
    expect(error.message).toBe(
      `The worker thread running 'exhaustHeap' (${crash}) crashed with an uncaught exception: ` +
        'Worker terminated due to reaching memory limit: JS heap out of memory',
    );
    expect((error.cause as { code?: string }).code).toBe('ERR_WORKER_OUT_OF_MEMORY');
    expect((await slow(1, 'after the limit')).value).toBe('after the limit');
  });
});
