/**
 * Synchronous Node.js APIs that block the event loop and the asynchronous form each one has.
 * Data only: how a call is found lives in `src/analysis`, how it is rewritten in `src/fix`.
 *
 * `valueEqual` is the promise that `await <twin>(same arguments)` settles to the value the sync call
 * returns (and throws where it throws). Only such rows are autofixed; the others are suggestions.
 */

/**
 * Options with which `await <twin>(same arguments)` would not give what the sync call gives: a call
 * that may pass one of them (or an options value the rule cannot see into) is no autofix. `rewrite`:
 * whether the rewrite is still offered as a suggestion, or not at all (it would turn a value into a
 * rejection, or lose what the option does). `difference` is the report's explanation.
 */
export interface OptionCaveat {
  readonly options: readonly string[];
  readonly rewrite: 'suggestion' | 'none';
  readonly difference: string;
}

/** How the asynchronous form is called. */
export type AsyncTwin =
  /** `await fs.promises.<name>(…)`, or `await <name>(…)` imported from `node:fs/promises`. */
  | {
      readonly via: 'fs-promises';
      readonly name: string;
      readonly valueEqual: boolean;
      /** Options with which the twin's value differs (`throwIfNoEntry` of `statSync`, `recursive` of `readdirSync`). */
      readonly optionCaveats?: readonly OptionCaveat[];
      /**
       * The sync form also takes a file descriptor (a number) where the path goes, which `fs/promises`
       * rejects (it takes a FileHandle): such a call's twin is the callback form, `promisify(fs.<name>)`.
       */
      readonly acceptsFileDescriptor?: boolean;
    }
  /** `await promisify(<module>.<name>)(…)`: the callback API through `util.promisify`. */
  | {
      readonly via: 'promisify';
      readonly name: string;
      readonly valueEqual: boolean;
      /** The promisified value is an object; the sync value is this property of it (`(await …).stdout`). */
      readonly resultProperty?: string;
      /** What differs from the sync value, for the suggestion's message. */
      readonly difference?: string;
      /**
       * @types/node gives `promisify(<name>)` a loose type (an `unknown` result; arguments the sync
       * form takes refused): always, or for calls with fewer arguments than this. The fixed call
       * would not type-check as the sync one did, so in a type-checked file it is a suggestion.
       */
      readonly looseTyping?: 'always' | { readonly fewerArgumentsThan: number };
      /**
       * Options of the sync form that the callback form ignores, so that the rewrite changes what
       * the call does (`input` never reaches the command, `stdio` output is captured instead).
       */
      readonly optionCaveats?: readonly OptionCaveat[];
    }
  /** `fs.existsSync(p)` → `await fs.promises.access(p).then(() => true, () => false)`. */
  | { readonly via: 'access-probe'; readonly valueEqual: false; readonly difference: string }
  /** No awaitable form: report only, with advice. */
  | { readonly via: 'none'; readonly advice: string };

export interface BlockingApi {
  /** The module without `node:` (`fs`), or `globalThis` for a global of the default library. */
  readonly module: string;
  /** The export path inside the module: `readFileSync`, `realpathSync.native`, `Atomics.wait`. */
  readonly name: string;
  readonly kind: 'io' | 'cpu' | 'process' | 'wait';
  /** The API is only synchronous in this call shape (`crypto.randomBytes(n)` without a callback). */
  readonly syncWhen?: 'no-callback';
  readonly twin: AsyncTwin;
}

const fsPromises = (
  syncName: string,
  name: string,
  extra: Partial<Pick<Extract<AsyncTwin, { via: 'fs-promises' }>, 'optionCaveats' | 'acceptsFileDescriptor'>> = {},
): BlockingApi => ({
  module: 'fs',
  name: syncName,
  kind: 'io',
  twin: { via: 'fs-promises', name, valueEqual: true, ...extra },
});

const promisified = (
  module: string,
  kind: BlockingApi['kind'],
  syncName: string,
  name: string,
  extra: Partial<Omit<Extract<AsyncTwin, { via: 'promisify' }>, 'via' | 'name'>> & { syncWhen?: 'no-callback' } = {},
): BlockingApi => {
  const { syncWhen, ...twin } = extra;
  return {
    module,
    name: syncName,
    kind,
    ...(syncWhen ? { syncWhen } : {}),
    twin: { via: 'promisify', name, valueEqual: true, ...twin },
  };
};

/** Path-based `fs` APIs whose sync form also takes a file descriptor (`readFileSync(0)` reads stdin). */
const DESCRIPTOR_OR_PATH: ReadonlySet<string> = new Set(['readFile', 'writeFile', 'appendFile']);

/** Path-based `fs` APIs: `fs/promises` has the same function with the same value. */
const FS_PROMISES_TWINS: readonly BlockingApi[] = [
  'access',
  'appendFile',
  'chmod',
  'chown',
  'copyFile',
  'cp',
  'lchown',
  'link',
  'lutimes',
  'mkdir',
  'mkdtemp',
  'opendir',
  'readFile',
  'readdir',
  'readlink',
  'rename',
  'rm',
  'rmdir',
  'statfs',
  'symlink',
  'truncate',
  'unlink',
  'utimes',
  'writeFile',
].map((name) =>
  fsPromises(`${name}Sync`, name, {
    ...(DESCRIPTOR_OR_PATH.has(name) ? { acceptsFileDescriptor: true } : {}),
    // Node walks the tree depth first for `readdirSync`, breadth first for `readdir`.
    ...(name === 'readdir'
      ? {
          optionCaveats: [
            { options: ['recursive'], rewrite: 'suggestion', difference: 'with `recursive` the async `readdir` lists the same entries in another order' },
          ],
        }
      : {}),
  }),
);

/** `fd`-based `fs` APIs: `fs/promises` works on FileHandles, so the twin is the promisified callback API. */
const FS_FD_TWINS: readonly BlockingApi[] = [
  'open',
  'close',
  'fstat',
  'fsync',
  'fdatasync',
  'ftruncate',
  'fchmod',
  'fchown',
  'futimes',
].map((name) => promisified('fs', 'io', `${name}Sync`, name, name === 'open' ? { looseTyping: { fewerArgumentsThan: 2 } } : {}));

const ZLIB_TWINS: readonly BlockingApi[] = [
  'deflate',
  'inflate',
  'gzip',
  'gunzip',
  'deflateRaw',
  'inflateRaw',
  'unzip',
  'brotliCompress',
  'brotliDecompress',
].map((name) => promisified('zlib', 'cpu', `${name}Sync`, name));

/** `execSync(cmd, { input })` pipes `input` to the command, `stdio: 'inherit'` shows its output: `exec` does neither. */
const CHILD_PROCESS_SYNC_ONLY_OPTIONS: readonly OptionCaveat[] = [
  {
    options: ['input', 'stdio'],
    rewrite: 'none',
    difference:
      'the callback form ignores the `input`, `stdio` options this call may pass, so there is no rewrite: use `spawn` and wait for its `close` event',
  },
];
/** `stat`/`lstat` with `throwIfNoEntry: false` return `undefined` where the promise rejects (and the option does not type-check there). */
const THROW_IF_NO_ENTRY: readonly OptionCaveat[] = [
  {
    options: ['throwIfNoEntry'],
    rewrite: 'none',
    difference:
      'the async form has no `throwIfNoEntry` option and rejects where this call returns `undefined`, so there is no rewrite: catch the `ENOENT` rejection instead',
  },
];

export const BLOCKING_APIS: readonly BlockingApi[] = [
  ...FS_PROMISES_TWINS,
  // `stat`/`lstat` with `throwIfNoEntry: false` return undefined where the promise rejects.
  fsPromises('statSync', 'stat', { optionCaveats: THROW_IF_NO_ENTRY }),
  fsPromises('lstatSync', 'lstat', { optionCaveats: THROW_IF_NO_ENTRY }),
  // The JavaScript realpath and the native one can disagree (case, subst drives): keep each with its own kind.
  promisified('fs', 'io', 'realpathSync', 'realpath'),
  fsPromises('realpathSync.native', 'realpath'),
  ...FS_FD_TWINS,
  promisified('fs', 'io', 'readSync', 'read', {
    valueEqual: false,
    resultProperty: 'bytesRead',
    difference: 'the callback form resolves `{ bytesRead, buffer }` and takes its arguments in a different order for some overloads',
  }),
  promisified('fs', 'io', 'writeSync', 'write', {
    valueEqual: false,
    resultProperty: 'bytesWritten',
    difference: 'the callback form resolves `{ bytesWritten, buffer }`',
  }),
  promisified('fs', 'io', 'readvSync', 'readv', {
    valueEqual: false,
    resultProperty: 'bytesRead',
    difference: 'the callback form resolves `{ bytesRead, buffers }`',
  }),
  promisified('fs', 'io', 'writevSync', 'writev', {
    valueEqual: false,
    resultProperty: 'bytesWritten',
    difference: 'the callback form resolves `{ bytesWritten, buffers }`',
  }),
  {
    module: 'fs',
    name: 'existsSync',
    kind: 'io',
    twin: {
      via: 'access-probe',
      valueEqual: false,
      difference: 'there is no async `exists`; `access` also fails when the file exists but is not accessible',
    },
  },
  promisified('child_process', 'process', 'execSync', 'exec', {
    valueEqual: false,
    optionCaveats: CHILD_PROCESS_SYNC_ONLY_OPTIONS,
    resultProperty: 'stdout',
    difference:
      '`exec` resolves `{ stdout, stderr }` with strings by default and does not pass stderr through to the parent; execSync returns a Buffer unless an encoding is given',
  }),
  promisified('child_process', 'process', 'execFileSync', 'execFile', {
    valueEqual: false,
    optionCaveats: CHILD_PROCESS_SYNC_ONLY_OPTIONS,
    resultProperty: 'stdout',
    difference: '`execFile` resolves `{ stdout, stderr }` with strings by default; execFileSync returns a Buffer unless an encoding is given',
  }),
  promisified('child_process', 'process', 'spawnSync', 'execFile', {
    valueEqual: false,
    optionCaveats: CHILD_PROCESS_SYNC_ONLY_OPTIONS,
    difference:
      '`execFile` resolves `{ stdout, stderr }` and rejects on a non-zero exit, where spawnSync returns `{ status, signal, stdout, stderr, … }` and never throws for the exit code',
  }),
  promisified('crypto', 'cpu', 'pbkdf2Sync', 'pbkdf2'),
  promisified('crypto', 'cpu', 'scryptSync', 'scrypt', { looseTyping: 'always' }),
  promisified('crypto', 'cpu', 'hkdfSync', 'hkdf'),
  promisified('crypto', 'cpu', 'generateKeyPairSync', 'generateKeyPair'),
  promisified('crypto', 'cpu', 'generateKeySync', 'generateKey'),
  promisified('crypto', 'cpu', 'generatePrimeSync', 'generatePrime', { looseTyping: 'always' }),
  promisified('crypto', 'cpu', 'checkPrimeSync', 'checkPrime', { looseTyping: 'always' }),
  promisified('crypto', 'cpu', 'randomFillSync', 'randomFill', { looseTyping: 'always' }),
  promisified('crypto', 'cpu', 'randomBytes', 'randomBytes', { syncWhen: 'no-callback' }),
  ...ZLIB_TWINS,
  {
    module: 'globalThis',
    name: 'Atomics.wait',
    kind: 'wait',
    twin: {
      via: 'none',
      advice: 'on the main thread wait with `await Atomics.waitAsync(…).value`, or move the waiting code into a worker thread',
    },
  },
];

const byKey = new Map(BLOCKING_APIS.map((api) => [`${api.module}:${api.name}`, api]));

/** The catalogue row of `module` (with or without `node:`) and export path `name`, if any. */
export function findBlockingApi(module: string, name: string): BlockingApi | undefined {
  return byKey.get(`${module.replace(/^node:/u, '')}:${name}`);
}

/** Modules the catalogue knows, without `node:`. */
export const BLOCKING_API_MODULES: readonly string[] = [...new Set(BLOCKING_APIS.map((api) => api.module))];

/** The last segment of every catalogued name: a cheap syntactic pre-filter before asking the checker. */
export const BLOCKING_API_NAMES: ReadonlySet<string> = new Set(
  BLOCKING_APIS.map((api) => api.name.slice(api.name.lastIndexOf('.') + 1)),
);

/**
 * Packages whose `xSync` methods work on memory, not on a disk (memfs's volumes, declared since
 * memfs 4 in its `@jsonjoy.com/fs-*` packages; webpack's memory-fs): there is no I/O to wait for,
 * and their async twins run the same code on the same thread.
 */
export const IN_MEMORY_FILE_SYSTEMS: ReadonlySet<string> = new Set([
  'memfs',
  '@jsonjoy.com/fs-core',
  '@jsonjoy.com/fs-node',
  '@jsonjoy.com/fs-node-utils',
  'memory-fs',
  'metro-memory-fs',
]);

/** Option caveats of a package's sync functions, whose async sibling is found generically (`xSync` beside `x`). */
export interface SiblingOptionCaveat extends OptionCaveat {
  /** The package that declares the sync function. */
  readonly module: string;
  /** The sync functions' names in it. */
  readonly names: readonly string[];
}

const JSONFILE_THROWS =
  'with `throws: false` this call returns `null` for a file it cannot read as well as for bad JSON, where the async form rejects for a missing or unreadable file, so there is no rewrite: catch that rejection instead';

export const SIBLING_OPTION_CAVEATS: readonly SiblingOptionCaveat[] = [
  // fs-extra's JSON functions are jsonfile's.
  { module: 'fs-extra', names: ['readJsonSync', 'readJSONSync'], options: ['throws'], rewrite: 'none', difference: JSONFILE_THROWS },
  { module: 'jsonfile', names: ['readFileSync'], options: ['throws'], rewrite: 'none', difference: JSONFILE_THROWS },
];
