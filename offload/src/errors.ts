// Errors: the codes this package rejects with, and how a value thrown in a worker thread
// travels back to the caller with its name, message, stack, cause and own properties intact.
// (Node's own structured clone of an Error keeps only built-in names and drops every own
// property, such as `code`, so errors are carried as plain records and rebuilt.)

import { inspectForClone } from './clone-check.js';

export type OffloadErrorCode =
  | 'ERR_OFFLOAD_INVALID_MODULE'
  | 'ERR_OFFLOAD_INVALID_EXPORT_NAME'
  | 'ERR_OFFLOAD_MODULE_NOT_FOUND'
  | 'ERR_OFFLOAD_MODULE_LOAD_FAILED'
  | 'ERR_OFFLOAD_EXPORT_NOT_FOUND'
  | 'ERR_OFFLOAD_EXPORT_NOT_A_FUNCTION'
  | 'ERR_OFFLOAD_ARGUMENT_NOT_CLONEABLE'
  | 'ERR_OFFLOAD_RESULT_NOT_CLONEABLE'
  | 'ERR_OFFLOAD_THROWN_VALUE_NOT_CLONEABLE'
  | 'ERR_OFFLOAD_WORKER_CRASHED'
  | 'ERR_OFFLOAD_QUEUE_FULL'
  | 'ERR_OFFLOAD_CLOSED'
  | 'ERR_OFFLOAD_POOL_STARTED'
  | 'ERR_OFFLOAD_INVALID_OPTION';

/** An error raised by this package itself (not by the offloaded function); `code` tells which. */
export interface OffloadError extends Error {
  code: OffloadErrorCode;
}

type ErrorConstructorLike = new (message?: string, options?: ErrorOptions) => Error;

export function createOffloadError(
  code: OffloadErrorCode,
  message: string,
  options: { cause?: unknown; Type?: ErrorConstructorLike } = {},
): OffloadError {
  const Type = options.Type ?? Error;
  const error = ('cause' in options ? new Type(message, { cause: options.cause }) : new Type(message)) as OffloadError;
  error.code = code;
  return error;
}

export function isOffloadErrorCode(code: unknown): code is OffloadErrorCode {
  return typeof code === 'string' && code.startsWith('ERR_OFFLOAD_');
}

// --- carrying a thrown value across threads -------------------------------------------------

/** The built-in error types, most specific first, so a rebuilt error keeps `instanceof`. */
const builtinErrorTypes = {
  AggregateError,
  EvalError,
  RangeError,
  ReferenceError,
  SyntaxError,
  TypeError,
  URIError,
} as const;

type BuiltinErrorType = keyof typeof builtinErrorTypes | 'Error';

export type SerializedThrow =
  | {
      kind: 'error';
      /** The nearest built-in error type in the thrown error's prototype chain. */
      type: BuiltinErrorType;
      name: string;
      message: string;
      stack: string | undefined;
      /** Present when the error had an own `cause` (which may be `undefined`). */
      cause?: { value: SerializedThrow };
      /** An AggregateError's `errors`. */
      errors?: SerializedThrow[];
      /** Own enumerable properties (`code`, `errno`, …) that can be copied. */
      props: Record<string, unknown>;
    }
  | { kind: 'value'; value: unknown };

const MAX_CAUSE_DEPTH = 16;
const specialErrorKeys = new Set(['name', 'message', 'stack', 'cause', 'errors']);

/** Turns anything thrown into a record that the structured clone algorithm copies faithfully. */
export function serializeThrown(thrown: unknown, depth = 0): SerializedThrow {
  if (!(thrown instanceof Error)) {
    const report = inspectForClone(thrown, 'the thrown value');
    if (report.problem === undefined) return { kind: 'value', value: thrown };
    return serializeThrown(
      createOffloadError(
        'ERR_OFFLOAD_THROWN_VALUE_NOT_CLONEABLE',
        `The offloaded function threw a value that cannot be sent back from the worker thread: ${report.problem.where} ${report.problem.reason}`,
      ),
      depth,
    );
  }
  const record: SerializedThrow = {
    kind: 'error',
    type: builtinTypeOf(thrown),
    name: String(thrown.name),
    message: String(thrown.message),
    stack: typeof thrown.stack === 'string' ? thrown.stack : undefined,
    props: {},
  };
  if (Object.hasOwn(thrown, 'cause') && depth < MAX_CAUSE_DEPTH) {
    record.cause = { value: serializeThrown(thrown.cause, depth + 1) };
  }
  if (thrown instanceof AggregateError && Array.isArray(thrown.errors) && depth < MAX_CAUSE_DEPTH) {
    record.errors = thrown.errors.map((inner: unknown) => serializeThrown(inner, depth + 1));
  }
  for (const key of Object.keys(thrown)) {
    if (specialErrorKeys.has(key)) continue;
    const value: unknown = (thrown as unknown as Record<string, unknown>)[key];
    // A property that cannot be copied is left behind rather than losing the whole error.
    if (inspectForClone(value, key).problem === undefined) record.props[key] = value;
  }
  return record;
}

/**
 * Rebuilds a thrown value on the calling thread. An error gets its original name, message,
 * stack, cause and own properties, and is an instance of the nearest built-in error type.
 * Errors raised by offload itself inside the worker get a fresh stack from the caller's side,
 * since the worker's internal frames say nothing useful.
 */
export function deserializeThrown(record: SerializedThrow): unknown {
  if (record.kind === 'value') return record.value;
  const errors = record.errors?.map(deserializeThrown) ?? [];
  const error =
    record.type === 'AggregateError'
      ? new AggregateError(errors, record.message)
      : new (record.type === 'Error' ? Error : builtinErrorTypes[record.type])(record.message);
  if (error.name !== record.name) defineHidden(error, 'name', record.name);
  if (!isOffloadErrorCode(record.props['code'])) defineHidden(error, 'stack', record.stack);
  if (record.cause !== undefined) defineHidden(error, 'cause', deserializeThrown(record.cause.value));
  Object.assign(error, record.props);
  return error;
}

function builtinTypeOf(error: Error): BuiltinErrorType {
  for (const [name, Type] of Object.entries(builtinErrorTypes)) {
    if (error instanceof Type) return name as BuiltinErrorType;
  }
  return 'Error';
}

/** Defines a property the way the engine defines an error's own `stack` / `cause`: not enumerable. */
function defineHidden(target: object, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, writable: true, configurable: true, enumerable: false });
}
