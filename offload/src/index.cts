// The CommonJS entry (`require('@eslint-plugin-event-loop/offload')`). It hands out the ES
// module itself, loaded through require(esm) (Node 20.19+ / 22.12+), so ESM and CommonJS callers
// in one process share one module instance and so one pool, never two. Its types refer to the
// ES module's through `resolution-mode`, which TypeScript accepts under both `node16` and
// `nodenext`; a plain `import x = require()` of an ES module is an error under `node16`.

import type * as Offload from './index.js' with { 'resolution-mode': 'import' };

// eslint-disable-next-line @typescript-eslint/no-require-imports -- require(esm) of our own ES module is the point
const offload = require('./index.js') as typeof Offload;

// `export =` carries types only through a namespace merged with the value.
// eslint-disable-next-line @typescript-eslint/no-namespace
declare namespace offload {
  export type OffloadError = Offload.OffloadError;
  export type OffloadErrorCode = Offload.OffloadErrorCode;
  export type OffloadOptions = Offload.OffloadOptions;
  export type OffloadStats = Offload.OffloadStats;
}

export = offload;
