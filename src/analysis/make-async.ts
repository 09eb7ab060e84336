import { AST_NODE_TYPES, ASTUtils, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { unionConstituents } from 'ts-api-utils';
import ts from 'typescript';
import { childNodes } from './ast-walk.js';
import { isExitListener } from './blocking-scope.js';
import {
  immediateCallbackOf,
  outermostTypeWrapper,
  someOwnReturn,
  type FunctionNode,
} from './execution-context.js';
import { isPlainPromise, isThenable } from './thenable.js';
import type { TypeInfo } from './type-info.js';

// Whether a sync function can be made `async` without breaking its callers: once async, it returns
// a promise, so that is safe only where nobody uses what it returns. The checker cannot list the
// callers of a function in other files, so the answer is yes only when:
// - its result is `void`/`undefined` or already a promise (declared, inferred, or required by the
//   callback's contextual type, e.g. an event listener), or it returns nothing, syntactically; or
// - it is a function of this file, not exported, and every call of it discards the result
//   (`f();`, `void f()`, `await f()`), or an immediately invoked function whose result is discarded.
// Never for getters, setters, constructors (a class's, or a function called with `new` or using its
// own `this` outside a method), generators, type guards, array callbacks and `new Promise`
// executors (whose return value or synchronous run matters).

/** Whether making `fn` async keeps its callers type-safe. */
export function canMakeAsync(fn: FunctionNode, sourceCode: Readonly<TSESLint.SourceCode>, typeInfo: TypeInfo | undefined): boolean {
  if (fn.async || fn.generator) return false;
  const holder = outermostTypeWrapper(fn).parent;
  if (holder?.type === AST_NODE_TYPES.MethodDefinition && holder.kind !== 'method') return false;
  if (holder?.type === AST_NODE_TYPES.Property && holder.kind !== 'init') return false;
  if (fn.returnType?.typeAnnotation.type === AST_NODE_TYPES.TSTypePredicate) return false;
  if (mayBeConstructor(fn, holder, sourceCode)) return false;
  const immediate = immediateCallbackOf(fn);
  if (immediate) return immediate.kind === 'iife' && resultIsDiscarded(iifeCallOf(fn));
  // The process is ending: only the part before the first `await` would run.
  if (isExitListener(fn, sourceCode)) return false;
  return resultIsUnusable(fn, typeInfo) || everyCallDiscardsResult(fn, sourceCode);
}

/** `function Person() { this.name = … }`, or any function called with `new`: an async function is no constructor. */
function mayBeConstructor(fn: FunctionNode, holder: TSESTree.Node | undefined, sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  if (fn.type === AST_NODE_TYPES.ArrowFunctionExpression) return false;
  const isMethod =
    (holder?.type === AST_NODE_TYPES.MethodDefinition || holder?.type === AST_NODE_TYPES.Property) && holder.value === fn;
  if (!isMethod && usesOwnThis(fn.body, sourceCode)) return true;
  const binding = bindingOf(fn);
  const variable = binding && ASTUtils.findVariable(sourceCode.getScope(binding), binding);
  return (
    variable?.references.some((reference) => {
      const parent = (reference.identifier as TSESTree.Node).parent;
      return parent?.type === AST_NODE_TYPES.NewExpression && parent.callee === reference.identifier;
    }) ?? false
  );
}

/** Whether `this` appears in `node` outside nested non-arrow functions and classes. */
function usesOwnThis(node: TSESTree.Node, sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  if (node.type === AST_NODE_TYPES.ThisExpression) return true;
  if (
    node.type === AST_NODE_TYPES.FunctionDeclaration ||
    node.type === AST_NODE_TYPES.FunctionExpression ||
    node.type === AST_NODE_TYPES.ClassBody
  ) {
    return false;
  }
  return childNodes(node, sourceCode.visitorKeys).some((child) => usesOwnThis(child, sourceCode));
}

/**
 * Nobody can use what the function returns once it is async. A callback's caller decides, by the
 * return type it gives the callback: `void` (an event listener, a timer) or a plain promise, not
 * anything else (`() => unknown` of `assert.throws`, React's effect `() => void | Destructor`). A
 * function not called back: its own return type is `void` or a plain promise already, not a
 * thenable with an API of its own (a query builder, a cancellable request), which an async
 * function's promise would lose, and not a mix (`T | Promise<T>`). Without type information: it
 * returns nothing.
 */
function resultIsUnusable(fn: FunctionNode, typeInfo: TypeInfo | undefined): boolean {
  if (!typeInfo) return fn.body.type === AST_NODE_TYPES.BlockStatement && !someOwnReturn(fn.body, (argument) => argument !== null);
  const checker = typeInfo.checker;
  const tsFunction = typeInfo.services.esTreeNodeToTSNodeMap.get(fn) as ts.SignatureDeclaration;
  if (fn.type !== AST_NODE_TYPES.FunctionDeclaration) {
    const contextual = checker.getContextualType(tsFunction as ts.Expression);
    const signatures = contextual ? checker.getNonNullableType(contextual).getCallSignatures() : [];
    if (signatures.length > 0) {
      return signatures.every((candidate) => isVoidOrPlainPromise(typeInfo, tsFunction, checker.getReturnTypeOfSignature(candidate)));
    }
  }
  const signature = checker.getSignatureFromDeclaration(tsFunction);
  return signature !== undefined && isVoidOrPlainPromise(typeInfo, tsFunction, checker.getReturnTypeOfSignature(signature));
}

/** `void`, `Promise<void>`, `void | Promise<void>` (a hook that may be async); not `T | Promise<T>`. */
function isVoidOrPlainPromise(typeInfo: TypeInfo, at: ts.Node, type: ts.Type): boolean {
  return unionConstituents(type).every(
    (part) => (part.flags & (ts.TypeFlags.Void | ts.TypeFlags.Undefined)) !== 0 || (isThenable(typeInfo, at, part) && isPlainPromise(part)),
  );
}

/** A local, unexported function whose every use is a call that throws its result away. */
function everyCallDiscardsResult(fn: FunctionNode, sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  const binding = bindingOf(fn);
  if (!binding || isExported(fn)) return false;
  const variable = ASTUtils.findVariable(sourceCode.getScope(binding), binding);
  if (!variable) return false;
  return variable.references.every((reference) => {
    if (reference.init) return true;
    if (reference.isWrite()) return false;
    const identifier = reference.identifier as TSESTree.Node;
    const call = identifier.parent;
    return call?.type === AST_NODE_TYPES.CallExpression && call.callee === identifier && resultIsDiscarded(call);
  });
}

/** `f` of `function f() {}` or `const f = () => {}` (`let`/`var` only while never reassigned: checked by the caller's references). */
function bindingOf(fn: FunctionNode): TSESTree.Identifier | undefined {
  if (fn.type === AST_NODE_TYPES.FunctionDeclaration) return fn.id ?? undefined;
  const declarator = outermostTypeWrapper(fn).parent;
  if (declarator?.type !== AST_NODE_TYPES.VariableDeclarator || declarator.init !== outermostTypeWrapper(fn)) return undefined;
  return declarator.id.type === AST_NODE_TYPES.Identifier ? declarator.id : undefined;
}

function isExported(fn: FunctionNode): boolean {
  const holder = fn.type === AST_NODE_TYPES.FunctionDeclaration ? fn.parent : outermostTypeWrapper(fn).parent?.parent?.parent;
  return holder?.type === AST_NODE_TYPES.ExportNamedDeclaration || holder?.type === AST_NODE_TYPES.ExportDefaultDeclaration;
}

function iifeCallOf(fn: FunctionNode): TSESTree.Node | undefined {
  const used = outermostTypeWrapper(fn);
  const parent = used.parent;
  if (parent?.type === AST_NODE_TYPES.CallExpression && parent.callee === used) return parent;
  // `(function () { … }).call(this)`
  if (parent?.type === AST_NODE_TYPES.MemberExpression && parent.parent.type === AST_NODE_TYPES.CallExpression) return parent.parent;
  return undefined;
}

/** `f();`, `void f()`, `await f()`, `f?.();`. */
function resultIsDiscarded(call: TSESTree.Node | undefined): boolean {
  if (!call) return false;
  let node: TSESTree.Node = call;
  if (node.parent?.type === AST_NODE_TYPES.ChainExpression) node = node.parent;
  const parent = node.parent;
  return (
    parent?.type === AST_NODE_TYPES.ExpressionStatement ||
    parent?.type === AST_NODE_TYPES.AwaitExpression ||
    (parent?.type === AST_NODE_TYPES.UnaryExpression && parent.operator === 'void')
  );
}
