import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';
import { unionConstituents } from 'ts-api-utils';
import ts from 'typescript';
import { isThenable } from './thenable.js';
import type { TypeInfo } from './type-info.js';

// Whether a call's parameter takes a thenable, from the signature the checker resolved for the call.
// A parameter takes one when its type has a thenable member (`Promise<T> | T`, `PromiseLike<unknown>`)
// or a member with a promise's own `catch` or `finally` (`Pick<Promise<unknown>, 'finally'>`),
// or is the call's own type parameter (`expect<T>(actual: T)`, `Promise.all`, `resolve(value)`): the
// caller's argument decides its type. It does not take one when it is declared with a concrete type
// that has no thenable member (`string`, an interface; but `WeakKey`, which holds an object by
// identity, takes a promise as the promise, as does the `object` that TypeScript before 5.2 gives
// `FinalizationRegistry`'s methods), or declared `any`/`unknown` in so many words
// (`JSON.stringify(value: any)`, `console.log(...data: any[])`) or with a type that says as little
// (`object`, `{}`, `NonNullable<unknown>`, a union with one of them: `Object.keys(o: {})`); of those
// last two, only the callee tells what is done with the value. Nothing can be told of an implicit
// `any` (an untyped JavaScript parameter) or of a type parameter of an enclosing type instantiated
// as `any` (`new Map()` in JavaScript, `jest.fn().mockReturnValue(value: T)`): the caller chose to
// store anything there.
// A type guard (`isPromise(x): x is Promise<unknown>`) asks about the type, so it is never a sink,
// nor is an assertion of a type that may be a thenable (`assert.strictEqual(p, cached)` with
// `cached` a promise; with `1` it compares values, and is judged as any call), and a rest
// parameter after a callback (`process.nextTick(callback, ...args: any[])`) hands its arguments on
// to the callback: it says nothing either. A truthiness assertion (`assert(value: unknown):
// asserts value`) tests its argument rather than taking it (`assertsTruthiness`).

export interface ParameterVerdict {
  /** The parameter's name as declared (`body`, `data` for `...data`), or undefined for a destructured one. */
  readonly name: string | undefined;
  /** Whether it takes a thenable; undefined when its type says nothing (implicit or inherited `any`, handed on to a callback). */
  readonly takesThenable: boolean | undefined;
  /**
   * Declared `any` or `unknown` in so many words, or `object`, `{}` or a union with one (`string | object`):
   * it takes anything, so what it does with the value depends on the callee.
   */
  readonly takesAnything: boolean;
  /** The parameter's type for this argument (the element type of a rest parameter). */
  readonly type: ts.Type;
}

/**
 * What the parameter that the `index`-th argument of `call` is passed to says about thenables, or
 * undefined when there is no such parameter, no resolved signature, the callee is a type guard, or a
 * spread before the argument (`g(...pair, p)`) leaves open which parameter it lands on.
 */
export function judgeParameter(
  typeInfo: TypeInfo,
  call: TSESTree.CallExpression | TSESTree.NewExpression,
  index: number,
): ParameterVerdict | undefined {
  if (call.arguments.slice(0, index).some((argument) => argument.type === AST_NODE_TYPES.SpreadElement)) return undefined;
  const { checker } = typeInfo;
  const tsCall = typeInfo.services.esTreeNodeToTSNodeMap.get(call) as ts.CallExpression | ts.NewExpression;
  const signature = checker.getResolvedSignature(tsCall);
  if (!signature?.getDeclaration()) return undefined;
  const predicate = checker.getTypePredicateOfSignature(signature);
  if (predicate?.type !== undefined && asksAboutTheType(typeInfo, tsCall, predicate)) return undefined;

  const parameters = signature.getParameters();
  const last = parameters.at(-1);
  const hasRest = endsWithRest(parameters);
  const parameter = index < parameters.length - (hasRest ? 1 : 0) ? parameters[index] : hasRest ? last : undefined;
  const parameterDeclaration = parameter?.valueDeclaration;
  if (!parameter || !parameterDeclaration || !ts.isParameter(parameterDeclaration)) return undefined;

  let type: ts.Type | undefined = checker.getTypeOfSymbol(parameter);
  let typeNode = parameterDeclaration.type ?? ts.getJSDocType(parameterDeclaration);
  if (parameterDeclaration.dotDotDotToken !== undefined) {
    type = restElementType(checker, type, index - (parameters.length - 1));
    typeNode = typeNode && restElementTypeNode(typeNode);
  }
  if (!type) return undefined;
  const name = ts.isIdentifier(parameterDeclaration.name) ? parameterDeclaration.name.text : undefined;
  if (parameterDeclaration.dotDotDotToken !== undefined && takesCallback(checker, signature, parameters.length - 1)) {
    return { name, takesThenable: undefined, takesAnything: false, type };
  }
  const declared = typeNode && skipTypeParentheses(typeNode);
  const takesAnything =
    ((type.flags & (ts.TypeFlags.Any | ts.TypeFlags.Unknown)) !== 0 &&
      (declared?.kind === ts.SyntaxKind.AnyKeyword || declared?.kind === ts.SyntaxKind.UnknownKeyword)) ||
    unionConstituents(type).some(isEmptyObjectType);
  return { name, takesThenable: takesThenable(typeInfo, tsCall, type, typeNode), takesAnything, type };
}

/**
 * Whether the `index`-th argument of `call` goes to the parameter a truthiness assertion asserts
 * (`assert(value: unknown, message?): asserts value`, `assert.ok`, the strict ones, a project's own
 * `invariant(condition: unknown): asserts condition`): the call tests it as `if (!value) throw …`
 * does, so it is a condition, not an argument handed over.
 */
export function assertsTruthiness(typeInfo: TypeInfo, call: TSESTree.CallExpression | TSESTree.NewExpression, index: number): boolean {
  if (call.type !== AST_NODE_TYPES.CallExpression || call.arguments.slice(0, index + 1).some((argument) => argument.type === AST_NODE_TYPES.SpreadElement)) {
    return false;
  }
  const { checker } = typeInfo;
  const signature = checker.getResolvedSignature(typeInfo.services.esTreeNodeToTSNodeMap.get(call));
  const predicate = signature && checker.getTypePredicateOfSignature(signature);
  return predicate?.kind === ts.TypePredicateKind.AssertsIdentifier && predicate.type === undefined && predicate.parameterIndex === index;
}

/**
 * A type guard (`isPromise(x): x is Promise<unknown>`, `Array.isArray(x): x is any[]`) asks about its
 * argument's type. An assertion does too when what it asserts may be a thenable (`asserts p is
 * Promise<T>`), but not when it compares with a value of another type: `assert.strictEqual(actual,
 * expected): asserts actual is T` with `T` a number checks the value, so a promise there is a bug.
 */
function asksAboutTheType(typeInfo: TypeInfo, at: ts.Node, predicate: ts.TypePredicate): boolean {
  if (predicate.kind !== ts.TypePredicateKind.AssertsIdentifier || predicate.type === undefined) return true;
  return (predicate.type.flags & (ts.TypeFlags.Any | ts.TypeFlags.Unknown)) !== 0 || isThenable(typeInfo, at, predicate.type);
}

/** `this: Type`, the first parameter of a function that declares its `this`: declared, but it takes no argument. */
export function isThisParameter(parameter: ts.ParameterDeclaration): boolean {
  return ts.isIdentifier(parameter.name) && parameter.name.escapedText === 'this';
}

/** Whether the last of a signature's parameters is a rest parameter (`...args`). */
export function endsWithRest(parameters: readonly ts.Symbol[]): boolean {
  const declaration = parameters.at(-1)?.valueDeclaration;
  return declaration !== undefined && ts.isParameter(declaration) && declaration.dotDotDotToken !== undefined;
}

/** Whether the signature takes a function before the parameter at `index`, or is a method of one (`this: Function`). */
function takesCallback(checker: ts.TypeChecker, signature: ts.Signature, index: number): boolean {
  const candidates = signature.getParameters().slice(0, index);
  if (signature.thisParameter) candidates.push(signature.thisParameter);
  return candidates.some((candidate) => {
    const type = checker.getNonNullableType(checker.getTypeOfSymbol(candidate));
    return type.getCallSignatures().length > 0 || type.getSymbol()?.getName() === 'Function';
  });
}

function takesThenable(typeInfo: TypeInfo, at: ts.Node, type: ts.Type, typeNode: ts.TypeNode | undefined): boolean | undefined {
  if (unionConstituents(type).some((part) => part.flags & ts.TypeFlags.TypeParameter)) return true;
  if (isThenable(typeInfo, at, type)) return true; // some member of the union is a thenable
  // `task: Pick<Promise<unknown>, 'finally'>`, `{ catch(onRejected): unknown }`: a slice of a promise's own API.
  if (unionConstituents(type).some((part) => usesPromiseApi(typeInfo.checker, part))) return true;
  const declared = typeNode && skipTypeParentheses(typeNode);
  if (type.flags & (ts.TypeFlags.Any | ts.TypeFlags.Unknown)) {
    return declared?.kind === ts.SyntaxKind.AnyKeyword || declared?.kind === ts.SyntaxKind.UnknownKeyword ? false : undefined;
  }
  // `registry.register(target: WeakKey, …)`, `WeakMap<WeakKey, V>.set(p, …)`: keyed by identity.
  if (isWeakKey(type) || (declared !== undefined && isRegistryTarget(typeInfo, declared))) return true;
  // `Set<object>.add(p)`, `WeakMap<object, V>.set(p, …)`: a container the caller made broad on purpose.
  if (declared && isTypeParameterReference(typeInfo.checker, declared) && unionConstituents(type).some(isBroadObjectType)) return true;
  return false;
}

/** An object type with a callable `catch` or `finally` of its own: what only promises offer. */
function usesPromiseApi(checker: ts.TypeChecker, type: ts.Type): boolean {
  return ['catch', 'finally'].some((name) => {
    const property = type.getProperty(name);
    return property !== undefined && checker.getNonNullableType(checker.getTypeOfSymbol(property)).getCallSignatures().length > 0;
  });
}

/** The element type a rest parameter gives the argument at `offset` from the rest's start. */
function restElementType(checker: ts.TypeChecker, type: ts.Type, offset: number): ts.Type | undefined {
  if (checker.isArrayType(type)) return checker.getTypeArguments(type as ts.TypeReference)[0];
  if (checker.isTupleType(type)) return checker.getTypeArguments(type as ts.TypeReference)[offset];
  return undefined;
}

/** `any` of `...data: any[]` / `...data: Array<any>`. */
function restElementTypeNode(typeNode: ts.TypeNode): ts.TypeNode | undefined {
  const node = skipTypeParentheses(typeNode);
  if (ts.isArrayTypeNode(node)) return node.elementType;
  if (ts.isTypeReferenceNode(node) && ts.isIdentifier(node.typeName) && /^(?:Readonly)?Array$/u.test(node.typeName.text)) {
    return node.typeArguments?.[0];
  }
  return undefined;
}

/** The type inside parentheses (`(A | B)` of `(A | B)[]`). */
export function skipTypeParentheses(typeNode: ts.TypeNode): ts.TypeNode {
  let node = typeNode;
  while (ts.isParenthesizedTypeNode(node)) node = node.type;
  return node;
}

/** Whether the type node names a type parameter (`V` of `Map<K, V>.set(key: K, value: V)`). */
function isTypeParameterReference(checker: ts.TypeChecker, typeNode: ts.TypeNode): boolean {
  return ts.isTypeReferenceNode(typeNode) && (checker.getTypeFromTypeNode(typeNode).flags & ts.TypeFlags.TypeParameter) !== 0;
}

/** `WeakKey` (`object | symbol`): what weak collections, `WeakRef` and `FinalizationRegistry` hold by identity. */
function isWeakKey(type: ts.Type): boolean {
  const parts = unionConstituents(type);
  return (
    parts.some((part) => part.flags & ts.TypeFlags.NonPrimitive) &&
    parts.some((part) => part.flags & (ts.TypeFlags.ESSymbol | ts.TypeFlags.UniqueESSymbol))
  );
}

/**
 * `target: object` and `unregisterToken: object` of `FinalizationRegistry`'s methods, as the default
 * library declares them before TypeScript 5.2 (which made them `WeakKey`): held by identity too.
 */
function isRegistryTarget(typeInfo: TypeInfo, typeNode: ts.TypeNode): boolean {
  if (typeNode.kind !== ts.SyntaxKind.ObjectKeyword) return false;
  const method = ts.isParameter(typeNode.parent) ? typeNode.parent.parent : undefined;
  const owner = method && ts.isMethodSignature(method) ? method.parent : undefined;
  if (!owner || !ts.isInterfaceDeclaration(owner) || owner.name.text !== 'FinalizationRegistry') return false;
  // The global interface (its own declarations are in the default library), not one of the project's.
  const declarations = typeInfo.checker.getSymbolAtLocation(owner.name)?.declarations ?? [];
  return declarations.some((declaration) => typeInfo.program.isSourceFileDefaultLibrary(declaration.getSourceFile()));
}

/**
 * `object`, `{}` (`NonNullable<unknown>`, an empty interface), `Object`: a type with no members of
 * its own, which says as little about what the parameter takes as `unknown` (not a function type or
 * an index signature, which say what they take).
 */
function isEmptyObjectType(type: ts.Type): boolean {
  if (type.flags & ts.TypeFlags.NonPrimitive) return true;
  if (!isBroadObjectType(type)) return false;
  return (
    type.getCallSignatures().length === 0 &&
    type.getConstructSignatures().length === 0 &&
    type.getStringIndexType() === undefined &&
    type.getNumberIndexType() === undefined
  );
}

/** `object`, `{}`, `Object`. */
function isBroadObjectType(type: ts.Type): boolean {
  if (type.flags & ts.TypeFlags.NonPrimitive) return true;
  if (!(type.flags & ts.TypeFlags.Object)) return false;
  return type.getProperties().length === 0 || type.getSymbol()?.getName() === 'Object';
}
