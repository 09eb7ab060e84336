import ts from 'typescript';
import { endsWithRest, isThisParameter, skipTypeParentheses } from './argument-sink.js';
import type { TypeInfo } from './type-info.js';

// Whether an expression can be a thenable, answered from what declarations say: a class's or an
// interface's members, a signature's declared return type, the parameter type a callee gives a
// callback, a variable's annotation or initialiser. Asking the checker for an expression's type
// resolves every call in it (overloads, type argument inference, contextual typing of its
// callbacks), and on generic APIs (a fastify route, an event emitter typed by a protocol) that is
// nearly all the time a type question costs; whether a `then` can be there at all rarely needs it.
// `new Map<K, V>(…)` is not a thenable whatever K and V turn out to be, because `Map` has no
// `then`; a callback's `req` is not one when every overload of the callee gives that parameter a
// type without `then`.
//
// Two more answers come without inference. A method called on an instantiation of a generic class
// or interface (`yargs.command(…)` of an `Argv<{}>`) is looked up on the generic declaration
// (`Argv<T>`): what its overloads return, or give a callback's parameter, for every `T` holds for
// this one, and a chain of calls that each return the same generic type is followed the same way;
// only where that leaves a type parameter open are the instantiated overloads asked. And a call of a
// signature that returns its own type parameter (`merge<T>(first: T, …): T`) lacks `then` when the
// arguments TypeScript infers the type parameter from first do (`inferredResultLacksThen`).
//
// Where the declarations leave it open (`const user = load(id)` of a generic `load`, a callback's
// parameter inferred at the call), the type the checker gives the name's or member's symbol decides:
// inferred, but not narrowed. A member is looked up on the declared type of its object (a name's
// type, `this` in a class's instance member, a property of those), never on the type of the object
// as written at the use: typing a use runs the checker's control-flow analysis of it, which costs
// more than the rest of the question, and narrowing only ever gives a part of the declared type.
//
// A pre-filter: `true` is a proof that no type the expression may have has a `then` member (so it
// is not a thenable, whatever the checker would infer), `false` means "ask the checker". Anything
// not plainly one of the shapes below (a type parameter, a conditional or mapped type, `any`, an
// overload taking a generic callback, JavaScript's inferred types) answers `false`. One gap is
// accepted: a reference narrowed to a promise by `instanceof Promise` or a type predicate from a
// declared (or inferred) type without `then` (`const x: Base = …; if (x instanceof Promise) x.value`).

/** Per checker: the types and declarations already judged (source files, and so symbols and nodes, outlive a program in an editor). */
const verdicts = new WeakMap<ts.TypeChecker, WeakMap<object, boolean>>();
const MAX_DEPTH = 6;
/** How many calls of a chain (`yargs.command(…).option(…)…`) are followed to the generic declaration they return. */
const MAX_CHAIN = 32;
/** Mapped types of the default library that TypeScript infers through at a lower priority than from the type parameter itself. */
const LOWER_PRIORITY_WRAPPERS: ReadonlySet<string> = new Set(['Partial', 'Readonly', 'Required']);
const JAVASCRIPT_FILE = /\.[cm]?jsx?$/i;
const DECLARED_VALUE =
  ts.SymbolFlags.Variable |
  ts.SymbolFlags.Property |
  ts.SymbolFlags.Method |
  ts.SymbolFlags.Accessor |
  ts.SymbolFlags.Function |
  ts.SymbolFlags.Class |
  ts.SymbolFlags.Enum |
  ts.SymbolFlags.ValueModule;

const UNTHENABLE_FLAGS =
  ts.TypeFlags.StringLike |
  ts.TypeFlags.NumberLike |
  ts.TypeFlags.BigIntLike |
  ts.TypeFlags.BooleanLike |
  ts.TypeFlags.ESSymbolLike |
  ts.TypeFlags.EnumLike |
  ts.TypeFlags.Void |
  ts.TypeFlags.Undefined |
  ts.TypeFlags.Null |
  ts.TypeFlags.Never |
  ts.TypeFlags.NonPrimitive;

/** Whether no type `expression` may have has a `then` member, as its declarations show; `false` when that takes the checker's inference. */
export function cannotBeThenable(typeInfo: TypeInfo, expression: ts.Expression): boolean {
  return declarationJudge(typeInfo).expressionLacksThen(expression, 0);
}

/**
 * Whether what `call` calls is typed `any` (an import the compiler could not resolve, an untyped
 * value): found as `cannotBeThenable` finds types, from the callee's declared type where it has one.
 * No signature, and so no parameter type, is resolved for such a call.
 */
export function callsUntypedCallee(typeInfo: TypeInfo, call: ts.CallExpression | ts.NewExpression): boolean {
  const calleeType = declarationJudge(typeInfo).calleeTypeOf(call);
  return calleeType !== undefined && (calleeType.flags & ts.TypeFlags.Any) !== 0;
}

function declarationJudge(typeInfo: TypeInfo) {
  const checker = typeInfo.checker;
  let known = verdicts.get(checker);
  if (!known) verdicts.set(checker, (known = new WeakMap()));
  const judged = known;
  const inProgress = new Set<object>();

  return { expressionLacksThen, calleeTypeOf };

  function remember(key: object, judge: () => boolean): boolean {
    const cached = judged.get(key);
    if (cached !== undefined) return cached;
    if (inProgress.has(key)) return false;
    inProgress.add(key);
    const verdict = judge();
    inProgress.delete(key);
    judged.set(key, verdict);
    return verdict;
  }

  function expressionLacksThen(node: ts.Expression, depth: number): boolean {
    if (depth > MAX_DEPTH) return false;
    const next = depth + 1;
    switch (node.kind) {
      case ts.SyntaxKind.ParenthesizedExpression:
      case ts.SyntaxKind.NonNullExpression:
      case ts.SyntaxKind.SatisfiesExpression:
        return expressionLacksThen((node as ts.ParenthesizedExpression).expression, next);
      case ts.SyntaxKind.AsExpression:
      case ts.SyntaxKind.TypeAssertionExpression: {
        const type = (node as ts.AsExpression).type;
        return !ts.isConstTypeReference(type) && typeLacksThen(checker.getTypeFromTypeNode(type));
      }
      // An awaited value is never a thenable: `await` unwraps them all. (Not `null` or `undefined`: a
      // `let` initialised with them takes the type of what is assigned later.)
      case ts.SyntaxKind.AwaitExpression:
      case ts.SyntaxKind.StringLiteral:
      case ts.SyntaxKind.NoSubstitutionTemplateLiteral:
      case ts.SyntaxKind.TemplateExpression:
      case ts.SyntaxKind.NumericLiteral:
      case ts.SyntaxKind.BigIntLiteral:
      case ts.SyntaxKind.TrueKeyword:
      case ts.SyntaxKind.FalseKeyword:
      case ts.SyntaxKind.RegularExpressionLiteral:
      case ts.SyntaxKind.ArrayLiteralExpression:
      case ts.SyntaxKind.PrefixUnaryExpression:
      case ts.SyntaxKind.PostfixUnaryExpression:
      case ts.SyntaxKind.TypeOfExpression:
      case ts.SyntaxKind.DeleteExpression:
        return true;
      case ts.SyntaxKind.ObjectLiteralExpression:
        return (node as ts.ObjectLiteralExpression).properties.every((property) => {
          const name = property.name;
          return name !== undefined && !ts.isComputedPropertyName(name) && name.text !== 'then';
        });
      case ts.SyntaxKind.ConditionalExpression: {
        const conditional = node as ts.ConditionalExpression;
        return expressionLacksThen(conditional.whenTrue, next) && expressionLacksThen(conditional.whenFalse, next);
      }
      case ts.SyntaxKind.BinaryExpression:
        return binaryLacksThen(node as ts.BinaryExpression, next);
      case ts.SyntaxKind.NewExpression:
      case ts.SyntaxKind.CallExpression:
      case ts.SyntaxKind.TaggedTemplateExpression:
        return resultLacksThen(node as ts.CallLikeExpression, next);
      case ts.SyntaxKind.Identifier:
        return symbolLacksThen(symbolAt(node as ts.Identifier), next);
      case ts.SyntaxKind.PropertyAccessExpression: { // `this.pool`, `options.timeout`
        const access = node as ts.PropertyAccessExpression;
        return symbolLacksThen(declaredProperty(access) ?? symbolAt(access.name), next);
      }
      default:
        return false;
    }
  }

  function binaryLacksThen(node: ts.BinaryExpression, depth: number): boolean {
    switch (node.operatorToken.kind) {
      case ts.SyntaxKind.QuestionQuestionToken:
      case ts.SyntaxKind.BarBarToken:
      case ts.SyntaxKind.AmpersandAmpersandToken:
        return expressionLacksThen(node.left, depth) && expressionLacksThen(node.right, depth);
      case ts.SyntaxKind.EqualsToken:
      case ts.SyntaxKind.CommaToken:
        return expressionLacksThen(node.right, depth);
      default:
        // Arithmetic, comparison, `in`, `instanceof`, compound assignment: a number, a string, a boolean.
        return node.operatorToken.kind !== ts.SyntaxKind.QuestionQuestionEqualsToken &&
          node.operatorToken.kind !== ts.SyntaxKind.BarBarEqualsToken &&
          node.operatorToken.kind !== ts.SyntaxKind.AmpersandAmpersandEqualsToken;
    }
  }

  /**
   * A call's or `new`'s value: what every signature of the callee declares it returns, or, where that
   * is a type parameter of the signature's own, what it is inferred from (`inferredResultLacksThen`).
   */
  function resultLacksThen(node: ts.CallLikeExpression, depth: number): boolean {
    const allLackThen = (signatures: readonly ts.Signature[]): boolean =>
      signatures.length > 0 &&
      signatures.every((signature) => {
        const returnType = checker.getReturnTypeOfSignature(signature);
        return typeLacksThen(returnType) || inferredResultLacksThen(node, signature, returnType, depth);
      });
    return (ts.isCallExpression(node) && allLackThen(genericMemberSignatures(node))) || allLackThen(calleeSignatures(node));
  }

  /**
   * `mergeWithoutOverrides<T>(first: T, ...rest: Partial<T>[]): T`, `orDefault<T>(value: T | undefined, …): T`:
   * a signature that returns its own type parameter gives the call the type inferred for it, and
   * TypeScript infers it first from the arguments of parameters declared as the type parameter
   * itself (its highest priority), or, when there are none, from those declared as a union with it;
   * only then from `Partial<T>`, `Readonly<T>`, `Required<T>` or a return type's context. So when
   * each such argument lacks `then`, so does the inferred type, which is one of theirs or their
   * union, or the constraint when it fails that (so the constraint must lack `then` as well). A type
   * argument written at the call is the type itself. Any other place that mentions the type
   * parameter (`T[]`, `Promise<T>`, a callback's `(value: T) => void`) could add an inference of
   * the same priority: the call is left to the checker.
   */
  function inferredResultLacksThen(node: ts.CallLikeExpression, signature: ts.Signature, returnType: ts.Type, depth: number): boolean {
    if (!(returnType.flags & ts.TypeFlags.TypeParameter) || !ts.isCallExpression(node)) return false;
    const typeParameters = signature.getTypeParameters() ?? [];
    const position = typeParameters.indexOf(returnType as ts.TypeParameter);
    const declaration = signature.getDeclaration() as ts.SignatureDeclaration | undefined;
    if (position < 0 || !declaration || JAVASCRIPT_FILE.test(declaration.getSourceFile().fileName)) return false;
    if (!constraintLacksThen(returnType as ts.TypeParameter)) return false;
    if (node.typeArguments) {
      const written = node.typeArguments[position];
      return node.typeArguments.length === typeParameters.length && written !== undefined && typeLacksThen(checker.getTypeFromTypeNode(written));
    }
    const name = returnType.symbol.getName();
    const direct: ts.Expression[] = [];
    const inUnion: ts.Expression[] = [];
    const parameters = declaration.parameters.filter((parameter) => !isThisParameter(parameter));
    for (const [index, parameter] of parameters.entries()) {
      const place = parameter.type ? placeOf(parameter.type, name) : 'none';
      if (place === 'other') return false;
      if (place !== 'direct' && place !== 'union') continue;
      const argument = node.arguments[index];
      if (parameter.dotDotDotToken || !argument || node.arguments.slice(0, index + 1).some(ts.isSpreadElement)) return false;
      (place === 'direct' ? direct : inUnion).push(argument);
    }
    const sources = direct.length > 0 ? direct : inUnion;
    return sources.length > 0 && sources.every((argument) => expressionLacksThen(argument, depth + 1));
  }

  /**
   * Whether a type parameter's constraint, the type it takes when inference fails it, has no `then`:
   * none at all, a type that cannot have one (`typeLacksThen`), or an object type written without
   * any type parameter that has none (`Record<string, unknown>`: an index signature is no member).
   */
  function constraintLacksThen(typeParameter: ts.TypeParameter): boolean {
    const declaration = typeParameter.symbol.declarations?.find(ts.isTypeParameterDeclaration);
    if (!declaration?.constraint) return declaration !== undefined;
    const constraint = checker.getTypeFromTypeNode(declaration.constraint);
    if (typeLacksThen(constraint)) return true;
    return (
      (constraint.flags & ts.TypeFlags.Object) !== 0 &&
      !referencesTypeParameter(declaration.constraint) &&
      checker.getPropertyOfType(constraint, 'then') === undefined
    );
  }

  function referencesTypeParameter(node: ts.Node): boolean {
    if (ts.isTypeReferenceNode(node) && (checker.getTypeFromTypeNode(node).flags & ts.TypeFlags.TypeParameter) !== 0) return true;
    if (ts.isTypeQueryNode(node) || ts.isThisTypeNode(node) || ts.isInferTypeNode(node)) return true;
    return ts.forEachChild(node, (child) => referencesTypeParameter(child) || undefined) === true;
  }

  /**
   * Where a parameter's declared type puts the type parameter `name`: as the whole type (`direct`),
   * as a member of a union whose other members do not mention it (`union`), only inside the default
   * library's `Partial`, `Readonly` or `Required` (or an array of one: `lower`, a lesser inference
   * priority), nowhere (`none`), or anywhere else (`other`).
   */
  function placeOf(typeNode: ts.TypeNode, name: string): 'direct' | 'union' | 'lower' | 'none' | 'other' {
    const node = skipTypeParentheses(typeNode);
    if (isNamed(node, name)) return 'direct';
    if (ts.isUnionTypeNode(node) && node.types.some((member) => isNamed(skipTypeParentheses(member), name))) {
      return node.types.every((member) => isNamed(skipTypeParentheses(member), name) || !mentions(member, name)) ? 'union' : 'other';
    }
    const element = ts.isArrayTypeNode(node) ? skipTypeParentheses(node.elementType) : node;
    if (
      ts.isTypeReferenceNode(element) &&
      ts.isIdentifier(element.typeName) &&
      LOWER_PRIORITY_WRAPPERS.has(element.typeName.text) &&
      element.typeArguments?.length === 1 &&
      isNamed(skipTypeParentheses(element.typeArguments[0]!), name) &&
      isDefaultLibraryType(element.typeName)
    ) {
      return 'lower';
    }
    return mentions(node, name) ? 'other' : 'none';
  }

  function isNamed(node: ts.TypeNode, name: string): boolean {
    return ts.isTypeReferenceNode(node) && node.typeArguments === undefined && ts.isIdentifier(node.typeName) && node.typeName.text === name;
  }

  /** Whether any identifier in the type node is `name` (a shadowing inner declaration counts too: that only leaves more to the checker). */
  function mentions(node: ts.Node, name: string): boolean {
    return (ts.isIdentifier(node) && node.text === name) || ts.forEachChild(node, (child) => mentions(child, name) || undefined) === true;
  }

  function isDefaultLibraryType(name: ts.Identifier): boolean {
    const declarations = checker.getSymbolAtLocation(name)?.declarations ?? [];
    return declarations.length > 0 && declarations.every((declaration) => typeInfo.program.isSourceFileDefaultLibrary(declaration.getSourceFile()));
  }

  /** Every signature the callee of `node` declares (overloads included), before the checker picks one; none for `super(…)`, `import(…)`. */
  function calleeSignatures(node: ts.CallLikeExpression): readonly ts.Signature[] {
    const calleeType = calleeTypeOf(node);
    return calleeType ? checker.getSignaturesOfType(calleeType, ts.isNewExpression(node) ? ts.SignatureKind.Construct : ts.SignatureKind.Call) : [];
  }

  /** The type of what `node` calls: its declared type (`declaredTypeOf`), else the checker's; none for `super(…)`, `import(…)`. */
  function calleeTypeOf(node: ts.CallLikeExpression): ts.Type | undefined {
    const callee = ts.isTaggedTemplateExpression(node) ? node.tag : ts.isCallExpression(node) || ts.isNewExpression(node) ? node.expression : undefined;
    if (!callee || callee.kind === ts.SyntaxKind.SuperKeyword || callee.kind === ts.SyntaxKind.ImportKeyword) return undefined;
    return declaredTypeOf(callee, 0) ?? checker.getTypeAtLocation(callee);
  }

  /**
   * The type a reference is declared with, before narrowing (so without control-flow analysis):
   * a name's declared type, `this` in a class's instance member, a property of one of those.
   * Narrowing only ever gives a part of it (the accepted gap above aside).
   */
  function declaredTypeOf(node: ts.Expression, depth: number): ts.Type | undefined {
    if (depth > MAX_DEPTH) return undefined;
    switch (node.kind) {
      case ts.SyntaxKind.ParenthesizedExpression:
        return declaredTypeOf((node as ts.ParenthesizedExpression).expression, depth + 1);
      case ts.SyntaxKind.ThisKeyword:
        return thisType(node);
      case ts.SyntaxKind.Identifier:
        return valueTypeOf(symbolAt(node as ts.Identifier));
      case ts.SyntaxKind.PropertyAccessExpression:
        return valueTypeOf(declaredProperty(node as ts.PropertyAccessExpression, depth + 1));
      default:
        return undefined;
    }
  }

  /** The property `object.name` refers to, found from the object's declared type; undefined when that takes the checker. */
  function declaredProperty(node: ts.PropertyAccessExpression, depth = 0): ts.Symbol | undefined {
    if (ts.isPrivateIdentifier(node.name)) return privateMember(node.name);
    const objectType = declaredTypeOf(node.expression, depth);
    if (!objectType || objectType.flags & (ts.TypeFlags.Any | ts.TypeFlags.Unknown)) return undefined;
    const property = checker.getPropertyOfType(checker.getApparentType(checker.getNonNullableType(objectType)), node.name.text);
    return property && property.flags & DECLARED_VALUE ? property : undefined;
  }

  /** The type the checker gives a value's symbol: inferred where it must be, not narrowed by any use. */
  function valueTypeOf(symbol: ts.Symbol | undefined): ts.Type | undefined {
    return symbol && symbol.flags & DECLARED_VALUE ? checker.getTypeOfSymbol(symbol) : undefined;
  }

  /** `#pool`: the member of the nearest enclosing class that declares it (private names are scoped by the class text). */
  function privateMember(name: ts.PrivateIdentifier): ts.Symbol | undefined {
    for (let node: ts.Node | undefined = name.parent; node; node = node.parent) {
      if (!ts.isClassLike(node)) continue;
      const member = node.members.find((m) => m.name !== undefined && ts.isPrivateIdentifier(m.name) && m.name.text === name.text);
      if (member?.name) return checker.getSymbolAtLocation(member.name);
    }
    return undefined;
  }

  /** `this` in an instance member of a class declaration: the class's instance type. */
  function thisType(node: ts.Node): ts.Type | undefined {
    for (let container = node.parent; container; container = container.parent) {
      if (ts.isArrowFunction(container)) continue;
      if (ts.isComputedPropertyName(container) || ts.isDecorator(container)) return undefined;
      if (
        ts.isMethodDeclaration(container) ||
        ts.isConstructorDeclaration(container) ||
        ts.isGetAccessorDeclaration(container) ||
        ts.isSetAccessorDeclaration(container) ||
        ts.isPropertyDeclaration(container)
      ) {
        const owner = container.parent;
        if (!ts.isClassDeclaration(owner) || ts.getCombinedModifierFlags(container) & ts.ModifierFlags.Static) return undefined;
        if (ts.isFunctionLike(container) && container.parameters.some(isThisParameter)) return undefined; // `method(this: Other)`
        return checker.getTypeAtLocation(owner);
      }
      if (ts.isFunctionLike(container) || ts.isClassLike(container) || ts.isSourceFile(container) || ts.isModuleBlock(container) || ts.isClassStaticBlockDeclaration(container)) {
        return undefined;
      }
    }
    return undefined;
  }

  /** What a name (`pool`, or `timeout` of `options.timeout`) resolves to, an import followed to its export. */
  function symbolAt(name: ts.Identifier | ts.PrivateIdentifier): ts.Symbol | undefined {
    const symbol = checker.getSymbolAtLocation(name);
    return symbol && symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
  }

  /**
   * A variable, parameter, property, function, class …: first what its declarations say, then the
   * type the checker gives the symbol (inferred where it must be, but not narrowed by a use's flow).
   */
  function symbolLacksThen(symbol: ts.Symbol | undefined, depth: number): boolean {
    if (!symbol) return false;
    return remember(symbol, () => {
      if (declarationsLackThen(symbol, depth)) return true;
      const type = valueTypeOf(symbol);
      return type !== undefined && typeLacksThen(type);
    });
  }

  function declarationsLackThen(symbol: ts.Symbol, depth: number): boolean {
    // A property as written, so not instantiated; every declaration of it (`kind` of `A | B` has one in each).
    if (symbol.flags & ts.SymbolFlags.Property) {
      const declarations = symbol.declarations ?? [];
      return declarations.length > 0 && declarations.every((declaration) => declarationLacksThen(declaration, depth));
    }
    if (symbol.flags & ts.SymbolFlags.Variable) {
      const declaration = symbol.valueDeclaration;
      return declaration !== undefined && symbol.declarations?.length === 1 && declarationLacksThen(declaration, depth);
    }
    return false; // a function, a class, an enum, a namespace: its type shows its own members (an expando `then` too)
  }

  /** A variable, parameter or property: its annotation, its initialiser, or what the callee it is a callback of gives it. */
  function declarationLacksThen(declaration: ts.Declaration, depth: number): boolean {
    if (JAVASCRIPT_FILE.test(declaration.getSourceFile().fileName)) return false; // JSDoc, expandos and CommonJS exports decide JavaScript's types
    if (
      !ts.isVariableDeclaration(declaration) &&
      !ts.isParameter(declaration) &&
      !ts.isPropertyDeclaration(declaration) &&
      !ts.isPropertySignature(declaration)
    ) {
      return false;
    }
    if (declaration.type) return typeLacksThen(checker.getTypeFromTypeNode(declaration.type));
    if (ts.isParameter(declaration)) return !declaration.initializer && !declaration.dotDotDotToken && callbackParameterLacksThen(declaration);
    const initializer = ts.isPropertySignature(declaration) ? undefined : declaration.initializer;
    if (!initializer) return false;
    if (ts.isVariableDeclaration(declaration) && !ts.isVariableDeclarationList(declaration.parent)) return false;
    return expressionLacksThen(initializer, depth);
  }

  /**
   * An unannotated parameter of a function passed as an argument (`app.get('/', (req, res) => …)`,
   * `items.map((item) => …)`): the type each overload of the callee gives that parameter of its
   * callback parameter. An overload whose parameter there takes no function gives it nothing.
   */
  function callbackParameterLacksThen(parameter: ts.ParameterDeclaration): boolean {
    return callbackParameterTypes(parameter)?.every(typeLacksThen) === true;
  }

  /**
   * The types the callee's overloads may give an unannotated parameter of a callback (see
   * `callbackParameterLacksThen`), as the generic declaration of a method's object declares them
   * where that settles it, else as the callee's type does; undefined where that takes inference.
   */
  function callbackParameterTypes(parameter: ts.ParameterDeclaration): ts.Type[] | undefined {
    const site = callbackSite(parameter);
    if (!site) return undefined;
    const generic = typesGiven(genericMemberSignatures(site.call), site);
    return generic?.every(typeLacksThen) ? generic : typesGiven(calleeSignatures(site.call), site);
  }

  /** Where an unannotated parameter's function is passed: the call, the argument's position, the parameter's index. */
  function callbackSite(parameter: ts.ParameterDeclaration): CallbackSite | undefined {
    const fn = parameter.parent;
    if (parameter.type || parameter.initializer || parameter.dotDotDotToken || (!ts.isArrowFunction(fn) && !ts.isFunctionExpression(fn))) return undefined;
    const index = fn.parameters.filter((p) => !isThisParameter(p)).indexOf(parameter);
    let argument: ts.Node = fn;
    while (ts.isParenthesizedExpression(argument.parent)) argument = argument.parent;
    const call = argument.parent;
    if (!ts.isCallExpression(call) && !ts.isNewExpression(call)) return undefined;
    const args = call.arguments;
    const position = args?.indexOf(argument as ts.Expression) ?? -1;
    if (index < 0 || position < 0 || args?.slice(0, position).some(ts.isSpreadElement)) return undefined;
    return { call, position, index };
  }

  /** What the signatures give the callback parameter at `site` (none from a signature that takes no function there). */
  function typesGiven(signatures: readonly ts.Signature[], site: CallbackSite): ts.Type[] | undefined {
    if (signatures.length === 0) return undefined;
    const types: ts.Type[] = [];
    for (const signature of signatures) {
      const parameterType = parameterTypeAt(signature, site.position);
      if (parameterType === null) return undefined;
      if (parameterType === undefined) continue;
      const given = callbackParameterTypesIn(parameterType, site.index, signature);
      if (!given) return undefined;
      types.push(...given);
    }
    return types;
  }

  /**
   * `target.command(…)` of a `target: Argv<{}>`: the member's signatures as the generic declaration
   * (`Argv<T>`) declares them, not instantiated. What they give a callback for every `T` they give it
   * for this one, and instantiating each overload of a large generic interface is most of what a
   * callback parameter's type costs. None for anything else.
   */
  function genericMemberSignatures(call: ts.CallExpression | ts.NewExpression): readonly ts.Signature[] {
    return genericMember(call, 0)?.signatures ?? [];
  }

  /**
   * For a method call (`target.command(…)`), the generic declaration its object is declared with
   * (looked for at `objectDepth` of `genericDeclarationOf`), and the method's signatures there (none
   * for a property).
   */
  function genericMember(
    call: ts.CallExpression | ts.NewExpression,
    objectDepth: number,
  ): { owner: ts.InterfaceType; signatures: readonly ts.Signature[] } | undefined {
    const callee = call.expression;
    if (ts.isNewExpression(call) || !ts.isPropertyAccessExpression(callee) || ts.isPrivateIdentifier(callee.name)) return undefined;
    const owner = genericDeclarationOf(callee.expression, objectDepth);
    if (!owner) return undefined;
    const property = checker.getPropertyOfType(owner, callee.name.text);
    const signatures = property && property.flags & ts.SymbolFlags.Method ? checker.getSignaturesOfType(checker.getTypeOfSymbol(property), ts.SignatureKind.Call) : [];
    return { owner, signatures };
  }

  /**
   * The generic declaration (`Argv<T>`) of the type `node` is declared with (`declaredTypeOf`), or,
   * for a call of a method on one (`yargs.command(…).option(…)`), the one every signature of the
   * method returns (an instantiation of it, such as `Argv<Omit<T, K> & …>`, or `this`).
   */
  function genericDeclarationOf(node: ts.Expression, depth: number): ts.InterfaceType | undefined {
    if (depth > MAX_CHAIN) return undefined;
    if (ts.isParenthesizedExpression(node)) return genericDeclarationOf(node.expression, depth + 1);
    if (ts.isCallExpression(node)) {
      const member = genericMember(node, depth + 1);
      // Else what the callee is declared with (`this.#withPath<T>(y: Argv<T>)`, whose inferred return type is an `Argv<…>`).
      const calleeType = member ? undefined : declaredTypeOf(node.expression, 0);
      const signatures = member ? member.signatures : calleeType ? checker.getSignaturesOfType(calleeType, ts.SignatureKind.Call) : [];
      return onlyOne(
        signatures.map((signature) => {
          const returnType = checker.getReturnTypeOfSignature(signature);
          return returnType === member?.owner.thisType ? member.owner : genericOf(returnType);
        }),
      );
    }
    // A callback's `yargs` of `.command('x', 'y', (yargs) => yargs.option(…))`: what every overload gives it.
    const parameter = ts.isIdentifier(node) ? symbolAt(node)?.valueDeclaration : undefined;
    const site = parameter && ts.isParameter(parameter) && !JAVASCRIPT_FILE.test(parameter.getSourceFile().fileName) ? callbackSite(parameter) : undefined;
    const given = site && onlyOne(typesGiven(genericMemberSignatures(site.call), site)?.map(genericOf) ?? []);
    if (given) return given;
    const type = declaredTypeOf(node, depth);
    return type && genericOf(type);
  }

  /** `Argv<T>` of `Argv<{}>` (and of `Argv<T>` itself): the generic declaration a type reference instantiates; none for any other type. */
  function genericOf(type: ts.Type): ts.InterfaceType | undefined {
    if (!(type.flags & ts.TypeFlags.Object) || !((type as ts.ObjectType).objectFlags & ts.ObjectFlags.Reference)) return undefined;
    const generic = (type as ts.TypeReference).target;
    return generic.objectFlags & (ts.ObjectFlags.Class | ts.ObjectFlags.Interface) ? generic : undefined;
  }

  /**
   * The types the function types in `type` give their parameter `index` (a part without call
   * signatures gives it nothing, nor does a type parameter of `owner` that no function can be:
   * `builder?: O` with `O extends { [key: string]: Options }`); undefined where that is inferred at
   * the call or left to a rest parameter.
   */
  function callbackParameterTypesIn(type: ts.Type, index: number, owner: ts.Signature): ts.Type[] | undefined {
    const types: ts.Type[] = [];
    for (const part of type.isUnion() ? type.types : [type]) {
      const pieces = part.isIntersection() ? part.types : [part];
      if (pieces.some((piece) => piece.flags & ts.TypeFlags.Instantiable && !isUncallableTypeParameter(piece, owner))) return undefined;
      for (const callback of checker.getSignaturesOfType(part, ts.SignatureKind.Call)) {
        const parameterType = parameterTypeAt(callback, index);
        if (parameterType === null) return undefined;
        if (parameterType) types.push(parameterType);
      }
    }
    return types;
  }

  /**
   * A type parameter of `owner` constrained to object types with a string index signature (of
   * anything but `any`) and no call signatures: a function type has no index signature to offer,
   * so neither what is inferred for it nor the constraint that replaces a failed inference is
   * callable, and a callback passed there gets no parameter types from it.
   */
  function isUncallableTypeParameter(type: ts.Type, owner: ts.Signature): boolean {
    if (!(type.flags & ts.TypeFlags.TypeParameter) || !owner.getTypeParameters()?.includes(type as ts.TypeParameter)) return false;
    const constraint = type.getConstraint();
    if (!constraint) return false;
    return (constraint.isUnion() ? constraint.types : [constraint]).every((part) => {
      if (!(part.flags & ts.TypeFlags.Object) || part.getCallSignatures().length > 0 || part.getConstructSignatures().length > 0) return false;
      const index = part.getStringIndexType();
      return index !== undefined && !(index.flags & ts.TypeFlags.Any);
    });
  }

  /** The type of a signature's parameter `index`; undefined when there is none; null for a rest parameter (left to the checker). */
  function parameterTypeAt(signature: ts.Signature, index: number): ts.Type | undefined | null {
    const parameters = signature.getParameters();
    if (endsWithRest(parameters) && index >= parameters.length - 1) return null;
    const parameter = parameters[index];
    return parameter ? checker.getTypeOfSymbol(parameter) : undefined;
  }

  /** Whether no instantiation of `type` has a `then` member. */
  function typeLacksThen(type: ts.Type): boolean {
    return remember(type, () => {
      if (type.flags & UNTHENABLE_FLAGS) return true;
      if (type.flags & ts.TypeFlags.UnionOrIntersection) return (type as ts.UnionOrIntersectionType).types.every(typeLacksThen);
      if (!(type.flags & ts.TypeFlags.Object)) return false; // any, unknown, a type parameter, a conditional or indexed type
      const object = type as ts.ObjectType;
      if (object.objectFlags & ts.ObjectFlags.Mapped) return false;
      // `Map<K, V>`: the generic declaration's members are every instantiation's members.
      if (object.objectFlags & ts.ObjectFlags.Reference) {
        const target = (object as ts.TypeReference).target;
        if (target !== object) return typeLacksThen(target);
      }
      return checker.getPropertyOfType(object, 'then') === undefined;
    });
  }
}

interface CallbackSite {
  readonly call: ts.CallExpression | ts.NewExpression;
  /** The position of the function among the call's arguments. */
  readonly position: number;
  /** The position of the parameter among the function's (`this` aside). */
  readonly index: number;
}

/** The one value `values` hold, however often; undefined for none or several. */
function onlyOne<T>(values: readonly T[]): T | undefined {
  const distinct = new Set(values);
  return distinct.size === 1 ? values[0] : undefined;
}
