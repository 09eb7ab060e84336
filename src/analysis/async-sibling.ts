import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import ts from 'typescript';
import { isThisParameter } from './argument-sink.js';
import { followsOptionalLink, memberObjectText, unwrapChain } from './ast-walk.js';
import { isSameNameAt, memberAliasOf } from './member-alias.js';
import { importSourceOf, requireCallArgument } from './module-references.js';
import type { ResolvedCallee } from './resolve-callee.js';
import { variableOf } from './syntactic-thenable.js';
import { isThenable } from './thenable.js';
import type { TypeInfo } from './type-info.js';

// The async sibling of a synchronous call, found generically with the checker: `xSync(…)` whose
// module or object also offers an async `x` (or `promises.x`), and `c.sync(…)` whose container `c`
// is itself the async function (fs-extra, bcrypt, glob, fast-glob, execa …).

/**
 * 'equal': a signature of the sibling accepts the call's arguments and settles to exactly the sync
 * call's type; 'different': it returns a thenable of another type; 'arguments': it returns a thenable
 * but no signature takes the call's arguments (the rewrite would not compile); 'unchecked': it settles
 * to the sync call's type, but whether it takes the arguments is not known (a spread, a generic
 * parameter); 'callback': it is the callback form.
 */
export type TwinVerdict = 'equal' | 'different' | 'arguments' | 'unchecked' | 'callback';

export type AsyncSibling =
  /** `fg.sync(p)`: the container `fg` is the async function. */
  | { readonly kind: 'container'; readonly api: string; readonly container: TSESTree.Expression; readonly reachable: boolean; readonly verdict: TwinVerdict }
  /** `bcrypt.hashSync(p)`: `bcrypt.hash` (label `hash`) or `fse.promises.readJson` (label `promises.readJson`). */
  | {
      readonly kind: 'member';
      readonly api: string;
      readonly container: TSESTree.Expression;
      readonly reachable: boolean;
      readonly label: string;
      readonly verdict: TwinVerdict;
    }
  /** `hashSync(p)` imported from `source`: the module's export `name`. */
  | { readonly kind: 'import'; readonly api: string; readonly name: string; readonly source: string; readonly verdict: TwinVerdict };

/**
 * The async sibling of the sync call `node` (whose callee the checker resolved to `resolved`), or
 * undefined when the callee is no `xSync` / `.sync` or nothing async stands next to it.
 *
 * A call through an alias of a member (`walk(p)` after `const walk = fg.sync` or `const { sync: walk } = fg`)
 * is judged as the member call it stands for, on the object the alias was read from. `reachable`
 * says whether that object can be written at the call site for the same value (for a direct member
 * call it always can): where a local of the same name hides it, or it is assigned again, the twin is
 * named but there is nothing to rewrite the call into.
 */
export function findAsyncSibling(
  node: TSESTree.CallExpression,
  resolved: ResolvedCallee,
  info: TypeInfo,
  sourceCode: Readonly<TSESLint.SourceCode>,
): AsyncSibling | undefined {
  const declaredName = resolved.name.slice(resolved.name.lastIndexOf('.') + 1);
  // Names first: asking the checker for the call's type is the expensive part.
  if (declaredName !== 'sync' && (!declaredName.endsWith('Sync') || declaredName.length <= 4)) return undefined;
  const callee = unwrapChain(node.callee);
  const tsCall = info.services.esTreeNodeToTSNodeMap.get(node);
  // What the sync function returns: an optional chain (`glob?.sync()`) widens the call's type with
  // `undefined`, which is the chain's doing, not the function's.
  const callType = info.checker.getTypeAtLocation(tsCall);
  const syncType = followsOptionalLink(node) ? info.checker.getNonNullableType(callType) : callType;

  // `fg.sync(p)`, or `walk(p)` after `const walk = fg.sync`: the object the member is read from.
  const alias = callee.type === AST_NODE_TYPES.Identifier ? memberAliasOf(callee, sourceCode) : undefined;
  const access =
    callee.type === AST_NODE_TYPES.MemberExpression
      ? { container: callee.object, reachable: true }
      : alias && { container: alias.object, reachable: isSameNameAt(alias.object, node, sourceCode) };

  if (declaredName === 'sync') {
    // `fg.sync(p)` → `await fg(p)`: the container itself is the async function.
    if (!access) return undefined;
    const { container, reachable } = access;
    const containerType = info.checker.getNonNullableType(info.services.getTypeAtLocation(container));
    const verdict = compareTwin(info, tsCall, node, containerType, syncType);
    if (!verdict || isImplementedBy(containerType.getSymbol(), tsCall, info.checker)) return undefined;
    return { kind: 'container', api: `${memberObjectText(sourceCode, container)}.sync`, container, reachable, verdict };
  }
  if (!declaredName.endsWith('Sync') || declaredName.length <= 4) return undefined;
  const base = declaredName.slice(0, -4);

  if (access) {
    const { container, reachable } = access;
    const tsCallee = info.services.esTreeNodeToTSNodeMap.get(callee);
    const containerType = info.checker.getNonNullableType(info.services.getTypeAtLocation(container));
    for (const [label, property, path] of siblingCandidates(info, containerType, base, tsCall)) {
      // `async load() { return this.loadSync(); }`: the call is how the twin itself is written.
      if (isImplementedBy(property, tsCall, info.checker)) return undefined;
      // A private or protected twin is not the caller's to use: `await store.load()` would not compile
      // there. Through an alias (`tsCallee` a name) the access cannot be asked, so such a twin is none.
      if (!isAccessibleAt(tsCallee, label, path, info.checker)) continue;
      const verdict = compareTwin(info, tsCall, node, info.checker.getTypeOfSymbolAtLocation(property, tsCall), syncType);
      if (verdict) return { kind: 'member', api: declaredName, container, reachable, label, verdict };
    }
    return undefined;
  }
  if (callee.type === AST_NODE_TYPES.Identifier) {
    const moduleSymbol = importedModuleSymbol(callee, info, sourceCode);
    if (!moduleSymbol) return undefined;
    const twinSymbol = info.checker.tryGetMemberInModuleExports(base, moduleSymbol);
    if (!twinSymbol || isImplementedBy(twinSymbol, tsCall, info.checker)) return undefined;
    const twinType = info.checker.getTypeOfSymbolAtLocation(info.checker.getExportSymbolOfSymbol(twinSymbol), tsCall);
    const verdict = compareTwin(info, tsCall, node, twinType, syncType);
    const source = importSourceOf(callee, sourceCode);
    if (!verdict || !source) return undefined;
    return { kind: 'import', api: declaredName, name: base, source, verdict };
  }
  return undefined;
}

/**
 * `x` and `promises.x` on the container, when they exist: the label, the twin, and the members the
 * access goes through. A `#private` twin (`#load` of `#loadSync`) is looked up as the class body
 * around `at` names it, which is also where the call may use it.
 */
function siblingCandidates(info: TypeInfo, containerType: ts.Type, base: string, at: ts.Node): [string, ts.Symbol, ts.Symbol[]][] {
  if (base.startsWith('#')) {
    const twin = info.checker.getPrivateIdentifierPropertyOfType(containerType, base, at);
    return twin ? [[base, twin, [twin]]] : [];
  }
  const candidates: [string, ts.Symbol, ts.Symbol[]][] = [];
  const direct = containerType.getProperty(base);
  if (direct) candidates.push([base, direct, [direct]]);
  const promises = containerType.getProperty('promises');
  if (promises) {
    const nested = info.checker.getTypeOfSymbolAtLocation(promises, at).getProperty(base);
    if (nested) candidates.push([`promises.${base}`, nested, [promises, nested]]);
  }
  return candidates;
}

/**
 * Whether the call site may use the twin (`label`, reached through the members `path`) on the
 * callee's object. Public members always; a private, protected or `#private` one only where the
 * checker allows the access (inside the class, or a subclass through its own instances), asked at
 * the callee `c.xSync`. Where it cannot be asked (an optional chain, whose object may be
 * `undefined`; a computed access; `promises.x`, which has no node of its own), such a twin is not offered.
 */
function isAccessibleAt(tsCallee: ts.Node, label: string, path: readonly ts.Symbol[], checker: ts.TypeChecker): boolean {
  // `#load`: found at all only where the class body around the call declares it.
  if (!path.some(isRestrictedMember) || label.startsWith('#')) return true;
  return ts.isPropertyAccessExpression(tsCallee) && !ts.isOptionalChain(tsCallee) && !label.includes('.') && checker.isValidPropertyAccess(tsCallee, label);
}

/** A member declared `private`, `protected` or `#private`. */
function isRestrictedMember(symbol: ts.Symbol): boolean {
  return (
    symbol.getDeclarations()?.some(
      (declaration) =>
        (ts.getCombinedModifierFlags(declaration) & (ts.ModifierFlags.Private | ts.ModifierFlags.Protected)) !== 0 ||
        ts.getNameOfDeclaration(declaration)?.kind === ts.SyntaxKind.PrivateIdentifier,
    ) ?? false
  );
}

/** Whether a declaration of `symbol` (after an import alias) contains the call: the twin is written with the sync form. */
function isImplementedBy(symbol: ts.Symbol | undefined, tsCall: ts.Node, checker: ts.TypeChecker): boolean {
  const target = symbol && symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
  const sourceFile = tsCall.getSourceFile();
  return (
    target?.getDeclarations()?.some(
      (declaration) => declaration.getSourceFile() === sourceFile && declaration.pos <= tsCall.pos && tsCall.end <= declaration.end,
    ) ?? false
  );
}

/**
 * Whether `twinType` is an async twin of the sync call: 'equal' when a signature accepts the call's
 * arguments and settles to exactly the sync call's type, 'arguments' when it returns a thenable but no
 * signature takes the arguments, 'unchecked' when it settles to that type but the arguments could
 * not be matched, 'different' when it returns a thenable of another type, 'callback' when its last
 * parameter is a callback, undefined when it is no twin.
 */
function compareTwin(
  info: TypeInfo,
  tsCall: ts.Node,
  node: TSESTree.CallExpression,
  twinType: ts.Type,
  syncType: ts.Type,
): TwinVerdict | undefined {
  const signatures = twinType.getCallSignatures();
  if (signatures.length === 0) return undefined;
  const checker = info.checker;
  const spread = node.arguments.some((argument) => argument.type === AST_NODE_TYPES.SpreadElement);
  const argumentTypes = node.arguments.map((argument) => info.services.getTypeAtLocation(argument));
  let thenable = false;
  let mayTakeArguments = false;
  let settlesAlike = false;
  // TypeScript calls the first overload the arguments fit: a later one that settles alike is the
  // one called only when no earlier one may be.
  let earlierMayBeCalled = false;
  for (const signature of signatures) {
    const returnType = checker.getReturnTypeOfSignature(signature);
    const fits = spread ? undefined : argumentsFit(checker, signature, argumentTypes);
    if (!isThenable(info, tsCall, returnType)) {
      if (fits !== false) earlierMayBeCalled = true;
      continue;
    }
    thenable = true;
    if (fits === false) continue;
    mayTakeArguments = true;
    const awaited = checker.getAwaitedType(returnType);
    // `any` on one side only (`readConfigSync(): any` against `Promise<Config>`) says nothing of the
    // value: alike at best, never equal. Both `any` (fs-extra's `readJsonSync`/`readJson`) is a match.
    const anySide = isAny(awaited) !== isAny(syncType);
    if (awaited && checker.isTypeAssignableTo(awaited, syncType) && checker.isTypeAssignableTo(syncType, awaited)) {
      if (fits && !earlierMayBeCalled && !anySide) return 'equal';
      settlesAlike = true;
    } else if (fits && !earlierMayBeCalled) {
      return 'different'; // the overload called settles to another value
    }
    earlierMayBeCalled = true;
  }
  if (!thenable) return signatures.some((signature) => isCallbackForm(checker, signature, tsCall)) ? 'callback' : undefined;
  // Say why there is no fix: the arguments, or the value. A signature whose arguments could not be
  // matched is given the benefit of the doubt, so 'arguments' is only said when it is certain.
  if (!mayTakeArguments) return 'arguments';
  return settlesAlike ? 'unchecked' : 'different';
}

function isAny(type: ts.Type | undefined): boolean {
  return type !== undefined && (type.flags & ts.TypeFlags.Any) !== 0;
}

/**
 * Whether the call's arguments fit the signature's parameters; undefined when that cannot be told
 * here: a generic signature (`save<T>(value: T)`) that the call would instantiate, or one with no
 * declaration to read its optional and rest parameters from.
 */
function argumentsFit(checker: ts.TypeChecker, signature: ts.Signature, argumentTypes: readonly ts.Type[]): boolean | undefined {
  if (acceptsArguments(checker, signature, argumentTypes)) return true;
  return signature.getTypeParameters()?.length || !signature.getDeclaration() ? undefined : false;
}

/**
 * The Node callback form: it returns nothing and its last parameter is a callback whose first
 * parameter is the error (`(err: Error | null, value) => void`). A function that merely takes a
 * function (`get(key, fallback)`, `emit(event, listener)`) and returns a value is no async form.
 */
function isCallbackForm(checker: ts.TypeChecker, signature: ts.Signature, at: ts.Node): boolean {
  const returnType = checker.getReturnTypeOfSignature(signature);
  if (!(returnType.flags & (ts.TypeFlags.Void | ts.TypeFlags.Undefined | ts.TypeFlags.Any))) return false;
  const lastParameter = signature.getParameters().at(-1);
  if (!lastParameter) return false;
  const callbackType = checker.getNonNullableType(checker.getTypeOfSymbolAtLocation(lastParameter, at));
  return callbackType.getCallSignatures().some((callback) => {
    const first = callback.getParameters()[0];
    if (!first) return false;
    const errorType = checker.getNonNullableType(checker.getTypeOfSymbolAtLocation(first, at));
    return (errorType.flags & (ts.TypeFlags.Any | ts.TypeFlags.Unknown)) !== 0 || errorType.getProperty('message') !== undefined;
  });
}

function acceptsArguments(checker: ts.TypeChecker, signature: ts.Signature, argumentTypes: readonly ts.Type[]): boolean {
  const parameters = signature.getParameters();
  const declared = (signature.getDeclaration()?.parameters ?? []).filter((parameter) => !isThisParameter(parameter));
  const hasRest = declared.some((parameter) => parameter.dotDotDotToken);
  const required = declared.filter((parameter) => !checker.isOptionalParameter(parameter) && !parameter.dotDotDotToken).length;
  if (argumentTypes.length < required) return false;
  if (!hasRest && argumentTypes.length > parameters.length) return false;
  return argumentTypes.every((argumentType, index) => {
    const parameter = parameters[Math.min(index, parameters.length - 1)];
    if (!parameter?.valueDeclaration) return true;
    const parameterType = checker.getTypeOfSymbolAtLocation(parameter, parameter.valueDeclaration);
    if (hasRest && index >= parameters.length - 1) return true;
    return checker.isTypeAssignableTo(argumentType, parameterType);
  });
}

/** The module symbol an imported identifier comes from (`import { hashSync } from 'bcrypt'`). */
function importedModuleSymbol(identifier: TSESTree.Identifier, info: TypeInfo, sourceCode: Readonly<TSESLint.SourceCode>): ts.Symbol | undefined {
  const local = info.checker.getSymbolAtLocation(info.services.esTreeNodeToTSNodeMap.get(identifier));
  const declaration = local?.getDeclarations()?.[0];
  if (!declaration) return undefined;
  let node: ts.Node | undefined = declaration;
  while (node && !ts.isImportDeclaration(node)) node = node.parent;
  if (node) return info.checker.getSymbolAtLocation(node.moduleSpecifier);
  // `const { hashSync } = require('./hash.js')`: the module the `require` names.
  const definition = variableOf(identifier, sourceCode)?.defs[0];
  if (definition?.type !== 'Variable' || definition.node.id.type !== AST_NODE_TYPES.ObjectPattern || !definition.node.init) return undefined;
  const required = requireCallArgument(definition.node.init);
  return required && info.checker.getSymbolAtLocation(info.services.esTreeNodeToTSNodeMap.get(required));
}

