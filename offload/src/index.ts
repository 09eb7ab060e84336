// Run an exported function of a module on a shared pool of worker threads, so CPU-heavy work
// does not hold up the event loop. This is what eslint-plugin-event-loop's
// `prefer-worker-offload` fix rewrites a call into:
//   await runInWorker(new URL('./hash.js', import.meta.url), 'hash', a, b)   // ESM
//   await runInWorker(require.resolve('./hash'), 'hash', a, b)               // CommonJS

import { availableParallelism } from 'node:os';
import { isAbsolute } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { inspect } from 'node:util';
import type { ResourceLimits } from 'node:worker_threads';
import { Piscina } from 'piscina';
import { inspectForClone, restoreBuffers, type BufferPath } from './clone-check.js';
import { createOffloadError, deserializeThrown, isOffloadErrorCode, type OffloadError } from './errors.js';
import type { TaskRequest, TaskResponse } from './protocol.js';

export type { OffloadError, OffloadErrorCode } from './errors.js';

export interface OffloadOptions {
  /** Threads kept alive while idle. At least 1. Default: 1. */
  minThreads?: number;
  /** Most threads at once. Default: one less than the available CPUs (at least 1). */
  maxThreads?: number;
  /** Milliseconds an idle thread above `minThreads` lives. `Infinity` keeps it. Default: 30 000. */
  idleTimeout?: number;
  /** Most tasks waiting for a thread; more reject. `'auto'` is maxThreads². Default: `Infinity`. */
  maxQueue?: number | 'auto';
  /** Heap and stack limits of each worker thread (see `node:worker_threads`). */
  resourceLimits?: ResourceLimits;
}

export interface OffloadStats {
  /** `idle`: no pool (before the first task or after `closeOffload()`). */
  state: 'idle' | 'running' | 'closing';
  /** Worker threads alive. */
  threads: number;
  /** Tasks submitted and not yet settled: running plus queued. */
  pending: number;
  /** Tasks waiting for a free thread. */
  queued: number;
  /** Tasks finished since the pool started. */
  completed: number;
  /** Share of the pool's capacity spent running tasks since it started, 0 to 1. */
  utilization: number;
}

type Config = Required<Omit<OffloadOptions, 'resourceLimits'>> & Pick<OffloadOptions, 'resourceLimits'>;

type PoolState =
  | { kind: 'idle' }
  | { kind: 'running'; pool: Piscina }
  | { kind: 'closing'; pool: Piscina; closed: Promise<void> };

/** setTimeout's ceiling; piscina turns a close timeout into a timer, and Infinity would fire at once. */
const MAX_TIMER_MS = 2 ** 31 - 1;

// CommonJS, so that piscina's require() of it stays out of the ES module loader (see the file).
const workerFile = fileURLToPath(new URL('./worker-entry.cjs', import.meta.url));

let config: Config = resolveOptions({});
let state: PoolState = { kind: 'idle' };
/** Every task handed to the current pool and not settled yet, so that closing can drain them. */
const inFlight = new Set<Promise<unknown>>();

/**
 * Runs `exportName` (`'default'` allowed) of `module` on a worker thread of the shared pool
 * with a structured-cloned copy of `args`, and resolves with its (awaited) return value.
 * `module` is a `file:` URL, a URL string or an absolute path; the pool starts on first use.
 */
export async function runInWorker<T = unknown>(
  module: string | URL,
  exportName: string,
  ...args: unknown[]
): Promise<Awaited<T>> {
  // Errors raised by offload itself start their stack at the caller: the frames inside this
  // package say nothing useful. Errors thrown by the task keep the stack they were thrown with.
  let request: TaskRequest;
  let pool: Piscina;
  try {
    request = prepareRequest(module, exportName, args);
    pool = currentPool();
  } catch (error) {
    Error.captureStackTrace(error as Error, runInWorker);
    throw error;
  }
  try {
    return (await execute(pool, request)) as Awaited<T>;
  } catch (error) {
    if (error instanceof Error && isOffloadErrorCode((error as Partial<OffloadError>).code)) {
      Error.captureStackTrace(error, runInWorker);
    }
    throw error;
  }
}

/** Checks the call and builds the message for the worker; throws when the call is not valid. */
function prepareRequest(module: string | URL, exportName: string, args: unknown[]): TaskRequest {
  const moduleUrl = toModuleUrl(module);
  if (typeof exportName !== 'string' || exportName === '') {
    throw createOffloadError(
      'ERR_OFFLOAD_INVALID_EXPORT_NAME',
      `runInWorker: the export name must be a non-empty string, got ${inspect(exportName)}`,
      { Type: TypeError },
    );
  }
  const argBuffers = checkArguments(args, moduleUrl, exportName);
  return { moduleUrl, exportName, args, argBuffers };
}

async function execute(pool: Piscina, request: TaskRequest): Promise<unknown> {
  const task = pool.run(request) as Promise<TaskResponse>;
  inFlight.add(task);
  let response: TaskResponse;
  try {
    response = await task;
  } catch (error) {
    throw poolFailure(error, `'${request.exportName}' (${request.moduleUrl})`);
  } finally {
    inFlight.delete(task);
  }
  if (!response.ok) throw deserializeThrown(response.thrown);
  return restoreBuffers(response.value, response.valueBuffers);
}

/**
 * Sets the pool's options. Call it before the first `runInWorker` (or after `closeOffload()`
 * has resolved): once the pool has started it throws `ERR_OFFLOAD_POOL_STARTED` rather than
 * silently changing a pool that has tasks on it. Each call replaces the previous
 * configuration; options left out take their defaults.
 */
export function configureOffload(options: OffloadOptions = {}): void {
  if (state.kind !== 'idle') {
    throw createOffloadError(
      'ERR_OFFLOAD_POOL_STARTED',
      state.kind === 'running'
        ? 'configureOffload: the offload pool has already started; call configureOffload before the first runInWorker, or after awaiting closeOffload()'
        : 'configureOffload: the offload pool is closing; await closeOffload() before configuring it again',
    );
  }
  config = resolveOptions(options);
}

/**
 * Shuts the pool down gracefully: tasks already submitted (running or queued) finish and
 * settle as usual, `runInWorker` calls made meanwhile reject with `ERR_OFFLOAD_CLOSED`, then
 * the threads end. Resolves when they have. A later `runInWorker` starts a new pool with the
 * same configuration. Calling it with no pool running resolves at once.
 */
export function closeOffload(): Promise<void> {
  if (state.kind === 'idle') return Promise.resolve();
  if (state.kind === 'closing') return state.closed;
  const { pool } = state;
  const closed = (async () => {
    try {
      while (inFlight.size > 0) await Promise.allSettled([...inFlight]);
      await pool.destroy();
    } finally {
      state = { kind: 'idle' };
    }
  })();
  state = { kind: 'closing', pool, closed };
  return closed;
}

/** A snapshot of the pool, for logs and health checks. */
export function offloadStats(): OffloadStats {
  if (state.kind === 'idle') {
    return { state: 'idle', threads: 0, pending: 0, queued: 0, completed: 0, utilization: 0 };
  }
  const { pool } = state;
  return {
    state: state.kind,
    threads: pool.threads.length,
    pending: inFlight.size,
    queued: pool.queueSize,
    completed: pool.completed,
    utilization: pool.utilization,
  };
}

// --- the pool -----------------------------------------------------------------------------

function currentPool(): Piscina {
  if (state.kind === 'running') return state.pool;
  if (state.kind === 'closing') {
    throw createOffloadError(
      'ERR_OFFLOAD_CLOSED',
      'runInWorker: the offload pool is closing (closeOffload() was called); no new tasks are accepted until it has closed',
    );
  }
  const pool = new Piscina({
    filename: workerFile,
    name: 'default',
    minThreads: config.minThreads,
    maxThreads: config.maxThreads,
    idleTimeout: config.idleTimeout,
    maxQueue: config.maxQueue,
    ...(config.resourceLimits === undefined ? {} : { resourceLimits: config.resourceLimits }),
    // Without Atomics a worker waits for tasks on its event loop, so timers and promises a
    // task leaves behind keep running (and fail loudly) instead of freezing until the next task.
    atomics: 'disabled',
    // Tasks start in the order they were submitted (piscina otherwise rotates its queue).
    stricterFIFO: true,
    closeTimeout: MAX_TIMER_MS,
  });
  // Piscina reports here a thread that died while it had no task (say, a timer a finished task
  // left behind threw). No caller is waiting for it, so it becomes a process warning.
  pool.on('error', (error: unknown) => {
    const detail = error instanceof Error ? (error.stack ?? error.message) : inspect(error);
    const message = error instanceof Error ? error.message : inspect(error);
    process.emitWarning(`A worker thread of the offload pool crashed between tasks: ${message}`, {
      type: 'OffloadWarning',
      code: 'OFFLOAD_IDLE_WORKER_CRASHED',
      detail,
    });
  });
  state = { kind: 'running', pool };
  return pool;
}

/**
 * The pool rejects a task only when something outside the task went wrong (the worker
 * answers every outcome of the task itself): the thread died, the queue is full, or the pool
 * was torn down. The messages matched are piscina's own (pinned version).
 */
function poolFailure(error: unknown, task: string): OffloadError {
  const message = error instanceof Error ? error.message : String(error);
  const exit = /^worker exited with code: (-?\d+)$/.exec(message);
  if (exit !== null) {
    const crashed = createOffloadError(
      'ERR_OFFLOAD_WORKER_CRASHED',
      `The worker thread running ${task} exited with code ${exit[1]} before the task finished`,
    );
    return Object.assign(crashed, { exitCode: Number(exit[1]) });
  }
  if (message === 'Terminating worker thread' || (error instanceof Error && error.name === 'AbortError')) {
    return createOffloadError('ERR_OFFLOAD_CLOSED', `The offload pool was shut down before ${task} finished`);
  }
  if (message === 'Task queue is at limit' || message === 'No task queue available and all Workers are busy') {
    return createOffloadError(
      'ERR_OFFLOAD_QUEUE_FULL',
      `The offload queue is full (maxQueue: ${String(config.maxQueue)}); ${task} was not queued`,
    );
  }
  if (error instanceof Error && error.name === 'DataCloneError') {
    return createOffloadError(
      'ERR_OFFLOAD_ARGUMENT_NOT_CLONEABLE',
      `The arguments for ${task} cannot be sent to a worker thread: ${message}`,
      { cause: error, Type: TypeError },
    );
  }
  return createOffloadError(
    'ERR_OFFLOAD_WORKER_CRASHED',
    `The worker thread running ${task} crashed with an uncaught exception: ${message}`,
    { cause: error },
  );
}

// --- checking what the caller passed --------------------------------------------------------

function toModuleUrl(module: unknown): string {
  if (module instanceof URL) return module.href;
  if (typeof module === 'string') {
    if (isAbsolute(module)) return pathToFileURL(module).href;
    // A scheme of two letters or more: `C:\x` is a Windows path, not a URL.
    if (/^[a-z][a-z\d+.-]+:/i.test(module) && URL.canParse(module)) return new URL(module).href;
  }
  throw createOffloadError(
    'ERR_OFFLOAD_INVALID_MODULE',
    `runInWorker: the module must be a file: URL, a URL string or an absolute path, got ${inspect(module)}; ` +
      `resolve a relative path first: new URL('./hash.js', import.meta.url) in ESM, require.resolve('./hash.js') in CommonJS`,
    { Type: TypeError },
  );
}

/** Rejects before posting when an argument cannot be copied; returns where its Buffers are. */
function checkArguments(args: unknown[], moduleUrl: string, exportName: string): BufferPath[] {
  const buffers: BufferPath[] = [];
  for (const [index, arg] of args.entries()) {
    const report = inspectForClone(arg, `args[${index}]`);
    if (report.problem !== undefined) {
      throw createOffloadError(
        'ERR_OFFLOAD_ARGUMENT_NOT_CLONEABLE',
        `Argument ${index + 1} for '${exportName}' (${moduleUrl}) cannot be sent to a worker thread: ` +
          `${report.problem.where} ${report.problem.reason}`,
        { Type: TypeError },
      );
    }
    for (const path of report.buffers) buffers.push([index, ...path]);
  }
  return buffers;
}

// --- options --------------------------------------------------------------------------------

const optionNames = ['minThreads', 'maxThreads', 'idleTimeout', 'maxQueue', 'resourceLimits'] as const;
const resourceLimitNames = ['maxOldGenerationSizeMb', 'maxYoungGenerationSizeMb', 'codeRangeSizeMb', 'stackSizeMb'] as const;

function resolveOptions(options: OffloadOptions): Config {
  if (typeof options !== 'object' || options === null) {
    throw invalidOption(`the options must be an object, got ${inspect(options)}`);
  }
  for (const key of Object.keys(options)) {
    if (!(optionNames as readonly string[]).includes(key)) {
      throw invalidOption(`unknown option '${key}' (known options: ${optionNames.join(', ')})`);
    }
  }
  const minThreads = options.minThreads ?? 1;
  if (!Number.isInteger(minThreads) || minThreads < 1) {
    throw invalidOption(`minThreads must be an integer of at least 1, got ${inspect(minThreads)}`);
  }
  const maxThreads = options.maxThreads ?? Math.max(minThreads, availableParallelism() - 1, 1);
  if (!Number.isInteger(maxThreads) || maxThreads < 1) {
    throw invalidOption(`maxThreads must be an integer of at least 1, got ${inspect(maxThreads)}`);
  }
  if (maxThreads < minThreads) {
    throw invalidOption(`maxThreads (${maxThreads}) must not be less than minThreads (${minThreads})`);
  }
  const idleTimeout = options.idleTimeout ?? 30_000;
  if (idleTimeout !== Infinity && (!Number.isInteger(idleTimeout) || idleTimeout < 0 || idleTimeout > MAX_TIMER_MS)) {
    throw invalidOption(
      `idleTimeout must be Infinity or a whole number of milliseconds from 0 to ${MAX_TIMER_MS}, got ${inspect(idleTimeout)}`,
    );
  }
  const maxQueue = options.maxQueue ?? Infinity;
  if (maxQueue !== 'auto' && maxQueue !== Infinity && (!Number.isInteger(maxQueue) || maxQueue < 0)) {
    throw invalidOption(`maxQueue must be a non-negative integer, Infinity or 'auto', got ${inspect(maxQueue)}`);
  }
  const { resourceLimits } = options;
  if (resourceLimits !== undefined) checkResourceLimits(resourceLimits);
  return { minThreads, maxThreads, idleTimeout, maxQueue, resourceLimits };
}

function checkResourceLimits(limits: ResourceLimits): void {
  if (typeof limits !== 'object' || limits === null) {
    throw invalidOption(`resourceLimits must be an object, got ${inspect(limits)}`);
  }
  for (const [key, value] of Object.entries(limits)) {
    if (!(resourceLimitNames as readonly string[]).includes(key)) {
      throw invalidOption(`unknown resource limit '${key}' (known limits: ${resourceLimitNames.join(', ')})`);
    }
    if (typeof value !== 'number' || !(value > 0) || !Number.isFinite(value)) {
      throw invalidOption(`resourceLimits.${key} must be a positive number, got ${inspect(value)}`);
    }
  }
}

function invalidOption(problem: string): OffloadError {
  return createOffloadError('ERR_OFFLOAD_INVALID_OPTION', `configureOffload: ${problem}`, { Type: TypeError });
}
