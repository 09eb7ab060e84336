import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { getConstrainedTypeAtLocation } from '@typescript-eslint/type-utils';
import { getWellKnownSymbolPropertyOfType, isStrictCompilerOptionEnabled, unionConstituents } from 'ts-api-utils';
import ts from 'typescript';
import { createRule } from '../create-rule.js';
import { CARRIER_METHOD_NAMES, OBJECT_INSPECTIONS, VALUE_CARRIERS, VALUE_SINKS, isListedCallee } from '../catalog/value-sinks.js';
import { assertsTruthiness, judgeParameter } from '../analysis/argument-sink.js';
import { jsDocCastAround, settlesToInferredAny, typesAreChecked } from '../analysis/checked-javascript.js';
import { isWithin, someNode, unwrapChain } from '../analysis/ast-walk.js';
import { findBusyWait, type DeferredWrite, type LoopNode } from '../analysis/busy-wait.js';
import { callsUntypedCallee, cannotBeThenable } from '../analysis/declared-thenable.js';
import { describeFunction } from '../analysis/describe-function.js';
import { mayRunEffectsBeforeReads } from '../analysis/effects.js';
import { awaitBlockedWithin, enclosingFunction, immediateCallbackOf, isFunctionNode, someOwnReturn, type FunctionNode } from '../analysis/execution-context.js';
import { isExitListener } from '../analysis/blocking-scope.js';
import { canMakeAsync } from '../analysis/make-async.js';
import { resolveCallee, skipOuterExpressions } from '../analysis/resolve-callee.js';
import { matchesSomeSpecifier, specifierListSchema, type SpecifiedValue, type TypeOrValueSpecifier } from '../analysis/specifiers.js';
import { isCertainlyPromise, mayBeAbsent, mayBeThenable, variableOf } from '../analysis/syntactic-thenable.js';
import { isPlainPromise, isPromiseMemberName, isThenable, returnsThenable } from '../analysis/thenable.js';
import { isAtTopLevel, topLevelAwaitAllowed } from '../analysis/top-level-await.js';
import { createTypeHooks } from '../analysis/type-hooks.js';
import { getTypeInfo } from '../analysis/type-info.js';
import {
  EQUALITY_OPERATORS,
  destructuringPattern,
  isBooleanCall,
  isNullishLiteral,
  isPrimitiveLiteral,
  isPromiseMember,
  isWriteTarget,
  staticMemberName,
  valueSources,
  valueUseOf,
  valueUsesAt,
  type ValueUse,
  type ValueUseKind,
} from '../analysis/value-use.js';
import { fixWithAwait, updateSplitByAwait } from '../fix/await.js';
import { makeAsyncFixes } from '../fix/make-async.js';

// What it reports: a promise (any thenable) used where its settled value is evidently meant (read
// from, destructured, spread, turned into text or a number, compared, tested, or passed to a
// parameter that does not take a promise), an async callback given to an array predicate, and the
// synchronous loop that waits for a value only a promise callback can set.

export type Options = [
  {
    allowAsArgumentTo?: TypeOrValueSpecifier[];
    checkConditions?: boolean;
    checkArguments?: boolean;
    checkBusyWait?: boolean;
    autofix?: boolean;
  },
];

export type MessageId =
  | 'memberAccess'
  | 'memberWrite'
  | 'destructuring'
  | 'spread'
  | 'iteration'
  | 'template'
  | 'concatenation'
  | 'arithmetic'
  | 'comparison'
  | 'switchCase'
  | 'condition'
  | 'nullish'
  | 'argument'
  | 'callbackArgument'
  | 'arrayPredicate'
  | 'busyWait'
  | 'awaitValue'
  | 'makeAsyncAndAwait'
  | 'passFunction';

/** Array methods whose callback's result is tested for truthiness. */
const PREDICATE_EFFECTS: ReadonlyMap<string, string> = new Map([
  ['filter', 'keeps every element'],
  ['some', 'is true for any non-empty array'],
  ['every', 'is always true'],
  ['find', 'always returns the first element'],
  ['findIndex', 'always returns 0 for a non-empty array'],
  ['findLast', 'always returns the last element'],
  ['findLastIndex', 'always returns the last index'],
]);

/** Global calls that stringify or inspect their arguments: the sinks known without type information. */
const UNTYPED_SINKS: ReadonlySet<string> = new Set([
  'JSON.stringify',
  'String',
  'Object.keys',
  'Object.values',
  'Object.entries',
  'structuredClone',
  'console.log',
  'console.info',
  'console.warn',
  'console.error',
  'console.debug',
  'console.dir',
  'console.table',
]);

const MAX_EXPRESSION_LENGTH = 40;

export default createRule<Options, MessageId>({
  name: 'no-floating-promise-result',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow using a promise where the value it resolves to is meant, and loops that wait for a promise synchronously',
      recommended: true,
      requiresTypeChecking: true,
    },
    fixable: 'code',
    hasSuggestions: true,
    messages: {
      memberAccess: '`{{expression}}` is a promise: `{{access}}` reads the promise object, not the value it resolves to. {{advice}}',
      memberWrite: '`{{expression}}` is a promise: `{{access}}` is set on the promise object, not on the value it resolves to. {{advice}}',
      destructuring:
        '`{{expression}}` is a promise: destructuring it reads the promise object, not the value it resolves to. {{advice}}',
      spread: '`{{expression}}` is a promise: spreading it {{effect}}. {{advice}}',
      iteration: '`{{expression}}` is a promise: `for … of` over it throws a TypeError, as a promise is not iterable. {{advice}}',
      template: '`{{expression}}` is a promise: in a template literal it becomes "[object Promise]", not the value it resolves to. {{advice}}',
      concatenation: '`{{expression}}` is a promise: `{{operator}}` turns it into "[object Promise]", not the value it resolves to. {{advice}}',
      arithmetic: '`{{expression}}` is a promise: `{{operator}}` computes with the promise object (NaN), not the value it resolves to. {{advice}}',
      comparison: '`{{expression}}` is a promise: `{{operator}}` compares the promise object, not the value it resolves to{{outcome}}. {{advice}}',
      switchCase: '`{{expression}}` is a promise: `switch` compares the promise object, not the value it resolves to, {{outcome}}. {{advice}}',
      condition: '`{{expression}}` is a promise, which is always truthy: {{test}} never sees the value it resolves to. {{advice}}',
      nullish:
        '`{{expression}}` is a promise, which is never `null` or `undefined`: `??` always keeps it and never sees the value it resolves to. {{advice}}',
      argument:
        '`{{expression}}` is a promise, but {{parameter}} of `{{callee}}` does not take one: it gets the promise object, not the value it resolves to. {{advice}}',
      callbackArgument: '`{{expression}}` is a promise, but {{parameter}} of `{{callee}}` takes a function: {{effect}}',
      arrayPredicate:
        'This `{{method}}` callback returns a promise, which is always truthy, so `{{method}}` {{effect}}. Await the checks first (`const results = await Promise.all(items.map(async (item) => …))`), then `{{method}}` with the results.',
      busyWait:
        'This loop never ends: `{{name}}` only changes in {{writer}}, which cannot run until this synchronous loop gives control back to the event loop. Await the promise (or the event) instead of polling `{{name}}`.',
      awaitValue: 'Await `{{expression}}`.',
      makeAsyncAndAwait: 'Make {{fn}} `async` and await `{{expression}}`.',
      passFunction: 'Pass `() => {{expression}}`, a function that returns the promise.',
    },
    schema: [
      {
        type: 'object',
        description: 'Options for no-floating-promise-result.',
        additionalProperties: false,
        properties: {
          allowAsArgumentTo: specifierListSchema(
            'Functions that take a promise on purpose even though their parameter type does not say so (loggers, serialisers that await), as typescript-eslint specifiers: a name, or `{ from: "package", package, name }`, `{ from: "file", name, path }`, `{ from: "lib", name }`.',
          ),
          checkConditions: {
            type: 'boolean',
            description:
              'Report promises tested for truthiness or nullishness (`if (p)`, `p ? a : b`, `!p`, `p && x`, `p ?? x`, loop tests, `Boolean(p)`, truthiness assertions such as `assert(p)`) and async callbacks given to array predicates (`filter`, `some`, `every`, `find` …).',
          },
          checkArguments: {
            type: 'boolean',
            description:
              'Report promises passed to a parameter that does not take one, including the `any`/`unknown` parameters of the default library, Node built-ins and known sinks (`JSON.stringify(p)`, `console.log(p)`, `res.json(p)`).',
          },
          checkBusyWait: {
            type: 'boolean',
            description:
              'Report synchronous loops whose condition waits for a variable or field that only a promise callback, a timer or event callback, or an async function sets: they never end.',
          },
          autofix: {
            type: 'boolean',
            description:
              'Insert `await` as an autofix where it is allowed (an async function, or the top level of an ES module); when false, it is offered as a suggestion.',
          },
        },
      },
    ],
    defaultOptions: [
      {
        allowAsArgumentTo: [],
        checkConditions: true,
        checkArguments: true,
        checkBusyWait: true,
        autofix: true,
      },
    ],
  },
  create(context, [options]) {
    const sourceCode = context.sourceCode;
    const typeInfo = getTypeInfo(context);
    const hooks = createTypeHooks(typeInfo);
    const allowAsArgumentTo = options.allowAsArgumentTo ?? [];
    const cwd = typeInfo?.program.getCurrentDirectory() ?? context.cwd;
    const initializerTargets = new Map<TSESLint.Scope.Variable, TSESTree.Expression | null>();
    const allPartsThenable = new WeakMap<ts.Type, boolean>();
    const strictNullChecks = typeInfo !== undefined && isStrictCompilerOptionEnabled(typeInfo.program.getCompilerOptions(), 'strictNullChecks');
    let topLevelAwait: boolean | undefined;
    let typesChecked: boolean | undefined;

    const checkSite = (site: TSESTree.Node): void => {
      for (const use of valueUsesAt(site)) {
        // An argument may turn out to be a condition (`assert(p)`), which `examine` checks against the options again.
        if (!kindIsChecked(use.kind) && !(use.kind === 'argument' && kindIsChecked('condition'))) continue;
        for (const source of valueSources(use.operand)) {
          const finding = examine(source, use);
          if (finding) reportValueUse(source, finding);
        }
      }
    };
    const checkLoop = (loop: LoopNode): void => {
      checkSite(loop);
      if (options.checkBusyWait !== false) checkBusyWait(loop);
    };

    return {
      MemberExpression: checkSite,
      VariableDeclarator: checkSite,
      AssignmentExpression: checkSite,
      AssignmentPattern: checkSite,
      SpreadElement: checkSite,
      ForOfStatement: checkSite,
      TemplateLiteral: checkSite,
      BinaryExpression: checkSite,
      UnaryExpression: checkSite,
      LogicalExpression: checkSite,
      ConditionalExpression: checkSite,
      IfStatement: checkSite,
      SwitchStatement: checkSite,
      SwitchCase: checkSite,
      NewExpression: checkSite,
      CallExpression(node): void {
        checkSite(node);
        if (options.checkConditions !== false) checkArrayPredicate(node);
      },
      WhileStatement: checkLoop,
      DoWhileStatement: checkLoop,
      ForStatement: checkLoop,
    };

    // How it finds it: syntax picks the use sites and the expressions they use, filters out what
    // cannot be a promise, and only then asks the checker for the type of those expressions.

    function kindIsChecked(kind: ValueUseKind): boolean {
      if (kind === 'condition' || kind === 'nullish') return options.checkConditions !== false;
      if (kind === 'argument') return options.checkArguments !== false;
      return true;
    }

    /** The message for `node` used as `siteUse`, or undefined when it is not a promise used as its value. */
    function examine(node: TSESTree.Node, siteUse: ValueUse): Finding | undefined {
      if (!mayBeThenable(node, sourceCode) || isIdentityComparison(node, siteUse)) return undefined;
      if (!typeInfo) return kindIsChecked(siteUse.kind) && isCertainlyPromise(node, sourceCode) ? describeUntypedUse(node, siteUse) : undefined;
      // A presence check of what may be absent by syntax needs no question to the checker. (Whether
      // the test guards a use as a promise is asked only of thenables: walking the guarded code of
      // every test costs more than the type questions it would save.)
      if (isExistenceTest(siteUse) && mayBeMissingBySyntax(node)) return undefined;
      const tsNode = typeInfo.services.esTreeNodeToTSNodeMap.get(node);
      if (cannotBeThenable(typeInfo, tsNode as ts.Expression)) return undefined;
      // `/** @type {unknown} */ (p)` in JavaScript: the author's word, as `p as unknown` is.
      const cast = jsDocCastAround(tsNode);
      if (cast && !isThenable(typeInfo, cast, typeInfo.checker.getTypeAtLocation(cast))) return undefined;
      if (siteUse.kind === 'argument' && callsUntypedFunction(siteUse)) return undefined;
      // Whether an argument goes to an assertion takes resolving the call, so it is asked only of a thenable.
      const argumentType = siteUse.kind === 'argument' ? thenableType(node, keepsNullable(siteUse)) : undefined;
      if (siteUse.kind === 'argument' && !argumentType && !typedAsAnyThoughCertainlyPromise(node)) return undefined;
      const use = asAssertedCondition(siteUse);
      if (!kindIsChecked(use.kind) || (use !== siteUse && mayBeMissingBySyntax(node))) return undefined;
      const existenceTest = isExistenceTest(use);
      const type = use === siteUse && siteUse.kind === 'argument' ? argumentType : thenableType(node, keepsNullable(use));
      if (!type) return typedAsAnyThoughCertainlyPromise(node) ? describeUntypedUse(node, use) : undefined;
      if (existenceTest && (mayBeMissing(node) || guardsPromiseUse(node, use))) return undefined;
      return describeTypedUse(node, use, type);
    }

    /**
     * `from(p)` of a module the compiler cannot find, a call of an untyped value: no parameter says
     * what it takes, so no argument of it is reported (as `judgeParameter` finds, but without the
     * checker typing the argument first). A global sink that JavaScript knows without types
     * (`JSON.stringify`, `console.log`) is left to `untypedArgumentFinding`.
     */
    function callsUntypedFunction(use: ValueUse): boolean {
      const call = use.site as TSESTree.CallExpression | TSESTree.NewExpression;
      if (!typeInfo || UNTYPED_SINKS.has(globalCalleeName(call) ?? '')) return false;
      return callsUntypedCallee(typeInfo, typeInfo.services.esTreeNodeToTSNodeMap.get(call) as ts.CallExpression | ts.NewExpression);
    }

    /**
     * `assert(p)`, `assert.ok(p)`, `invariant(p)`: an argument to the parameter of an `asserts value`
     * signature is tested for truthiness, as `if (!p) throw …` does, and is judged as that condition.
     */
    function asAssertedCondition(use: ValueUse): ValueUse {
      if (use.kind !== 'argument' || !typeInfo) return use;
      const call = use.site as TSESTree.CallExpression | TSESTree.NewExpression;
      const index = call.arguments.indexOf(use.operand as TSESTree.CallExpressionArgument);
      return assertsTruthiness(typeInfo, call, index) ? { ...use, kind: 'condition' } : use;
    }

    /**
     * A call of an async function of this file that the checker types `any` (a recursive one, whose
     * return type it cannot infer: `async function walk(n) { return walk(n - 1).length; }`): a
     * promise all the same, as without type information.
     */
    function typedAsAnyThoughCertainlyPromise(node: TSESTree.Node): boolean {
      return !!typeInfo && isCertainlyPromise(node, sourceCode) && (typeInfo.services.getTypeAtLocation(node).flags & ts.TypeFlags.Any) !== 0;
    }

    /** `if (p)`, `!p`, `p ?? x`, `p === undefined`, `p != null`: whether the value is there at all. */
    function isExistenceTest(use: ValueUse): boolean {
      if (use.kind === 'condition' || use.kind === 'nullish') return true;
      if (use.kind !== 'comparison') return false;
      const site = use.site as TSESTree.BinaryExpression;
      return EQUALITY_OPERATORS.has(site.operator) && isNullishLiteral(site.left === use.operand ? site.right : site.left);
    }

    /**
     * A presence check of a variable or field before using it as a promise: the code the test
     * guards chains it (`ret && typeof ret.then === 'function'`, `p != null && p.then(…)`,
     * `if (p) p.catch(…)`, TypeScript's compiled `p?.catch(…)`:
     * `(_a = p) === null || _a === void 0 ? void 0 : _a.catch(…)`), returns or awaits it
     * (`if (this.pending) return this.pending;`), or sets it (memoising: `if (p == null) p = start();`,
     * `p ?? (p = start())`).
     */
    function guardsPromiseUse(node: TSESTree.Node, use: ValueUse): boolean {
      const names = new Set<string>();
      if (node.type === AST_NODE_TYPES.Identifier || node.type === AST_NODE_TYPES.MemberExpression) names.add(sourceCode.getText(node));
      else if (node.type === AST_NODE_TYPES.AssignmentExpression && node.operator === '=') {
        names.add(sourceCode.getText(node.left)).add(sourceCode.getText(node.right));
      } else return false;
      return guardedBy(use).some((region) => someNode(region, sourceCode.visitorKeys, (inner) => usesAsPromise(inner, names)));
    }

    /** The code a test guards: up through `&&`, `||`, `??` (their right operands), to the branches of an `if` or `?:`. */
    function guardedBy(use: ValueUse): TSESTree.Node[] {
      const regions: TSESTree.Node[] = [];
      let test: TSESTree.Node = use.kind === 'comparison' || use.site.type === AST_NODE_TYPES.UnaryExpression ? use.site : use.operand;
      for (let parent = test.parent; parent !== undefined; test = parent, parent = parent.parent) {
        if (parent.type === AST_NODE_TYPES.LogicalExpression) {
          if (parent.left === test) regions.push(parent.right);
        } else if ((parent.type === AST_NODE_TYPES.IfStatement || parent.type === AST_NODE_TYPES.ConditionalExpression) && parent.test === test) {
          regions.push(parent.consequent, ...(parent.alternate ? [parent.alternate] : []));
          break;
        } else {
          break;
        }
      }
      return regions;
    }

    /** `p.then(…)` (or `catch`/`finally`), `return p`, `await p`, `p = …` of an expression written as one of `names`. */
    function usesAsPromise(node: TSESTree.Node, names: ReadonlySet<string>): boolean {
      switch (node.type) {
        case AST_NODE_TYPES.MemberExpression:
          return isPromiseMember(node) && names.has(sourceCode.getText(node.object));
        case AST_NODE_TYPES.ReturnStatement:
        case AST_NODE_TYPES.AwaitExpression:
          return node.argument !== null && node.argument !== undefined && names.has(sourceCode.getText(node.argument));
        case AST_NODE_TYPES.AssignmentExpression:
          return names.has(sourceCode.getText(node.left));
        default:
          return false;
      }
    }

    /**
     * Whether a value typed as a promise may still be missing at run time, so that testing it is a
     * presence check: without `strictNullChecks` no type rules out `null`/`undefined`, so only a call
     * of an `async` function is certainly there; with it, an element access, a parameter, a variable
     * declared without an initialiser (`let ready: Promise<void>;`) and the like (`mayBeAbsent`), a
     * field that may be unset (`isFieldMaybeUnset`), or a key of an index signature (`readsIndexSignature`).
     */
    function mayBeMissing(node: TSESTree.Node): boolean {
      if (!typeInfo) return false;
      if (!strictNullChecks) return !isCertainlyPromise(node, sourceCode) && !callsAsyncFunction(node);
      return mayBeAbsent(node, sourceCode) || isFieldMaybeUnset(node) || readsIndexSignature(node);
    }

    /** `cache.alice` of a `Record<string, Promise<User>>`: a key of an index signature, there or not whatever the type says, as `cache[key]` is. */
    function readsIndexSignature(node: TSESTree.Node): boolean {
      const member = node.type === AST_NODE_TYPES.TSNonNullExpression ? node.expression : node;
      if (!typeInfo || member.type !== AST_NODE_TYPES.MemberExpression || member.computed || member.property.type !== AST_NODE_TYPES.Identifier) {
        return false;
      }
      const checker = typeInfo.checker;
      const objectType = checker.getApparentType(checker.getNonNullableType(typeInfo.services.getTypeAtLocation(member.object)));
      return checker.getPropertyOfType(objectType, member.property.name) === undefined && checker.getIndexInfosOfType(objectType).length > 0;
    }

    /** The part of `mayBeMissing` that syntax shows, tested before asking the checker for a type. */
    function mayBeMissingBySyntax(node: TSESTree.Node): boolean {
      return strictNullChecks && mayBeAbsent(node, sourceCode);
    }

    function callsAsyncFunction(node: TSESTree.Node): boolean {
      if (!typeInfo || node.type !== AST_NODE_TYPES.CallExpression || node.optional) return false;
      const call = typeInfo.services.esTreeNodeToTSNodeMap.get(node);
      const declaration = typeInfo.checker.getResolvedSignature(call)?.getDeclaration();
      return declaration !== undefined && ts.isFunctionLike(declaration) && (ts.getCombinedModifierFlags(declaration) & ts.ModifierFlags.Async) !== 0;
    }

    /** `this.conn` of a field some declaration of which leaves it unset (`leavesFieldUnset`). */
    function isFieldMaybeUnset(node: TSESTree.Node): boolean {
      const member = node.type === AST_NODE_TYPES.TSNonNullExpression ? node.expression : node;
      if (!typeInfo || member.type !== AST_NODE_TYPES.MemberExpression || member.computed) return false;
      const symbol = typeInfo.checker.getSymbolAtLocation(typeInfo.services.esTreeNodeToTSNodeMap.get(member.property));
      return symbol?.declarations?.some(leavesFieldUnset) ?? false;
    }

    /** Conditions and `=== undefined` legitimately test a promise that may be absent; other uses look past `null`/`undefined`. */
    function keepsNullable(use: ValueUse): boolean {
      if (use.kind === 'condition' || use.kind === 'nullish') return true;
      return use.kind === 'comparison' && EQUALITY_OPERATORS.has((use.site as TSESTree.BinaryExpression).operator);
    }

    /** The node's type when every member of it is a thenable (after removing `null`/`undefined` unless told). */
    function thenableType(node: TSESTree.Node, keepNullable: boolean): ts.Type | undefined {
      if (!typeInfo) return undefined;
      const tsNode = typeInfo.services.esTreeNodeToTSNodeMap.get(node);
      const full = getConstrainedTypeAtLocation(typeInfo.services, node);
      const type = keepNullable ? full : typeInfo.checker.getNonNullableType(full);
      let thenable = allPartsThenable.get(type);
      if (thenable === undefined) {
        const parts = unionConstituents(type);
        thenable = !(type.flags & ts.TypeFlags.Never) && parts.length > 0 && parts.every((part) => isThenable(typeInfo, tsNode, part));
        allPartsThenable.set(type, thenable);
      }
      return thenable ? type : undefined;
    }

    function describeTypedUse(node: TSESTree.Node, use: ValueUse, type: ts.Type): Finding | undefined {
      const site = use.site;
      switch (use.kind) {
        case 'member': {
          const member = site as TSESTree.MemberExpression;
          if (memberExistsOn(member, type)) return undefined; // a thenable's own API (a query builder's `.where`)
          if (!valueMayHaveMember(node, member, type)) return undefined; // the promise decorated (`promise.cancel = …`), not its value read
          return { messageId: isWriteTarget(member) ? 'memberWrite' : 'memberAccess', data: { access: accessText(member) } };
        }
        case 'destructuring':
          return patternFitsThenable(site, type) || !valueMayFitPattern(node, site, type) ? undefined : { messageId: 'destructuring', data: {} };
        case 'spread':
        case 'iteration':
          return spreadFinding(site, type);
        case 'template':
        case 'concatenation':
        case 'arithmetic':
          return hasOwnConversion(type, TEXT_CONVERSIONS) ? undefined : operatorFinding(use);
        case 'comparison':
          if (isExistenceTest(use)) return settlesToNothing(type) ? undefined : comparisonFinding(node, use);
          return convertsOperands(use) && hasOwnConversion(type, TEXT_CONVERSIONS) ? undefined : comparisonFinding(node, use);
        case 'switch':
          return switchFinding(use);
        case 'condition':
        case 'nullish':
          return settlesToNothing(type) ? undefined : conditionFinding(use);
        case 'argument':
          return argumentFinding(use, type);
      }
    }

    /**
     * A thenable of nothing (`Promise<void>`, `Promise<undefined | null>`): testing its value would
     * always go one way, so a test of it can only mean "is it there" (`if (!pending) throw …`), and
     * awaiting it would turn the branch around.
     */
    function settlesToNothing(type: ts.Type): boolean {
      if (!typeInfo) return false;
      const awaited = typeInfo.checker.getAwaitedType(type);
      const parts = awaited ? unionConstituents(awaited) : [];
      return parts.length > 0 && parts.every((part) => part.flags & (ts.TypeFlags.Void | ts.TypeFlags.Undefined | ts.TypeFlags.Null));
    }

    /** `<`, `>=` …, and `==`/`!=` with a primitive: the operands are converted (`valueOf`, `Symbol.toPrimitive`). */
    function convertsOperands(use: ValueUse): boolean {
      const operator = (use.site as TSESTree.BinaryExpression).operator;
      return operator === '==' || operator === '!=' || !EQUALITY_OPERATORS.has(operator);
    }

    /** Without type information: only `async` functions of this file are known to return promises. */
    function describeUntypedUse(node: TSESTree.Node, use: ValueUse): Finding | undefined {
      switch (use.kind) {
        case 'member': {
          const member = use.site as TSESTree.MemberExpression;
          // `promise.cancel = …`: decorating the promise; without types nothing says the value has `cancel`.
          if (isWriteTarget(member)) return undefined;
          const symbol = member.computed ? wellKnownSymbolName(member.property) : undefined;
          // A member every promise has: `p.constructor`, `p.toString()`, `p[Symbol.toStringTag]`.
          if (symbol !== undefined ? symbol === 'toStringTag' : OBJECT_MEMBERS.has(staticMemberName(member) ?? '')) return undefined;
          return { messageId: 'memberAccess', data: { access: accessText(member) } };
        }
        case 'destructuring':
          return { messageId: 'destructuring', data: {} };
        case 'spread':
        case 'iteration':
          return spreadFinding(use.site, undefined);
        case 'template':
        case 'concatenation':
        case 'arithmetic':
          return operatorFinding(use);
        case 'comparison':
          return comparisonFinding(node, use);
        case 'switch':
          return switchFinding(use);
        case 'condition':
        case 'nullish':
          return conditionFinding(use);
        case 'argument':
          return untypedArgumentFinding(use);
      }
    }

    /**
     * The types the thenable `node` settles to, without `null`/`undefined`; undefined when that is not
     * known (`unknown`, an unconstrained type parameter, a `then` the checker cannot read, an `any`
     * that says nothing).
     */
    function settledParts(node: TSESTree.Node, type: ts.Type): ts.Type[] | undefined {
      if (!typeInfo) return undefined;
      const checker = typeInfo.checker;
      const awaited = checker.getAwaitedType(type);
      if (!awaited) return undefined;
      const parts = unionConstituents(checker.getNonNullableType(awaited)).map((part) =>
        part.flags & ts.TypeFlags.TypeParameter ? (checker.getBaseConstraintOfType(part) ?? part) : part,
      );
      if (parts.length === 0 || parts.some((part) => part.flags & (ts.TypeFlags.Unknown | ts.TypeFlags.Never | ts.TypeFlags.TypeParameter))) {
        return undefined;
      }
      // An `any` value in JavaScript that TypeScript does not check (no `checkJs`, no `// @ts-check`) says nothing: there a promise is
      // often decorated with members TypeScript cannot see (`Object.assign(promise, { resolve })`,
      // `promise.clear = …` of execa, p-timeout, got), and reading them is what is meant.
      // Nor does the `any` TypeScript fills in for a JavaScript promise nobody typed (`new Promise(…)`
      // without a type argument, returned by an untyped function): pg-boss's `delay()` adds `abort`.
      if (
        parts.some(isAnyType) &&
        (!(typesChecked ??= typesAreChecked(context.filename, sourceCode, typeInfo)) ||
          settlesToInferredAny(checker, typeInfo.services.esTreeNodeToTSNodeMap.get(node) as ts.Expression))
      ) {
        return undefined;
      }
      return parts;
    }

    function isAnyType(part: ts.Type): boolean {
      return (part.flags & ts.TypeFlags.Any) !== 0;
    }

    /**
     * Whether the settled value may have the member `member` reads or writes, so that the value is
     * what is meant: a member of the value's type, or any member read from an `any` value
     * (`res.json().items`). A write needs the value's type to declare the member:
     * `promise.cancel = () => …` decorates the promise.
     * No type for the value (`unknown`, or the `any` of a decorated promise: `p.resolve()` of a
     * deferred built with `Object.assign(promise, methods)`), or one without the member: the promise
     * object is meant, and `await` would not make the access right.
     */
    function valueMayHaveMember(node: TSESTree.Node, member: TSESTree.MemberExpression, type: ts.Type): boolean {
      const parts = settledParts(node, type);
      if (!parts || !typeInfo) return false;
      const name = memberKeyName(member);
      if (name === undefined || parts.some(isAnyType)) return !isWriteTarget(member);
      return parts.some((part) => hasMember(part, name));
    }

    /** Whether the value may have some property the pattern takes apart (any, for an array pattern of an iterable). */
    function valueMayFitPattern(node: TSESTree.Node, site: TSESTree.Node, type: ts.Type): boolean {
      const parts = settledParts(node, type);
      if (!parts || !typeInfo) return false;
      if (parts.some(isAnyType)) return true;
      const pattern = destructuringPattern(site);
      if (pattern.type === AST_NODE_TYPES.ArrayPattern) return parts.some((part) => isIterable(part));
      if (pattern.type !== AST_NODE_TYPES.ObjectPattern) return true;
      return pattern.properties.some((property) => {
        if (property.type === AST_NODE_TYPES.RestElement || property.computed) return true;
        const key = propertyKeyName(property);
        return parts.some((part) => hasMember(part, key));
      });
    }

    /**
     * A property of the type (of its apparent type, for a primitive: `length` of a string), or a key of
     * an index signature: any name of a string one, only a numeric name (`0`) of a number one (an
     * array has no `abort`).
     */
    function hasMember(part: ts.Type, name: string): boolean {
      if (!typeInfo) return false;
      const checker = typeInfo.checker;
      const apparent = checker.getApparentType(part);
      if (propertyOf(apparent, name) !== undefined) return true;
      if (name.startsWith('__@')) return false;
      return checker.getIndexInfosOfType(apparent).some(({ keyType }) =>
        keyType.flags & ts.TypeFlags.Number ? String(Number(name)) === name : (keyType.flags & (ts.TypeFlags.String | ts.TypeFlags.TemplateLiteral)) !== 0,
      );
    }

    /**
     * The property a member access names, as the checker keys it: `p.x`, `p['x']`, `p[0]`, and
     * `p[KEY]` of a `const` string or number or of a unique symbol (its escaped name); undefined otherwise.
     */
    function memberKeyName(member: TSESTree.MemberExpression): string | undefined {
      const name = staticMemberName(member);
      if (name !== undefined || !member.computed || !typeInfo) return name;
      const keyType = typeInfo.services.getTypeAtLocation(member.property);
      if (keyType.isStringLiteral() || keyType.isNumberLiteral()) return String(keyType.value);
      return keyType.flags & ts.TypeFlags.UniqueESSymbol ? String((keyType as ts.UniqueESSymbolType).escapedName) : undefined;
    }

    function memberExistsOn(member: TSESTree.MemberExpression, type: ts.Type): boolean {
      if (!typeInfo) return false;
      const checker = typeInfo.checker;
      const name = memberKeyName(member);
      if (name === undefined) {
        if (member.property.type === AST_NODE_TYPES.PrivateIdentifier) return true;
        const symbolName = wellKnownSymbolName(member.property);
        if (symbolName !== undefined) {
          // `p[Symbol.toStringTag]`: a promise's own member
          return unionConstituents(type).every((part) => getWellKnownSymbolPropertyOfType(part, symbolName, checker) !== undefined);
        }
        return unionConstituents(type).every((part) => checker.getIndexInfosOfType(part).length > 0);
      }
      return unionConstituents(type).every((part) => propertyOf(part, name) !== undefined);
    }

    /** The property `name` of `type`; a unique symbol's escaped name (`__@KEY@13`) is looked up as it is, not escaped again. */
    function propertyOf(type: ts.Type, name: string): ts.Symbol | undefined {
      if (!typeInfo) return undefined;
      if (!name.startsWith('__@')) return typeInfo.checker.getPropertyOfType(type, name);
      return typeInfo.checker.getPropertiesOfType(type).find((property) => property.escapedName === name);
    }

    /** `toStringTag` of `Symbol.toStringTag` (the global `Symbol`, not shadowed). */
    function wellKnownSymbolName(key: TSESTree.Node): string | undefined {
      if (
        key.type !== AST_NODE_TYPES.MemberExpression ||
        key.computed ||
        key.object.type !== AST_NODE_TYPES.Identifier ||
        key.object.name !== 'Symbol' ||
        key.property.type !== AST_NODE_TYPES.Identifier ||
        variableOf(key.object, sourceCode)
      ) {
        return undefined;
      }
      return key.property.name;
    }

    function patternFitsThenable(site: TSESTree.Node, type: ts.Type): boolean {
      const pattern = destructuringPattern(site);
      if (pattern.type === AST_NODE_TYPES.ArrayPattern) return isIterable(type);
      if (pattern.type !== AST_NODE_TYPES.ObjectPattern || !typeInfo) return false;
      const checker = typeInfo.checker;
      return pattern.properties.every((property) => {
        if (property.type === AST_NODE_TYPES.RestElement || property.computed) return false;
        const key = propertyKeyName(property);
        return unionConstituents(type).every((part) => checker.getPropertyOfType(part, key) !== undefined);
      });
    }

    function isIterable(type: ts.Type): boolean {
      if (!typeInfo) return false;
      const checker = typeInfo.checker;
      return unionConstituents(type).every((part) => getWellKnownSymbolPropertyOfType(part, 'iterator', checker) !== undefined);
    }

    /** A `toString`/`valueOf` (or `toJSON`) of its own (a query builder printing its SQL) makes text, numbers and JSON meaningful. */
    function hasOwnConversion(type: ts.Type, names: readonly string[]): boolean {
      if (!typeInfo) return false;
      const { checker, program } = typeInfo;
      return unionConstituents(type).some((part) =>
        names.some((name) => {
          const property = name.startsWith('@@')
            ? getWellKnownSymbolPropertyOfType(part, name.slice(2), checker)
            : checker.getPropertyOfType(part, name);
          const declaration = property?.declarations?.[0];
          return declaration !== undefined && !program.isSourceFileDefaultLibrary(declaration.getSourceFile());
        }),
      );
    }

    function spreadFinding(site: TSESTree.Node, type: ts.Type | undefined): Finding | undefined {
      if (site.type === AST_NODE_TYPES.ForOfStatement) {
        return type && isIterable(type) ? undefined : { messageId: 'iteration', data: {} };
      }
      if (site.parent?.type === AST_NODE_TYPES.ObjectExpression) {
        if (type && !isPlainPromise(type)) return undefined;
        return { messageId: 'spread', data: { effect: "copies the promise object's properties (none), not the value's" } };
      }
      if (type && isIterable(type)) return undefined;
      return { messageId: 'spread', data: { effect: 'throws a TypeError, as a promise is not iterable' } };
    }

    function operatorFinding(use: ValueUse): Finding {
      const site = use.site;
      if (use.kind === 'template') return { messageId: 'template', data: {} };
      const operator =
        site.type === AST_NODE_TYPES.BinaryExpression || site.type === AST_NODE_TYPES.AssignmentExpression || site.type === AST_NODE_TYPES.UnaryExpression
          ? site.operator
          : '+';
      return { messageId: use.kind === 'concatenation' ? 'concatenation' : 'arithmetic', data: { operator } };
    }

    /**
     * `p === other` compares identities unless `other` is written as a literal, `null` or
     * `undefined`. Decided by syntax, before any type question: `node.type === AST_NODE_TYPES.X`
     * is everywhere, and typing both sides of every equality would be expensive.
     */
    function isIdentityComparison(node: TSESTree.Node, use: ValueUse): boolean {
      if (use.kind !== 'comparison') return false;
      const site = use.site as TSESTree.BinaryExpression;
      if (!EQUALITY_OPERATORS.has(site.operator)) return false;
      const other = site.left === node ? site.right : site.left;
      return !isNullishLiteral(other) && !isPrimitiveLiteral(other);
    }

    function comparisonFinding(node: TSESTree.Node, use: ValueUse): Finding {
      const site = use.site as TSESTree.BinaryExpression;
      const operator = site.operator;
      const other = site.left === node ? site.right : site.left;
      if (!EQUALITY_OPERATORS.has(operator) || !isNullishLiteral(other)) return { messageId: 'comparison', data: { operator, outcome: '' } };
      return { messageId: 'comparison', data: { operator, outcome: `, so it is always \`${operator.startsWith('!') ? 'true' : 'false'}\`` } };
    }

    function switchFinding(use: ValueUse): Finding {
      if (use.site.type === AST_NODE_TYPES.SwitchCase) {
        return { messageId: 'switchCase', data: { outcome: `with \`${shortText(use.site.parent.discriminant)}\`, so this \`case\` never matches` } };
      }
      const hasDefault = (use.site as TSESTree.SwitchStatement).cases.some((branch) => branch.test === null);
      const outcome = `with each \`case\`, so none matches and ${hasDefault ? 'the `default` branch runs' : 'no branch runs'}`;
      return { messageId: 'switchCase', data: { outcome } };
    }

    function conditionFinding(use: ValueUse): Finding {
      if (use.kind === 'nullish') return { messageId: 'nullish', data: {} };
      const site = use.site;
      if (site.type === AST_NODE_TYPES.CallExpression && !isBooleanCall(site)) return { messageId: 'condition', data: { test: `the assertion \`${shortText(site.callee)}()\`` } };
      return { messageId: 'condition', data: { test: describeTest(site) } };
    }

    function argumentFinding(use: ValueUse, type: ts.Type): Finding | undefined {
      if (!typeInfo) return undefined;
      const call = use.site as TSESTree.CallExpression | TSESTree.NewExpression;
      const index = call.arguments.indexOf(use.operand as TSESTree.CallExpressionArgument);
      const parameter = judgeParameter(typeInfo, call, index);
      if (!parameter) return undefined;
      const callee = resolveCallee(call.callee, typeInfo);
      const listedSink = callee !== undefined && isListedCallee(VALUE_SINKS, callee.module, callee.name);
      // A listed sink's own type parameter takes the promise in types only (`structuredClone<T>(value: T)` throws on one).
      if (parameter.takesThenable === true && !listedSink) return undefined;
      const parameterText = parameter.name === undefined ? 'the parameter' : `parameter \`${parameter.name}\``;
      if (parameter.takesThenable === false && takesOnlyFunctions(parameter.type)) return callbackFinding(call, parameterText);
      if (parameter.takesThenable === undefined && !listedSink) return undefined;
      if (parameter.takesAnything || parameter.takesThenable !== false) {
        // Anything goes in: a sink only where the callee is known to use the value (the default
        // library, Node's built-ins, the listed sinks), not a package's or the project's own `value: any`
        // (`expect(p)` of chai, a registry's `register(name, value: unknown)`), and not for a thenable
        // that converts itself the way the sink does: `toJSON` for a serialiser, and `toString`/`valueOf`
        // for `String()`/`Number()` (`String(query)` prints a query builder's SQL).
        if (!listedSink && callee?.origin !== 'global' && callee?.origin !== 'builtin') return undefined;
        const convertsToPrimitive = callee?.origin === 'global' && (callee.name === 'String' || callee.name === 'Number');
        if (hasOwnConversion(type, convertsToPrimitive ? [...TEXT_CONVERSIONS, ...SERIALISATIONS] : SERIALISATIONS)) return undefined;
      } else if (describesOwnApi(parameter.type, type)) {
        return undefined; // `exists(subquery: SQLWrapper)` with a thenable query builder: its own API is what is passed
      }
      if (
        callee &&
        (isListedCallee(OBJECT_INSPECTIONS, callee.module, callee.name) ||
          isListedCallee(VALUE_CARRIERS, callee.module, callee.name) ||
          (callee.origin === 'builtin' && CARRIER_METHOD_NAMES.has(callee.name.slice(callee.name.lastIndexOf('.') + 1))))
      ) {
        return undefined;
      }
      if (callee && allowAsArgumentTo.length > 0 && matchesSomeSpecifier(callee, allowAsArgumentTo, cwd)) return undefined;
      // `assert.strictEqual(cached, p)`, `Object.is(a, b)`: two promises are compared or paired, as promises.
      if (call.arguments.some((other) => other !== use.operand && mayBeThenable(other, sourceCode) && thenableType(other, false))) return undefined;
      return { messageId: 'argument', data: { parameter: parameterText, callee: shortText(call.callee) } };
    }

    /** Whether the parameter takes only functions (`onfulfilled` of `then`, a listener, a callback). */
    function takesOnlyFunctions(parameterType: ts.Type): boolean {
      if (!typeInfo) return false;
      const parts = unionConstituents(typeInfo.checker.getNonNullableType(parameterType));
      return parts.length > 0 && parts.every((part) => part.getCallSignatures().length > 0);
    }

    /**
     * A promise where a function is expected: awaiting it would hand over its value, no function
     * either. `.then(p)`, `.catch(p)`, `.finally(p)` ignore it, so the chain neither waits for `p` nor
     * gets its value; what was meant is `() => p`, a suggestion, as it reads `p` later than now.
     */
    function callbackFinding(call: TSESTree.CallExpression | TSESTree.NewExpression, parameter: string): Finding {
      const callee = unwrapChain(call.callee);
      const method = callee.type === AST_NODE_TYPES.MemberExpression && isPromiseMember(callee) ? staticMemberName(callee) : undefined;
      const effect =
        method === undefined
          ? 'it gets the promise object where it calls a function. Pass a function.'
          : `\`${method}\` ignores anything but a function, so the chain neither waits for the promise nor gets its value. Pass a function that returns it.`;
      return { messageId: 'callbackArgument', data: { parameter, callee: shortText(call.callee), effect }, passFunction: method !== undefined };
    }

    /**
     * Whether some member of the parameter's type is an object type whose members the thenable has
     * (every required one, and at least one), declared by the thenable itself rather than by the
     * default library (`Promise`, `Object`): the thenable's own API, beyond `then`, is passed.
     */
    function describesOwnApi(parameterType: ts.Type, thenable: ts.Type): boolean {
      if (!typeInfo) return false;
      const { checker, program } = typeInfo;
      const has = (name: string): boolean =>
        unionConstituents(thenable).every(
          (part) =>
            checker
              .getPropertyOfType(part, name)
              ?.declarations?.some((declaration) => !program.isSourceFileDefaultLibrary(declaration.getSourceFile())) === true,
        );
      return unionConstituents(checker.getNonNullableType(parameterType)).some((part) => {
        if (!(part.flags & (ts.TypeFlags.Object | ts.TypeFlags.Intersection))) return false;
        const members = checker.getPropertiesOfType(part).filter((member) => !isPromiseMemberName(member.getName()));
        return (
          members.some((member) => has(member.getName())) &&
          members.every((member) => (member.flags & ts.SymbolFlags.Optional) !== 0 || has(member.getName()))
        );
      });
    }

    function untypedArgumentFinding(use: ValueUse): Finding | undefined {
      const call = use.site as TSESTree.CallExpression | TSESTree.NewExpression;
      const name = globalCalleeName(call);
      if (call.type !== AST_NODE_TYPES.CallExpression || name === undefined || !UNTYPED_SINKS.has(name)) return undefined;
      if (call.arguments[0] !== use.operand && !name.startsWith('console.')) return undefined;
      const value: SpecifiedValue = { module: 'globalThis', origin: 'global', name };
      if (matchesSomeSpecifier(value, allowAsArgumentTo, cwd)) return undefined;
      return { messageId: 'argument', data: { parameter: 'the parameter', callee: name } };
    }

    /** `JSON.stringify`, `console.log`, `String` when the global is not shadowed in this file. */
    function globalCalleeName(call: TSESTree.CallExpression | TSESTree.NewExpression): string | undefined {
      const callee = call.callee;
      if (callee.type === AST_NODE_TYPES.Identifier) return variableOf(callee, sourceCode) ? undefined : callee.name;
      if (
        callee.type !== AST_NODE_TYPES.MemberExpression ||
        callee.computed ||
        callee.object.type !== AST_NODE_TYPES.Identifier ||
        callee.property.type !== AST_NODE_TYPES.Identifier ||
        variableOf(callee.object, sourceCode)
      ) {
        return undefined;
      }
      return `${callee.object.name}.${callee.property.name}`;
    }

    /** `items.filter(async (item) => …)`: the callback's promise is tested for truthiness. */
    function checkArrayPredicate(call: TSESTree.CallExpression): void {
      const callee = call.callee;
      const callback = call.arguments[0];
      if (!typeInfo || callee.type !== AST_NODE_TYPES.MemberExpression || !callback) return;
      const method = staticMemberName(callee);
      const effect = method === undefined ? undefined : PREDICATE_EFFECTS.get(method);
      if (method === undefined || effect === undefined || hooks.isArrayLikeReceiver?.(callee.object) !== true) return;
      const data = { method, effect };
      if (callback.type === AST_NODE_TYPES.ArrowFunctionExpression || callback.type === AST_NODE_TYPES.FunctionExpression) {
        if (callback.async && !callback.generator) {
          context.report({ loc: functionHeadLoc(callback), messageId: 'arrayPredicate', data });
          return;
        }
        for (const result of returnedExpressions(callback)) {
          for (const source of valueSources(result)) {
            if (mayBeThenable(source, sourceCode) && !mayBeMissingBySyntax(source) && thenableType(source, true) && !mayBeMissing(source)) {
              context.report({ node: source, messageId: 'arrayPredicate', data });
            }
          }
        }
        return;
      }
      if (callback.type === AST_NODE_TYPES.SpreadElement) return;
      const tsCallback = typeInfo.services.esTreeNodeToTSNodeMap.get(callback);
      if (returnsThenable(typeInfo, tsCallback, typeInfo.checker.getTypeAtLocation(tsCallback))) {
        context.report({ node: callback, messageId: 'arrayPredicate', data });
      }
    }

    function checkBusyWait(loop: LoopNode): void {
      const busyWait = findBusyWait(loop, sourceCode, typeInfo);
      if (!busyWait || !loop.test) return;
      context.report({
        node: loop.test,
        messageId: 'busyWait',
        data: { name: busyWait.name, writer: describeWriter(busyWait.write) },
      });
    }

    // How it fixes it: `await` where the promise is used (or where a variable only ever used as a
    // value is initialised), when `await` is allowed there; in a sync function, a suggestion to make
    // it async where its callers cannot be broken by that; otherwise the message says what to do.

    function reportValueUse(node: TSESTree.Node, finding: Finding): void {
      const expression = shortText(node);
      if (finding.passFunction !== undefined) {
        // `node` is one of `valueSources`, never a sequence or `?:`: it needs no parentheses as an arrow's body.
        const body = sourceCode.getText(node);
        context.report({
          node,
          messageId: finding.messageId,
          data: { ...finding.data, expression },
          ...(finding.passFunction
            ? { suggest: [{ messageId: 'passFunction', data: { expression }, fix: (fixer) => fixer.replaceText(node, `() => ${body}`) }] }
            : {}),
        });
        return;
      }
      const plan = planAwait(node, expression);
      context.report({
        node,
        messageId: finding.messageId,
        data: { ...finding.data, expression, advice: plan.advice },
        ...(plan.fix ? { fix: plan.fix } : {}),
        ...(plan.suggest ? { suggest: plan.suggest } : {}),
      });
    }

    function planAwait(node: TSESTree.Node, expression: string): AwaitPlan {
      const initializer = node.type === AST_NODE_TYPES.Identifier ? initializerTarget(node) : undefined;
      if (initializer) {
        const plan = planAwaitAt(initializer, expression);
        if (plan.fix || plan.suggest) return plan;
      }
      return planAwaitAt(node as TSESTree.Expression, expression);
    }

    function planAwaitAt(target: TSESTree.Expression, expression: string): AwaitPlan {
      const fn = enclosingFunction(target);
      if (!fn) {
        if (!isAtTopLevel(target)) return { advice: ADVICE_NOT_HERE };
        topLevelAwait ??= topLevelAwaitAllowed(sourceCode, context.filename, typeInfo);
        return topLevelAwait ? awaitFixPlan(target, expression) : { advice: ADVICE_NOT_ESM };
      }
      if (!isWithin(target, fn.body) || awaitBlockedWithin(target, fn)) return { advice: ADVICE_NOT_HERE };
      if (fn.async) return awaitFixPlan(target, expression);
      const immediate = immediateCallbackOf(fn, hooks);
      if (immediate?.kind === 'promise-executor') return { advice: ADVICE_EXECUTOR };
      if (immediate?.kind === 'array-callback') {
        return {
          advice: `\`await\` is not allowed in this \`${immediate.method ?? 'array'}\` callback, which runs synchronously: await the promises first (\`await Promise.all(…)\`), then use the values.`,
        };
      }
      if (immediate?.kind === 'string-callback') {
        return {
          advice: `\`await\` is not allowed in this \`${immediate.method ?? 'replace'}\` callback, which runs synchronously for each match: await the values before the \`${immediate.method ?? 'replace'}\` call, then use them here.`,
        };
      }
      const description = describeFunction(fn, sourceCode);
      if (isExitListener(fn, sourceCode)) return { advice: ADVICE_AT_EXIT };
      if (!canMakeAsync(fn, sourceCode, typeInfo)) {
        return {
          advice: `\`await\` is not allowed in ${description}, which is not async, and its callers may use what it returns: make it and its callers async, or use the value in \`.then()\`.`,
        };
      }
      return {
        advice: `\`await\` is not allowed in ${description}, which is not async: make it async and await the promise, or use the value in \`.then()\`.`,
        suggest: [
          {
            messageId: 'makeAsyncAndAwait',
            data: { fn: description, expression },
            fix: (fixer) => [...makeAsyncFixes(fixer, sourceCode, fn), fixWithAwait(fixer, sourceCode, target)],
          },
        ],
      };
    }

    function awaitFixPlan(target: TSESTree.Expression, expression: string): AwaitPlan {
      if (shortCircuitsPast(target)) return { advice: ADVICE_AWAIT };
      const fix = (fixer: TSESLint.RuleFixer): TSESLint.RuleFix => fixWithAwait(fixer, sourceCode, target);
      // `total += count()`: awaited, `total` would be read before the wait and written after it.
      const splitUpdate = updateSplitByAwait(target, sourceCode);
      if (splitUpdate !== undefined) {
        const advice = `Await it, but \`${sourceCode.getText(splitUpdate)}\` would then be read before the \`await\` and written after it: a change made to it meanwhile would be lost.`;
        return { advice, suggest: [{ messageId: 'awaitValue', data: { expression }, fix }] };
      }
      if (options.autofix === false) {
        return { advice: ADVICE_AWAIT, suggest: [{ messageId: 'awaitValue', data: { expression }, fix }] };
      }
      return { advice: ADVICE_AWAIT, fix };
    }

    /**
     * `const user = getUser()` whose every use is one this rule reports: the initialiser, so that
     * the fix reads `const user = await getUser()`. Undefined when any use needs the promise, or
     * when code with possible effects may run between the declaration and the first use.
     */
    function initializerTarget(identifier: TSESTree.Identifier): TSESTree.Expression | undefined {
      const variable = variableOf(identifier, sourceCode);
      if (!variable) return undefined;
      if (!initializerTargets.has(variable)) initializerTargets.set(variable, findInitializerTarget(variable));
      return initializerTargets.get(variable) ?? undefined;
    }

    function findInitializerTarget(variable: TSESLint.Scope.Variable): TSESTree.Expression | null {
      const definition = variable.defs[0];
      if (variable.defs.length !== 1 || definition?.type !== 'Variable') return null;
      const declarator = definition.node;
      const declaration = definition.parent;
      if (
        declarator.id.type !== AST_NODE_TYPES.Identifier ||
        declarator.id.typeAnnotation ||
        !declarator.init ||
        declaration.declare ||
        (declaration.parent.type !== AST_NODE_TYPES.BlockStatement &&
          declaration.parent.type !== AST_NODE_TYPES.Program &&
          declaration.parent.type !== AST_NODE_TYPES.SwitchCase)
      ) {
        return null;
      }
      const reads = variable.references.filter((reference) => !reference.init);
      if (reads.length === 0) return null;
      const everyUseIsValue = reads.every((reference) => {
        const identifier = reference.identifier as TSESTree.Node;
        if (reference.isWrite() || isWithin(identifier, declarator) || !awaitsAlike(identifier, declarator)) return false;
        const use = valueUseOf(identifier);
        if (use === undefined || !kindIsChecked(use.kind) || !valueSources(use.operand).includes(identifier)) return false;
        const finding = examine(identifier, use);
        return finding !== undefined && finding.passFunction === undefined; // `.then(p)` needs `p` a promise still
      });
      if (!everyUseIsValue) return null;
      // `const reply = once(child, 'message'); child.send(…); reply[0]`: awaited at the declaration,
      // the wait would come before the code that settles the promise, and never end.
      if (mayRunEffectsBeforeReads(declarator, reads.map((reference) => reference.identifier as TSESTree.Node), sourceCode.visitorKeys)) return null;
      return declarator.init;
    }

    /**
     * Whether awaiting the initialiser waits where awaiting `read` would. Not when `read` is in a
     * function that runs later than the declaration (a listener; an async function reading a module's
     * promise): the initialiser's `await` would hold up what follows it, at the top level the module's
     * whole evaluation. Not when a `try` around `read` leaves the declaration out: its `catch` sees a
     * rejection only where it is awaited. A synchronous callback that runs right away (where `await`
     * is not allowed) counts as part of its function.
     */
    function awaitsAlike(read: TSESTree.Node, declarator: TSESTree.VariableDeclarator): boolean {
      const home = enclosingFunction(declarator);
      for (let node = read, parent = read.parent; parent != null; node = parent, parent = parent.parent) {
        if (parent === home) return true;
        if (isFunctionNode(parent)) {
          const immediate = parent.async ? undefined : immediateCallbackOf(parent, hooks);
          if (immediate === undefined) return false;
        } else if (parent.type === AST_NODE_TYPES.TryStatement && parent.block === node && !isWithin(declarator, node)) {
          return false;
        }
      }
      return home === undefined;
    }

    /** `a?.load().x`: awaiting `a?.load()` alone would turn the chain's short circuit into `(await undefined).x`. */
    function shortCircuitsPast(target: TSESTree.Node): boolean {
      let node: TSESTree.Node = target;
      while (
        node.parent &&
        ((node.parent.type === AST_NODE_TYPES.MemberExpression && node.parent.object === node) ||
          (node.parent.type === AST_NODE_TYPES.CallExpression && node.parent.callee === node) ||
          node.parent.type === AST_NODE_TYPES.TSNonNullExpression) // `a?.load()!.x` is still one chain
      ) {
        node = node.parent;
      }
      if (node === target || node.parent?.type !== AST_NODE_TYPES.ChainExpression) return false;
      return hasOptionalLink(target);
    }

    function describeWriter(write: DeferredWrite): string {
      switch (write.kind) {
        case 'promise-callback':
          return `a \`.${write.api ?? 'then'}\` callback`;
        case 'timer-callback':
          return `a \`${write.api ?? 'setTimeout'}\` callback`;
        case 'event-listener':
          return `an event listener (\`.${write.api ?? 'on'}\`)`;
        case 'async-function':
          return `${describeFunction(write.fn, sourceCode)} after an \`await\``;
      }
    }

    /** The callback's head, `async (item) =>`, rather than its whole body. */
    function functionHeadLoc(fn: FunctionNode): TSESTree.SourceLocation {
      const beforeBody = sourceCode.getTokenBefore(fn.body);
      return { start: fn.loc.start, end: beforeBody ? beforeBody.loc.end : fn.loc.end };
    }

    function shortText(node: TSESTree.Node): string {
      const text = sourceCode.getText(node).replace(/\s+/gu, ' ');
      return text.length > MAX_EXPRESSION_LENGTH ? `${text.slice(0, MAX_EXPRESSION_LENGTH - 1)}…` : text;
    }

    /** `.name`, `?.name`, `[0]`, `?.[key]`: the access as written, from its `.`, `?.` or `[` (not a comment or `)` before it). */
    function accessText(member: TSESTree.MemberExpression): string {
      let start = sourceCode.getTokenBefore(member.property, { filter: (token) => ['.', '?.', '['].includes(token.value) });
      if (start?.value === '[' && member.optional) start = sourceCode.getTokenBefore(start);
      const text = sourceCode.text
        .slice(start?.range[0] ?? member.object.range[1], member.range[1])
        .replace(/^[\s)]+/u, '')
        .replace(/\s+/gu, ' ');
      return text.length > MAX_EXPRESSION_LENGTH ? `${text.slice(0, MAX_EXPRESSION_LENGTH - 1)}…` : text;
    }
  },
});

interface Finding {
  messageId: MessageId;
  data: Record<string, string>;
  /** A promise where a function is expected: no `await`; true when `() => p` is what was meant (`.then(p)`). */
  passFunction?: boolean;
}

interface AwaitPlan {
  advice: string;
  fix?: TSESLint.ReportFixFunction;
  suggest?: TSESLint.SuggestionReportDescriptor<MessageId>[];
}

/** `Object.prototype`'s members, which every promise has. */
const OBJECT_MEMBERS: ReadonlySet<string> = new Set([
  'constructor',
  'toString',
  'toLocaleString',
  'valueOf',
  'hasOwnProperty',
  'isPrototypeOf',
  'propertyIsEnumerable',
]);

/**
 * The conversions that make a thenable meaningful as text or a number (`@@toPrimitive` names
 * `Symbol.toPrimitive`, which goes first), and as JSON.
 */
const TEXT_CONVERSIONS: readonly string[] = ['toString', 'valueOf', '@@toPrimitive'];
const SERIALISATIONS: readonly string[] = ['toJSON'];

const ADVICE_AWAIT = 'Await it.';
const ADVICE_AT_EXIT =
  '`await` is no cure in a `process.on(\'exit\')` listener: the process ends before a promise settles. Do this work before the process exits (in a `beforeExit` listener, or where it decides to stop).';
const ADVICE_NOT_HERE =
  '`await` is not allowed here (a class field, a static block, a parameter default, a namespace or an enum): move this into an async function.';
const ADVICE_EXECUTOR =
  '`await` is not allowed in this `new Promise` executor: return the promise chain (`….then((value) => …)`) instead of wrapping it in `new Promise`.';
const ADVICE_NOT_ESM =
  'Top-level `await` is not available: this file is not known to be an ES module. Wrap the code in an async function, or use the value in `.then()`.';

/** The key of a non-computed pattern property: `a` of `{ a }`, `'b'` of `{ 'b': x }`. */
function propertyKeyName(property: TSESTree.Property): string {
  return property.key.type === AST_NODE_TYPES.Identifier ? property.key.name : String((property.key as TSESTree.Literal).value);
}

function describeTest(site: TSESTree.Node): string {
  switch (site.type) {
    case AST_NODE_TYPES.IfStatement:
      return 'the `if` test';
    case AST_NODE_TYPES.WhileStatement:
      return 'the `while` test';
    case AST_NODE_TYPES.DoWhileStatement:
      return 'the `do … while` test';
    case AST_NODE_TYPES.ForStatement:
      return 'the `for` test';
    case AST_NODE_TYPES.ConditionalExpression:
      return 'the `?:` test';
    case AST_NODE_TYPES.UnaryExpression:
      return '`!`';
    case AST_NODE_TYPES.LogicalExpression:
      return `\`${site.operator}\``;
    default:
      return '`Boolean()`';
  }
}

/**
 * A declaration of a field that leaves it unset whatever its type says: without an initialiser
 * (`conn!: Promise<Db>`, `conn: Promise<Db>;`, JavaScript's `this.conn;` under a JSDoc `@type`),
 * with nothing in it (`conn: Promise<Db> = null!`, JavaScript's `this.conn = null` under a JSDoc
 * `@type`, which, not the assignment, gives the field its type), or a parameter property (a
 * JavaScript caller may leave it out).
 */
function leavesFieldUnset(declaration: ts.Declaration): boolean {
  if (ts.isParameter(declaration)) return true;
  if (ts.isPropertyDeclaration(declaration)) return declaration.initializer === undefined || isNullishExpression(declaration.initializer);
  // In JavaScript `this.conn = …` and `this.conn;` declare the field.
  const access = ts.isBinaryExpression(declaration) ? declaration.left : declaration;
  if (!ts.isPropertyAccessExpression(access)) return false;
  const parent = access.parent;
  if (ts.isExpressionStatement(parent)) return true;
  return ts.isBinaryExpression(parent) && parent.left === access && parent.operatorToken.kind === ts.SyntaxKind.EqualsToken && isNullishExpression(parent.right);
}

/** `null`, `undefined`, `void 0`, through parentheses, `!` and casts (`null!`, `undefined as any`). */
function isNullishExpression(expression: ts.Expression): boolean {
  const inner = skipOuterExpressions(expression);
  return inner.kind === ts.SyntaxKind.NullKeyword || (ts.isIdentifier(inner) && inner.text === 'undefined') || ts.isVoidExpression(inner);
}

/** The expressions a callback returns: its expression body, or the arguments of its own `return`s. */
function returnedExpressions(fn: FunctionNode): TSESTree.Expression[] {
  if (fn.body.type !== AST_NODE_TYPES.BlockStatement) return [fn.body];
  const results: TSESTree.Expression[] = [];
  someOwnReturn(fn.body, (argument) => {
    if (argument) results.push(argument);
    return false;
  });
  return results;
}

/** Whether `node`'s own chain (`a?.b().c`, `a?.b()!`: a non-null assertion does not end it) has an optional link. */
function hasOptionalLink(node: TSESTree.Node): boolean {
  let current = node;
  for (;;) {
    if (current.type === AST_NODE_TYPES.MemberExpression) {
      if (current.optional) return true;
      current = current.object;
    } else if (current.type === AST_NODE_TYPES.CallExpression) {
      if (current.optional) return true;
      current = current.callee;
    } else if (current.type === AST_NODE_TYPES.TSNonNullExpression) {
      current = current.expression;
    } else {
      return false;
    }
  }
}

