import { runInWorker } from '../dist/index.js';

/** The fixture module whose exports misbehave on purpose (slow, throwing, crashing). */
export const crash = new URL('./fixtures/crash.mjs', import.meta.url).href;

export interface Slow {
  value: string;
  threadId: number;
}

/** Resolves with `value` and the worker's thread id after `ms` milliseconds in a worker. */
export const slow = (ms: number, value: string): Promise<Slow> => runInWorker<Slow>(crash, 'slow', ms, value);

/** Runs the task and returns what it rejected with; fails the test if it resolved. */
export async function rejection(task: Promise<unknown>): Promise<Error & Record<string, unknown>> {
  try {
    await task;
  } catch (error) {
    return error as Error & Record<string, unknown>;
  }
  throw new Error('expected the task to reject');
}
