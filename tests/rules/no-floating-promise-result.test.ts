import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { RuleTester } from '@typescript-eslint/rule-tester';
import rule from '../../src/rules/no-floating-promise-result.js';
import { createTypedRuleTester, createUntypedRuleTester, fixturesDir } from '../rule-tester.js';
import { createFixRoundTrip } from '../support/fix-round-trip.js';

// How the messages end: what to do, by where the promise is used.
const AWAIT_IT = 'Await it.';
const NOT_HERE = '`await` is not allowed here (a class field, a static block, a parameter default, a namespace or an enum): move this into an async function.';
const NOT_ESM =
  'Top-level `await` is not available: this file is not known to be an ES module. Wrap the code in an async function, or use the value in `.then()`.';
const IN_EXECUTOR =
  '`await` is not allowed in this `new Promise` executor: return the promise chain (`….then((value) => …)`) instead of wrapping it in `new Promise`.';
const inSyncFunction = (fn: string): string =>
  `\`await\` is not allowed in ${fn}, which is not async: make it async and await the promise, or use the value in \`.then()\`.`;
const inUsedFunction = (fn: string): string =>
  `\`await\` is not allowed in ${fn}, which is not async, and its callers may use what it returns: make it and its callers async, or use the value in \`.then()\`.`;
const AT_EXIT =
  "`await` is no cure in a `process.on('exit')` listener: the process ends before a promise settles. Do this work before the process exits (in a `beforeExit` listener, or where it decides to stop).";
const inArrayCallback = (method: string): string =>
  `\`await\` is not allowed in this \`${method}\` callback, which runs synchronously: await the promises first (\`await Promise.all(…)\`), then use the values.`;

const ruleTester = createTypedRuleTester();

ruleTester.run('no-floating-promise-result', rule, {
  valid: [
    // Awaited, returned, voided, or stored and awaited later.
    // Type guards and assertions of a thenable type ask about the type.
    'import assert from \'node:assert\';\nimport { types } from \'node:util\';\nimport { getUser } from \'./lib/floating-result-api.js\';\nexport async function f(cached: Promise<unknown>) {\n  const p = getUser();\n  assert.strictEqual(p, cached);\n  return [Array.isArray(p), types.isPromise(p), p];\n}',
    // Handed on to listeners or subscribers, which may await it: a built-in emitter's `emit` overloads, `Channel.publish`.
    'import { Readable } from \'node:stream\';\nimport * as http from \'node:http\';\nimport { channel } from \'node:diagnostics_channel\';\nimport { getUser } from \'./lib/floating-result-api.js\';\nexport function relay(server: http.Server, stream: Readable) {\n  const job = getUser();\n  server.emit(\'job\', job);\n  stream.emit(\'job\', job);\n  channel(\'jobs\').publish(job);\n  return job;\n}',
    // A parameter typed with a slice of a promise's own API takes the promise as a promise.
    'import { getUser } from \'./lib/floating-result-api.js\';\nfunction onSettle(task: Pick<Promise<unknown>, \'finally\'>) {\n  task.finally(() => console.log(\'settled\'));\n}\nfunction onFail(task: { catch(fn: (e: unknown) => void): unknown }) {\n  task.catch(console.error);\n}\nexport function start() {\n  const p = getUser();\n  onSettle(p);\n  onFail(p);\n  return p;\n}',
    // A spread before the argument: which parameter it lands on is not known (here `c`, which takes a promise).
    'import { countUsers } from \'./lib/floating-result-api.js\';\ndeclare function g(a: number, b: string, c: Promise<number>): void;\nexport async function s() {\n  const two: [number, string] = [1, \'x\'];\n  g(...two, countUsers());\n}',
    'import { getUser } from \'./lib/floating-result-api.js\';\nexport async function f() {\n  return (await getUser()).name;\n}',
    'import { getUser } from \'./lib/floating-result-api.js\';\nexport function f() {\n  return getUser();\n}',
    'import { getUser } from \'./lib/floating-result-api.js\';\nexport function f() {\n  void getUser();\n}',
    'import { getUser } from \'./lib/floating-result-api.js\';\nexport async function f() {\n  const pending = getUser();\n  const user = await pending;\n  return user.name;\n}',
    'import { getUser } from \'./lib/floating-result-api.js\';\nexport class Cache {\n  #pending = getUser();\n  get() {\n    return this.#pending;\n  }\n}',
    // Passed where a thenable is accepted.
    'import { getUser } from \'./lib/floating-result-api.js\';\nexport async function f() {\n  await Promise.all([getUser(), getUser()]);\n  await Promise.race([getUser()]);\n  await Promise.allSettled([getUser()]);\n  return Promise.any([getUser()]);\n}',
    'import { getUser } from \'./lib/floating-result-api.js\';\ndeclare function expect<T>(actual: T): { resolves: { toEqual(value: unknown): Promise<void> } };\nexport async function f() {\n  await expect(getUser()).resolves.toEqual({});\n}',
    'import { getUser, remember, logLater } from \'./lib/floating-result-api.js\';\nremember(getUser());\nlogLater(getUser());',
    'import { getUser } from \'./lib/floating-result-api.js\';\nexport function f() {\n  return new Promise((resolve) => resolve(getUser()));\n}',
    'import { getUser, type User } from \'./lib/floating-result-api.js\';\nexport function f(cache: Map<string, Promise<User>>, loose: Map<string, any>, seen: Set<object>, keys: WeakMap<object, number>) {\n  cache.set(\'a\', getUser());\n  loose.set(\'a\', getUser());\n  seen.add(getUser());\n  keys.set(getUser(), 1);\n}',
    'import { getUser } from \'./lib/floating-result-api.js\';\ninterface Mock<T = any> {\n  mockReturnValue(value: T): this;\n}\nexport function f(mock: Mock) {\n  mock.mockReturnValue(getUser());\n}',
    // `any`/`unknown` outside the default library and Node's built-ins says nothing of what is done
    // with the value (chai's `expect(val: any)`, sinon's `match.same`, a registry); a rest parameter
    // after a callback hands its arguments on; a thenable that converts itself is meant as it is.
    'import { expect, match } from \'chai-like\';\nimport { getUser } from \'./lib/floating-result-api.js\';\nexport function f() {\n  const p = getUser();\n  expect(p).to.be.instanceOf(Promise);\n  expect(p).to.not.equal(getUser());\n  return [expect(getUser()).to.eventually.rejectedWith(Error), match.same(p)];\n}',
    'import { getUser } from \'./lib/floating-result-api.js\';\nconst registry = new Map<string, unknown>();\nfunction register(name: string, value: unknown): void {\n  registry.set(name, value);\n}\nregister(\'user\', getUser());',
    'import { getUser } from \'./lib/floating-result-api.js\';\nexport function f(handle: (user: unknown) => void) {\n  process.nextTick(handle, getUser());\n}',
    'import { query } from \'./lib/floating-result-api.js\';\ninterface Json extends PromiseLike<number> {\n  toJSON(): object;\n}\ndeclare const pending: Json;\nexport function f() {\n  return [String(query(\'users\')), JSON.stringify(pending)];\n}',
    // A parameter typed with the thenable's own API (drizzle's `SQLWrapper`, a subprocess's `kill`): the object is meant.
    'interface SQLWrapper {\n  getSQL(): { sql: string };\n}\ninterface QueryPromise<T> extends Promise<T>, SQLWrapper {\n  where(condition: SQLWrapper): QueryPromise<T>;\n}\ndeclare function select(table: string): QueryPromise<{ id: number }[]>;\ndeclare function inArray(column: string, values: SQLWrapper | unknown[]): SQLWrapper;\nexport function f() {\n  return select(\'users\').where(inArray(\'id\', select(\'orders\')));\n}',
    'import { execa } from \'execa\';\nexport function f(track: (child: { kill(): boolean; pid?: number }) => void) {\n  const child = execa(\'ls\');\n  track(child);\n  return child;\n}',
    // Used as a promise: then/catch/finally, type and maybe-promise checks, identity.
    'import { getUser } from \'./lib/floating-result-api.js\';\nexport function f() {\n  return getUser().then((user) => user.name).catch(() => \'\').finally(() => {});\n}',
    'import { getUser, isPromise } from \'./lib/floating-result-api.js\';\nexport function f(value: unknown) {\n  const p = getUser();\n  return [typeof p, p instanceof Promise, \'then\' in p, isPromise(value), isPromise(p)];\n}',
    'import { countUsers } from \'./lib/floating-result-api.js\';\nexport function f(expected: number) {\n  return countUsers() === expected || countUsers() !== /x/;\n}',
    'import { getUser, type User } from \'./lib/floating-result-api.js\';\nimport assert from \'node:assert\';\nexport function f(cached: Promise<User>) {\n  const p = getUser();\n  assert.strictEqual(p, cached);\n  return [p === cached, p !== cached, Object.is(p, cached), Object.getPrototypeOf(p)];\n}',
    'import { getUser } from \'./lib/floating-result-api.js\';\nexport function f() {\n  const p = getUser();\n  return p[Symbol.toStringTag] === \'Promise\' ? p : Promise.resolve(p);\n}',
    // A presence check before using it as a promise (duck typing).
    'export function run(task: () => Promise<void>) {\n  const result = task();\n  if (result && typeof result.then === \'function\') return result;\n  return result != null ? result.catch(() => {}) : undefined;\n}',
    // A promise that may be absent is tested for existence.
    'import { getUser, type User } from \'./lib/floating-result-api.js\';\nexport function f(p: Promise<User> | undefined, q: Promise<User> | null) {\n  if (p) return p;\n  return [p === undefined, q == null, q ?? getUser(), !q, q && 1];\n}',
    // A promise that may not be there whatever its type says: an element access, a parameter, a
    // variable or field declared without an initialiser (set on first use), an array pattern's element.
    'declare function load(key: string): Promise<number>;\nconst cache: Record<string, Promise<number>> = {};\nexport function get(key: string) {\n  if (!cache[key]) cache[key] = load(key);\n  return [cache[key] || load(key), cache[key] ?? load(key), cache[key] !== undefined];\n}',
    'export async function drain(queue: Promise<number>[]) {\n  while (queue[0]) await queue.shift();\n  const last = queue[queue.length - 1];\n  const [first] = queue;\n  if (last && first) await last;\n  return queue.filter((_, index) => queue[index]);\n}',
    'declare function connect(): Promise<void>;\nlet ready: Promise<void>;\nexport function init() {\n  if (!ready) ready = connect();\n  return ready;\n}',
    'declare function connect(): Promise<void>;\nexport class Client {\n  private connecting!: Promise<void>;\n  constructor(private readonly started: Promise<void>) {}\n  ensure() {\n    if (!this.connecting) this.connecting = connect();\n    return this.started == null ? this.connecting : this.started;\n  }\n}',
    'export function track(p: Promise<number>) {\n  if (!p) throw new TypeError(\'a promise is required\');\n  return p;\n}',
    // A truthiness assertion (`asserts value`: `assert`, `assert.ok`, node:assert/strict's, a project's
    // own `invariant`) tests its argument as `if (!value) throw …` does: of a promise that may be
    // missing, or of nothing (`Promise<void>`), it is a presence test.
    'import assert from \'node:assert\';\nexport class Server {\n  private closing?: Promise<void>;\n  close() {\n    this.closing ??= new Promise<void>((r) => setTimeout(r, 10));\n    return this.closing;\n  }\n  async waitClosed() {\n    assert(this.closing, \'close() was not called\');\n    await this.closing;\n  }\n}',
    'import assert from \'node:assert/strict\';\nimport { ok } from \'node:assert\';\ndeclare function maybeLoad(): Promise<string> | undefined;\nfunction invariant(condition: unknown, message?: string): asserts condition {\n  if (!condition) throw new Error(message);\n}\nexport function a() {\n  const p = maybeLoad();\n  assert.ok(p);\n  return p;\n}\nexport function b() {\n  const p = maybeLoad();\n  assert(p, \'not started\');\n  return p;\n}\nexport function c() {\n  const p = maybeLoad();\n  ok(p);\n  return p;\n}\nexport function d() {\n  const p = maybeLoad();\n  invariant(p, \'not started\');\n  return p;\n}',
    // A presence test of what a caller passed in, which a JavaScript caller may leave out: a member
    // read from a parameter (`opts.connection`), a `const` taken from one (`const { connection } = opts`).
    'interface Db {\n  query(sql: string): Promise<unknown>;\n}\nexport interface Options {\n  connection: Promise<Db>;\n  name: string;\n}\nexport async function connect(opts: Options) {\n  if (!opts.connection) throw new TypeError(\'options.connection is required\');\n  const { connection } = opts;\n  if (connection === undefined) throw new TypeError(\'connection is required\');\n  return { db: connection, name: opts.name };\n}',
    // … and what a constructor keeps of its parameters: a parameter property, or `this.settings = settings`.
    'interface Db {\n  query(sql: string): Promise<unknown>;\n}\ninterface Options {\n  connection: Promise<Db>;\n}\nexport class Pool {\n  readonly settings: Options;\n  constructor(private readonly options: Options, settings: Options) {\n    this.settings = settings;\n  }\n  async query(sql: string) {\n    if (!this.options.connection || this.settings.connection == null) throw new TypeError(\'connection is required\');\n    return (await this.options.connection).query(sql);\n  }\n}',
    {
      // In JavaScript, a `#private` field the constructor sets from a parameter.
      code: "export class Pool {\n  #options;\n  /** @param {{ connection: Promise<{ query(sql: string): Promise<unknown> }> }} options */\n  constructor(options) {\n    this.#options = options;\n  }\n  async query(/** @type {string} */ sql) {\n    if (!this.#options.connection) throw new TypeError('connection is required');\n    return (await this.#options.connection).query(sql);\n  }\n}",
      filename: 'script.js',
    },
    // … and a `let` never assigned again, or a local taken from a parameter and its members (`settings.connection`).
    'interface Db {\n  query(sql: string): Promise<unknown>;\n}\ninterface Options {\n  connection: Promise<Db>;\n}\nexport async function connect(opts: Options, options: { settings: Options }) {\n  let { connection } = opts;\n  if (!connection) throw new TypeError(\'connection is required\');\n  const settings = options.settings;\n  if (settings.connection == null) throw new TypeError(\'settings.connection is required\');\n  let pending = settings.connection;\n  if (!pending) throw new TypeError(\'connection is required\');\n  return [connection, pending];\n}',
    'interface Db {\n  query(sql: string): Promise<unknown>;\n}\ninterface Options {\n  connection: Promise<Db>;\n}\nexport async function check(opts: Options) {\n  const pending = opts.connection;\n  if (pending == null || opts?.connection === null || !opts!.connection) throw new TypeError(\'connection is required\');\n  return pending;\n}\nexport class Pool {\n  readonly db: Promise<Db>;\n  constructor(options: { settings: Options }) {\n    if (!options.settings.connection) throw new TypeError(\'options.settings.connection is required\');\n    this.db = options.settings.connection;\n  }\n}',
    // A parameter of the project's own functions typed `object`, `{}`, `NonNullable<unknown>` or a union
    // with one says as little as `unknown` of what is done with the value (here, it is a key by identity).
    'declare function loadS(): Promise<string>;\nconst ids = new WeakMap<object, number>();\nlet next = 0;\nexport function idOf(o: object): number {\n  let id = ids.get(o);\n  if (id === undefined) ids.set(o, (id = next++));\n  return id;\n}\nexport function traced() {\n  const p = loadS();\n  console.debug(\'started promise #%d\', idOf(p));\n  return p;\n}',
    'declare function loadS(): Promise<string>;\ndeclare function describe(value: {}): string;\ndeclare function label(value: NonNullable<unknown>): string;\ndeclare function keyOf(value: string | object | undefined): string;\nexport async function f() {\n  const p = loadS();\n  return [describe(p), label(p), keyOf(p), await p];\n}',
    // A field whose declaration puts nothing in it, whatever its type says: `null!` in TypeScript, and
    // in JavaScript `null` under a JSDoc type (which, not the assignment, types the field).
    'export class Loader {\n  private pending: Promise<string> = null!;\n  private other = undefined as unknown as Promise<string>;\n  get idle() {\n    return this.pending === null || !this.other;\n  }\n  start() {\n    this.pending = Promise.resolve(\'x\');\n  }\n}',
    {
      code: 'class Loader {\n  constructor() {\n    /** @type {Promise<string>} */\n    this.pending = null;\n  }\n  get idle() {\n    return this.pending === null;\n  }\n  isIdle() {\n    return !this.pending;\n  }\n  start() {\n    this.pending = Promise.resolve(\'x\');\n  }\n}\nmodule.exports = { Loader };',
      filename: 'script.cjs',
    },
    // A thenable's own API (a query builder), and a cast that opts out.
    'import { query } from \'./lib/floating-result-api.js\';\nexport function f() {\n  const q = query<{ id: number }>(\'users\').where(\'id\', 1).first();\n  return `${q}` + q.toString();\n}',
    'import { getUser } from \'./lib/floating-result-api.js\';\nexport function f() {\n  return (getUser() as any).name;\n}',
    // Not value uses: tagged templates, `for await`, `map`/`forEach` callbacks, `??=`.
    'import { getUser } from \'./lib/floating-result-api.js\';\ndeclare function sql(strings: TemplateStringsArray, ...values: unknown[]): string;\nexport function f() {\n  return sql`select ${getUser()}`;\n}',
    'import { loadUsers } from \'./lib/floating-result-api.js\';\nexport async function f() {\n  for await (const user of loadUsers()) void user;\n}',
    'import { isAllowed, type User } from \'./lib/floating-result-api.js\';\nexport async function f(users: User[]) {\n  users.forEach(async (user) => isAllowed(user));\n  return Promise.all(users.map(async (user) => isAllowed(user)));\n}',
    'import { isAllowed, type User } from \'./lib/floating-result-api.js\';\nexport function f(custom: { filter(fn: (user: User) => unknown): void }) {\n  custom.filter(async (user) => isAllowed(user));\n}',
    // JavaScript parameters without types say nothing: not sinks.
    {
      code: 'const cache = new Map();\nasync function load(key) { return key; }\nfunction track(value) { return value; }\nexport function f(key) {\n  cache.set(key, load(key));\n  track(load(key));\n}',
      filename: 'script.js',
    },
    // A promise decorated with members of its own (execa, p-timeout, got): written, deleted, or read
    // where the value has no such member (its type says so, or it is `unknown`, or the `any` of
    // JavaScript that TypeScript does not check).
    {
      code: 'async function work() {\n  return 1;\n}\nexport function start() {\n  const promise = work();\n  promise.cancel = () => {};\n  promise[\'clear\'] = () => {};\n  promise.count++;\n  delete promise.cancel;\n  return promise;\n}',
      filename: 'script.js',
    },
    {
      code: 'const createDeferred = () => {\n  const methods = {};\n  const promise = new Promise((resolve, reject) => {\n    Object.assign(methods, { resolve, reject });\n  });\n  return Object.assign(promise, methods);\n};\nexport function settle(ms) {\n  const deferred = createDeferred();\n  deferred.resolve();\n  const { reject } = deferred;\n  const timeout = new Promise((resolve) => setTimeout(resolve, ms));\n  timeout.clear = () => {};\n  timeout.clear();\n  return [deferred, reject, timeout];\n}',
      filename: 'script.js',
    },
    {
      // A value with only a number index signature (an array) has no `abort`: the promise's own member is read.
      code: '/** @returns {Promise<string[]>} */\nexport function list() {\n  const controller = new AbortController();\n  const p = Promise.resolve([\'a\']);\n  p.abort = () => controller.abort();\n  return p;\n}\nexport function cancelSoon() {\n  const p = list();\n  setTimeout(() => p.abort(), 100);\n  return p;\n}',
      filename: 'script.js',
    },
    'export function f(p: Promise<{ id: number }>, q: Promise<unknown>) {\n  // @ts-expect-error decorating the promise\n  p.cancel = () => {};\n  // @ts-expect-error neither the promise nor its value has `id`\n  return q.id;\n}',
    // A member the promise has under a unique symbol or a `const` key (@tanstack/router-core's deferred promises).
    'export const KEY = Symbol.for(\'KEY\');\nconst META = \'meta\';\ntype State = { status: string };\nexport type Deferred<T> = Promise<T> & { [KEY]: State; meta: State };\nexport async function statusOf(promise: Deferred<string>) {\n  promise[KEY].status = \'done\';\n  return promise[KEY].status + promise[META].status;\n}',
    // Presence checks that memoise, return or chain the promise they test, TypeScript's compiled
    // `?.catch()` included (bullmq, electron-builder, html-webpack-plugin).
    {
      code: 'class Connection {\n  constructor() {\n    this.initializing = this.init();\n  }\n  async init() {}\n  async close() {\n    var _a;\n    (_a = this.initializing) === null || _a === void 0 ? void 0 : _a.catch(() => {});\n  }\n}\nmodule.exports = { Connection };',
      filename: 'script.cjs',
    },
    'export class Vm {\n  private startPromise = this.doStartVm();\n  async doStartVm(): Promise<void> {}\n  ensureStarted(): Promise<void> {\n    let startPromise = this.startPromise;\n    if (startPromise == null) {\n      startPromise = this.doStartVm();\n      this.startPromise = startPromise;\n    }\n    return startPromise;\n  }\n}',
    {
      code: 'class ChildCompiler {\n  constructor() {\n    /** @type {Promise<Record<string, string>>} */\n    this.compilationPromise;\n  }\n  compileTemplates() {\n    if (this.compilationPromise) {\n      return this.compilationPromise;\n    }\n    this.compilationPromise = Promise.resolve({ index: \'<html>\' });\n    return this.compilationPromise;\n  }\n}\nmodule.exports = { ChildCompiler };',
      filename: 'script.cjs',
    },
    // Asked what kind of object it is (`util.types`).
    'import { types } from \'node:util\';\nimport { isProxy } from \'node:util/types\';\nimport { getUser } from \'./lib/floating-result-api.js\';\nexport function f() {\n  const p = getUser();\n  return [types.isProxy(p), types.isPromise(p), isProxy(p)];\n}',
    // A JSDoc cast in JavaScript is the author's word, as `p as unknown` is in TypeScript.
    {
      code: 'async function load() {\n  return { name: \'a\' };\n}\nexport async function f() {\n  const p = load();\n  console.debug(\'pending\', /** @type {unknown} */ (p));\n  return [JSON.stringify(/** @type {any} */ ((p))), /** @type {any} */ (p).name];\n}',
      filename: 'script.js',
    },
    // A busy wait after an `await` that follows the callback's registration: the callback may have run meanwhile.
    'import { getUser } from \'./lib/floating-result-api.js\';\nexport async function drain() {\n  let done = false;\n  const p = getUser().then(() => {\n    done = true;\n  });\n  await p;\n  while (!done) {}\n}',
    // Held by identity (`WeakKey`), or inspected: `util.inspect(p)` shows the promise's state.
    'import { inspect } from \'node:util\';\nimport util from \'node:util\';\nimport { getUser } from \'./lib/floating-result-api.js\';\nconst byKey = new WeakMap<WeakKey, number>();\nconst registry = new FinalizationRegistry<string>(() => {});\nexport function f() {\n  const p = getUser();\n  byKey.set(p, 1);\n  registry.register(p, \'user\');\n  return [new WeakRef(p), inspect(p), util.inspect(p)];\n}',
    // A default kept as it is (`p = load()`), awaited, or taken apart for the promise's own members.
    {
      code: 'async function load() {\n  return { name: \'a\' };\n}\nexport async function f(p = load(), { name } = { name: \'b\' }) {\n  const [{ then } = load()] = [];\n  const { name: other } = (await load()) ?? {};\n  return [p, name, then, other];\n}',
      filename: 'script.js',
    },
    // A `switch` whose `case`s may hold the promise itself (a variable, `null`), on its value, or on its `typeof`.
    'import { countUsers } from \'./lib/floating-result-api.js\';\nexport async function f(pending: Promise<number>) {\n  const p = countUsers();\n  switch (p) {\n    case pending:\n      return \'same\';\n  }\n  switch (p) {\n    case null:\n    case undefined:\n      return \'none\';\n  }\n  switch (await p) {\n    case 0:\n      return \'zero\';\n  }\n  switch (typeof p) {\n    case \'object\':\n      return \'object\';\n  }\n  switch (pending) {\n    case p:\n      return \'same\';\n  }\n  return \'other\';\n}',
    // `FinalizationRegistry` as the default library of TypeScript 5.0 and 5.1 declares it (`target: object`,
    // not `WeakKey`), merged into the global one: it still holds the promise by identity.
    'import { getUser } from \'./lib/floating-result-api.js\';\ndeclare global {\n  interface FinalizationRegistry<T> {\n    register(target: object, heldValue: T, unregisterToken?: object): void;\n    unregister(unregisterToken: object): boolean;\n  }\n}\nconst registry = new FinalizationRegistry<string>(() => {});\nexport function track() {\n  registry.register(getUser(), \'user\');\n}\nexport function untrack() {\n  return registry.unregister(getUser());\n}',
    {
      // The `any` value of unchecked JavaScript says nothing (compare the `// @ts-check` case among the reports).
      code: 'async function load() {\n  return JSON.parse(\'{}\');\n}\nexport async function f() {\n  return load().items;\n}',
      filename: 'script.js',
    },
    // Nor does the `any` TypeScript fills in for a JavaScript promise nobody typed, even where it
    // checks the JavaScript or reads it from TypeScript: pg-boss decorates such a promise with `abort`.
    {
      code: '// @ts-check\nfunction delay(ms) {\n  const promise = new Promise((resolve) => setTimeout(resolve, ms));\n  promise.abort = () => {};\n  return promise;\n}\nexport async function race(work) {\n  const timeout = delay(1000);\n  try {\n    return await Promise.race([work, timeout]);\n  } finally {\n    timeout.abort();\n  }\n}\nexport class Worker {\n  constructor() {\n    this.loopDelay = null;\n  }\n  async loop() {\n    this.loopDelay = delay(10);\n    await this.loopDelay;\n  }\n  stop() {\n    if (this.loopDelay) this.loopDelay.abort();\n  }\n}',
      filename: 'script.js',
    },
    'import { delay } from \'./lib/decorated-delay.js\';\nexport async function race(work: Promise<void>) {\n  const timeout = delay(1000);\n  try {\n    return await Promise.race([work, timeout]);\n  } finally {\n    // @ts-expect-error the member is added where TypeScript cannot see it\n    timeout.abort();\n  }\n}',
    {
      code: 'const clearMethods = new WeakMap();\nexport function delay(ms) {\n  const promise = new Promise((resolve) => setTimeout(resolve, ms));\n  clearMethods.set(promise, () => {});\n  return promise;\n}',
      filename: 'script.js',
    },
    // A thenable that converts itself with `Symbol.toPrimitive`: text, numbers and order are its own.
    'export class Money implements PromiseLike<number> {\n  constructor(private cents: number) {}\n  then<A = number, B = never>(ok?: ((v: number) => A | PromiseLike<A>) | null, bad?: ((e: unknown) => B | PromiseLike<B>) | null): PromiseLike<A | B> {\n    return Promise.resolve(this.cents).then(ok, bad);\n  }\n  [Symbol.toPrimitive](hint: string) {\n    return hint === \'number\' ? this.cents / 100 : `$${this.cents / 100}`;\n  }\n}\nexport async function show(m: Money) {\n  return [`total ${m}`, +m * 2, m > new Money(0), m == 1];\n}',
    // Decorating the promise, or asking about its own properties, through `Reflect` and `Object`.
    'interface Job {\n  id: number;\n}\nasync function runJob(): Promise<Job> {\n  return { id: 1 };\n}\nexport function start() {\n  const job = runJob();\n  Reflect.defineProperty(job, \'cancel\', { value: () => \'cancelled\' });\n  Reflect.deleteProperty(job, \'tag\');\n  Object.freeze(job);\n  return [Object.hasOwn(job, \'cancel\'), Reflect.get(job, \'cancel\'), job];\n}',
    // A promise of nothing (`Promise<void>`): a test of it can only ask whether it is there; awaiting
    // it would turn the test around.
    'async function warmUp(): Promise<void> {}\nexport async function start() {\n  const pending = warmUp();\n  if (!pending || pending === undefined) throw new Error(\'warm-up did not start\');\n  await pending;\n  return \'started\';\n}',
    // A key of an index signature read with a dot is there or not whatever its type says, as `cache[key]` is.
    'declare function load(key: string): Promise<number>;\nconst cache: Record<string, Promise<number>> = {};\nconst byKey: { [key: string]: Promise<number> } = {};\nexport function get() {\n  if (!cache.alice) cache.alice = load(\'alice\');\n  return [byKey.carol ?? load(\'carol\'), cache.bob !== undefined, cache.alice];\n}',
    // An object-mode stream carries whatever it is given, promises included (an ordered concurrent pipeline).
    'import { Readable, Writable } from \'node:stream\';\nimport { getUser } from \'./lib/floating-result-api.js\';\nexport function pipe(source: Readable, sink: Writable) {\n  source.push(getUser());\n  source.unshift(getUser());\n  sink.write(getUser());\n  sink.end(getUser());\n}',
    // A loop that awaits the disposal of an `await using` resource at the end of each turn gives control back.
    'declare function later(): Promise<void>;\nconst tick = { async [Symbol.asyncDispose]() {} };\nlet done = false;\nasync function finish() {\n  await later();\n  done = true;\n}\nexport async function wait() {\n  void finish();\n  while (!done) {\n    await using resource = tick;\n    void resource;\n  }\n}',
    // Options.
    {
      code: 'import { isAllowed, type User } from \'./lib/floating-result-api.js\';\nexport async function f(user: User) {\n  if (isAllowed(user)) return !isAllowed(user) || isAllowed(user) ? 1 : 2;\n  return [1].filter(async () => isAllowed(user));\n}',
      options: [{ checkConditions: false }],
    },
    {
      code: 'import { getUser } from \'./lib/floating-result-api.js\';\nexport async function f() {\n  console.log(getUser());\n  JSON.stringify(getUser());\n}',
      options: [{ checkArguments: false }],
    },
    {
      code: 'import { getUser } from \'./lib/floating-result-api.js\';\nexport async function f() {\n  console.log(getUser());\n}',
      options: [{ allowAsArgumentTo: ['log'] }],
    },
    {
      code: 'import { getUser } from \'./lib/floating-result-api.js\';\nexport async function f() {\n  console.log(getUser());\n}',
      options: [{ allowAsArgumentTo: [{ from: 'package', package: 'node:console', name: 'log' }] }],
    },
    {
      code: 'import { getUser } from \'./lib/floating-result-api.js\';\nexport async function f() {\n  return JSON.stringify(getUser());\n}',
      options: [{ allowAsArgumentTo: [{ from: 'lib', name: 'stringify' }] }],
    },
    {
      code: 'let done = false;\nPromise.resolve().then(() => {\n  done = true;\n});\nwhile (!done) {}',
      options: [{ checkBusyWait: false }],
    },
    // A field whose writes are not all spelled `this.ready = …`: `this` handed out (`Object.assign(this, …)`,
    // an alias), a computed key, a `#name` written through another reference.
    'import { getUser } from \'./lib/floating-result-api.js\';\nexport class Poller {\n  private ready = false;\n  wait() {\n    getUser().then(() => { this.ready = true; });\n    while (!this.ready) { this.check(); }\n  }\n  private check() { Object.assign(this, { ready: true }); }\n}',
    'import { getUser } from \'./lib/floating-result-api.js\';\nexport class Poller {\n  private ready = false;\n  wait(key: \'ready\') {\n    getUser().then(() => { this.ready = true; });\n    while (!this.ready) { this[key] = true; }\n  }\n}',
    'import { getUser } from \'./lib/floating-result-api.js\';\nexport class Poller {\n  #done = false;\n  wait() {\n    const self = this;\n    getUser().then(() => { this.#done = true; });\n    while (!this.#done) { self.#done = true; }\n  }\n}',
    // Code that runs without call syntax: a setter, a getter, an iterator can emit the event that sets the flag.
    'import { EventEmitter } from \'node:events\';\nexport function waitFor(em: EventEmitter) {\n  let done = false;\n  em.on(\'x\', () => { done = true; });\n  const trigger = { set v(_: number) { em.emit(\'x\'); } };\n  while (!done) { trigger.v = 1; }\n}',
    'import { EventEmitter } from \'node:events\';\nexport function waitFor(em: EventEmitter, ticks: Iterable<number>) {\n  let done = false;\n  let total = 0;\n  em.on(\'x\', () => { done = true; });\n  while (!done) { for (const tick of ticks) total += tick; }\n  return total;\n}',
    // Loops that can end: they await, break, call what may set the flag, change it themselves or test more than the flag.
    'let done = false;\nPromise.resolve().then(() => { done = true; });\nexport async function f() {\n  while (!done) {\n    await new Promise((resolve) => setTimeout(resolve, 10));\n  }\n}',
    'let done = false;\nPromise.resolve().then(() => { done = true; });\nwhile (!done) {\n  if (Date.now() > 0) break;\n}',
    // A loop that calls something in a file using deasync, which runs the event loop from synchronous code.
    {
      code: 'function syncFunction() {\n  let ret;\n  setTimeout(function () {\n    ret = \'hello\';\n  }, 3000);\n  while (ret === undefined) {\n    require(\'deasync\').runLoopOnce();\n  }\n  return ret;\n}\nmodule.exports = syncFunction;',
      filename: 'script.cjs',
    },
    'import { loopWhile, runLoopOnce } from \'@kaciras/deasync\';\nlet done = false;\nPromise.resolve().then(() => { done = true; });\nwhile (!done) runLoopOnce();\nexport { loopWhile };',
    'let done = false;\nPromise.resolve().then(() => { done = true; });\nouter: for (;;) {\n  while (!done) {\n    break outer;\n  }\n}',
    'let done = false;\nfunction finish() { done = true; }\nPromise.resolve().then(() => { done = true; });\nwhile (!done) {\n  finish();\n}',
    'let done = false;\nfunction onDone() { done = true; }\nPromise.resolve().then(onDone);\nwhile (!done) {\n  onDone();\n}',
    'let done = false;\nasync function load() {\n  done = true;\n  await Promise.resolve();\n}\nwhile (!done) {\n  void load();\n}',
    'let done = false;\nlet tries = 0;\nPromise.resolve().then(() => { done = true; });\nwhile (!done && tries < 5) {\n  tries++;\n}',
    'let done = false;\nPromise.resolve().then(() => { done = true; });\nwhile (!done && Date.now() < 1000) {}',
    'let done = false;\nnew Promise<void>((resolve) => {\n  done = true;\n  resolve();\n});\nwhile (!done) {}',
    'let done = false;\nprocess.on(\'SIGINT\', () => { done = true; });\nwhile (!done) {\n  process.emit(\'SIGINT\');\n}',
    'export function wait(flag: { done: boolean }) {\n  Promise.resolve().then(() => { flag.done = true; });\n  while (!flag.done) {}\n}',
    'export class Loader {\n  data: string | undefined;\n  async load() { this.data = await Promise.resolve(\'x\'); }\n  wait() {\n    while (!this.data) {\n      this.tick();\n    }\n  }\n  tick() {}\n}',
    'export class Loader {\n  data: string | undefined;\n  set() { this.data = \'x\'; }\n  wait() {\n    Promise.resolve().then(() => { this.data = \'y\'; });\n    while (!this.data) {}\n  }\n}',
    // What the callback writes keeps the loop going rather than ending it: the loop does not wait for it.
    {
      code: 'async function connect() {\n  throw new Error(\'down\');\n}\nexport function tryOnce() {\n  let failed = false;\n  connect().catch(() => {\n    failed = true;\n  });\n  while (failed) {\n    console.log(\'retrying\');\n  }\n  return \'ok\';\n}',
      filename: 'script.js',
    },
    'export function poll(p: Promise<void>) {\n  let result: number | null = null;\n  void p.then(() => {\n    result = null;\n  });\n  while (result === null) {}\n  while (result == undefined) {}\n}',
    // A timer callback that a call in the loop can run: fake timers (node:test, vitest, sinon) run it at once.
    'import { mock } from \'node:test\';\nexport function waitWithMockTimers() {\n  mock.timers.enable({ apis: [\'setTimeout\'] });\n  let fired = false;\n  setTimeout(() => { fired = true; }, 100);\n  while (!fired) mock.timers.tick(10);\n  mock.timers.reset();\n  return fired;\n}',
    'declare const vi: { useFakeTimers(): void; advanceTimersByTime(ms: number): void; runAllTicks(): void; useRealTimers(): void };\nexport function waitForFlag() {\n  vi.useFakeTimers();\n  let fired = false;\n  let ticked = false;\n  setTimeout(() => { fired = true; }, 100);\n  process.nextTick(() => { ticked = true; });\n  while (!fired) vi.advanceTimersByTime(10);\n  while (!ticked) vi.runAllTicks();\n  vi.useRealTimers();\n  return fired && ticked;\n}',
    'declare const clock: { tick(ms: number): number };\nexport function waitForFlag() {\n  let fired = false;\n  setInterval(() => { fired = true; }, 100);\n  while (!fired) clock.tick(10);\n  return fired;\n}',
    // A `setTimeout` or `.catch` that is not the platform's timer or a promise's: it may call back at once.
    'class Clock {\n  setTimeout(callback: () => void, ms: number) {\n    if (ms <= 0) callback();\n  }\n}\nexport function fireNow() {\n  const clock = new Clock();\n  let fired = false;\n  clock.setTimeout(() => { fired = true; }, 0);\n  while (!fired) {}\n  return fired;\n}',
    'class NumberSchema {\n  private fallback?: (input: unknown) => number;\n  catch(handler: (input: unknown) => number) { this.fallback = handler; return this; }\n  parse(input: unknown): number {\n    if (typeof input === \'number\') return input;\n    if (this.fallback) return this.fallback(input);\n    throw new Error(\'not a number\');\n  }\n}\nexport function firstThreeRejected(inputs: unknown[]) {\n  let rejected = 0;\n  const port = new NumberSchema().catch(() => { rejected++; return 0; });\n  let i = 0;\n  while (rejected < 3) port.parse(inputs[i++]);\n  return i;\n}',
    'function attempt(work: () => void) {\n  let error: unknown;\n  try {\n    work();\n  } catch (caught) {\n    error = caught;\n  }\n  return { catch(handle: (error: unknown) => void) { if (error !== undefined) handle(error); } };\n}\nexport function failsAtOnce() {\n  let failed = false;\n  attempt(() => { throw new Error(\'x\'); }).catch(() => { failed = true; });\n  while (!failed) {}\n  return failed;\n}',
    // Not reported, as the docs say: a value declared with a type that has no `then`, narrowed to a promise by a
    // type guard (what the declarations allow is decided without the checker's flow analysis).
    'class Base {\n  id = 1;\n}\nexport function f(value: Base) {\n  if (value instanceof Promise) return `${value}`;\n  return \'\';\n}',
  ],
  invalid: [
    // Member and element access, optional chaining included.
    {
      code: 'import { getUser } from \'./lib/floating-result-api.js\';\nexport async function f() {\n  return getUser().name;\n}',
      output: 'import { getUser } from \'./lib/floating-result-api.js\';\nexport async function f() {\n  return (await getUser()).name;\n}',
      errors: [
        {
          messageId: 'memberAccess',
          data: { access: '.name', expression: 'getUser()', advice: AWAIT_IT },
          line: 3,
          column: 10,
          endLine: 3,
          endColumn: 19,
        },
      ],
    },
    {
      code: 'import { getUser } from \'./lib/floating-result-api.js\';\nexport async function f() {\n  return getUser()?.name;\n}',
      output: 'import { getUser } from \'./lib/floating-result-api.js\';\nexport async function f() {\n  return (await getUser())?.name;\n}',
      errors: [
        {
          messageId: 'memberAccess',
          data: { access: '?.name', expression: 'getUser()', advice: AWAIT_IT },
          line: 3,
          column: 10,
          endLine: 3,
          endColumn: 19,
        },
      ],
    },
    {
      code: 'import { loadUsers } from \'./lib/floating-result-api.js\';\nexport async function f() {\n  return loadUsers()[0];\n}',
      output: 'import { loadUsers } from \'./lib/floating-result-api.js\';\nexport async function f() {\n  return (await loadUsers())[0];\n}',
      errors: [
        {
          messageId: 'memberAccess',
          data: { access: '[0]', expression: 'loadUsers()', advice: AWAIT_IT },
          line: 3,
          column: 10,
          endLine: 3,
          endColumn: 21,
        },
      ],
    },
    {
      // The message quotes the access from its `.`: not a comment or a parenthesis before it.
      code: 'import { getUser } from \'./lib/floating-result-api.js\';\nexport async function f() {\n  return (getUser() /* keep */).name;\n}',
      output: 'import { getUser } from \'./lib/floating-result-api.js\';\nexport async function f() {\n  return (await getUser() /* keep */).name;\n}',
      errors: [
        {
          messageId: 'memberAccess',
          data: { access: '.name', expression: 'getUser()', advice: AWAIT_IT },
          line: 3,
          column: 11,
          endLine: 3,
          endColumn: 20,
        },
      ],
    },
    {
      code: 'export async function f() {\n  return import(\'./lib/floating-result-api.js\').getUser;\n}',
      output: 'export async function f() {\n  return (await import(\'./lib/floating-result-api.js\')).getUser;\n}',
      errors: [
        {
          messageId: 'memberAccess',
          data: { access: '.getUser', expression: 'import(\'./lib/floating-result-api.js\')', advice: AWAIT_IT },
          line: 2,
          column: 10,
          endLine: 2,
          endColumn: 48,
        },
      ],
    },
    // The initialiser is awaited only where that waits as the use would: not for a use in a function
    // that runs later (a module's promise used in an async function: a top-level `await` would hold
    // up the module's evaluation; a listener: its registration would wait), nor past a `try` around
    // the use that leaves the declaration out (its `catch` would no longer see the rejection).
    {
      code: 'import { getUser } from \'./lib/floating-result-api.js\';\nconst user = getUser();\nexport async function f() {\n  return user.name;\n}',
      output: 'import { getUser } from \'./lib/floating-result-api.js\';\nconst user = getUser();\nexport async function f() {\n  return (await user).name;\n}',
      errors: [
        {
          messageId: 'memberAccess',
          data: { access: '.name', expression: 'user', advice: AWAIT_IT },
          line: 4,
          column: 10,
          endLine: 4,
          endColumn: 14,
        },
      ],
    },
    {
      code: 'import { getUser } from \'./lib/floating-result-api.js\';\nexport function setup(app: { on(event: string, listener: () => Promise<void>): void }) {\n  const user = getUser();\n  app.on(\'request\', async () => {\n    console.log(user.name);\n  });\n}',
      output: 'import { getUser } from \'./lib/floating-result-api.js\';\nexport function setup(app: { on(event: string, listener: () => Promise<void>): void }) {\n  const user = getUser();\n  app.on(\'request\', async () => {\n    console.log((await user).name);\n  });\n}',
      errors: [
        {
          messageId: 'memberAccess',
          data: { access: '.name', expression: 'user', advice: AWAIT_IT },
          line: 5,
          column: 17,
          endLine: 5,
          endColumn: 21,
        },
      ],
    },
    {
      code: 'import { getUser } from \'./lib/floating-result-api.js\';\nexport async function greet() {\n  const user = getUser();\n  try {\n    return `Hello, ${user.name}`;\n  } catch {\n    return \'Hello, guest\';\n  }\n}',
      output: 'import { getUser } from \'./lib/floating-result-api.js\';\nexport async function greet() {\n  const user = getUser();\n  try {\n    return `Hello, ${(await user).name}`;\n  } catch {\n    return \'Hello, guest\';\n  }\n}',
      errors: [
        {
          messageId: 'memberAccess',
          data: { access: '.name', expression: 'user', advice: AWAIT_IT },
          line: 5,
          column: 22,
          endLine: 5,
          endColumn: 26,
        },
      ],
    },
    // … but it is where the use is in a synchronous callback that runs right away, or the `try` holds both.
    {
      code: 'import { getUser } from \'./lib/floating-result-api.js\';\nexport async function f(ids: string[]) {\n  const user = getUser();\n  return ids.map((id) => user.name + id);\n}',
      output: 'import { getUser } from \'./lib/floating-result-api.js\';\nexport async function f(ids: string[]) {\n  const user = await getUser();\n  return ids.map((id) => user.name + id);\n}',
      errors: [
        {
          messageId: 'memberAccess',
          data: { access: '.name', expression: 'user', advice: AWAIT_IT },
          line: 4,
          column: 26,
          endLine: 4,
          endColumn: 30,
        },
      ],
    },
    {
      code: 'import { getUser } from \'./lib/floating-result-api.js\';\nexport async function greet() {\n  try {\n    const user = getUser();\n    return `Hello, ${user.name}`;\n  } catch {\n    return \'Hello, guest\';\n  }\n}',
      output: 'import { getUser } from \'./lib/floating-result-api.js\';\nexport async function greet() {\n  try {\n    const user = await getUser();\n    return `Hello, ${user.name}`;\n  } catch {\n    return \'Hello, guest\';\n  }\n}',
      errors: [
        {
          messageId: 'memberAccess',
          data: { access: '.name', expression: 'user', advice: AWAIT_IT },
          line: 5,
          column: 22,
          endLine: 5,
          endColumn: 26,
        },
      ],
    },
    // Nor past code that may have effects between the declaration and the use: it may be what
    // settles the promise (here it sends the message whose reply is awaited, emits the event that
    // resolves it), and an `await` at the declaration would wait for ever. The use is awaited.
    {
      code: 'import { once } from \'node:events\';\nimport type { ChildProcess } from \'node:child_process\';\nexport async function ping(child: ChildProcess) {\n  const reply = once(child, \'message\');\n  child.send({ cmd: \'ping\' });\n  const [msg] = reply;\n  return msg;\n}',
      output: 'import { once } from \'node:events\';\nimport type { ChildProcess } from \'node:child_process\';\nexport async function ping(child: ChildProcess) {\n  const reply = once(child, \'message\');\n  child.send({ cmd: \'ping\' });\n  const [msg] = await reply;\n  return msg;\n}',
      errors: [{ messageId: 'destructuring', data: { expression: 'reply', advice: AWAIT_IT }, line: 6, column: 17, endLine: 6, endColumn: 22 }],
    },
    {
      code: 'export async function wait(emitter: NodeJS.EventEmitter) {\n  const done = new Promise<{ code: number }>((resolve) => emitter.once(\'done\', resolve));\n  emitter.emit(\'start\');\n  return `exit code ${done.code}`;\n}',
      output: 'export async function wait(emitter: NodeJS.EventEmitter) {\n  const done = new Promise<{ code: number }>((resolve) => emitter.once(\'done\', resolve));\n  emitter.emit(\'start\');\n  return `exit code ${(await done).code}`;\n}',
      errors: [{ messageId: 'memberAccess', data: { access: '.code', expression: 'done', advice: AWAIT_IT }, line: 4, column: 23, endLine: 4, endColumn: 27 }],
    },
    // Each use is awaited where it is when the first one may not run before such code (a use in a
    // branch, then a call), or when a use sits in a loop (its head and the rest of its body run
    // before the use does again).
    {
      code: 'import { getUser } from \'./lib/floating-result-api.js\';\ndeclare function announce(): void;\nexport async function f(verbose: boolean) {\n  const user = getUser();\n  if (verbose) console.log(user.name);\n  announce();\n  return user.id;\n}',
      output: 'import { getUser } from \'./lib/floating-result-api.js\';\ndeclare function announce(): void;\nexport async function f(verbose: boolean) {\n  const user = getUser();\n  if (verbose) console.log((await user).name);\n  announce();\n  return (await user).id;\n}',
      errors: [
        { messageId: 'memberAccess', data: { access: '.name', expression: 'user', advice: AWAIT_IT }, line: 5, column: 28, endLine: 5, endColumn: 32 },
        { messageId: 'memberAccess', data: { access: '.id', expression: 'user', advice: AWAIT_IT }, line: 7, column: 10, endLine: 7, endColumn: 14 },
      ],
    },
    {
      code: 'import { getUser } from \'./lib/floating-result-api.js\';\nexport async function f(ids: string[]) {\n  const user = getUser();\n  for (const id of ids) console.log(user.name, id);\n}',
      output: 'import { getUser } from \'./lib/floating-result-api.js\';\nexport async function f(ids: string[]) {\n  const user = getUser();\n  for (const id of ids) console.log((await user).name, id);\n}',
      errors: [{ messageId: 'memberAccess', data: { access: '.name', expression: 'user', advice: AWAIT_IT }, line: 4, column: 37, endLine: 4, endColumn: 41 }],
    },
    // A use in a callback that runs right away, with a call before it: `await` is not allowed there,
    // and the initialiser cannot be awaited either, so there is no fix.
    {
      code: 'import { getUser } from \'./lib/floating-result-api.js\';\ndeclare function announce(): void;\nexport async function f(ids: string[]) {\n  const user = getUser();\n  announce();\n  return ids.map((id) => user.name + id);\n}',
      output: null,
      errors: [{ messageId: 'memberAccess', data: { access: '.name', expression: 'user', advice: inArrayCallback('map') }, line: 6, column: 26, endLine: 6, endColumn: 30 }],
    },
    // Code that cannot settle anything between the declaration and the first use keeps the
    // initialiser's `await`: declarations of names from literals, names and operators, functions,
    // types; later uses may follow calls, as the first one has waited already.
    {
      code: 'import { getUser } from \'./lib/floating-result-api.js\';\ndeclare function announce(): void;\nexport async function f(prefix: string) {\n  const user = getUser();\n  const greeting = `${prefix}, `, limit = 3;\n  type Name = string;\n  function shout(name: Name) {\n    return name.toUpperCase();\n  }\n  console.log(greeting + shout(user.name), limit);\n  announce();\n  return user.id;\n}',
      output: 'import { getUser } from \'./lib/floating-result-api.js\';\ndeclare function announce(): void;\nexport async function f(prefix: string) {\n  const user = await getUser();\n  const greeting = `${prefix}, `, limit = 3;\n  type Name = string;\n  function shout(name: Name) {\n    return name.toUpperCase();\n  }\n  console.log(greeting + shout(user.name), limit);\n  announce();\n  return user.id;\n}',
      errors: [
        { messageId: 'memberAccess', data: { access: '.name', expression: 'user', advice: AWAIT_IT }, line: 10, column: 32, endLine: 10, endColumn: 36 },
        { messageId: 'memberAccess', data: { access: '.id', expression: 'user', advice: AWAIT_IT }, line: 12, column: 10, endLine: 12, endColumn: 14 },
      ],
    },
    // Awaited, `total` would be read before the wait and written after it: a suggestion that says so.
    {
      code: 'import { countUsers } from \'./lib/floating-result-api.js\';\nlet total = 0;\nexport async function add() {\n  total += countUsers();\n  return total;\n}',
      output: null,
      errors: [
        {
          messageId: 'concatenation',
          data: {
            operator: '+=',
            expression: 'countUsers()',
            advice: 'Await it, but `total` would then be read before the `await` and written after it: a change made to it meanwhile would be lost.',
          },
          line: 4,
          column: 12,
          endLine: 4,
          endColumn: 24,
          suggestions: [
            {
              messageId: 'awaitValue',
              data: { expression: 'countUsers()' },
              output: 'import { countUsers } from \'./lib/floating-result-api.js\';\nlet total = 0;\nexport async function add() {\n  total += await countUsers();\n  return total;\n}',
            },
          ],
        },
      ],
    },
    // The same for an object that a call writes, read in the call's arguments before the `await`:
    // a method call on it (`counts.set`), `Object.assign` to it.
    {
      code: 'declare function countNew(key: string): Promise<number>;\nconst counts = new Map<string, number>();\nexport class Stats {\n  total = 0;\n  async add(key: string) {\n    counts.set(key, (counts.get(key) ?? 0) + countNew(key));\n    Object.assign(this, { total: this.total + countNew(key) });\n  }\n}',
      output: null,
      errors: [
        {
          messageId: 'concatenation',
          data: { operator: '+', expression: 'countNew(key)', advice: 'Await it, but `counts` would then be read before the `await` and written after it: a change made to it meanwhile would be lost.' },
          line: 6,
          column: 46,
          endLine: 6,
          endColumn: 59,
          suggestions: [{ messageId: 'awaitValue', data: { expression: 'countNew(key)' }, output: 'declare function countNew(key: string): Promise<number>;\nconst counts = new Map<string, number>();\nexport class Stats {\n  total = 0;\n  async add(key: string) {\n    counts.set(key, (counts.get(key) ?? 0) + await countNew(key));\n    Object.assign(this, { total: this.total + countNew(key) });\n  }\n}' }],
        },
        {
          messageId: 'concatenation',
          data: { operator: '+', expression: 'countNew(key)', advice: 'Await it, but `this` would then be read before the `await` and written after it: a change made to it meanwhile would be lost.' },
          line: 7,
          column: 47,
          endLine: 7,
          endColumn: 60,
          suggestions: [{ messageId: 'awaitValue', data: { expression: 'countNew(key)' }, output: 'declare function countNew(key: string): Promise<number>;\nconst counts = new Map<string, number>();\nexport class Stats {\n  total = 0;\n  async add(key: string) {\n    counts.set(key, (counts.get(key) ?? 0) + countNew(key));\n    Object.assign(this, { total: this.total + await countNew(key) });\n  }\n}' }],
        },
      ],
    },
    // … but not a call on another object, a read after the `await`, or an object of the function's own.
    {
      code: 'declare function countNew(key: string): Promise<number>;\nconst counts = new Map<string, number>();\nconst totals: number[] = [];\nexport async function add(key: string) {\n  totals.push((counts.get(key) ?? 0) + countNew(key));\n  counts.set(key, countNew(key) + 1);\n  const seen = new Map<string, number>();\n  seen.set(key, (seen.get(key) ?? 0) + countNew(key));\n  return seen;\n}',
      output: 'declare function countNew(key: string): Promise<number>;\nconst counts = new Map<string, number>();\nconst totals: number[] = [];\nexport async function add(key: string) {\n  totals.push((counts.get(key) ?? 0) + await countNew(key));\n  counts.set(key, await countNew(key) + 1);\n  const seen = new Map<string, number>();\n  seen.set(key, (seen.get(key) ?? 0) + await countNew(key));\n  return seen;\n}',
      errors: [
        { messageId: 'concatenation', data: { operator: '+', expression: 'countNew(key)', advice: AWAIT_IT }, line: 5, column: 40, endLine: 5, endColumn: 53 },
        { messageId: 'concatenation', data: { operator: '+', expression: 'countNew(key)', advice: AWAIT_IT }, line: 6, column: 19, endLine: 6, endColumn: 32 },
        { messageId: 'concatenation', data: { operator: '+', expression: 'countNew(key)', advice: AWAIT_IT }, line: 8, column: 40, endLine: 8, endColumn: 53 },
      ],
    },
    // The same for a local variable that a listener of the function also writes: it could run during the wait.
    {
      code: 'import { EventEmitter } from \'node:events\';\nimport { countUsers } from \'./lib/floating-result-api.js\';\nexport async function sum(em: EventEmitter) {\n  let total = 1;\n  em.on(\'data\', (n: number) => { total += n; });\n  total = total * +countUsers();\n  return total;\n}',
      output: null,
      errors: [
        {
          messageId: 'arithmetic',
          data: {
            operator: '+',
            expression: 'countUsers()',
            advice: 'Await it, but `total` would then be read before the `await` and written after it: a change made to it meanwhile would be lost.',
          },
          line: 6,
          column: 20,
          endLine: 6,
          endColumn: 32,
          suggestions: [
            {
              messageId: 'awaitValue',
              data: { expression: 'countUsers()' },
              output: 'import { EventEmitter } from \'node:events\';\nimport { countUsers } from \'./lib/floating-result-api.js\';\nexport async function sum(em: EventEmitter) {\n  let total = 1;\n  em.on(\'data\', (n: number) => { total += n; });\n  total = total * +(await countUsers());\n  return total;\n}',
            },
          ],
        },
      ],
    },
    // No "make it async" where that would break what the function gives back: a thenable with an API
    // of its own (an async function's promise would lose `cancel`), a result the callback's caller
    // uses (`assert.throws` takes `() => unknown`, an effect may return a cleanup function), a
    // mix of values and promises; and none in an exit listener, where nothing after an `await` runs.
    {
      code: 'import { getUser } from \'./lib/floating-result-api.js\';\ninterface Cancellable<T> extends Promise<T> {\n  cancel(): void;\n}\ndeclare function request(url: string): Cancellable<string>;\nexport function fetchDeclared(url: string): Cancellable<string> {\n  console.log(`for ${getUser()}`);\n  return request(url);\n}\nexport function fetchInferred(url: string) {\n  console.log(`for ${getUser()}`);\n  return request(url);\n}',
      output: null,
      errors: [
        { messageId: 'template', data: { expression: 'getUser()', advice: inUsedFunction('function `fetchDeclared`') }, line: 7, column: 22, endLine: 7, endColumn: 31, suggestions: [] },
        { messageId: 'template', data: { expression: 'getUser()', advice: inUsedFunction('function `fetchInferred`') }, line: 11, column: 22, endLine: 11, endColumn: 31, suggestions: [] },
      ],
    },
    {
      code: 'import proc from \'node:process\';\nimport { getUser } from \'./lib/floating-result-api.js\';\nproc.on(\'exit\', () => {\n  console.log(`bye ${getUser()}`);\n});',
      output: null,
      errors: [{ messageId: 'template', data: { expression: 'getUser()', advice: AT_EXIT }, line: 4, column: 22, endLine: 4, endColumn: 31, suggestions: [] }],
    },
    {
      code: 'import assert from \'node:assert\';\nimport { getUser } from \'./lib/floating-result-api.js\';\ndeclare function useEffect(effect: () => void | (() => void)): void;\nexport function check(parse: (text: string) => void) {\n  assert.throws(() => {\n    parse(`${getUser()}`);\n  });\n  useEffect(() => {\n    console.log(`${getUser()}`);\n  });\n  process.on(\'exit\', () => {\n    console.log(`bye ${getUser()}`);\n  });\n}',
      output: null,
      errors: [
        { messageId: 'template', data: { expression: 'getUser()', advice: inUsedFunction('arrow function') }, line: 6, column: 14, endLine: 6, endColumn: 23, suggestions: [] },
        { messageId: 'template', data: { expression: 'getUser()', advice: inUsedFunction('arrow function') }, line: 9, column: 20, endLine: 9, endColumn: 29, suggestions: [] },
        { messageId: 'template', data: { expression: 'getUser()', advice: AT_EXIT }, line: 12, column: 24, endLine: 12, endColumn: 33, suggestions: [] },
      ],
    },
    {
      code: 'import { getUser } from \'./lib/floating-result-api.js\';\nconst memo = new Map<string, string>();\nexport function read(key: string) {\n  const hit = memo.get(key);\n  if (hit !== undefined) return hit;\n  console.log(`miss ${getUser()}`);\n  return Promise.resolve(key);\n}',
      output: null,
      errors: [
        { messageId: 'template', data: { expression: 'getUser()', advice: inUsedFunction('function `read`') }, line: 6, column: 23, endLine: 6, endColumn: 32, suggestions: [] },
      ],
    },
    // A recursive async function the checker types `any` (it cannot infer the return type) is a promise all the same.
    {
      code: 'export async function depth(n: number) {\n  if (n === 0) return \'\';\n  return `${depth(n - 1)}.`;\n}',
      output: 'export async function depth(n: number) {\n  if (n === 0) return \'\';\n  return `${await depth(n - 1)}.`;\n}',
      errors: [{ messageId: 'template', data: { expression: 'depth(n - 1)', advice: AWAIT_IT }, line: 3, column: 13, endLine: 3, endColumn: 25 }],
    },
    // A variable used only as a value: its initialiser is awaited.
    {
      code: 'import { getUser } from \'./lib/floating-result-api.js\';\nexport async function f() {\n  const user = getUser();\n  console.log(user.name, user.id);\n}',
      output: 'import { getUser } from \'./lib/floating-result-api.js\';\nexport async function f() {\n  const user = await getUser();\n  console.log(user.name, user.id);\n}',
      errors: [
        {
          messageId: 'memberAccess',
          data: { access: '.name', expression: 'user', advice: AWAIT_IT },
          line: 4,
          column: 15,
          endLine: 4,
          endColumn: 19,
        },
        {
          messageId: 'memberAccess',
          data: { access: '.id', expression: 'user', advice: AWAIT_IT },
          line: 4,
          column: 26,
          endLine: 4,
          endColumn: 30,
        },
      ],
    },
    // A variable also used as a promise, or declared as one: each value use is awaited.
    {
      code: 'import { getUser, type User } from \'./lib/floating-result-api.js\';\nexport async function f() {\n  const user: Promise<User> = getUser();\n  return user.name;\n}',
      output: 'import { getUser, type User } from \'./lib/floating-result-api.js\';\nexport async function f() {\n  const user: Promise<User> = getUser();\n  return (await user).name;\n}',
      errors: [
        {
          messageId: 'memberAccess',
          data: { access: '.name', expression: 'user', advice: AWAIT_IT },
          line: 4,
          column: 10,
          endLine: 4,
          endColumn: 14,
        },
      ],
    },
    {
      code: 'import { getUser } from \'./lib/floating-result-api.js\';\nexport async function f() {\n  const user = getUser();\n  console.log(user.name);\n  return user;\n}',
      output: 'import { getUser } from \'./lib/floating-result-api.js\';\nexport async function f() {\n  const user = getUser();\n  console.log((await user).name);\n  return user;\n}',
      errors: [
        {
          messageId: 'memberAccess',
          data: { access: '.name', expression: 'user', advice: AWAIT_IT },
          line: 4,
          column: 15,
          endLine: 4,
          endColumn: 19,
        },
      ],
    },
    // Parameters, fields, generics, non-null assertions and nullable promises.
    {
      code: 'import type { User } from \'./lib/floating-result-api.js\';\nexport async function f(p: Promise<User>, q: Promise<User> | undefined) {\n  return [p.name, q?.name, p!.id];\n}',
      output: 'import type { User } from \'./lib/floating-result-api.js\';\nexport async function f(p: Promise<User>, q: Promise<User> | undefined) {\n  return [(await p).name, (await q)?.name, (await p!).id];\n}',
      errors: [
        {
          messageId: 'memberAccess',
          data: { access: '.name', expression: 'p', advice: AWAIT_IT },
          line: 3,
          column: 11,
          endLine: 3,
          endColumn: 12,
        },
        {
          messageId: 'memberAccess',
          data: { access: '?.name', expression: 'q', advice: AWAIT_IT },
          line: 3,
          column: 19,
          endLine: 3,
          endColumn: 20,
        },
        {
          messageId: 'memberAccess',
          data: { access: '.id', expression: 'p!', advice: AWAIT_IT },
          line: 3,
          column: 28,
          endLine: 3,
          endColumn: 30,
        },
      ],
    },
    {
      code: 'import { getUser } from \'./lib/floating-result-api.js\';\nexport class Profile {\n  user = getUser();\n  async show() {\n    return this.user.name;\n  }\n}',
      output: 'import { getUser } from \'./lib/floating-result-api.js\';\nexport class Profile {\n  user = getUser();\n  async show() {\n    return (await this.user).name;\n  }\n}',
      errors: [
        {
          messageId: 'memberAccess',
          data: { access: '.name', expression: 'this.user', advice: AWAIT_IT },
          line: 5,
          column: 12,
          endLine: 5,
          endColumn: 21,
        },
      ],
    },
    {
      code: 'import type { User } from \'./lib/floating-result-api.js\';\nexport async function f<T extends Promise<User>>(p: T) {\n  return p.name;\n}',
      output: 'import type { User } from \'./lib/floating-result-api.js\';\nexport async function f<T extends Promise<User>>(p: T) {\n  return (await p).name;\n}',
      errors: [
        {
          messageId: 'memberAccess',
          data: { access: '.name', expression: 'p', advice: AWAIT_IT },
          line: 3,
          column: 10,
          endLine: 3,
          endColumn: 11,
        },
      ],
    },
    // Destructuring and spreading.
    {
      code: 'import { getUser, loadUsers } from \'./lib/floating-result-api.js\';\nexport async function f() {\n  const { name } = getUser();\n  const [first] = loadUsers();\n  return [name, first];\n}',
      output: 'import { getUser, loadUsers } from \'./lib/floating-result-api.js\';\nexport async function f() {\n  const { name } = await getUser();\n  const [first] = await loadUsers();\n  return [name, first];\n}',
      errors: [
        {
          messageId: 'destructuring',
          data: { expression: 'getUser()', advice: AWAIT_IT },
          line: 3,
          column: 20,
          endLine: 3,
          endColumn: 29,
        },
        {
          messageId: 'destructuring',
          data: { expression: 'loadUsers()', advice: AWAIT_IT },
          line: 4,
          column: 19,
          endLine: 4,
          endColumn: 30,
        },
      ],
    },
    {
      code: 'import { getUser } from \'./lib/floating-result-api.js\';\nexport async function f() {\n  let name;\n  ({ name } = getUser());\n  return name;\n}',
      output: 'import { getUser } from \'./lib/floating-result-api.js\';\nexport async function f() {\n  let name;\n  ({ name } = await getUser());\n  return name;\n}',
      errors: [
        {
          messageId: 'destructuring',
          data: { expression: 'getUser()', advice: AWAIT_IT },
          line: 4,
          column: 15,
          endLine: 4,
          endColumn: 24,
        },
      ],
    },
    {
      code: 'import { getUser, loadUsers } from \'./lib/floating-result-api.js\';\nexport async function f(g: (...users: unknown[]) => void) {\n  g(...loadUsers());\n  return [...loadUsers(), { ...getUser() }];\n}',
      output: 'import { getUser, loadUsers } from \'./lib/floating-result-api.js\';\nexport async function f(g: (...users: unknown[]) => void) {\n  g(...await loadUsers());\n  return [...await loadUsers(), { ...await getUser() }];\n}',
      errors: [
        {
          messageId: 'spread',
          data: { effect: 'throws a TypeError, as a promise is not iterable', expression: 'loadUsers()', advice: AWAIT_IT },
          line: 3,
          column: 8,
          endLine: 3,
          endColumn: 19,
        },
        {
          messageId: 'spread',
          data: { effect: 'throws a TypeError, as a promise is not iterable', expression: 'loadUsers()', advice: AWAIT_IT },
          line: 4,
          column: 14,
          endLine: 4,
          endColumn: 25,
        },
        {
          messageId: 'spread',
          data: { effect: 'copies the promise object\'s properties (none), not the value\'s', expression: 'getUser()', advice: AWAIT_IT },
          line: 4,
          column: 32,
          endLine: 4,
          endColumn: 41,
        },
      ],
    },
    {
      code: 'import { loadUsers } from \'./lib/floating-result-api.js\';\nexport async function f() {\n  for (const user of loadUsers()) console.log(user);\n}',
      output: 'import { loadUsers } from \'./lib/floating-result-api.js\';\nexport async function f() {\n  for (const user of await loadUsers()) console.log(user);\n}',
      errors: [
        {
          messageId: 'iteration',
          data: { expression: 'loadUsers()', advice: AWAIT_IT },
          line: 3,
          column: 22,
          endLine: 3,
          endColumn: 33,
        },
      ],
    },
    // A default that is taken apart: a parameter's (where `await` is not allowed), or one inside a pattern.
    {
      code: 'async function load() {\n  return { name: \'a\' };\n}\nexport function greet({ name } = load()) {\n  return name;\n}\nexport async function first(list) {\n  const [{ name } = load()] = list;\n  return name;\n}',
      filename: 'script.js',
      output: 'async function load() {\n  return { name: \'a\' };\n}\nexport function greet({ name } = load()) {\n  return name;\n}\nexport async function first(list) {\n  const [{ name } = await load()] = list;\n  return name;\n}',
      errors: [
        { messageId: 'destructuring', data: { expression: 'load()', advice: NOT_HERE }, line: 4, column: 34, endLine: 4, endColumn: 40 },
        { messageId: 'destructuring', data: { expression: 'load()', advice: AWAIT_IT }, line: 8, column: 21, endLine: 8, endColumn: 27 },
      ],
    },
    // A string's `replace` callback runs synchronously for each match: no `await` there.
    {
      code: 'import { getUser } from \'./lib/floating-result-api.js\';\nexport async function render(template: string) {\n  return template.replace(/{{name}}/g, () => getUser().name);\n}',
      output: null,
      errors: [
        {
          messageId: 'memberAccess',
          data: {
            access: '.name',
            expression: 'getUser()',
            advice: '`await` is not allowed in this `replace` callback, which runs synchronously for each match: await the values before the `replace` call, then use them here.',
          },
          line: 3,
          column: 46,
          endLine: 3,
          endColumn: 55,
        },
      ],
    },
    // A `switch` compares with `===`: in JavaScript, where TypeScript does not flag the `case`s, no `case` matches a promise.
    {
      code: 'async function role() {\n  return \'admin\';\n}\nexport async function route() {\n  switch (role()) {\n    case \'admin\':\n      return 1;\n    default:\n      return 0;\n  }\n}',
      filename: 'script.js',
      output: 'async function role() {\n  return \'admin\';\n}\nexport async function route() {\n  switch (await role()) {\n    case \'admin\':\n      return 1;\n    default:\n      return 0;\n  }\n}',
      errors: [
        {
          messageId: 'switchCase',
          data: { expression: 'role()', outcome: 'with each `case`, so none matches and the `default` branch runs', advice: AWAIT_IT },
          line: 5,
          column: 11,
          endLine: 5,
          endColumn: 17,
        },
      ],
    },
    // `switch (true)` compares each `case` with `true`: a promise there never matches.
    {
      code: 'async function isAdmin(user) {\n  return user.role === \'admin\';\n}\nexport async function route(user) {\n  switch (true) {\n    case isAdmin(user):\n      return \'admin\';\n    default:\n      return \'user\';\n  }\n}',
      filename: 'script.js',
      output: 'async function isAdmin(user) {\n  return user.role === \'admin\';\n}\nexport async function route(user) {\n  switch (true) {\n    case await isAdmin(user):\n      return \'admin\';\n    default:\n      return \'user\';\n  }\n}',
      errors: [
        {
          messageId: 'switchCase',
          data: { expression: 'isAdmin(user)', outcome: 'with `true`, so this `case` never matches', advice: AWAIT_IT },
          line: 6,
          column: 10,
          endLine: 6,
          endColumn: 23,
        },
      ],
    },
    {
      code: 'import { countUsers } from \'./lib/floating-result-api.js\';\nexport async function f(log: (line: string) => void) {\n  const count = countUsers();\n  switch (count) {\n    case 0:\n      log(\'none\');\n      break;\n    case -1:\n      log(\'unknown\');\n  }\n}',
      output: 'import { countUsers } from \'./lib/floating-result-api.js\';\nexport async function f(log: (line: string) => void) {\n  const count = await countUsers();\n  switch (count) {\n    case 0:\n      log(\'none\');\n      break;\n    case -1:\n      log(\'unknown\');\n  }\n}',
      errors: [
        {
          messageId: 'switchCase',
          data: { expression: 'count', outcome: 'with each `case`, so none matches and no branch runs', advice: AWAIT_IT },
          line: 4,
          column: 11,
          endLine: 4,
          endColumn: 16,
        },
      ],
    },
    // Text and numbers.
    {
      code: 'import { getUser, countUsers } from \'./lib/floating-result-api.js\';\nexport async function f() {\n  let text = \'users: \';\n  text += countUsers();\n  return `hi ${getUser()}` + text + countUsers();\n}',
      output: 'import { getUser, countUsers } from \'./lib/floating-result-api.js\';\nexport async function f() {\n  let text = \'users: \';\n  text += await countUsers();\n  return `hi ${await getUser()}` + text + await countUsers();\n}',
      errors: [
        {
          messageId: 'concatenation',
          data: { operator: '+=', expression: 'countUsers()', advice: AWAIT_IT },
          line: 4,
          column: 11,
          endLine: 4,
          endColumn: 23,
        },
        {
          messageId: 'template',
          data: { expression: 'getUser()', advice: AWAIT_IT },
          line: 5,
          column: 16,
          endLine: 5,
          endColumn: 25,
        },
        {
          messageId: 'concatenation',
          data: { operator: '+', expression: 'countUsers()', advice: AWAIT_IT },
          line: 5,
          column: 37,
          endLine: 5,
          endColumn: 49,
        },
      ],
    },
    {
      code: 'import { countUsers } from \'./lib/floating-result-api.js\';\nexport async function f() {\n  return countUsers() * 2 + -countUsers() + (countUsers() ** 2);\n}',
      output: 'import { countUsers } from \'./lib/floating-result-api.js\';\nexport async function f() {\n  return await countUsers() * 2 + -(await countUsers()) + ((await countUsers()) ** 2);\n}',
      errors: [
        {
          messageId: 'arithmetic',
          data: { operator: '*', expression: 'countUsers()', advice: AWAIT_IT },
          line: 3,
          column: 10,
          endLine: 3,
          endColumn: 22,
        },
        {
          messageId: 'arithmetic',
          data: { operator: '-', expression: 'countUsers()', advice: AWAIT_IT },
          line: 3,
          column: 30,
          endLine: 3,
          endColumn: 42,
        },
        {
          messageId: 'arithmetic',
          data: { operator: '**', expression: 'countUsers()', advice: AWAIT_IT },
          line: 3,
          column: 46,
          endLine: 3,
          endColumn: 58,
        },
      ],
    },
    // A field that is given a promise where it is declared is there: testing it is a mistake.
    {
      code: 'declare function connect(): Promise<boolean>;\nexport class Client {\n  private ready = connect();\n  private other: Promise<boolean> = connect();\n  check() {\n    return !this.ready || this.other === undefined;\n  }\n}',
      errors: [
        {
          messageId: 'condition',
          data: { test: '`!`', expression: 'this.ready', advice: inUsedFunction('method `check`') },
          line: 6,
          column: 13,
          endLine: 6,
          endColumn: 23,
        },
        {
          messageId: 'comparison',
          data: { operator: '===', outcome: ', so it is always `false`', expression: 'this.other', advice: inUsedFunction('method `check`') },
          line: 6,
          column: 27,
          endLine: 6,
          endColumn: 37,
        },
      ],
    },
    {
      code: 'class Loader {\n  constructor() {\n    this.pending = Promise.resolve(\'x\');\n  }\n  get idle() {\n    return this.pending === null;\n  }\n}\nmodule.exports = { Loader };',
      filename: 'script.cjs',
      errors: [
        {
          messageId: 'comparison',
          data: { operator: '===', outcome: ', so it is always `false`', expression: 'this.pending', advice: inUsedFunction('getter `idle`') },
          line: 6,
          column: 12,
          endLine: 6,
          endColumn: 24,
        },
      ],
    },
    // Comparisons, `=== undefined` and `== null` included.
    {
      code: 'import { countUsers } from \'./lib/floating-result-api.js\';\nexport async function f() {\n  return [countUsers() > 1, countUsers() === undefined, countUsers() == null, countUsers() !== undefined, countUsers() === 5];\n}',
      output: 'import { countUsers } from \'./lib/floating-result-api.js\';\nexport async function f() {\n  return [await countUsers() > 1, await countUsers() === undefined, await countUsers() == null, await countUsers() !== undefined, await countUsers() === 5];\n}',
      errors: [
        {
          messageId: 'comparison',
          data: { operator: '>', outcome: '', expression: 'countUsers()', advice: AWAIT_IT },
          line: 3,
          column: 11,
          endLine: 3,
          endColumn: 23,
        },
        {
          messageId: 'comparison',
          data: { operator: '===', outcome: ', so it is always `false`', expression: 'countUsers()', advice: AWAIT_IT },
          line: 3,
          column: 29,
          endLine: 3,
          endColumn: 41,
        },
        {
          messageId: 'comparison',
          data: { operator: '==', outcome: ', so it is always `false`', expression: 'countUsers()', advice: AWAIT_IT },
          line: 3,
          column: 57,
          endLine: 3,
          endColumn: 69,
        },
        {
          messageId: 'comparison',
          data: { operator: '!==', outcome: ', so it is always `true`', expression: 'countUsers()', advice: AWAIT_IT },
          line: 3,
          column: 79,
          endLine: 3,
          endColumn: 91,
        },
        {
          messageId: 'comparison',
          data: { operator: '===', outcome: '', expression: 'countUsers()', advice: AWAIT_IT },
          line: 3,
          column: 107,
          endLine: 3,
          endColumn: 119,
        },
      ],
    },
    // Conditions.
    {
      code: 'import { isAllowed, type User } from \'./lib/floating-result-api.js\';\nexport async function f(user: User) {\n  if (isAllowed(user)) return 1;\n  while (!isAllowed(user)) {}\n  do {} while (isAllowed(user));\n  for (; isAllowed(user); ) {}\n  return isAllowed(user) ? Boolean(isAllowed(user)) : isAllowed(user) && isAllowed(user) || 2;\n}',
      output: 'import { isAllowed, type User } from \'./lib/floating-result-api.js\';\nexport async function f(user: User) {\n  if (await isAllowed(user)) return 1;\n  while (!(await isAllowed(user))) {}\n  do {} while (await isAllowed(user));\n  for (; await isAllowed(user); ) {}\n  return await isAllowed(user) ? Boolean(await isAllowed(user)) : await isAllowed(user) && await isAllowed(user) || 2;\n}',
      errors: [
        {
          messageId: 'condition',
          data: { test: 'the `if` test', expression: 'isAllowed(user)', advice: AWAIT_IT },
          line: 3,
          column: 7,
          endLine: 3,
          endColumn: 22,
        },
        {
          messageId: 'condition',
          data: { test: '`!`', expression: 'isAllowed(user)', advice: AWAIT_IT },
          line: 4,
          column: 11,
          endLine: 4,
          endColumn: 26,
        },
        {
          messageId: 'condition',
          data: { test: 'the `do … while` test', expression: 'isAllowed(user)', advice: AWAIT_IT },
          line: 5,
          column: 16,
          endLine: 5,
          endColumn: 31,
        },
        {
          messageId: 'condition',
          data: { test: 'the `for` test', expression: 'isAllowed(user)', advice: AWAIT_IT },
          line: 6,
          column: 10,
          endLine: 6,
          endColumn: 25,
        },
        {
          messageId: 'condition',
          data: { test: 'the `?:` test', expression: 'isAllowed(user)', advice: AWAIT_IT },
          line: 7,
          column: 10,
          endLine: 7,
          endColumn: 25,
        },
        {
          messageId: 'condition',
          data: { test: '`Boolean()`', expression: 'isAllowed(user)', advice: AWAIT_IT },
          line: 7,
          column: 36,
          endLine: 7,
          endColumn: 51,
        },
        {
          messageId: 'condition',
          data: { test: '`&&`', expression: 'isAllowed(user)', advice: AWAIT_IT },
          line: 7,
          column: 55,
          endLine: 7,
          endColumn: 70,
        },
        {
          messageId: 'condition',
          data: { test: '`||`', expression: 'isAllowed(user)', advice: AWAIT_IT },
          line: 7,
          column: 74,
          endLine: 7,
          endColumn: 89,
        },
      ],
    },
    {
      code: 'import { getUser, type User } from \'./lib/floating-result-api.js\';\nexport async function f(fallback: User) {\n  return getUser() ?? fallback;\n}',
      output: 'import { getUser, type User } from \'./lib/floating-result-api.js\';\nexport async function f(fallback: User) {\n  return await getUser() ?? fallback;\n}',
      errors: [
        {
          messageId: 'nullish',
          data: { expression: 'getUser()', advice: AWAIT_IT },
          line: 3,
          column: 10,
          endLine: 3,
          endColumn: 19,
        },
      ],
    },
    // A JSDoc cast that says it is a promise keeps it one.
    {
      code: 'async function load() {\n  return { name: \'a\' };\n}\nexport async function f() {\n  const p = load();\n  return /** @type {Promise<{ name: string }>} */ (p).name;\n}',
      filename: 'script.js',
      output: 'async function load() {\n  return { name: \'a\' };\n}\nexport async function f() {\n  const p = await load();\n  return /** @type {Promise<{ name: string }>} */ (p).name;\n}',
      errors: [{ messageId: 'memberAccess', line: 6, column: 52 }],
    },
    // A query builder's own `toString` does not make it JSON: serialisers still get the builder.
    {
      code: 'import type { Response } from \'express-serve-static-core\';\nimport { query } from \'./lib/floating-result-api.js\';\nexport async function handler(res: Response) {\n  res.json(query(\'users\'));\n}',
      output: 'import type { Response } from \'express-serve-static-core\';\nimport { query } from \'./lib/floating-result-api.js\';\nexport async function handler(res: Response) {\n  res.json(await query(\'users\'));\n}',
      errors: [
        {
          messageId: 'argument',
          data: { parameter: 'parameter `body`', callee: 'res.json', expression: 'query(\'users\')', advice: AWAIT_IT },
          line: 4,
          column: 12,
          endLine: 4,
          endColumn: 26,
        },
      ],
    },
    // A parameter that asks only for what every promise has (`Object.prototype`'s members) still gets the promise.
    {
      code: 'import { countUsers } from \'./lib/floating-result-api.js\';\ndeclare function format(value: { toString(): string }): string;\nexport async function f() {\n  return format(countUsers());\n}',
      output: 'import { countUsers } from \'./lib/floating-result-api.js\';\ndeclare function format(value: { toString(): string }): string;\nexport async function f() {\n  return format(await countUsers());\n}',
      errors: [
        {
          messageId: 'argument',
          data: { parameter: 'parameter `value`', callee: 'format', expression: 'countUsers()', advice: AWAIT_IT },
          line: 4,
          column: 17,
          endLine: 4,
          endColumn: 29,
        },
      ],
    },
    // Present by construction: a `const` holding a call's promise, a field with an initialiser.
    {
      code: 'import { isAllowed, getUser, type User } from \'./lib/floating-result-api.js\';\nexport class Gate {\n  user = getUser();\n  async check(user: User) {\n    const allowed = isAllowed(user);\n    if (!allowed) return null;\n    return this.user ?? user;\n  }\n}',
      output: 'import { isAllowed, getUser, type User } from \'./lib/floating-result-api.js\';\nexport class Gate {\n  user = getUser();\n  async check(user: User) {\n    const allowed = await isAllowed(user);\n    if (!allowed) return null;\n    return await this.user ?? user;\n  }\n}',
      errors: [
        {
          messageId: 'condition',
          data: { test: '`!`', expression: 'allowed', advice: AWAIT_IT },
          line: 6,
          column: 10,
          endLine: 6,
          endColumn: 17,
        },
        {
          messageId: 'nullish',
          data: { expression: 'this.user', advice: AWAIT_IT },
          line: 7,
          column: 12,
          endLine: 7,
          endColumn: 21,
        },
      ],
    },
    // Arguments to parameters that do not take a promise.
    {
      code: 'import type { Response } from \'express-serve-static-core\';\nimport { getUser, loadUsers } from \'./lib/floating-result-api.js\';\nexport async function handler(res: Response) {\n  res.status(200).json(loadUsers());\n  res.send(getUser());\n}',
      output: 'import type { Response } from \'express-serve-static-core\';\nimport { getUser, loadUsers } from \'./lib/floating-result-api.js\';\nexport async function handler(res: Response) {\n  res.status(200).json(await loadUsers());\n  res.send(await getUser());\n}',
      errors: [
        {
          messageId: 'argument',
          data: { parameter: 'parameter `body`', callee: 'res.status(200).json', expression: 'loadUsers()', advice: AWAIT_IT },
          line: 4,
          column: 24,
          endLine: 4,
          endColumn: 35,
        },
        {
          messageId: 'argument',
          data: { parameter: 'parameter `body`', callee: 'res.send', expression: 'getUser()', advice: AWAIT_IT },
          line: 5,
          column: 12,
          endLine: 5,
          endColumn: 21,
        },
      ],
    },
    {
      // `structuredClone<T>(value: T)` takes a promise in types only: it throws a DataCloneError on one.
      code: 'import { getUser } from \'./lib/floating-result-api.js\';\nexport async function f() {\n  const copy = structuredClone(getUser(), {});\n  return copy;\n}',
      output: 'import { getUser } from \'./lib/floating-result-api.js\';\nexport async function f() {\n  const copy = structuredClone(await getUser(), {});\n  return copy;\n}',
      errors: [
        {
          messageId: 'argument',
          data: { parameter: 'parameter `value`', callee: 'structuredClone', expression: 'getUser()', advice: AWAIT_IT },
          line: 3,
          column: 32,
          endLine: 3,
          endColumn: 41,
        },
      ],
    },
    {
      // The same with the DOM library, which declares `structuredClone` first.
      code: '/// <reference lib="dom" />\nimport { getUser } from \'./lib/floating-result-api.js\';\nexport async function f() {\n  return structuredClone(getUser());\n}',
      output: '/// <reference lib="dom" />\nimport { getUser } from \'./lib/floating-result-api.js\';\nexport async function f() {\n  return structuredClone(await getUser());\n}',
      errors: [
        {
          messageId: 'argument',
          data: { parameter: 'parameter `value`', callee: 'structuredClone', expression: 'getUser()', advice: AWAIT_IT },
          line: 4,
          column: 26,
          endLine: 4,
          endColumn: 35,
        },
      ],
    },
    {
      code: 'import { getUser } from \'./lib/floating-result-api.js\';\nexport async function f() {\n  console.log(getUser());\n  JSON.stringify(getUser());\n  String(getUser());\n  Object.keys(getUser());\n}',
      output: 'import { getUser } from \'./lib/floating-result-api.js\';\nexport async function f() {\n  console.log(await getUser());\n  JSON.stringify(await getUser());\n  String(await getUser());\n  Object.keys(await getUser());\n}',
      errors: [
        {
          messageId: 'argument',
          data: { parameter: 'parameter `message`', callee: 'console.log', expression: 'getUser()', advice: AWAIT_IT },
          line: 3,
          column: 15,
          endLine: 3,
          endColumn: 24,
        },
        {
          messageId: 'argument',
          data: { parameter: 'parameter `value`', callee: 'JSON.stringify', expression: 'getUser()', advice: AWAIT_IT },
          line: 4,
          column: 18,
          endLine: 4,
          endColumn: 27,
        },
        {
          messageId: 'argument',
          data: { parameter: 'parameter `value`', callee: 'String', expression: 'getUser()', advice: AWAIT_IT },
          line: 5,
          column: 10,
          endLine: 5,
          endColumn: 19,
        },
        {
          messageId: 'argument',
          data: { parameter: 'parameter `o`', callee: 'Object.keys', expression: 'getUser()', advice: AWAIT_IT },
          line: 6,
          column: 15,
          endLine: 6,
          endColumn: 24,
        },
      ],
    },
    {
      code: 'import { getUser } from \'./lib/floating-result-api.js\';\nexport async function f(flag: boolean) {\n  console.log(\'user:\', flag ? getUser() : \'none\');\n}',
      output: 'import { getUser } from \'./lib/floating-result-api.js\';\nexport async function f(flag: boolean) {\n  console.log(\'user:\', flag ? await getUser() : \'none\');\n}',
      errors: [
        {
          messageId: 'argument',
          data: { parameter: 'parameter `optionalParams`', callee: 'console.log', expression: 'getUser()', advice: AWAIT_IT },
          line: 3,
          column: 31,
          endLine: 3,
          endColumn: 40,
        },
      ],
    },
    {
      // A truthiness assertion (`asserts value`) tests its argument as `if (!value) throw …` does.
      code: 'import assert from \'node:assert\';\nimport { getUser, isAllowed } from \'./lib/floating-result-api.js\';\nexport async function f() {\n  assert(isAllowed(await getUser()));\n  assert.ok(isAllowed(await getUser()));\n}',
      output: 'import assert from \'node:assert\';\nimport { getUser, isAllowed } from \'./lib/floating-result-api.js\';\nexport async function f() {\n  assert(await isAllowed(await getUser()));\n  assert.ok(await isAllowed(await getUser()));\n}',
      errors: [
        {
          messageId: 'condition',
          data: { test: 'the assertion `assert()`', expression: 'isAllowed(await getUser())', advice: AWAIT_IT },
          line: 4,
          column: 10,
          endLine: 4,
          endColumn: 36,
        },
        {
          messageId: 'condition',
          data: { test: 'the assertion `assert.ok()`', expression: 'isAllowed(await getUser())', advice: AWAIT_IT },
          line: 5,
          column: 13,
          endLine: 5,
          endColumn: 39,
        },
      ],
    },
    {
      // `strictEqual(actual: unknown, expected: T): asserts actual is T` compares values: not a type guard when `T` is no thenable.
      code: 'import assert from \'node:assert\';\nimport { countUsers } from \'./lib/floating-result-api.js\';\nexport async function f() {\n  assert.strictEqual(countUsers(), 1);\n}',
      output: 'import assert from \'node:assert\';\nimport { countUsers } from \'./lib/floating-result-api.js\';\nexport async function f() {\n  assert.strictEqual(await countUsers(), 1);\n}',
      errors: [
        {
          messageId: 'argument',
          data: { parameter: 'parameter `actual`', callee: 'assert.strictEqual', expression: 'countUsers()', advice: AWAIT_IT },
          line: 4,
          column: 22,
          endLine: 4,
          endColumn: 34,
        },
      ],
    },
    {
      // A definite promise in a truthiness assertion is reported as the same test in an `if` is.
      code: 'import assert from \'node:assert\';\nimport { isAllowed, type User } from \'./lib/floating-result-api.js\';\nexport async function f(user: User) {\n  const allowed = isAllowed(user);\n  assert(allowed, \'denied\');\n  if (allowed) console.log(\'allowed\');\n  return allowed;\n}',
      output: 'import assert from \'node:assert\';\nimport { isAllowed, type User } from \'./lib/floating-result-api.js\';\nexport async function f(user: User) {\n  const allowed = isAllowed(user);\n  assert(await allowed, \'denied\');\n  if (await allowed) console.log(\'allowed\');\n  return allowed;\n}',
      errors: [
        {
          messageId: 'condition',
          data: { test: 'the assertion `assert()`', expression: 'allowed', advice: AWAIT_IT },
          line: 5,
          column: 10,
          endLine: 5,
          endColumn: 17,
        },
        {
          messageId: 'condition',
          data: { test: 'the `if` test', expression: 'allowed', advice: AWAIT_IT },
          line: 6,
          column: 7,
          endLine: 6,
          endColumn: 14,
        },
      ],
    },
    {
      // It is a condition, not an argument: `checkConditions` decides, not `checkArguments`.
      code: 'import assert from \'node:assert\';\nimport { isAllowed, type User } from \'./lib/floating-result-api.js\';\nexport async function f(user: User) {\n  const allowed = isAllowed(user);\n  assert(allowed, \'denied\');\n  if (allowed) console.log(\'allowed\');\n  return allowed;\n}',
      output: 'import assert from \'node:assert\';\nimport { isAllowed, type User } from \'./lib/floating-result-api.js\';\nexport async function f(user: User) {\n  const allowed = isAllowed(user);\n  assert(await allowed, \'denied\');\n  if (await allowed) console.log(\'allowed\');\n  return allowed;\n}',
      options: [{ checkArguments: false }],
      errors: [
        {
          messageId: 'condition',
          data: { test: 'the assertion `assert()`', expression: 'allowed', advice: AWAIT_IT },
          line: 5,
          column: 10,
          endLine: 5,
          endColumn: 17,
        },
        {
          messageId: 'condition',
          data: { test: 'the `if` test', expression: 'allowed', advice: AWAIT_IT },
          line: 6,
          column: 7,
          endLine: 6,
          endColumn: 14,
        },
      ],
    },
    {
      // A member of a local object, not of a parameter, is there as its type says.
      code: 'interface Db {\n  query(sql: string): Promise<unknown>;\n}\ninterface Options {\n  connection: Promise<Db>;\n}\ndeclare function defaults(): Options;\nexport async function connect() {\n  const opts = defaults();\n  if (!opts.connection) throw new TypeError(\'options.connection is required\');\n  const { connection } = opts;\n  if (connection === undefined) throw new TypeError(\'connection is required\');\n  return connection;\n}',
      output: 'interface Db {\n  query(sql: string): Promise<unknown>;\n}\ninterface Options {\n  connection: Promise<Db>;\n}\ndeclare function defaults(): Options;\nexport async function connect() {\n  const opts = defaults();\n  if (!(await opts.connection)) throw new TypeError(\'options.connection is required\');\n  const { connection } = opts;\n  if (await connection === undefined) throw new TypeError(\'connection is required\');\n  return connection;\n}',
      errors: [
        {
          messageId: 'condition',
          data: { test: '`!`', expression: 'opts.connection', advice: AWAIT_IT },
          line: 10,
          column: 8,
          endLine: 10,
          endColumn: 23,
        },
        {
          messageId: 'comparison',
          data: { operator: '===', outcome: ', so it is always `false`', expression: 'connection', advice: AWAIT_IT },
          line: 12,
          column: 7,
          endLine: 12,
          endColumn: 17,
        },
      ],
    },
    {
      // A field the constructor takes from a parameter, but another method sets anew: its type says what it is.
      code: "interface Db {\n  query(sql: string): Promise<unknown>;\n}\ninterface Options {\n  connection: Promise<Db>;\n}\ndeclare function defaults(): Options;\nexport class Pool {\n  settings: Options;\n  constructor(settings: Options) {\n    this.settings = settings;\n  }\n  reset() {\n    this.settings = defaults();\n  }\n  async query() {\n    if (!this.settings.connection) throw new TypeError('connection is required');\n    return this.settings.connection;\n  }\n}",
      output: "interface Db {\n  query(sql: string): Promise<unknown>;\n}\ninterface Options {\n  connection: Promise<Db>;\n}\ndeclare function defaults(): Options;\nexport class Pool {\n  settings: Options;\n  constructor(settings: Options) {\n    this.settings = settings;\n  }\n  reset() {\n    this.settings = defaults();\n  }\n  async query() {\n    if (!(await this.settings.connection)) throw new TypeError('connection is required');\n    return this.settings.connection;\n  }\n}",
      errors: [
        {
          messageId: 'condition',
          data: { test: '`!`', expression: 'this.settings.connection', advice: AWAIT_IT },
          line: 17,
          column: 10,
          endLine: 17,
          endColumn: 34,
        },
      ],
    },
    {
      // A name given a default value where it is taken from a parameter is never missing.
      code: "interface Db {\n  query(sql: string): Promise<unknown>;\n}\ninterface Options {\n  connection?: Promise<Db>;\n}\ndeclare function connect(): Promise<Db>;\nexport async function open(opts: Options) {\n  let { connection = connect() } = opts;\n  if (!connection) throw new TypeError('connection is required');\n  return connection;\n}",
      output: "interface Db {\n  query(sql: string): Promise<unknown>;\n}\ninterface Options {\n  connection?: Promise<Db>;\n}\ndeclare function connect(): Promise<Db>;\nexport async function open(opts: Options) {\n  let { connection = connect() } = opts;\n  if (!(await connection)) throw new TypeError('connection is required');\n  return connection;\n}",
      errors: [
        {
          messageId: 'condition',
          data: { test: '`!`', expression: 'connection', advice: AWAIT_IT },
          line: 10,
          column: 8,
          endLine: 10,
          endColumn: 18,
        },
      ],
    },
    {
      // A variable taken from a parameter but assigned again may hold anything: its type says what it is.
      code: 'interface Db {\n  query(sql: string): Promise<unknown>;\n}\ninterface Options {\n  connection: Promise<Db>;\n}\ndeclare function connectAgain(): Promise<Db>;\nexport async function connect(opts: Options) {\n  let connection = opts.connection;\n  connection = connectAgain();\n  if (!connection) throw new TypeError(\'connection is required\');\n  return connection;\n}',
      output: 'interface Db {\n  query(sql: string): Promise<unknown>;\n}\ninterface Options {\n  connection: Promise<Db>;\n}\ndeclare function connectAgain(): Promise<Db>;\nexport async function connect(opts: Options) {\n  let connection = opts.connection;\n  connection = connectAgain();\n  if (!(await connection)) throw new TypeError(\'connection is required\');\n  return connection;\n}',
      errors: [
        {
          messageId: 'condition',
          data: { test: '`!`', expression: 'connection', advice: AWAIT_IT },
          line: 11,
          column: 8,
          endLine: 11,
          endColumn: 18,
        },
      ],
    },
    {
      // A parameter typed with members of its own (`{ id: string }`) says what it takes: not a promise.
      code: 'import { getUser } from \'./lib/floating-result-api.js\';\ndeclare function remember(value: { id: string }): void;\nexport async function f() {\n  remember(getUser());\n}',
      output: 'import { getUser } from \'./lib/floating-result-api.js\';\ndeclare function remember(value: { id: string }): void;\nexport async function f() {\n  remember(await getUser());\n}',
      errors: [
        {
          messageId: 'argument',
          data: { parameter: 'parameter `value`', callee: 'remember', expression: 'getUser()', advice: AWAIT_IT },
          line: 4,
          column: 12,
          endLine: 4,
          endColumn: 21,
        },
      ],
    },
    {
      code: 'import { getUser, isAllowed, countUsers } from \'./lib/floating-result-api.js\';\nexport async function f() {\n  await isAllowed(getUser());\n  throw new Error(countUsers());\n}',
      output: 'import { getUser, isAllowed, countUsers } from \'./lib/floating-result-api.js\';\nexport async function f() {\n  await isAllowed(await getUser());\n  throw new Error(await countUsers());\n}',
      errors: [
        {
          messageId: 'argument',
          data: { parameter: 'parameter `user`', callee: 'isAllowed', expression: 'getUser()', advice: AWAIT_IT },
          line: 3,
          column: 19,
          endLine: 3,
          endColumn: 28,
        },
        {
          messageId: 'argument',
          data: { parameter: 'parameter `message`', callee: 'Error', expression: 'countUsers()', advice: AWAIT_IT },
          line: 4,
          column: 19,
          endLine: 4,
          endColumn: 31,
        },
      ],
    },
    // Async callbacks to array predicates: report only.
    {
      code: 'import { isAllowed, type User } from \'./lib/floating-result-api.js\';\nexport function f(users: User[]) {\n  return users.filter(async (user) => isAllowed(user));\n}',
      output: null,
      errors: [
        {
          messageId: 'arrayPredicate',
          data: { method: 'filter', effect: 'keeps every element' },
          line: 3,
          column: 23,
          endLine: 3,
          endColumn: 38,
        },
      ],
    },
    {
      code: 'import { isAllowed, type User } from \'./lib/floating-result-api.js\';\nexport function f(users: User[]) {\n  return [\n    users.some((user) => isAllowed(user)),\n    users.find(isAllowed),\n    users.every(async function (user) {\n      return isAllowed(user);\n    }),\n    users.findIndex((user) => {\n      return isAllowed(user);\n    }),\n  ];\n}',
      output: null,
      errors: [
        {
          messageId: 'arrayPredicate',
          data: { method: 'some', effect: 'is true for any non-empty array' },
          line: 4,
          column: 26,
          endLine: 4,
          endColumn: 41,
        },
        {
          messageId: 'arrayPredicate',
          data: { method: 'find', effect: 'always returns the first element' },
          line: 5,
          column: 16,
          endLine: 5,
          endColumn: 25,
        },
        {
          messageId: 'arrayPredicate',
          data: { method: 'every', effect: 'is always true' },
          line: 6,
          column: 17,
          endLine: 6,
          endColumn: 38,
        },
        {
          messageId: 'arrayPredicate',
          data: { method: 'findIndex', effect: 'always returns 0 for a non-empty array' },
          line: 10,
          column: 14,
          endLine: 10,
          endColumn: 29,
        },
      ],
    },
    // The busy wait: report only.
    {
      // An \`await\` before the callback is registered cannot have let it run.
      code: 'import { getUser } from \'./lib/floating-result-api.js\';\nexport async function drain() {\n  await getUser();\n  let done = false;\n  getUser().then(() => {\n    done = true;\n  });\n  while (!done) {}\n}',
      output: null,
      errors: [
        {
          messageId: 'busyWait',
          data: { name: 'done', writer: 'a `.then` callback' },
          line: 8,
          column: 10,
          endLine: 8,
          endColumn: 15,
        },
      ],
    },
    {
      code: 'import { getUser } from \'./lib/floating-result-api.js\';\nlet done = false;\ngetUser().then(() => {\n  done = true;\n});\nwhile (!done) {}',
      output: null,
      errors: [
        {
          messageId: 'busyWait',
          data: { name: 'done', writer: 'a `.then` callback' },
          line: 6,
          column: 8,
          endLine: 6,
          endColumn: 13,
        },
      ],
    },
    {
      code: 'import { getUser, type User } from \'./lib/floating-result-api.js\';\nlet result: User | undefined;\ngetUser().then((user) => {\n  result = user;\n});\nwhile (result === undefined) {\n  // wait for it\n}\nconsole.log(result.name);',
      output: null,
      errors: [
        {
          messageId: 'busyWait',
          data: { name: 'result', writer: 'a `.then` callback' },
          line: 6,
          column: 8,
          endLine: 6,
          endColumn: 28,
        },
      ],
    },
    {
      code: 'let ready = false;\nsetTimeout(() => {\n  ready = true;\n}, 10);\ndo {} while (!ready);',
      filename: 'script.js',
      output: null,
      errors: [
        {
          messageId: 'busyWait',
          data: { name: 'ready', writer: 'a `setTimeout` callback' },
          line: 5,
          column: 14,
          endLine: 5,
          endColumn: 20,
        },
      ],
    },
    {
      code: 'let stop = false;\nprocess.on(\'SIGINT\', () => {\n  stop = true;\n});\nfor (; !stop; ) {}',
      output: null,
      errors: [
        {
          messageId: 'busyWait',
          data: { name: 'stop', writer: 'an event listener (`.on`)' },
          line: 5,
          column: 8,
          endLine: 5,
          endColumn: 13,
        },
      ],
    },
    {
      code: 'let ready = false;\nasync function load() {\n  await Promise.resolve();\n  ready = true;\n}\nvoid load();\nwhile (!ready) {}',
      output: null,
      errors: [
        {
          messageId: 'busyWait',
          data: { name: 'ready', writer: 'async function `load` after an `await`' },
          line: 7,
          column: 8,
          endLine: 7,
          endColumn: 14,
        },
      ],
    },
    {
      code: 'let ready = false;\nfunction onReady() {\n  ready = true;\n}\nPromise.resolve().then(onReady);\nwhile (!ready) {}',
      output: null,
      errors: [
        {
          messageId: 'busyWait',
          data: { name: 'ready', writer: 'a `.then` callback' },
          line: 6,
          column: 8,
          endLine: 6,
          endColumn: 14,
        },
      ],
    },
    {
      code: 'let ready = false;\nPromise.resolve().then(() => {\n  [1].forEach(() => {\n    ready = true;\n  });\n});\nouter: while (!ready) {\n  for (;;) continue outer;\n}',
      output: null,
      errors: [
        {
          messageId: 'busyWait',
          data: { name: 'ready', writer: 'a `.then` callback' },
          line: 7,
          column: 15,
          endLine: 7,
          endColumn: 21,
        },
      ],
    },
    {
      code: 'export class Loader {\n  #data: string | undefined;\n  start() {\n    Promise.resolve(\'x\').then((data) => {\n      this.#data = data;\n    });\n    while (this.#data === undefined) {\n      console.log(\'waiting\');\n    }\n    return this.#data;\n  }\n}',
      output: null,
      errors: [
        {
          messageId: 'busyWait',
          data: { name: 'this.#data', writer: 'a `.then` callback' },
          line: 7,
          column: 12,
          endLine: 7,
          endColumn: 36,
        },
      ],
    },
    {
      code: 'export class Loader {\n  data: string | undefined;\n  constructor() {\n    this.data = undefined;\n  }\n  async load() {\n    this.data = await Promise.resolve(\'x\');\n  }\n  wait() {\n    void this.load();\n    while (!this.data) {}\n  }\n}',
      output: null,
      errors: [
        {
          messageId: 'busyWait',
          data: { name: 'this.data', writer: 'async method `load` after an `await`' },
          line: 11,
          column: 12,
          endLine: 11,
          endColumn: 22,
        },
      ],
    },
    // A promise callback cannot run while the loop runs, whatever the loop calls.
    {
      code: 'import { getUser } from \'./lib/floating-result-api.js\';\ndeclare const clock: { tick(ms: number): number };\nlet done = false;\ngetUser().then(() => {\n  done = true;\n});\nwhile (!done) clock.tick(10);',
      output: null,
      errors: [
        {
          messageId: 'busyWait',
          data: { name: 'done', writer: 'a `.then` callback' },
          line: 7,
          column: 8,
          endLine: 7,
          endColumn: 13,
        },
      ],
    },
    // The platform's timers, as the checker resolves them, with a loop that calls nothing.
    {
      code: 'let ready = false;\nsetTimeout(() => {\n  ready = true;\n}, 10);\nwhile (!ready) {}',
      output: null,
      errors: [
        {
          messageId: 'busyWait',
          data: { name: 'ready', writer: 'a `setTimeout` callback' },
          line: 5,
          column: 8,
          endLine: 5,
          endColumn: 14,
        },
      ],
    },
    {
      code: 'import * as timers from \'node:timers\';\nlet ready = false;\ntimers.setImmediate(() => {\n  ready = true;\n});\nprocess.nextTick(() => {\n  ready = true;\n});\nwhile (!ready) {}',
      output: null,
      errors: [
        {
          messageId: 'busyWait',
          data: { name: 'ready', writer: 'a `setImmediate` callback' },
          line: 9,
          column: 8,
          endLine: 9,
          endColumn: 14,
        },
      ],
    },
    // Top-level await: allowed in an ES module only.
    {
      code: 'import { getUser } from \'./lib/floating-result-api.js\';\nexport const name = getUser().name;',
      filename: 'file.ts',
      output: 'import { getUser } from \'./lib/floating-result-api.js\';\nexport const name = (await getUser()).name;',
      errors: [
        {
          messageId: 'memberAccess',
          data: { access: '.name', expression: 'getUser()', advice: AWAIT_IT },
          line: 2,
          column: 21,
          endLine: 2,
          endColumn: 30,
        },
      ],
    },
    {
      code: 'import { getUser } from \'./lib/floating-result-api.js\';\nexport const name = getUser().name;',
      filename: 'file.mts',
      output: 'import { getUser } from \'./lib/floating-result-api.js\';\nexport const name = (await getUser()).name;',
      errors: [
        {
          messageId: 'memberAccess',
          data: { access: '.name', expression: 'getUser()', advice: AWAIT_IT },
          line: 2,
          column: 21,
          endLine: 2,
          endColumn: 30,
        },
      ],
    },
    // A namespace body and an enum compile to functions: no top-level `await` there.
    {
      code: 'import { getUser, countUsers } from \'./lib/floating-result-api.js\';\nexport namespace Greeting {\n  export const text = `hello ${getUser()}`;\n}\nexport enum Size {\n  Small = 1,\n  Large = countUsers() * 2,\n}',
      filename: 'file.mts',
      output: null,
      errors: [
        {
          messageId: 'template',
          data: { expression: 'getUser()', advice: NOT_HERE },
          line: 3,
          column: 32,
          endLine: 3,
          endColumn: 41,
        },
        {
          messageId: 'arithmetic',
          data: { operator: '*', expression: 'countUsers()', advice: NOT_HERE },
          line: 7,
          column: 11,
          endLine: 7,
          endColumn: 23,
        },
      ],
    },
    {
      // The same for an enum inside an async function: its members are initialised in a function of their own.
      code: 'import { countUsers } from \'./lib/floating-result-api.js\';\nexport async function size() {\n  enum Size {\n    Large = countUsers() * 2,\n  }\n  return Size.Large;\n}',
      output: null,
      errors: [
        {
          messageId: 'arithmetic',
          data: { operator: '*', expression: 'countUsers()', advice: NOT_HERE },
          line: 4,
          column: 13,
          endLine: 4,
          endColumn: 25,
        },
      ],
    },
    {
      code: 'import { getUser } from \'./lib/floating-result-api.js\';\nexport const name = getUser().name;',
      filename: 'file.cts',
      output: null,
      errors: [
        {
          messageId: 'memberAccess',
          data: { access: '.name', expression: 'getUser()', advice: NOT_ESM },
          line: 2,
          column: 21,
          endLine: 2,
          endColumn: 30,
        },
      ],
    },
    {
      code: 'import { getUser } from \'./lib/floating-result-api.js\';\n(async () => {\n  console.log(getUser().name);\n})();',
      filename: 'file.cts',
      output: 'import { getUser } from \'./lib/floating-result-api.js\';\n(async () => {\n  console.log((await getUser()).name);\n})();',
      errors: [
        {
          messageId: 'memberAccess',
          data: { access: '.name', expression: 'getUser()', advice: AWAIT_IT },
          line: 3,
          column: 15,
          endLine: 3,
          endColumn: 24,
        },
      ],
    },
    // An `any` value in JavaScript that TypeScript checks: any member may be the value's.
    {
      code: '// @ts-check\nasync function load() {\n  return JSON.parse(\'{}\');\n}\nexport async function f() {\n  return load().items;\n}',
      filename: 'script.js',
      output: '// @ts-check\nasync function load() {\n  return JSON.parse(\'{}\');\n}\nexport async function f() {\n  return (await load()).items;\n}',
      errors: [
        {
          messageId: 'memberAccess',
          data: { access: '.items', expression: 'load()', advice: AWAIT_IT },
          line: 6,
          column: 10,
          endLine: 6,
          endColumn: 16,
        },
      ],
    },
    // … as is one whose `any` is declared (a JSDoc type): the value's members are read.
    {
      code: '// @ts-check\n/** @returns {Promise<any>} */\nfunction load() {\n  return new Promise((resolve) => resolve(JSON.parse(\'{}\')));\n}\nexport async function f() {\n  return load().items;\n}',
      filename: 'script.js',
      output: '// @ts-check\n/** @returns {Promise<any>} */\nfunction load() {\n  return new Promise((resolve) => resolve(JSON.parse(\'{}\')));\n}\nexport async function f() {\n  return (await load()).items;\n}',
      errors: [
        {
          messageId: 'memberAccess',
          data: { access: '.items', expression: 'load()', advice: AWAIT_IT },
          line: 7,
          column: 10,
          endLine: 7,
          endColumn: 16,
        },
      ],
    },
    // A presence-like test whose branches do not use the promise as one: the value was meant.
    {
      code: 'import { isAllowed, type User } from \'./lib/floating-result-api.js\';\nexport async function f(user: User) {\n  const allowed = isAllowed(user);\n  if (!allowed) return \'denied\';\n  return \'ok\';\n}',
      output: 'import { isAllowed, type User } from \'./lib/floating-result-api.js\';\nexport async function f(user: User) {\n  const allowed = await isAllowed(user);\n  if (!allowed) return \'denied\';\n  return \'ok\';\n}',
      errors: [
        {
          messageId: 'condition',
          data: { expression: 'allowed', test: '`!`', advice: AWAIT_IT },
          line: 4,
          column: 8,
          endLine: 4,
          endColumn: 15,
        },
      ],
    },
    // A property of the value set on the promise.
    {
      code: 'async function getUser() {\n  return { name: \'ada\' };\n}\nexport async function f() {\n  const user = getUser();\n  user.name = \'grace\';\n  return user;\n}',
      filename: 'script.js',
      output: 'async function getUser() {\n  return { name: \'ada\' };\n}\nexport async function f() {\n  const user = getUser();\n  (await user).name = \'grace\';\n  return user;\n}',
      errors: [
        {
          messageId: 'memberWrite',
          data: { access: '.name', expression: 'user', advice: AWAIT_IT },
          line: 6,
          column: 3,
          endLine: 6,
          endColumn: 7,
        },
      ],
    },
    // A promise where a function is expected: `then` ignores it; `await` would not help.
    {
      code: 'import { getUser } from \'./lib/floating-result-api.js\';\nexport async function f(ready: Promise<void>) {\n  const user = getUser();\n  // @ts-expect-error a promise where a function is expected\n  return ready.then(user);\n}',
      output: null,
      errors: [
        {
          messageId: 'callbackArgument',
          data: {
            expression: 'user',
            parameter: 'parameter `onfulfilled`',
            callee: 'ready.then',
            effect: '`then` ignores anything but a function, so the chain neither waits for the promise nor gets its value. Pass a function that returns it.',
          },
          line: 5,
          column: 21,
          endLine: 5,
          endColumn: 25,
          suggestions: [
            {
              messageId: 'passFunction',
              data: { expression: 'user' },
              output: 'import { getUser } from \'./lib/floating-result-api.js\';\nexport async function f(ready: Promise<void>) {\n  const user = getUser();\n  // @ts-expect-error a promise where a function is expected\n  return ready.then(() => user);\n}',
            },
          ],
        },
      ],
    },
    {
      code: 'export class Queue {\n  isReady() { return Promise.resolve(this); }\n  init() { this.initializing = this.isReady().then(() => 1); return this.initializing; }\n  async close() { return this.isReady().finally(this.initializing); }\n}',
      filename: 'script.js',
      output: null,
      errors: [
        {
          messageId: 'callbackArgument',
          data: {
            expression: 'this.initializing',
            parameter: 'parameter `onfinally`',
            callee: 'this.isReady().finally',
            effect: '`finally` ignores anything but a function, so the chain neither waits for the promise nor gets its value. Pass a function that returns it.',
          },
          line: 4,
          column: 49,
          endLine: 4,
          endColumn: 66,
          suggestions: [
            {
              messageId: 'passFunction',
              data: { expression: 'this.initializing' },
              output: 'export class Queue {\n  isReady() { return Promise.resolve(this); }\n  init() { this.initializing = this.isReady().then(() => 1); return this.initializing; }\n  async close() { return this.isReady().finally(() => this.initializing); }\n}',
            },
          ],
        },
      ],
    },
    {
      code: 'async function load() {\n  return 1;\n}\nexport async function f() {\n  setTimeout(load(), 10);\n}',
      filename: 'script.js',
      output: null,
      errors: [
        {
          messageId: 'callbackArgument',
          data: {
            expression: 'load()',
            parameter: 'parameter `callback`',
            callee: 'setTimeout',
            effect: 'it gets the promise object where it calls a function. Pass a function.',
          },
          line: 5,
          column: 14,
          endLine: 5,
          endColumn: 20,
          suggestions: [],
        },
      ],
    },
    // JavaScript files.
    {
      code: 'async function getUser() {\n  return { name: \'ada\' };\n}\nexport async function f() {\n  return getUser().name;\n}',
      filename: 'script.js',
      output: 'async function getUser() {\n  return { name: \'ada\' };\n}\nexport async function f() {\n  return (await getUser()).name;\n}',
      errors: [
        {
          messageId: 'memberAccess',
          data: { access: '.name', expression: 'getUser()', advice: AWAIT_IT },
          line: 5,
          column: 10,
          endLine: 5,
          endColumn: 19,
        },
      ],
    },
    {
      code: 'async function getUser() {\n  return { name: \'ada\' };\n}\nconst user = getUser();\nconsole.log(user.name);',
      filename: 'script.mjs',
      output: 'async function getUser() {\n  return { name: \'ada\' };\n}\nconst user = await getUser();\nconsole.log(user.name);',
      errors: [
        {
          messageId: 'memberAccess',
          data: { access: '.name', expression: 'user', advice: AWAIT_IT },
          line: 5,
          column: 13,
          endLine: 5,
          endColumn: 17,
        },
      ],
    },
    {
      code: 'async function getUser() {\n  return { name: \'ada\' };\n}\nconst user = getUser();\nconsole.log(user.name);',
      filename: 'script.cjs',
      output: null,
      errors: [
        {
          messageId: 'memberAccess',
          data: { access: '.name', expression: 'user', advice: NOT_ESM },
          line: 5,
          column: 13,
          endLine: 5,
          endColumn: 17,
        },
      ],
    },
    // Where `await` cannot go: class fields, parameter defaults, static blocks, executors, array callbacks.
    {
      code: 'import { getUser } from \'./lib/floating-result-api.js\';\nexport class C {\n  name = getUser().name;\n  static {\n    console.log(getUser().name);\n  }\n}',
      output: null,
      errors: [
        {
          messageId: 'memberAccess',
          data: { access: '.name', expression: 'getUser()', advice: NOT_HERE },
          line: 3,
          column: 10,
          endLine: 3,
          endColumn: 19,
        },
        {
          messageId: 'memberAccess',
          data: { access: '.name', expression: 'getUser()', advice: NOT_HERE },
          line: 5,
          column: 17,
          endLine: 5,
          endColumn: 26,
        },
      ],
    },
    {
      code: 'import { getUser } from \'./lib/floating-result-api.js\';\nexport const f = async (name = getUser().name) => name;',
      output: null,
      errors: [
        {
          messageId: 'memberAccess',
          data: { access: '.name', expression: 'getUser()', advice: NOT_HERE },
          line: 2,
          column: 32,
          endLine: 2,
          endColumn: 41,
        },
      ],
    },
    {
      code: 'import { getUser } from \'./lib/floating-result-api.js\';\nexport function f() {\n  return new Promise((resolve) => resolve(getUser().name));\n}',
      output: null,
      errors: [
        {
          messageId: 'memberAccess',
          data: { access: '.name', expression: 'getUser()', advice: IN_EXECUTOR },
          line: 3,
          column: 43,
          endLine: 3,
          endColumn: 52,
        },
      ],
    },
    {
      code: 'import { getUser } from \'./lib/floating-result-api.js\';\nexport async function f(ids: number[]) {\n  return ids.map(() => getUser().name);\n}',
      output: null,
      errors: [
        {
          messageId: 'memberAccess',
          data: { access: '.name', expression: 'getUser()', advice: inArrayCallback('map') },
          line: 3,
          column: 24,
          endLine: 3,
          endColumn: 33,
        },
      ],
    },
    {
      code: 'import { getUser } from \'./lib/floating-result-api.js\';\nexport async function f() {\n  return [getUser].map(async (load) => load().name);\n}',
      output: 'import { getUser } from \'./lib/floating-result-api.js\';\nexport async function f() {\n  return [getUser].map(async (load) => (await load()).name);\n}',
      errors: [
        {
          messageId: 'memberAccess',
          data: { access: '.name', expression: 'load()', advice: AWAIT_IT },
          line: 3,
          column: 40,
          endLine: 3,
          endColumn: 46,
        },
      ],
    },
    // Sync functions: a suggestion to make them async where their callers cannot tell.
    {
      code: 'import { getUser } from \'./lib/floating-result-api.js\';\nfunction show() {\n  console.log(getUser().name);\n}\nshow();',
      output: null,
      errors: [
        {
          messageId: 'memberAccess',
          data: { access: '.name', expression: 'getUser()', advice: inSyncFunction('function `show`') },
          line: 3,
          column: 15,
          endLine: 3,
          endColumn: 24,
          suggestions: [
            {
              messageId: 'makeAsyncAndAwait',
              data: { fn: 'function `show`', expression: 'getUser()' },
              output: 'import { getUser } from \'./lib/floating-result-api.js\';\nasync function show() {\n  console.log((await getUser()).name);\n}\nshow();',
            },
          ],
        },
      ],
    },
    {
      code: 'import { getUser } from \'./lib/floating-result-api.js\';\nconst show = (): void => {\n  console.log(getUser().name);\n};\nshow();',
      output: null,
      errors: [
        {
          messageId: 'memberAccess',
          data: { access: '.name', expression: 'getUser()', advice: inSyncFunction('arrow function `show`') },
          line: 3,
          column: 15,
          endLine: 3,
          endColumn: 24,
          suggestions: [
            {
              messageId: 'makeAsyncAndAwait',
              data: { fn: 'arrow function `show`', expression: 'getUser()' },
              output: 'import { getUser } from \'./lib/floating-result-api.js\';\nconst show = async (): Promise<void> => {\n  console.log((await getUser()).name);\n};\nshow();',
            },
          ],
        },
      ],
    },
    {
      code: 'import { getUser } from \'./lib/floating-result-api.js\';\nfunction show() {\n  return getUser().name;\n}\nshow();',
      output: null,
      errors: [
        {
          messageId: 'memberAccess',
          data: { access: '.name', expression: 'getUser()', advice: inSyncFunction('function `show`') },
          line: 3,
          column: 10,
          endLine: 3,
          endColumn: 19,
          suggestions: [
            {
              messageId: 'makeAsyncAndAwait',
              data: { fn: 'function `show`', expression: 'getUser()' },
              output: 'import { getUser } from \'./lib/floating-result-api.js\';\nasync function show() {\n  return (await getUser()).name;\n}\nshow();',
            },
          ],
        },
      ],
    },
    {
      code: 'import { getUser } from \'./lib/floating-result-api.js\';\nexport class C {\n  static show(): void {\n    console.log(getUser().name);\n  }\n  [\'log\']() {\n    console.log(getUser().name);\n  }\n}',
      output: null,
      errors: [
        {
          messageId: 'memberAccess',
          data: { access: '.name', expression: 'getUser()', advice: inSyncFunction('static method `show`') },
          line: 4,
          column: 17,
          endLine: 4,
          endColumn: 26,
          suggestions: [
            {
              messageId: 'makeAsyncAndAwait',
              data: { fn: 'static method `show`', expression: 'getUser()' },
              output: 'import { getUser } from \'./lib/floating-result-api.js\';\nexport class C {\n  static async show(): Promise<void> {\n    console.log((await getUser()).name);\n  }\n  [\'log\']() {\n    console.log(getUser().name);\n  }\n}',
            },
          ],
        },
        {
          messageId: 'memberAccess',
          data: { access: '.name', expression: 'getUser()', advice: inSyncFunction('method `log`') },
          line: 7,
          column: 17,
          endLine: 7,
          endColumn: 26,
          suggestions: [
            {
              messageId: 'makeAsyncAndAwait',
              data: { fn: 'method `log`', expression: 'getUser()' },
              output: 'import { getUser } from \'./lib/floating-result-api.js\';\nexport class C {\n  static show(): void {\n    console.log(getUser().name);\n  }\n  async [\'log\']() {\n    console.log((await getUser()).name);\n  }\n}',
            },
          ],
        },
      ],
    },
    {
      code: 'import { getUser } from \'./lib/floating-result-api.js\';\nimport { EventEmitter } from \'node:events\';\nconst emitter = new EventEmitter();\nemitter.on(\'ready\', () => {\n  console.log(getUser().name);\n});\nsetTimeout(function () {\n  console.log(getUser().name);\n}, 1);',
      output: null,
      errors: [
        {
          messageId: 'memberAccess',
          data: { access: '.name', expression: 'getUser()', advice: inSyncFunction('arrow function') },
          line: 5,
          column: 15,
          endLine: 5,
          endColumn: 24,
          suggestions: [
            {
              messageId: 'makeAsyncAndAwait',
              data: { fn: 'arrow function', expression: 'getUser()' },
              output: 'import { getUser } from \'./lib/floating-result-api.js\';\nimport { EventEmitter } from \'node:events\';\nconst emitter = new EventEmitter();\nemitter.on(\'ready\', async () => {\n  console.log((await getUser()).name);\n});\nsetTimeout(function () {\n  console.log(getUser().name);\n}, 1);',
            },
          ],
        },
        {
          messageId: 'memberAccess',
          data: { access: '.name', expression: 'getUser()', advice: inSyncFunction('function') },
          line: 8,
          column: 15,
          endLine: 8,
          endColumn: 24,
          suggestions: [
            {
              messageId: 'makeAsyncAndAwait',
              data: { fn: 'function', expression: 'getUser()' },
              output: 'import { getUser } from \'./lib/floating-result-api.js\';\nimport { EventEmitter } from \'node:events\';\nconst emitter = new EventEmitter();\nemitter.on(\'ready\', () => {\n  console.log(getUser().name);\n});\nsetTimeout(async function () {\n  console.log((await getUser()).name);\n}, 1);',
            },
          ],
        },
      ],
    },
    {
      code: 'import { getUser } from \'./lib/floating-result-api.js\';\n(() => {\n  console.log(getUser().name);\n})();',
      output: null,
      errors: [
        {
          messageId: 'memberAccess',
          data: { access: '.name', expression: 'getUser()', advice: inSyncFunction('arrow function') },
          line: 3,
          column: 15,
          endLine: 3,
          endColumn: 24,
          suggestions: [
            {
              messageId: 'makeAsyncAndAwait',
              data: { fn: 'arrow function', expression: 'getUser()' },
              output: 'import { getUser } from \'./lib/floating-result-api.js\';\n(async () => {\n  console.log((await getUser()).name);\n})();',
            },
          ],
        },
      ],
    },
    {
      code: 'import { getUser } from \'./lib/floating-result-api.js\';\nexport function f(): PromiseLike<string> {\n  return Promise.resolve(getUser().name);\n}',
      output: null,
      errors: [
        {
          messageId: 'memberAccess',
          data: { access: '.name', expression: 'getUser()', advice: inSyncFunction('function `f`') },
          line: 3,
          column: 26,
          endLine: 3,
          endColumn: 35,
          suggestions: [
            {
              messageId: 'makeAsyncAndAwait',
              data: { fn: 'function `f`', expression: 'getUser()' },
              output: 'import { getUser } from \'./lib/floating-result-api.js\';\nexport async function f(): Promise<string> {\n  return Promise.resolve((await getUser()).name);\n}',
            },
          ],
        },
      ],
    },
    {
      code: 'import { getUser } from \'./lib/floating-result-api.js\';\nfunction show() {\n  const user = getUser();\n  console.log(user.name);\n}\nshow();',
      output: null,
      errors: [
        {
          messageId: 'memberAccess',
          data: { access: '.name', expression: 'user', advice: inSyncFunction('function `show`') },
          line: 4,
          column: 15,
          endLine: 4,
          endColumn: 19,
          suggestions: [
            {
              messageId: 'makeAsyncAndAwait',
              data: { fn: 'function `show`', expression: 'user' },
              output: 'import { getUser } from \'./lib/floating-result-api.js\';\nasync function show() {\n  const user = await getUser();\n  console.log(user.name);\n}\nshow();',
            },
          ],
        },
      ],
    },
    // Sync functions whose callers may use the result: explain, no suggestion.
    {
      code: 'import { getUser } from \'./lib/floating-result-api.js\';\nfunction name() {\n  return getUser().name;\n}\nexport const shown = name();',
      output: null,
      errors: [
        {
          messageId: 'memberAccess',
          data: { access: '.name', expression: 'getUser()', advice: inUsedFunction('function `name`') },
          line: 3,
          column: 10,
          endLine: 3,
          endColumn: 19,
        },
      ],
    },
    {
      code: 'import { getUser } from \'./lib/floating-result-api.js\';\nexport function name(): string {\n  return getUser().name;\n}',
      output: null,
      errors: [
        {
          messageId: 'memberAccess',
          data: { access: '.name', expression: 'getUser()', advice: inUsedFunction('function `name`') },
          line: 3,
          column: 10,
          endLine: 3,
          endColumn: 19,
        },
      ],
    },
    {
      code: 'import { getUser } from \'./lib/floating-result-api.js\';\nexport class C {\n  get name() {\n    return getUser().name;\n  }\n}',
      output: null,
      errors: [
        {
          messageId: 'memberAccess',
          data: { access: '.name', expression: 'getUser()', advice: inUsedFunction('getter `name`') },
          line: 4,
          column: 12,
          endLine: 4,
          endColumn: 21,
        },
      ],
    },
    {
      code: 'async function getUser() {\n  return { name: \'ada\' };\n}\nfunction Person() {\n  this.name = getUser().name;\n}\nexport const ada = new Person();',
      filename: 'script.js',
      output: null,
      errors: [
        {
          messageId: 'memberAccess',
          data: { access: '.name', expression: 'getUser()', advice: inUsedFunction('function `Person`') },
          line: 5,
          column: 15,
          endLine: 5,
          endColumn: 24,
        },
      ],
    },
    // Fix text: comments, parentheses, ASI, keyword spacing, optional chains, `?:` branches.
    {
      code: 'import { getUser } from \'./lib/floating-result-api.js\';\nexport async function f() {\n  return getUser(/* id */).name /* name */;\n}',
      output: 'import { getUser } from \'./lib/floating-result-api.js\';\nexport async function f() {\n  return (await getUser(/* id */)).name /* name */;\n}',
      errors: [
        {
          messageId: 'memberAccess',
          data: { access: '.name', expression: 'getUser(/* id */)', advice: AWAIT_IT },
          line: 3,
          column: 10,
          endLine: 3,
          endColumn: 27,
        },
      ],
    },
    {
      code: 'import { getUser } from \'./lib/floating-result-api.js\';\nexport async function f() {\n  const a = 1\n  getUser().name\n  return a\n}',
      output: 'import { getUser } from \'./lib/floating-result-api.js\';\nexport async function f() {\n  const a = 1\n  ;(await getUser()).name\n  return a\n}',
      errors: [
        {
          messageId: 'memberAccess',
          data: { access: '.name', expression: 'getUser()', advice: AWAIT_IT },
          line: 4,
          column: 3,
          endLine: 4,
          endColumn: 12,
        },
      ],
    },
    {
      code: 'import { getUser } from \'./lib/floating-result-api.js\';\nexport async function f() {\n  return(getUser()).name;\n}',
      output: 'import { getUser } from \'./lib/floating-result-api.js\';\nexport async function f() {\n  return(await getUser()).name;\n}',
      errors: [
        {
          messageId: 'memberAccess',
          data: { access: '.name', expression: 'getUser()', advice: AWAIT_IT },
          line: 3,
          column: 10,
          endLine: 3,
          endColumn: 19,
        },
      ],
    },
    {
      code: 'import type { User } from \'./lib/floating-result-api.js\';\nexport async function f(api?: { load(): Promise<User> }) {\n  return api?.load().name;\n}',
      output: null,
      errors: [
        {
          messageId: 'memberAccess',
          data: { access: '.name', expression: 'api?.load()', advice: AWAIT_IT },
          line: 3,
          column: 10,
          endLine: 3,
          endColumn: 21,
        },
      ],
    },
    {
      // A non-null assertion does not end the chain: `api?.load()!.name` is `api?.load().name` at run time.
      code: 'import type { User } from \'./lib/floating-result-api.js\';\nexport async function f(api?: { load(): Promise<User> }, b?: { c: { getUser(): Promise<User> } }) {\n  return [api?.load()!.name, b?.c!.getUser().name];\n}',
      output: null,
      errors: [
        {
          messageId: 'memberAccess',
          data: { access: '.name', expression: 'api?.load()!', advice: AWAIT_IT },
          line: 3,
          column: 11,
          endLine: 3,
          endColumn: 23,
        },
        {
          messageId: 'memberAccess',
          data: { access: '.name', expression: 'b?.c!.getUser()', advice: AWAIT_IT },
          line: 3,
          column: 30,
          endLine: 3,
          endColumn: 45,
        },
      ],
    },
    {
      code: 'import { getUser, type User } from \'./lib/floating-result-api.js\';\nexport async function f(flag: boolean, fallback: User) {\n  return (flag ? getUser() : fallback).name;\n}',
      output: 'import { getUser, type User } from \'./lib/floating-result-api.js\';\nexport async function f(flag: boolean, fallback: User) {\n  return (flag ? await getUser() : fallback).name;\n}',
      errors: [
        {
          messageId: 'memberAccess',
          data: { access: '.name', expression: 'getUser()', advice: AWAIT_IT },
          line: 3,
          column: 18,
          endLine: 3,
          endColumn: 27,
        },
      ],
    },
    // autofix: false offers the same rewrite as a suggestion.
    {
      code: 'import { getUser } from \'./lib/floating-result-api.js\';\nexport async function f() {\n  return getUser().name;\n}',
      options: [{ autofix: false }],
      output: null,
      errors: [
        {
          messageId: 'memberAccess',
          data: { access: '.name', expression: 'getUser()', advice: AWAIT_IT },
          line: 3,
          column: 10,
          endLine: 3,
          endColumn: 19,
          suggestions: [
            {
              messageId: 'awaitValue',
              data: { expression: 'getUser()' },
              output: 'import { getUser } from \'./lib/floating-result-api.js\';\nexport async function f() {\n  return (await getUser()).name;\n}',
            },
          ],
        },
      ],
    },
    // What the declarations allow decides without the checker's inference only where no instantiation can be a
    // thenable: a callee's own type parameter, an overload, an evolving `let`, an object literal or class with
    // `then`, a field's initialiser still lead to the checker, and these are reported.
    {
      code: 'import { getUser } from \'./lib/floating-result-api.js\';\ndeclare function each<T>(items: T[], visit: (item: T) => Promise<void>): Promise<void>;\nexport async function f() {\n  await each([getUser()], async (item) => {\n    console.log(`${item}`);\n  });\n}',
      output: 'import { getUser } from \'./lib/floating-result-api.js\';\ndeclare function each<T>(items: T[], visit: (item: T) => Promise<void>): Promise<void>;\nexport async function f() {\n  await each([getUser()], async (item) => {\n    console.log(`${await item}`);\n  });\n}',
      errors: [{ messageId: 'template', line: 5, column: 20, endLine: 5, endColumn: 24 }],
    },
    {
      code: 'import type { User } from \'./lib/floating-result-api.js\';\ndeclare function on(event: \'user\', listener: (user: Promise<User>) => Promise<void>): void;\ndeclare function on(event: \'name\', listener: (name: string) => Promise<void>): void;\non(\'user\', async (user) => {\n  console.log(`${user}`);\n});',
      output: 'import type { User } from \'./lib/floating-result-api.js\';\ndeclare function on(event: \'user\', listener: (user: Promise<User>) => Promise<void>): void;\ndeclare function on(event: \'name\', listener: (name: string) => Promise<void>): void;\non(\'user\', async (user) => {\n  console.log(`${await user}`);\n});',
      errors: [{ messageId: 'template', line: 5, column: 18, endLine: 5, endColumn: 22 }],
    },
    {
      code: 'import { getUser } from \'./lib/floating-result-api.js\';\nfunction same<T>(value: T): T {\n  return value;\n}\nexport async function f() {\n  return `${same(getUser())}`;\n}',
      output: 'import { getUser } from \'./lib/floating-result-api.js\';\nfunction same<T>(value: T): T {\n  return value;\n}\nexport async function f() {\n  return `${await same(getUser())}`;\n}',
      errors: [{ messageId: 'template', line: 6, column: 13, endLine: 6, endColumn: 28 }],
    },
    {
      code: 'import { getUser } from \'./lib/floating-result-api.js\';\nexport async function f() {\n  let pending = null;\n  pending = getUser();\n  return `${pending}`;\n}',
      output: 'import { getUser } from \'./lib/floating-result-api.js\';\nexport async function f() {\n  let pending = null;\n  pending = getUser();\n  return `${await pending}`;\n}',
      errors: [{ messageId: 'template', line: 5, column: 13, endLine: 5, endColumn: 20 }],
    },
    {
      code: 'export async function f() {\n  const ready = { \'then\': (resolve: (value: number) => void) => resolve(1) };\n  return `${ready}`;\n}',
      output: 'export async function f() {\n  const ready = await { \'then\': (resolve: (value: number) => void) => resolve(1) };\n  return `${ready}`;\n}',
      errors: [{ messageId: 'template', line: 3, column: 13, endLine: 3, endColumn: 18 }],
    },
    {
      code: 'export async function f() {\n  const ready = { then(resolve: (value: number) => void) { resolve(1); } };\n  return `${ready}`;\n}',
      output: 'export async function f() {\n  const ready = await { then(resolve: (value: number) => void) { resolve(1); } };\n  return `${ready}`;\n}',
      errors: [{ messageId: 'template', line: 3, column: 13, endLine: 3, endColumn: 18 }],
    },
    {
      code: 'import { getUser } from \'./lib/floating-result-api.js\';\nexport class Profile {\n  pending = getUser();\n  async label() {\n    return this.pending.name;\n  }\n}',
      output: 'import { getUser } from \'./lib/floating-result-api.js\';\nexport class Profile {\n  pending = getUser();\n  async label() {\n    return (await this.pending).name;\n  }\n}',
      errors: [{ messageId: 'memberAccess', line: 5, column: 12, endLine: 5, endColumn: 24 }],
    },
    {
      code: 'class Task extends Promise<number> {}\nexport async function f() {\n  return `${new Task((resolve) => resolve(1))}`;\n}',
      output: 'class Task extends Promise<number> {}\nexport async function f() {\n  return `${await new Task((resolve) => resolve(1))}`;\n}',
      errors: [{ messageId: 'template', line: 3, column: 13, endLine: 3, endColumn: 46 }],
    },
    {
      code: 'interface Lazy<T> {\n  then(onfulfilled: (value: T) => void): void;\n}\ndeclare function lazy<T>(value: T): Lazy<T>;\nexport async function f() {\n  return `${lazy(1)}`;\n}',
      output: 'interface Lazy<T> {\n  then(onfulfilled: (value: T) => void): void;\n}\ndeclare function lazy<T>(value: T): Lazy<T>;\nexport async function f() {\n  return `${await lazy(1)}`;\n}',
      errors: [{ messageId: 'template', line: 6, column: 13, endLine: 6, endColumn: 20 }],
    },
    {
      code: 'import type { User } from \'./lib/floating-result-api.js\';\ndeclare function withUser(use: (user: Promise<User>) => Promise<void>): void;\nwithUser(async (user) => {\n  console.log(user.name);\n});',
      output: 'import type { User } from \'./lib/floating-result-api.js\';\ndeclare function withUser(use: (user: Promise<User>) => Promise<void>): void;\nwithUser(async (user) => {\n  console.log((await user).name);\n});',
      errors: [{ messageId: 'memberAccess', line: 4, column: 15, endLine: 4, endColumn: 19 }],
    },
    // A member's type is read from the declared type of what it is a member of, so without the checker's flow
    // analysis; where `this` or the object is not what the class or the declaration says, the checker decides:
    // a `this` parameter, a static member, the nearest class's private name, a generic's instantiation, a union
    // narrowed by a test.
    {
      code: 'import type { User } from \'./lib/floating-result-api.js\';\ninterface Loader {\n  user: Promise<User>;\n}\nexport class Holder {\n  user = { name: \'x\' };\n  async describe(this: Loader) {\n    return this.user.name;\n  }\n}',
      output: 'import type { User } from \'./lib/floating-result-api.js\';\ninterface Loader {\n  user: Promise<User>;\n}\nexport class Holder {\n  user = { name: \'x\' };\n  async describe(this: Loader) {\n    return (await this.user).name;\n  }\n}',
      errors: [{ messageId: 'memberAccess', line: 8, column: 12, endLine: 8, endColumn: 21 }],
    },
    {
      code: 'import { getUser } from \'./lib/floating-result-api.js\';\nexport class Registry {\n  static current = getUser();\n  current = { name: \'x\' };\n  static async describe() {\n    return this.current.name;\n  }\n}',
      output: 'import { getUser } from \'./lib/floating-result-api.js\';\nexport class Registry {\n  static current = getUser();\n  current = { name: \'x\' };\n  static async describe() {\n    return (await this.current).name;\n  }\n}',
      errors: [{ messageId: 'memberAccess', line: 6, column: 12, endLine: 6, endColumn: 24 }],
    },
    {
      code: 'import { getUser } from \'./lib/floating-result-api.js\';\nexport class Outer {\n  #user = { name: \'x\' };\n  make() {\n    class Inner {\n      #user = getUser();\n      async name() {\n        return this.#user.name;\n      }\n    }\n    return new Inner();\n  }\n}',
      output: 'import { getUser } from \'./lib/floating-result-api.js\';\nexport class Outer {\n  #user = { name: \'x\' };\n  make() {\n    class Inner {\n      #user = getUser();\n      async name() {\n        return (await this.#user).name;\n      }\n    }\n    return new Inner();\n  }\n}',
      errors: [{ messageId: 'memberAccess', line: 8, column: 16, endLine: 8, endColumn: 26 }],
    },
    {
      code: 'import type { User } from \'./lib/floating-result-api.js\';\nclass Box<T> {\n  constructor(public value: T) {}\n}\nexport async function f(box: Box<Promise<User>>) {\n  return box.value.name;\n}',
      output: 'import type { User } from \'./lib/floating-result-api.js\';\nclass Box<T> {\n  constructor(public value: T) {}\n}\nexport async function f(box: Box<Promise<User>>) {\n  return (await box.value).name;\n}',
      errors: [{ messageId: 'memberAccess', line: 6, column: 10, endLine: 6, endColumn: 19 }],
    },
    {
      code: 'import type { User } from \'./lib/floating-result-api.js\';\ntype Source = { kind: \'cached\'; user: User } | { kind: \'remote\'; user: Promise<User> };\nexport async function f(source: Source) {\n  if (source.kind === \'remote\') return source.user.name;\n  return source.user.name;\n}',
      output: 'import type { User } from \'./lib/floating-result-api.js\';\ntype Source = { kind: \'cached\'; user: User } | { kind: \'remote\'; user: Promise<User> };\nexport async function f(source: Source) {\n  if (source.kind === \'remote\') return (await source.user).name;\n  return source.user.name;\n}',
      errors: [{ messageId: 'memberAccess', line: 4, column: 40, endLine: 4, endColumn: 51 }],
    },
  ],
});

// A project without `strictNullChecks`: no type rules out `null` or `undefined` there, so a presence
// test is judged only for a call of an `async` function, which is certainly a promise.
const looseProjectDir = fs.mkdtempSync(path.join(os.tmpdir(), 'no-floating-promise-result-'));
fs.writeFileSync(
  path.join(looseProjectDir, 'tsconfig.json'),
  JSON.stringify({ compilerOptions: { target: 'ES2022', module: 'ES2022', moduleResolution: 'bundler', strict: false, noEmit: true, types: [] }, include: ['*.ts'] }),
);
fs.writeFileSync(path.join(looseProjectDir, 'file.ts'), '');
afterAll(() => fs.rmSync(looseProjectDir, { recursive: true, force: true }));

const looseRuleTester = new RuleTester({
  languageOptions: {
    parserOptions: {
      projectService: { allowDefaultProject: [], maximumDefaultProjectFileMatchCount_THIS_WILL_SLOW_DOWN_LINTING: 0 },
      tsconfigRootDir: looseProjectDir,
    },
  },
});

looseRuleTester.run('no-floating-promise-result (no strictNullChecks)', rule, {
  valid: [
    'declare function load(key: string): Promise<number>;\nconst cache = new Map<string, Promise<number>>();\nlet pending: Promise<number> | undefined;\nexport async function get(key: string) {\n  const hit = cache.get(key);\n  if (hit) return hit;\n  if (pending === undefined) pending = load(key);\n  return cache.get(key) ?? pending;\n}',
  ],
  invalid: [
    {
      code: 'async function load(): Promise<number> {\n  return 1;\n}\nexport async function f() {\n  if (!load()) return 0;\n  return load().toFixed();\n}',
      output: 'async function load(): Promise<number> {\n  return 1;\n}\nexport async function f() {\n  if (!(await load())) return 0;\n  return (await load()).toFixed();\n}',
      errors: [
        {
          messageId: 'condition',
          data: { test: '`!`', expression: 'load()', advice: AWAIT_IT },
          line: 5,
          column: 8,
          endLine: 5,
          endColumn: 14,
        },
        {
          messageId: 'memberAccess',
          data: { access: '.toFixed', expression: 'load()', advice: AWAIT_IT },
          line: 6,
          column: 10,
          endLine: 6,
          endColumn: 16,
        },
      ],
    },
  ],
});

const untypedRuleTester = createUntypedRuleTester();

untypedRuleTester.run('no-floating-promise-result (no type information)', rule, {
  valid: [
    // Without types, an imported function or a parameter could be anything: silent.
    'import { getUser } from \'./lib/floating-result-api.js\';\nexport async function f(p: Promise<{ name: string }>) {\n  return [getUser().name, p.name];\n}',
    'let load = async () => ({ name: \'a\' });\nload = () => ({ name: \'b\' });\nexport const name = load().name;',
    'async function load() {\n  return 1;\n}\nfunction track(value: unknown) {\n  return value;\n}\ntrack(load());\nexport const ok = [1].filter(async () => load());',
    'function load() {\n  return { name: \'a\' };\n}\nexport const name = load().name;',
    // Members every promise has.
    'async function load() {\n  return 1;\n}\nexport function f() {\n  const p = load();\n  return [p.constructor === Promise, p[Symbol.toStringTag], p.toString(), p.hasOwnProperty(\'then\')];\n}',
    // The busy wait without types: a `.catch` of what is not evidently a promise, a timer that is
    // not the global one, or a timer callback that a call in the loop can run (fake timers).
    'class NumberSchema {\n  private fallback?: (input: unknown) => number;\n  catch(handler: (input: unknown) => number) { this.fallback = handler; return this; }\n  parse(input: unknown): number {\n    if (typeof input === \'number\') return input;\n    if (this.fallback) return this.fallback(input);\n    throw new Error(\'not a number\');\n  }\n}\nexport function firstThreeRejected(inputs: unknown[]) {\n  let rejected = 0;\n  const port = new NumberSchema().catch(() => { rejected++; return 0; });\n  let i = 0;\n  while (rejected < 3) port.parse(inputs[i++]);\n  return i;\n}',
    'import { getUser } from \'./lib/floating-result-api.js\';\nlet done = false;\ngetUser().then(() => {\n  done = true;\n});\nwhile (!done) {}',
    'declare const clock: { setTimeout(callback: () => void, ms: number): void };\nfunction setImmediate(callback: () => void) {\n  callback();\n}\nlet fired = false;\nlet ran = false;\nclock.setTimeout(() => { fired = true; }, 0);\nsetImmediate(() => { ran = true; });\nwhile (!fired) {}\nwhile (!ran) {}',
    'import { vi } from \'vitest\';\nlet fired = false;\nsetTimeout(() => { fired = true; }, 100);\nwhile (!fired) vi.advanceTimersByTime(10);',
  ],
  invalid: [
    // Calls of async functions declared in the file, and `const`s holding them.
    {
      code: 'async function load() {\n  return { name: \'ada\' };\n}\nexport async function f() {\n  const user = load();\n  return user.name + `${load()}` + JSON.stringify(load());\n}',
      output: 'async function load() {\n  return { name: \'ada\' };\n}\nexport async function f() {\n  const user = await load();\n  return user.name + `${await load()}` + JSON.stringify(await load());\n}',
      errors: [
        {
          messageId: 'memberAccess',
          data: { access: '.name', expression: 'user', advice: AWAIT_IT },
          line: 6,
          column: 10,
          endLine: 6,
          endColumn: 14,
        },
        {
          messageId: 'template',
          data: { expression: 'load()', advice: AWAIT_IT },
          line: 6,
          column: 25,
          endLine: 6,
          endColumn: 31,
        },
        {
          messageId: 'argument',
          data: { parameter: 'the parameter', callee: 'JSON.stringify', expression: 'load()', advice: AWAIT_IT },
          line: 6,
          column: 51,
          endLine: 6,
          endColumn: 57,
        },
      ],
    },
    {
      code: 'async function role() {\n  return \'admin\';\n}\nexport async function route() {\n  switch (role()) {\n    case \'admin\':\n      return 1;\n  }\n  return 0;\n}',
      output: 'async function role() {\n  return \'admin\';\n}\nexport async function route() {\n  switch (await role()) {\n    case \'admin\':\n      return 1;\n  }\n  return 0;\n}',
      errors: [
        {
          messageId: 'switchCase',
          data: { expression: 'role()', outcome: 'with each `case`, so none matches and no branch runs', advice: AWAIT_IT },
          line: 5,
          column: 11,
          endLine: 5,
          endColumn: 17,
        },
      ],
    },
    {
      code: 'const load = async () => ({ id: 1 });\nexport async function f() {\n  return structuredClone(load());\n}',
      output: 'const load = async () => ({ id: 1 });\nexport async function f() {\n  return structuredClone(await load());\n}',
      errors: [
        {
          messageId: 'argument',
          data: { parameter: 'the parameter', callee: 'structuredClone', expression: 'load()', advice: AWAIT_IT },
          line: 3,
          column: 26,
          endLine: 3,
          endColumn: 32,
        },
      ],
    },
    {
      code: 'const load = async () => true;\nexport async function f() {\n  if (load()) console.log(load());\n}',
      output: 'const load = async () => true;\nexport async function f() {\n  if (await load()) console.log(await load());\n}',
      errors: [
        {
          messageId: 'condition',
          data: { test: 'the `if` test', expression: 'load()', advice: AWAIT_IT },
          line: 3,
          column: 7,
          endLine: 3,
          endColumn: 13,
        },
        {
          messageId: 'argument',
          data: { parameter: 'the parameter', callee: 'console.log', expression: 'load()', advice: AWAIT_IT },
          line: 3,
          column: 27,
          endLine: 3,
          endColumn: 33,
        },
      ],
    },
    {
      code: 'async function load() {\n  return { name: \'ada\' };\n}\nexport const name = load().name;',
      filename: 'file.mts',
      output: 'async function load() {\n  return { name: \'ada\' };\n}\nexport const name = (await load()).name;',
      errors: [
        {
          messageId: 'memberAccess',
          data: { access: '.name', expression: 'load()', advice: AWAIT_IT },
          line: 4,
          column: 21,
          endLine: 4,
          endColumn: 27,
        },
      ],
    },
    {
      code: 'async function load() {\n  return { name: \'ada\' };\n}\nexport const name = load().name;',
      filename: 'file.ts',
      output: null,
      errors: [
        {
          messageId: 'memberAccess',
          data: { access: '.name', expression: 'load()', advice: NOT_ESM },
          line: 4,
          column: 21,
          endLine: 4,
          endColumn: 27,
        },
      ],
    },
    {
      code: 'async function load() {\n  return { name: \'ada\' };\n}\nfunction show() {\n  console.log(load().name);\n}\nshow();',
      output: null,
      errors: [
        {
          messageId: 'memberAccess',
          data: { access: '.name', expression: 'load()', advice: inSyncFunction('function `show`') },
          line: 5,
          column: 15,
          endLine: 5,
          endColumn: 21,
          suggestions: [
            {
              messageId: 'makeAsyncAndAwait',
              data: { fn: 'function `show`', expression: 'load()' },
              output: 'async function load() {\n  return { name: \'ada\' };\n}\nasync function show() {\n  console.log((await load()).name);\n}\nshow();',
            },
          ],
        },
      ],
    },
    // The busy wait is found by syntax alone.
    {
      code: 'let done = false;\nPromise.resolve().then(() => {\n  done = true;\n});\nwhile (!done) {}',
      output: null,
      errors: [
        {
          messageId: 'busyWait',
          data: { name: 'done', writer: 'a `.then` callback' },
          line: 5,
          column: 8,
          endLine: 5,
          endColumn: 13,
        },
      ],
    },
    // … for evident promises (a chain on an async function of the file, whatever the loop calls) and global timers.
    {
      code: 'async function load() {\n  return 1;\n}\nconst loading = load().then((value) => value);\nlet done = false;\nloading.finally(() => {\n  done = true;\n});\nwhile (!done) console.log(\'waiting\');',
      output: null,
      errors: [
        {
          messageId: 'busyWait',
          data: { name: 'done', writer: 'a `.finally` callback' },
          line: 9,
          column: 8,
          endLine: 9,
          endColumn: 13,
        },
      ],
    },
    {
      code: 'let ready = false;\nglobalThis.setTimeout(() => {\n  ready = true;\n}, 10);\nprocess.nextTick(() => {\n  ready = true;\n});\nwhile (!ready) {}',
      output: null,
      errors: [
        {
          messageId: 'busyWait',
          data: { name: 'ready', writer: 'a `setTimeout` callback' },
          line: 8,
          column: 8,
          endLine: 8,
          endColumn: 14,
        },
      ],
    },
  ],
});

// The fix-safety round trip on fixture files: fix, type-check, re-lint. The fixtures are linted and
// type-checked as the text of tests/fixtures/file.ts, so that the fixture project itself stays free
// of the type errors they start with.
describe('no-floating-promise-result fix round trip', () => {
  const { target, linter, config, typeErrors } = createFixRoundTrip('no-floating-promise-result', rule, 'error', 'file.ts');
  const readFixture = (name: string): string => fs.readFileSync(path.join(fixturesDir, 'floating-result', name), 'utf8');

  function comments(text: string): string[] {
    return [...text.matchAll(/\/\/[^\n]*|\/\*[\s\S]*?\*\//gu)].map((match) => match[0]);
  }

  it('fixes roundtrip.ts into code that type-checks, keeps its comments, and is stable', () => {
    const source = readFixture('roundtrip.ts');
    expect(typeErrors(source)).toEqual([
      "11: Type 'Promise<User[]>' must have a '[Symbol.iterator]()' method that returns an iterator.",
      "12: Property 'name' does not exist on type 'Promise<User>'.",
      "17: Argument of type 'Promise<User>' is not assignable to parameter of type 'User'.   Type 'Promise<User>' is missing the following properties from type 'User': name, id, tags",
      "23: Operator '>' cannot be applied to types 'Promise<number>' and 'number'.",
      "24: The left-hand side of an arithmetic operation must be of type 'any', 'number', 'bigint' or an enum type.",
      "29: Type 'number' is not comparable to type 'Promise<number>'.",
      "36: Property 'name' does not exist on type 'Promise<User>'.",
    ]);

    const result = linter.verifyAndFix(source, config, target);
    expect(result.output).toBe(
      source
        // `user` is awaited where it is used: `loadUsers()` runs between its declaration and its first use.
        .replace('const [first] = loadUsers();', 'const [first] = await loadUsers();')
        .replace('`${user.name} (${countUsers()} users)`', '`${(await user).name} (${await countUsers()} users)`')
        .replace('if (!isAllowed(first as User))', 'if (!(await isAllowed(first as User)))')
        .replace('assert.ok(isAllowed(user));', 'assert.ok(await isAllowed(await user));')
        .replace('res.json(loadUsers());', 'res.json(await loadUsers());')
        .replace('  countUsers() > 0 ? offset : 0', '  await countUsers() > 0 ? offset : 0')
        .replace('return countUsers() * 2', 'return await countUsers() * 2')
        .replace('switch (countUsers())', 'switch (await countUsers())')
        .replace('`hello ${getUser().name}`', '`hello ${(await getUser()).name}`'),
    );
    expect(typeErrors(result.output)).toEqual([]);
    expect(comments(result.output)).toEqual(comments(source));
    // What stays are the report-only findings; a second pass changes nothing.
    expect(result.messages.map((message) => `${message.line}: ${message.messageId}`)).toEqual(['40: arrayPredicate', '48: busyWait']);
    expect(linter.verifyAndFix(result.output, config, target).fixed).toBe(false);
  });

  it('offers, in each sync function of suggestions.ts, a make-async suggestion that type-checks on its own', () => {
    const source = readFixture('suggestions.ts');
    expect(typeErrors(source)).not.toEqual([]);
    const messages = linter.verify(source, config, target);
    expect(messages.map((message) => `${message.line}: ${message.messageId}`)).toEqual([
      '8: memberAccess',
      '13: condition',
      '19: memberAccess',
      '24: memberAccess',
    ]);
    for (const message of messages) {
      expect(message.fix).toBeUndefined();
      expect(message.suggestions).toHaveLength(1);
      const fix = message.suggestions?.[0]?.fix;
      if (!fix) throw new Error('no suggestion');
      const suggested = source.slice(0, fix.range[0]) + fix.text + source.slice(fix.range[1]);
      const remaining = typeErrors(suggested);
      // The suggestion fixes its own finding and leaves the others' errors as they were.
      expect(remaining.some((error) => error.startsWith(`${message.line}: `))).toBe(false);
      expect(remaining).toHaveLength(typeErrors(source).length - 1);
    }
  });
});
