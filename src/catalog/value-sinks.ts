/**
 * Calls whose parameter types do not tell whether they use an argument's value or the object
 * itself. Data only: `no-floating-promise-result` reads it through `matchesSomeSpecifier`-style
 * identities (the declaring module and the export path `resolveCallee` finds).
 */

export interface CalleeEntry {
  /** The module without `node:`, a package name, or `globalThis` for the default library. */
  readonly module: string;
  /** Export paths inside it, as `resolveCallee` names them (`Response.json`, `ObjectConstructor.is`). */
  readonly names: readonly string[];
}

/**
 * Parameters typed with a type parameter, which serialise what they get: Express's `ResBody` (a
 * type parameter of `Response` that defaults to `any`): a promise there becomes `{}` in the
 * response; `structuredClone<T>(value: T)`, which throws a `DataCloneError` on a promise.
 */
export const VALUE_SINKS: readonly CalleeEntry[] = [
  { module: 'express-serve-static-core', names: ['Response.json', 'Response.jsonp', 'Response.send'] },
  // The DOM library's global, and @types/node's (declared in `declare module 'worker_threads' { global { … } }`).
  { module: 'globalThis', names: ['structuredClone'] },
  { module: 'worker_threads', names: ['global.structuredClone'] },
];

/**
 * Built-ins that look at or change the object itself (its identity, prototype or property table,
 * or, for `util.inspect`, a promise's state: `Promise { <pending> }`), declared with `any` or
 * `object` parameters: a promise there is meant as the promise (`Reflect.defineProperty(p, 'cancel', …)`
 * decorates it, `Object.hasOwn(p, 'cancel')` asks whether it was).
 */
export const OBJECT_INSPECTIONS: readonly CalleeEntry[] = [
  {
    module: 'globalThis',
    names: [
      'ObjectConstructor.is',
      'ObjectConstructor.getPrototypeOf',
      'ObjectConstructor.getOwnPropertyNames',
      'ObjectConstructor.getOwnPropertySymbols',
      'ObjectConstructor.getOwnPropertyDescriptor',
      'ObjectConstructor.getOwnPropertyDescriptors',
      'ObjectConstructor.isFrozen',
      'ObjectConstructor.isSealed',
      'ObjectConstructor.isExtensible',
      'ObjectConstructor.hasOwn',
      'ObjectConstructor.defineProperty',
      'ObjectConstructor.defineProperties',
      'ObjectConstructor.setPrototypeOf',
      'ObjectConstructor.freeze',
      'ObjectConstructor.seal',
      'ObjectConstructor.preventExtensions',
      'Reflect.getPrototypeOf',
      'Reflect.setPrototypeOf',
      'Reflect.has',
      'Reflect.get',
      'Reflect.set',
      'Reflect.ownKeys',
      'Reflect.getOwnPropertyDescriptor',
      'Reflect.defineProperty',
      'Reflect.deleteProperty',
      'Reflect.isExtensible',
      'Reflect.preventExtensions',
    ],
  },
  { module: 'util', names: ['inspect'] },
  // `util.types.isProxy(p)`: questions about what kind of object it is.
  {
    module: 'util/types',
    names: [
      'isAnyArrayBuffer', 'isArgumentsObject', 'isArrayBuffer', 'isArrayBufferView', 'isAsyncFunction', 'isBigInt64Array',
      'isBigIntObject', 'isBigUint64Array', 'isBooleanObject', 'isBoxedPrimitive', 'isCryptoKey', 'isDataView', 'isDate',
      'isExternal', 'isFloat32Array', 'isFloat64Array', 'isGeneratorFunction', 'isGeneratorObject', 'isInt16Array',
      'isInt32Array', 'isInt8Array', 'isKeyObject', 'isMap', 'isMapIterator', 'isModuleNamespaceObject', 'isNativeError',
      'isNumberObject', 'isPromise', 'isProxy', 'isRegExp', 'isSet', 'isSetIterator', 'isSharedArrayBuffer', 'isStringObject',
      'isSymbolObject', 'isTypedArray', 'isUint16Array', 'isUint32Array', 'isUint8Array', 'isUint8ClampedArray', 'isWeakMap',
      'isWeakSet',
    ],
  },
];

/**
 * Built-ins declared with `any` parameters that carry the value on as it is rather than use it: an
 * object-mode stream passes whatever it is given, promises included (an ordered concurrent pipeline
 * pushes promises on purpose), so only the stream's mode, which types do not show, tells a bug.
 */
export const VALUE_CARRIERS: readonly CalleeEntry[] = [
  { module: 'stream', names: ['Stream.Readable.push', 'Stream.Readable.unshift', 'Stream.Writable.write', 'Stream.Writable.end'] },
  // Hands the message to the channel's subscribers, which may await it.
  { module: 'diagnostics_channel', names: ['Channel.publish'] },
];

/**
 * Method names that carry their arguments on in every built-in class that declares them: each
 * `emit(event: string | symbol, ...args: any[])` overload of Node's emitters (`server.emit('job', p)`,
 * `stream.emit(…)`) hands the arguments to the listeners, which may await them.
 */
export const CARRIER_METHOD_NAMES: ReadonlySet<string> = new Set(['emit']);

/** Whether the callee identity is listed. */
export function isListedCallee(entries: readonly CalleeEntry[], module: string, name: string): boolean {
  return entries.some((entry) => entry.module === module && entry.names.includes(name));
}
