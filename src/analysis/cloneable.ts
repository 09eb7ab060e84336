import ts from 'typescript';
import { TYPED_ARRAY_NAMES } from '../catalog/typed-arrays.js';
import { packageNameOfFile } from './resolve-callee.js';
import type { TypeInfo } from './type-info.js';

// Whether values of a type survive the structured clone that carries them to a worker thread
// (`postMessage`, and so `runInWorker`'s arguments and result). What the checker proves cannot be
// copied is a problem; so is what is copied into a different kind of value (an instance of a class
// becomes a plain object); a type that says nothing of what the value holds (`any`, `unknown`,
// `object`, `{}`, a type parameter without a constraint) is not one, but is answered as unchecked.

/**
 * Why a type cannot be copied to a worker thread, or could not be checked: where in the value (`''`
 * for the value itself) and what is there.
 */
export interface CloneProblem {
  /**
   * `not-cloneable`: the checker proves the copy fails or loses something; `altered`: the copy is
   * made but is another kind of value (an instance of a class arrives as a plain object, or as the
   * built-in its class extends); `unchecked`: the type says nothing of what is there.
   */
  readonly kind: 'not-cloneable' | 'altered' | 'unchecked';
  /** `.onProgress`, `[].run`, `(value)` (of a Map), or `''` for the value itself. */
  readonly path: string;
  /**
   * `a function`, `a symbol`, `` a `WeakMap` ``, `` a `Hasher` instance, whose methods and accessors (`digest`) the copy drops ``;
   * for an altered part, `` a `Digest` instance, copied as a plain object, so `instanceof Digest` is false there ``;
   * for an unchecked part, `` typed `unknown` ``.
   */
  readonly what: string;
}

/** "it is a function", "its `.onProgress` is a function". */
export function describeCloneProblem(problem: CloneProblem): string {
  return problem.path === '' ? `it is ${problem.what}` : `its \`${problem.path}\` is ${problem.what}`;
}

/** Built-in objects the structured clone algorithm copies (Buffer: the offload helper restores it). */
const CLONEABLE_BUILTINS: ReadonlySet<string> = new Set([
  'Date',
  'RegExp',
  'ArrayBuffer',
  'SharedArrayBuffer',
  'DataView',
  ...TYPED_ARRAY_NAMES,
  'Buffer',
  'Blob',
  'File',
  'Error',
  'EvalError',
  'RangeError',
  'ReferenceError',
  'SyntaxError',
  'TypeError',
  'URIError',
  'Boolean',
  'Number',
  'String',
]);

/** Built-in collections the clone copies entry by entry: their type arguments decide. */
const CLONEABLE_COLLECTIONS: Readonly<Record<string, readonly string[]>> = {
  Map: ['(key)', '(value)'],
  ReadonlyMap: ['(key)', '(value)'],
  Set: ['(item)'],
  ReadonlySet: ['(item)'],
};

/** Values the clone copies as they are (symbols are primitives too, but not cloneable). */
const PRIMITIVE =
  ts.TypeFlags.StringLike |
  ts.TypeFlags.NumberLike |
  ts.TypeFlags.BigIntLike |
  ts.TypeFlags.BooleanLike |
  ts.TypeFlags.EnumLike |
  ts.TypeFlags.Undefined |
  ts.TypeFlags.Null |
  ts.TypeFlags.Void;

/** How deep into a value (properties, elements, entries) the check goes, and how many properties of an object it reads: past either, the value is unchecked. */
const MAX_DEPTH = 8;
const MAX_PROPERTIES = 64;

/**
 * A checker of types for the structured clone, for one file: `check(type, at)` answers the first
 * problem found (unions: any member; objects: any property, element or index signature value),
 * else the first part it could not check, or undefined. Answers are cached per type.
 * `restoresBuffers`: whether the offload helper rebuilds the Buffers it finds in plain objects and
 * arrays after the copy (the bundled one does); if not, any `Buffer` arrives as a plain `Uint8Array`.
 */
export function createCloneChecker(
  typeInfo: TypeInfo,
  { restoresBuffers }: { restoresBuffers: boolean },
): (type: ts.Type, at: ts.Node) => CloneProblem | undefined {
  const { checker, program } = typeInfo;
  const cache = new WeakMap<ts.Type, CloneProblem | null>();
  const inProgress = new Set<ts.Type>();

  return (type, at) => check(type, at, 0);

  function check(type: ts.Type, at: ts.Node, depth: number): CloneProblem | undefined {
    const cached = cache.get(type);
    if (cached !== undefined) return cached ?? undefined;
    if (inProgress.has(type)) return undefined; // a recursive type: its other parts decide
    // Only whole answers are kept: an inner one (a union's member too) may have stopped at a type still being checked.
    const whole = inProgress.size === 0;
    inProgress.add(type);
    const problem = compute(type, at, depth);
    inProgress.delete(type);
    if (whole) cache.set(type, problem ?? null);
    return problem;
  }

  function compute(type: ts.Type, at: ts.Node, depth: number): CloneProblem | undefined {
    const flags = type.flags;
    if (flags & (ts.TypeFlags.Any | ts.TypeFlags.Unknown | ts.TypeFlags.NonPrimitive)) return unchecked(type);
    if (flags & ts.TypeFlags.Never) return undefined;
    if (flags & ts.TypeFlags.ESSymbolLike) return notCloneable('a symbol');
    if (flags & PRIMITIVE) return undefined;
    // Unions, intersections and constraints are the same value at the same depth: only properties, elements and entries nest.
    if (type.isUnion()) return firstProblem(type.types, (part) => check(part, at, depth));
    if (type.isIntersection()) {
      // `string & { __brand: 'id' }`: a branded primitive is the primitive.
      if (type.types.some((part) => part.flags & PRIMITIVE)) return undefined;
      return firstProblem(type.types, (part) => check(part, at, depth));
    }
    if (flags & ts.TypeFlags.Instantiable) {
      const constraint = checker.getBaseConstraintOfType(type);
      if (!constraint || constraint === type) return unchecked(type);
      const problem = check(constraint, at, depth);
      // `T`, `T extends object`: named as written, not as its constraint.
      return problem?.kind === 'unchecked' && problem.path === '' ? unchecked(type) : problem;
    }
    if (!(flags & ts.TypeFlags.Object)) return undefined;
    return objectProblem(type as ts.ObjectType, at, depth);
  }

  function objectProblem(type: ts.ObjectType, at: ts.Node, depth: number): CloneProblem | undefined {
    if (depth > MAX_DEPTH) return { kind: 'unchecked', path: '', what: `nested deeper than the check reads (${MAX_DEPTH} levels)` };
    if (type.getCallSignatures().length > 0) return notCloneable('a function');
    if (type.getConstructSignatures().length > 0) return notCloneable('a class');
    if (saysNothing(type)) return unchecked(type);
    if (checker.isArrayType(type) || checker.isTupleType(type)) {
      return firstProblem(checker.getTypeArguments(type as ts.TypeReference), (element) =>
        nested(check(element, at, depth + 1), '[]'),
      );
    }
    const symbol = type.getSymbol();
    const builtin = symbol && isBuiltin(symbol) ? symbol.getName() : undefined;
    if (builtin !== undefined) {
      if (builtin === 'Buffer' && !restoresBuffers) {
        return { kind: 'altered', path: '', what: '`Buffer` data, which arrives as a plain `Uint8Array` (the `offloadHelper` does not rebuild Buffers)' };
      }
      if (CLONEABLE_BUILTINS.has(builtin)) return undefined;
      if (builtin === 'Object') return unchecked(type);
      const slots = CLONEABLE_COLLECTIONS[builtin];
      if (slots) {
        const typeArguments = checker.getTypeArguments(type as ts.TypeReference);
        return firstProblem(typeArguments, (argument, index) => {
          const problem = nested(check(argument, at, depth + 1), slots[index] ?? '');
          if (problem?.kind === 'not-cloneable' || !holdsBuffer(argument, at)) return problem;
          // The helper rebuilds Buffers it finds through plain objects and arrays, not inside collections.
          return { kind: 'altered', path: slots[index] ?? '', what: `\`Buffer\` data, which arrives as a plain \`Uint8Array\` inside a \`${builtin}\`` };
        });
      }
      // Any other built-in object with behaviour (Promise, WeakMap, URL, streams, iterators …) is not cloneable.
      if (checker.getPropertiesOfType(type).some((property) => isCallable(property, at))) {
        return notCloneable(`a \`${builtin}\``);
      }
    }
    let classProblem: CloneProblem | undefined;
    if (symbol && builtin === undefined && symbol.flags & ts.SymbolFlags.Class) {
      const methods = checker
        .getPropertiesOfType(type)
        .filter((property) => property.getDeclarations()?.some(isPrototypeMember))
        .map((property) => checker.symbolToString(property));
      if (methods.length > 0) {
        return notCloneable(
          `a \`${symbol.getName()}\` instance, whose methods and accessors (${codeList(methods)}) the copy drops`,
        );
      }
      const base = builtinBaseOf(type);
      const baseName = base?.getSymbol()?.getName();
      if (base && baseName && (CLONEABLE_BUILTINS.has(baseName) || CLONEABLE_COLLECTIONS[baseName])) {
        // `class HttpError extends Error`: the copy is the built-in, without the subclass's own fields.
        const ownFields = checker
          .getPropertiesOfType(type)
          .filter((property) => !property.getDeclarations()?.every((declaration) => isBuiltinFile(declaration.getSourceFile())))
          .map((property) => checker.symbolToString(property));
        const dropped = ownFields.length === 0 ? '' : ` without its own fields (${codeList(ownFields)})`;
        const altered: CloneProblem = {
          kind: 'altered',
          path: '',
          what: `a \`${symbol.getName()}\` instance, copied as a plain \`${baseName}\`${dropped}, so \`instanceof ${symbol.getName()}\` is false there`,
        };
        return firstProblem([() => altered, () => check(base, at, depth)], (problemOf) => problemOf());
      }
      // Fields only: the copy has them, but not the class (nor `#private` fields, which it skips).
      classProblem = {
        kind: 'altered',
        path: '',
        what: `a \`${symbol.getName()}\` instance, copied as a plain object, so \`instanceof ${symbol.getName()}\` is false there`,
      };
    }
    const allProperties = checker.getPropertiesOfType(type);
    const properties = allProperties.slice(0, MAX_PROPERTIES).filter((property) => !/^(?:__#|#)/u.test(property.getName()));
    const parts: (() => CloneProblem | undefined)[] = [
      () => classProblem,
      ...properties.map((property) => () => propertyProblem(property, at, depth)),
      ...checker.getIndexInfosOfType(type).map((index) => () => nested(check(index.type, at, depth + 1), '[]')),
    ];
    if (allProperties.length > MAX_PROPERTIES) {
      parts.push(() => ({ kind: 'unchecked', path: '', what: `an object with more properties than the check reads (${MAX_PROPERTIES})` }));
    }
    return firstProblem(parts, (problemOf) => problemOf());
  }

  /**
   * A property's problem. The clone skips symbol keys, so a symbol-keyed method (`[Symbol.iterator]()`)
   * is missing from the copy like a function under a name is; symbol-keyed data is passed by, as it is
   * mostly a brand that only the types have (`[brand]: 'UserId'`).
   */
  function propertyProblem(property: ts.Symbol, at: ts.Node, depth: number): CloneProblem | undefined {
    if (!property.getName().startsWith('__@')) {
      return nested(check(checker.getTypeOfSymbolAtLocation(property, at), at, depth + 1), `.${property.getName()}`);
    }
    return isCallable(property, at) ? nested(notCloneable('a function'), checker.symbolToString(property)) : undefined;
  }

  /** `{}` as written, and empty interfaces: any value but `null` and `undefined`. An empty object literal is only that. */
  function saysNothing(type: ts.ObjectType): boolean {
    if (type.objectFlags & (ts.ObjectFlags.ObjectLiteral | ts.ObjectFlags.Class)) return false;
    if (!(type.objectFlags & (ts.ObjectFlags.Anonymous | ts.ObjectFlags.Interface))) return false;
    return checker.getPropertiesOfType(type).length === 0 && checker.getIndexInfosOfType(type).length === 0;
  }

  function unchecked(type: ts.Type): CloneProblem {
    return { kind: 'unchecked', path: '', what: `typed \`${checker.typeToString(type)}\`` };
  }

  /** Whether a value of the type may be or hold a `Buffer` (through unions, arrays, objects and collections). */
  function holdsBuffer(type: ts.Type, at: ts.Node, seen = new Set<ts.Type>(), depth = 0): boolean {
    if (depth > MAX_DEPTH || seen.has(type)) return false;
    seen.add(type);
    if (type.isUnionOrIntersection()) return type.types.some((part) => holdsBuffer(part, at, seen, depth));
    if (!(type.flags & ts.TypeFlags.Object)) return false;
    const inner = (parts: readonly ts.Type[]): boolean => parts.some((part) => holdsBuffer(part, at, seen, depth + 1));
    if (checker.isArrayType(type) || checker.isTupleType(type)) return inner(checker.getTypeArguments(type as ts.TypeReference));
    const symbol = type.getSymbol();
    if (symbol && isBuiltin(symbol)) {
      if (symbol.getName() === 'Buffer') return true;
      return CLONEABLE_COLLECTIONS[symbol.getName()] !== undefined && inner(checker.getTypeArguments(type as ts.TypeReference));
    }
    if (type.getCallSignatures().length > 0) return false;
    const properties = checker.getPropertiesOfType(type).slice(0, MAX_PROPERTIES);
    return inner(properties.map((property) => checker.getTypeOfSymbolAtLocation(property, at)));
  }

  /** The built-in type a class extends, directly or through other classes (`class HttpError extends Error`). */
  function builtinBaseOf(type: ts.ObjectType): ts.Type | undefined {
    const seen = new Set<ts.Type>();
    let current: ts.Type | undefined = type;
    while (current && !seen.has(current)) {
      seen.add(current);
      // `class Box<T>`: an instance's type is a reference to the class's declared type.
      const isReference = current.flags & ts.TypeFlags.Object && (current as ts.ObjectType).objectFlags & ts.ObjectFlags.Reference;
      const declared: ts.Type = isReference ? (current as ts.TypeReference).target : current;
      if (!declared.isClassOrInterface()) return undefined;
      const base: ts.Type | undefined = checker.getBaseTypes(declared)[0];
      const baseSymbol = base?.getSymbol();
      if (base && baseSymbol && isBuiltin(baseSymbol)) return base;
      current = base;
    }
    return undefined;
  }

  function isCallable(property: ts.Symbol, at: ts.Node): boolean {
    if (property.flags & ts.SymbolFlags.Method) return true;
    return checker.getTypeOfSymbolAtLocation(property, at).getCallSignatures().length > 0;
  }

  /** Declared by the default library or by Node's own types (`@types/node`). */
  function isBuiltin(symbol: ts.Symbol): boolean {
    const declaration = symbol.getDeclarations()?.[0];
    return declaration !== undefined && isBuiltinFile(declaration.getSourceFile());
  }

  function isBuiltinFile(sourceFile: ts.SourceFile): boolean {
    return program.isSourceFileDefaultLibrary(sourceFile) || packageNameOfFile(sourceFile.fileName) === 'node';
  }
}

/** Methods and accessors of a class live on its prototype: a copy of an instance has none. */
function isPrototypeMember(declaration: ts.Declaration): boolean {
  return (
    ts.isClassLike(declaration.parent) &&
    (ts.isMethodDeclaration(declaration) || ts.isGetAccessorDeclaration(declaration) || ts.isSetAccessorDeclaration(declaration))
  );
}

function notCloneable(what: string): CloneProblem {
  return { kind: 'not-cloneable', path: '', what };
}

/** `` `a`, `b`, `c`, … ``: the first three names, in code quotes. */
function codeList(names: readonly string[]): string {
  return `\`${names.slice(0, 3).join('`, `')}\`${names.length > 3 ? ', …' : ''}`;
}

function nested(problem: CloneProblem | undefined, segment: string): CloneProblem | undefined {
  return problem && { ...problem, path: `${segment}${problem.path}` };
}

const SEVERITY: Readonly<Record<CloneProblem['kind'], number>> = { 'not-cloneable': 2, altered: 1, unchecked: 0 };

/** The first part that cannot be copied; else the first whose copy is altered; else the first that could not be checked. */
function firstProblem<T>(items: readonly T[], test: (item: T, index: number) => CloneProblem | undefined): CloneProblem | undefined {
  let worst: CloneProblem | undefined;
  for (const [index, item] of items.entries()) {
    const problem = test(item, index);
    if (problem?.kind === 'not-cloneable') return problem;
    if (problem && (worst === undefined || SEVERITY[problem.kind] > SEVERITY[worst.kind])) worst = problem;
  }
  return worst;
}
