// The worker thread's side: load the target module with `import()` (ESM and CommonJS alike),
// find the export, call it with the copied arguments, await its result, and answer with a
// response. Nothing thrown here escapes to the pool: a failure of the task is a response too.

import { access } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { inspectForClone, restoreBuffers } from './clone-check.js';
import { createOffloadError, serializeThrown } from './errors.js';
import type { TaskRequest, TaskResponse } from './protocol.js';

type Namespace = Record<string, unknown>;

/** Module namespaces by URL, so each task after the first skips resolution entirely. */
const namespaces = new Map<string, Promise<Namespace>>();

export default async function runTask(request: TaskRequest): Promise<TaskResponse> {
  const { moduleUrl, exportName } = request;
  try {
    const { fn, thisArg } = findExport(await loadModule(moduleUrl), moduleUrl, exportName);
    const args = restoreBuffers(request.args, request.argBuffers) as unknown[];
    const value: unknown = await Reflect.apply(fn, thisArg, args);
    const report = inspectForClone(value, 'result');
    if (report.problem !== undefined) {
      throw createOffloadError(
        'ERR_OFFLOAD_RESULT_NOT_CLONEABLE',
        `'${exportName}' (${moduleUrl}) returned a value that cannot be sent back from the worker thread: ` +
          `${report.problem.where} ${report.problem.reason}`,
        { Type: TypeError },
      );
    }
    return { ok: true, value, valueBuffers: report.buffers };
  } catch (thrown) {
    return { ok: false, thrown: serializeThrown(thrown) };
  }
}

function loadModule(moduleUrl: string): Promise<Namespace> {
  let namespace = namespaces.get(moduleUrl);
  if (namespace === undefined) {
    namespace = importModule(moduleUrl);
    namespaces.set(moduleUrl, namespace);
    // A failed load is not cached, so a module that appears later can still be loaded.
    namespace.catch(() => namespaces.delete(moduleUrl));
  }
  return namespace;
}

async function importModule(moduleUrl: string): Promise<Namespace> {
  try {
    return (await import(moduleUrl)) as Namespace;
  } catch (error) {
    if (await isMissingFile(moduleUrl)) {
      throw createOffloadError('ERR_OFFLOAD_MODULE_NOT_FOUND', `Cannot find module ${moduleUrl}`);
    }
    const detail = error instanceof Error ? error.message : String(error);
    throw createOffloadError(
      'ERR_OFFLOAD_MODULE_LOAD_FAILED',
      `Module ${moduleUrl} failed to load in the worker thread: ${detail}`,
      { cause: error },
    );
  }
}

async function isMissingFile(moduleUrl: string): Promise<boolean> {
  if (!moduleUrl.startsWith('file:')) return false;
  try {
    await access(fileURLToPath(moduleUrl));
    return false;
  } catch {
    return true;
  }
}

/**
 * The named export, or for a CommonJS module whose `module.exports` object Node's static
 * export detection could not see through (`Object.assign(module.exports, …)`), the property
 * of the default export. A method is called on the object that holds it, as `mod.fn()` would.
 */
function findExport(
  namespace: Namespace,
  moduleUrl: string,
  exportName: string,
): { fn: (...args: unknown[]) => unknown; thisArg: unknown } {
  let value: unknown;
  let thisArg: unknown;
  const fallback = namespace['default'];
  if (Object.hasOwn(namespace, exportName)) {
    value = namespace[exportName];
  } else if (hasOwnOrClassProperty(fallback, exportName)) {
    value = (fallback as Namespace)[exportName];
    thisArg = fallback;
  } else {
    throw createOffloadError(
      'ERR_OFFLOAD_EXPORT_NOT_FOUND',
      `Module ${moduleUrl} has no export named '${exportName}' (${describeExports(namespace)})`,
    );
  }
  if (typeof value !== 'function') {
    throw createOffloadError(
      'ERR_OFFLOAD_EXPORT_NOT_A_FUNCTION',
      `Export '${exportName}' of module ${moduleUrl} is not a function (it is ${describeKind(value)})`,
      { Type: TypeError },
    );
  }
  return { fn: value as (...args: unknown[]) => unknown, thisArg };
}

/** `key` is the object's own, or its class's (`module.exports = new Service()`), not Object's or Function's. */
function hasOwnOrClassProperty(target: unknown, key: string): boolean {
  if ((typeof target !== 'object' && typeof target !== 'function') || target === null) return false;
  for (let current: object | null = target; current !== null; current = Object.getPrototypeOf(current) as object | null) {
    if (current === Object.prototype || current === Function.prototype) return false;
    if (Object.hasOwn(current, key)) return true;
  }
  return false;
}

function describeExports(namespace: Namespace): string {
  const names = new Set(Object.keys(namespace));
  const fallback = namespace['default'];
  if (typeof fallback === 'object' && fallback !== null && Object.getPrototypeOf(fallback) === Object.prototype) {
    for (const key of Object.keys(fallback)) names.add(key);
  }
  return names.size === 0 ? 'it has no exports' : `its exports: ${[...names].sort().join(', ')}`;
}

function describeKind(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'undefined';
  if (Array.isArray(value)) return 'an array';
  const type = typeof value;
  return type === 'object' ? 'an object' : `a ${type}`;
}
