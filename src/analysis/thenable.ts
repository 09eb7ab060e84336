import type { TSESTree } from '@typescript-eslint/utils';
import { isThenableType, unionConstituents } from 'ts-api-utils';
import type * as ts from 'typescript';
import type { TypeInfo } from './type-info.js';

/** Whether a value of `type` (at `node`) may be a thenable: an object with a callable `then` (for a union, any member; check each member where that matters). */
export function isThenable(typeInfo: TypeInfo, node: ts.Node, type: ts.Type): boolean {
  return isThenableType(typeInfo.checker, node, type);
}

/** Whether the expression's type is thenable. */
export function isThenableExpression(typeInfo: TypeInfo, node: TSESTree.Node): boolean {
  const tsNode = typeInfo.services.esTreeNodeToTSNodeMap.get(node);
  return isThenable(typeInfo, tsNode, typeInfo.checker.getTypeAtLocation(tsNode));
}

/** Whether every call signature of `type` returns a thenable (and there is at least one). */
export function returnsThenable(typeInfo: TypeInfo, node: ts.Node, type: ts.Type): boolean {
  const signatures = type.getCallSignatures();
  return (
    signatures.length > 0 &&
    signatures.every((signature) => isThenable(typeInfo, node, typeInfo.checker.getReturnTypeOfSignature(signature)))
  );
}

/** `then`, `catch`, `finally` and `[Symbol.toStringTag]`: the members every promise has. */
export function isPromiseMemberName(name: string): boolean {
  return name === 'then' || name === 'catch' || name === 'finally' || name.startsWith('__@toStringTag');
}

/** A thenable with no API beyond a promise's own (not a query builder, not a cancellable request). */
export function isPlainPromise(type: ts.Type): boolean {
  return unionConstituents(type).every((part) => part.getProperties().every((property) => isPromiseMemberName(property.getName())));
}
