import type { TSESTree } from '@typescript-eslint/utils';
import { isThenableType } from 'ts-api-utils';
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
