// The file piscina loads in each worker thread. It is CommonJS on purpose. Piscina loads its
// worker file with `require()`, and on Node 20 a `require()` of an ES module (require(esm))
// aborts the whole process with "v8::Module::IsGraphAsync must be used on an instantiated
// module" when the thread is terminated while the module is being instantiated, as
// `closeOffload()` does to a thread that is still starting. A CommonJS file never enters the
// ES module loader synchronously; the task code (`worker.ts`) is then loaded with `import()`,
// which a termination merely interrupts.

import type { TaskRequest, TaskResponse } from './protocol.js' with { 'resolution-mode': 'import' };
import type * as Worker from './worker.js' with { 'resolution-mode': 'import' };

let worker: Promise<typeof Worker> | undefined;

function runTask(request: TaskRequest): Promise<TaskResponse> {
  worker ??= import('./worker.js');
  return worker.then((loaded) => loaded.default(request));
}

export = runTask;
