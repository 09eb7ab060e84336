import type { TSESTree } from '@typescript-eslint/utils';
import ts from 'typescript';
import { unionConstituents } from 'ts-api-utils';
import type { AsyncPathOptions, FunctionNode } from './execution-context.js';
import { TYPED_ARRAY_NAMES } from '../catalog/typed-arrays.js';
import { isThenable } from './thenable.js';
import type { TypeInfo } from './type-info.js';

const ARRAY_LIKE_NAMES: ReadonlySet<string> = new Set([
  'Array',
  'ReadonlyArray',
  'Set',
  'ReadonlySet',
  'Map',
  'ReadonlyMap',
  ...TYPED_ARRAY_NAMES,
  'Buffer',
]);

/**
 * The type-aware answers `findAsyncPath` asks for, or none without type information (it then
 * decides by syntax alone). Answers are cached per node for the file.
 */
export function createTypeHooks(typeInfo: TypeInfo | undefined): AsyncPathOptions {
  if (!typeInfo) return {};
  const promiseReturning = new WeakMap<FunctionNode, boolean | undefined>();
  return {
    isPromiseReturning(fn) {
      if (promiseReturning.has(fn)) return promiseReturning.get(fn);
      const answer = functionReturnsThenable(typeInfo, fn);
      promiseReturning.set(fn, answer);
      return answer;
    },
    isArrayLikeReceiver(receiver: TSESTree.Expression) {
      const type = typeInfo.services.getTypeAtLocation(receiver);
      if (type.flags & (ts.TypeFlags.Any | ts.TypeFlags.Unknown)) return undefined;
      return unionConstituents(typeInfo.checker.getNonNullableType(type)).every(
        (part) =>
          typeInfo.checker.isArrayType(part) ||
          typeInfo.checker.isTupleType(part) ||
          ARRAY_LIKE_NAMES.has(part.getSymbol()?.getName() ?? ''),
      );
    },
    isStringReceiver(receiver) {
      const type = typeInfo.services.getTypeAtLocation(receiver);
      if (type.flags & (ts.TypeFlags.Any | ts.TypeFlags.Unknown)) return undefined;
      return unionConstituents(typeInfo.checker.getNonNullableType(type)).every((part) => (part.flags & ts.TypeFlags.StringLike) !== 0);
    },
  };
}

function functionReturnsThenable(typeInfo: TypeInfo, fn: FunctionNode): boolean | undefined {
  const tsNode = typeInfo.services.esTreeNodeToTSNodeMap.get(fn) as ts.SignatureDeclaration;
  const signature = typeInfo.checker.getSignatureFromDeclaration(tsNode);
  if (!signature) return undefined;
  const returnType = typeInfo.checker.getReturnTypeOfSignature(signature);
  if (returnType.flags & (ts.TypeFlags.Any | ts.TypeFlags.Unknown)) return undefined;
  // Every part but nothing (`Promise<void> | undefined`): a function typed `Promise<T> | T` returns a
  // value on some paths, and may be called synchronously; so may one declared `void | Promise<void>`
  // (`void` is written, where a bare `return;` beside a promise is inferred as `undefined`).
  const parts = unionConstituents(returnType).filter((part) => !(part.flags & (ts.TypeFlags.Undefined | ts.TypeFlags.Null)));
  return parts.length > 0 && parts.every((part) => isThenable(typeInfo, tsNode, part));
}
