import * as ts from 'typescript';
import { endsWithRest, isThisParameter } from './argument-sink.js';
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
  const checker = typeInfo.checker;
  let known = verdicts.get(checker);
  if (!known) verdicts.set(checker, (known = new WeakMap()));
  const judged = known;
  const inProgress = new Set<object>();

  return expressionLacksThen(expression, 0);

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
        return resultLacksThen(node as ts.CallLikeExpression);
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

  /** A call's or `new`'s value: what every signature of the callee declares it returns (so nothing is inferred). */
  function resultLacksThen(node: ts.CallLikeExpression): boolean {
    const signatures = calleeSignatures(node);
    return signatures.length > 0 && signatures.every((signature) => typeLacksThen(checker.getReturnTypeOfSignature(signature)));
  }

  /** Every signature the callee of `node` declares (overloads included), before the checker picks one; none for `super(…)`, `import(…)`. */
  function calleeSignatures(node: ts.CallLikeExpression): readonly ts.Signature[] {
    const callee = ts.isTaggedTemplateExpression(node) ? node.tag : ts.isCallExpression(node) || ts.isNewExpression(node) ? node.expression : undefined;
    if (!callee || callee.kind === ts.SyntaxKind.SuperKeyword || callee.kind === ts.SyntaxKind.ImportKeyword) return [];
    const calleeType = declaredTypeOf(callee, 0) ?? checker.getTypeAtLocation(callee);
    return checker.getSignaturesOfType(calleeType, ts.isNewExpression(node) ? ts.SignatureKind.Construct : ts.SignatureKind.Call);
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
    const fn = parameter.parent;
    if (!ts.isArrowFunction(fn) && !ts.isFunctionExpression(fn)) return false;
    const index = fn.parameters.filter((p) => !isThisParameter(p)).indexOf(parameter);
    let argument: ts.Node = fn;
    while (ts.isParenthesizedExpression(argument.parent)) argument = argument.parent;
    const call = argument.parent;
    if (!ts.isCallExpression(call) && !ts.isNewExpression(call)) return false;
    const args = call.arguments;
    const position = args?.indexOf(argument as ts.Expression) ?? -1;
    if (index < 0 || position < 0 || args?.slice(0, position).some(ts.isSpreadElement)) return false;
    const signatures = calleeSignatures(call);
    return (
      signatures.length > 0 &&
      signatures.every((signature) => {
        const parameterType = parameterTypeAt(signature, position);
        if (parameterType === null) return false;
        return parameterType === undefined || callbackTypeLacksThen(parameterType, index);
      })
    );
  }

  /** Every function type in `type` gives its parameter `index` a type without `then` (a part without call signatures gives it nothing). */
  function callbackTypeLacksThen(type: ts.Type, index: number): boolean {
    const parts = type.isUnion() ? type.types : [type];
    return parts.every((part) => {
      const pieces = part.isIntersection() ? part.types : [part];
      if (pieces.some((piece) => piece.flags & ts.TypeFlags.Instantiable)) return false; // inferred at the call
      return checker.getSignaturesOfType(part, ts.SignatureKind.Call).every((callback) => {
        const parameterType = parameterTypeAt(callback, index);
        return parameterType !== null && (parameterType === undefined || typeLacksThen(parameterType));
      });
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
