// The messages between the calling thread and a worker: one request and one response per task.
// The worker never throws back through the pool: every outcome of the task itself, success or
// failure, is a response, so a rejection from the pool always means the thread itself failed.

import type { BufferPath } from './clone-check.js';
import type { SerializedThrow } from './errors.js';

export interface TaskRequest {
  /** The target module, as a URL `import()` accepts (`file:`, `node:`, `data:`). */
  moduleUrl: string;
  exportName: string;
  args: unknown[];
  /** Where the caller's arguments held Buffers, to rebuild them in the worker. */
  argBuffers: BufferPath[];
}

export type TaskResponse =
  | { ok: true; value: unknown; valueBuffers: BufferPath[] }
  | { ok: false; thrown: SerializedThrow };
