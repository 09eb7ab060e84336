// What can cross to another thread. Arguments and results are copied with the structured clone
// algorithm, which throws on functions and symbols and, worse, silently turns a class instance
// into a plain object without its methods. This walks a value the way the algorithm will and
// names the first part that cannot make the trip, so the caller hears about it before anything
// is posted. It also records where Node Buffers sit, because a Buffer arrives on the other side
// as a bare Uint8Array (`toString('hex')` would quietly print "1,2,3") unless it is rebuilt.

export interface CloneProblem {
  /** Where the value sits, e.g. `args[1].onProgress`. */
  where: string;
  /** Why it cannot be copied, phrased to follow `where`: "is a function (f); functions …". */
  reason: string;
}

/** A path of property names and array indices from the root to a Buffer. */
export type BufferPath = (string | number)[];

export interface CloneReport {
  problem: CloneProblem | undefined;
  /** Buffers reachable through plain objects and arrays, to rebuild after the copy. */
  buffers: BufferPath[];
}

type Step =
  | { kind: 'key'; key: string | number }
  | { kind: 'mapKey'; position: number }
  | { kind: 'mapValue'; key: unknown; position: number }
  | { kind: 'setMember'; position: number };

interface Frame {
  value: unknown;
  parent: Frame | undefined;
  step: Step | undefined;
}

const uncloneableBuiltins: [new (...args: never[]) => object, string][] = [
  [Promise, 'is a Promise; await it and pass its value instead'],
  [WeakMap, 'is a WeakMap; weak collections cannot be structured-cloned'],
  [WeakSet, 'is a WeakSet; weak collections cannot be structured-cloned'],
  [WeakRef, 'is a WeakRef, which cannot be structured-cloned'],
  [FinalizationRegistry, 'is a FinalizationRegistry, which cannot be structured-cloned'],
];

/** Walks `root` (named `rootLabel` in messages) and reports the first part that cannot be copied. */
export function inspectForClone(root: unknown, rootLabel: string): CloneReport {
  if (isPlainData(root)) return { problem: undefined, buffers: [] };
  return inspectInDetail(root, rootLabel);
}

/**
 * The fast path, taken by most arguments: plain objects, arrays, Maps, Sets and leaves that
 * always copy, with no Buffer anywhere. It tracks no paths, so it allocates little; anything
 * it does not know sends the value to the detailed walk, which names what it finds.
 */
function isPlainData(root: unknown): boolean {
  if (typeof root !== 'object' || root === null) return typeof root !== 'function' && typeof root !== 'symbol';
  // Only containers that hold objects are remembered: a cycle has to pass through one, and
  // re-reading a shared container of primitives costs less than remembering every one.
  const seen = new Set<object>();
  const stack: object[] = [root];
  let heldObjects: boolean;
  const visit = (child: unknown): boolean => {
    if (typeof child === 'object') {
      if (child !== null) {
        stack.push(child);
        heldObjects = true;
      }
      return true;
    }
    return typeof child !== 'function' && typeof child !== 'symbol';
  };
  for (let object = stack.pop(); object !== undefined; object = stack.pop()) {
    if (seen.has(object)) continue;
    heldObjects = false;
    if (Array.isArray(object)) {
      for (let index = 0; index < object.length; index += 1) if (!visit(object[index])) return false;
    } else {
      const proto: unknown = Object.getPrototypeOf(object);
      if (proto === Object.prototype || proto === null) {
        for (const key of Object.keys(object)) if (!visit((object as Record<string, unknown>)[key])) return false;
      } else if (object instanceof Map) {
        for (const [key, child] of object) if (!visit(key) || !visit(child)) return false;
      } else if (object instanceof Set) {
        for (const member of object) if (!visit(member)) return false;
      } else if (!(ArrayBuffer.isView(object) ? !Buffer.isBuffer(object) : object instanceof ArrayBuffer || object instanceof Date)) {
        return false;
      }
    }
    if (heldObjects) seen.add(object);
  }
  return true;
}

function inspectInDetail(root: unknown, rootLabel: string): CloneReport {
  const buffers: BufferPath[] = [];
  const seen = new Set<object>();
  const stack: Frame[] = [{ value: root, parent: undefined, step: undefined }];
  const fail = (frame: Frame, reason: string): CloneReport => ({
    problem: { where: describePath(rootLabel, frame), reason },
    buffers,
  });

  for (let frame = stack.pop(); frame !== undefined; frame = stack.pop()) {
    const { value } = frame;
    if (typeof value === 'function') {
      const name = value.name === '' ? 'a function' : `a function (${value.name})`;
      return fail(frame, `is ${name}; functions cannot be structured-cloned`);
    }
    if (typeof value === 'symbol') {
      return fail(frame, `is a symbol (${String(value)}); symbols cannot be structured-cloned`);
    }
    if (typeof value !== 'object' || value === null) continue;

    if (Buffer.isBuffer(value)) {
      const path = plainPath(frame);
      if (path !== undefined) buffers.push(path);
      continue;
    }
    if (seen.has(value)) continue;
    seen.add(value);

    if (ArrayBuffer.isView(value) || value instanceof ArrayBuffer || value instanceof SharedArrayBuffer) continue;
    if (Array.isArray(value)) {
      for (let index = 0; index < value.length; index += 1) pushChild(stack, frame, index, value[index]);
      continue;
    }
    const proto: unknown = Object.getPrototypeOf(value);
    if (proto === Object.prototype || proto === null) {
      pushProperties(stack, frame, value);
      continue;
    }
    if (value instanceof Map) {
      let position = 0;
      for (const [key, child] of value) {
        stack.push({ value: key, parent: frame, step: { kind: 'mapKey', position } });
        stack.push({ value: child, parent: frame, step: { kind: 'mapValue', key, position } });
        position += 1;
      }
      continue;
    }
    if (value instanceof Set) {
      let position = 0;
      for (const member of value) {
        stack.push({ value: member, parent: frame, step: { kind: 'setMember', position } });
        position += 1;
      }
      continue;
    }
    if (
      value instanceof Date ||
      value instanceof RegExp ||
      value instanceof Error ||
      value instanceof Boolean ||
      value instanceof Number ||
      value instanceof String ||
      value instanceof BigInt
    ) {
      continue;
    }
    if (value instanceof Symbol) {
      return fail(frame, 'is a boxed symbol; symbols cannot be structured-cloned');
    }
    const builtin = uncloneableBuiltins.find(([Type]) => value instanceof Type);
    if (builtin !== undefined) return fail(frame, builtin[1]);

    const verdict = judgeInstance(value, proto as object);
    if (verdict.kind === 'data-only') {
      // A class instance with no methods arrives as a plain object with the same data.
      pushProperties(stack, frame, value);
      continue;
    }
    if (verdict.kind === 'problem') return fail(frame, verdict.reason);
  }
  return { problem: undefined, buffers };
}

/** Puts the rebuilt Buffers back at the paths `inspectForClone` recorded on the sending side. */
export function restoreBuffers(root: unknown, paths: readonly BufferPath[]): unknown {
  const rebuilt = new Map<Uint8Array, Buffer>();
  const asBuffer = (bytes: unknown): unknown => {
    if (!(bytes instanceof Uint8Array) || Buffer.isBuffer(bytes)) return bytes;
    let buffer = rebuilt.get(bytes);
    if (buffer === undefined) {
      buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
      rebuilt.set(bytes, buffer);
    }
    return buffer;
  };
  let result = root;
  for (const path of paths) {
    if (path.length === 0) {
      result = asBuffer(result);
      continue;
    }
    let parent: unknown = result;
    for (const key of path.slice(0, -1)) parent = (parent as Record<string | number, unknown>)[key];
    const holder = parent as Record<string | number, unknown>;
    const last = path[path.length - 1] as string | number;
    holder[last] = asBuffer(holder[last]);
  }
  return result;
}

function pushChild(stack: Frame[], parent: Frame, key: string | number, child: unknown): void {
  // Primitives other than symbols always copy; skipping them keeps big arrays of numbers cheap.
  if (typeof child === 'object' ? child === null : typeof child !== 'function' && typeof child !== 'symbol') return;
  stack.push({ value: child, parent, step: { kind: 'key', key } });
}

function pushProperties(stack: Frame[], parent: Frame, value: object): void {
  // Own enumerable string keys, read through getters, as the structured clone algorithm does.
  for (const key of Object.keys(value)) pushChild(stack, parent, key, (value as Record<string, unknown>)[key]);
}

type InstanceVerdict = { kind: 'copies' } | { kind: 'data-only' } | { kind: 'problem'; reason: string };

/**
 * An object that is neither plain nor a known built-in: a class instance without methods copies
 * as plain data; a host object Node knows how to clone (a KeyObject, a Blob) keeps its class in
 * the copy; anything else would lose its methods or cannot be copied at all.
 */
function judgeInstance(value: object, proto: object): InstanceVerdict {
  const methods = methodNames(proto);
  if (methods.length === 0) return { kind: 'data-only' };
  const className = constructorName(proto);
  let copy: unknown;
  try {
    copy = structuredClone(value);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { kind: 'problem', reason: `is an instance of ${className}, which cannot be structured-cloned (${detail})` };
  }
  if (typeof copy === 'object' && copy !== null && Object.getPrototypeOf(copy) === proto) return { kind: 'copies' };
  const shown = methods.length > 4 ? [...methods.slice(0, 4), '…'] : methods;
  return {
    kind: 'problem',
    reason:
      `is an instance of class ${className} with methods (${shown.join(', ')}); ` +
      'its structured clone would be a plain object without them, so pass its data instead',
  };
}

/** Methods and accessors that a copy would lose: the prototype chain up to its root object. */
function methodNames(proto: object): string[] {
  const names: string[] = [];
  for (let current: object | null = proto; current !== null; current = Object.getPrototypeOf(current) as object | null) {
    // The chain's last object is some realm's Object.prototype, whose methods every copy has.
    if (Object.getPrototypeOf(current) === null) break;
    for (const key of Reflect.ownKeys(current)) {
      if (key === 'constructor') continue;
      const descriptor = Object.getOwnPropertyDescriptor(current, key);
      if (descriptor === undefined) continue;
      if (typeof descriptor.value === 'function' || descriptor.get !== undefined || descriptor.set !== undefined) {
        const name = typeof key === 'symbol' ? `[${key.description ?? ''}]` : key;
        if (!names.includes(name)) names.push(name);
      }
    }
  }
  return names;
}

function constructorName(proto: object): string {
  const ctor: unknown = Object.getOwnPropertyDescriptor(proto, 'constructor')?.value;
  return typeof ctor === 'function' && ctor.name !== '' ? ctor.name : '(anonymous class)';
}

/** The path as property names and indices, or `undefined` when it passes through a Map or Set. */
function plainPath(frame: Frame): BufferPath | undefined {
  const path: BufferPath = [];
  for (let current: Frame | undefined = frame; current?.step !== undefined; current = current.parent) {
    if (current.step.kind !== 'key') return undefined;
    path.unshift(current.step.key);
  }
  return path;
}

function describePath(rootLabel: string, frame: Frame): string {
  const parts: string[] = [];
  for (let current: Frame | undefined = frame; current?.step !== undefined; current = current.parent) {
    parts.unshift(describeStep(current.step));
  }
  return rootLabel + parts.join('');
}

function describeStep(step: Step): string {
  switch (step.kind) {
    case 'key':
      if (typeof step.key === 'number') return `[${step.key}]`;
      return /^[A-Za-z_$][\w$]*$/.test(step.key) ? `.${step.key}` : `[${JSON.stringify(step.key)}]`;
    case 'mapKey':
      return ` (map key #${step.position})`;
    case 'mapValue':
      return typeof step.key === 'string'
        ? `.get(${JSON.stringify(step.key)})`
        : typeof step.key === 'number' || typeof step.key === 'boolean' || step.key === null || step.key === undefined
          ? `.get(${String(step.key)})`
          : ` (map value #${step.position})`;
    case 'setMember':
      return ` (set member #${step.position})`;
  }
}
