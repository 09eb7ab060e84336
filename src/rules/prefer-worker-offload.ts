import { isBuiltin } from 'node:module';
import { AST_NODE_TYPES, ASTUtils, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import ts from 'typescript';
import { createRule } from '../create-rule.js';
import { findBlockingApi } from '../catalog/blocking-apis.js';
import { CPU_HEAVY_APIS, cpuHeavyApiName, findCpuHeavyApi, type CpuHeavyApi } from '../catalog/cpu-heavy-apis.js';
import { findAsyncSibling } from '../analysis/async-sibling.js';
import { createCloneChecker, describeCloneProblem } from '../analysis/cloneable.js';
import { parameterWrittenThrough } from '../analysis/parameter-writes.js';
import { thrownClassOf } from '../analysis/thrown-classes.js';
import { describeFunction, writtenShort } from '../analysis/describe-function.js';
import { isFunctionNode, isPerElementCallback, skipTypeWrappers, type AsyncPath } from '../analysis/execution-context.js';
import { createLoopAnalysis } from '../analysis/hot-loop.js';
import { createModuleStateFinder } from '../analysis/module-state.js';
import { calleeExportOf } from '../analysis/imported-export.js';
import { BLOCKING_SCOPE_DEFAULTS, BLOCKING_SCOPE_OPTION_SCHEMAS, findCheckedAsyncPath, isExemptModule, type BlockingScopeOptions } from '../analysis/blocking-scope.js';
import { trackCalls } from '../analysis/module-references.js';
import { calleeName, calleeNameNode, resolveCallee, type ResolvedCallee } from '../analysis/resolve-callee.js';
import { calleeNamesWorthResolving, type CalleeNames } from '../analysis/callee-names.js';
import { typesAreChecked } from '../analysis/checked-javascript.js';
import { matchesSomeSpecifier, specifiedNames, specifierListSchema, type SpecifiedValue, type TypeOrValueSpecifier } from '../analysis/specifiers.js';
import { isThenable } from '../analysis/thenable.js';
import { createTypeHooks } from '../analysis/type-hooks.js';
import { getTypeInfo } from '../analysis/type-info.js';
import { fixWithAwait, replacementText, splitUpdateExplanation, updateSplitByAwait } from '../fix/await.js';
import { moduleSyntaxOf, planNamedImport } from '../fix/imports.js';

// What it reports: CPU-heavy synchronous work on an async path that no async API can take over —
// calls of functions marked `@cpuHeavy` or named in options, catalogued library calls, and inline
// loops with a large constant trip count — and how to move it to a worker thread.

export type Options = [
  {
    functions?: TypeOrValueSpecifier[];
    tags?: string[];
    allow?: TypeOrValueSpecifier[];
    loopThreshold?: number;
    checkLoops?: boolean;
    offloadHelper?: { module: string; name: string; restoresBuffers?: boolean };
  } & BlockingScopeOptions,
];

export type MessageId = 'cpuHeavyCall' | 'cpuHeavyCallNoFix' | 'hotLoop' | 'offloadToWorker';

/** A name `import { name }` can bind: an identifier that is not a reserved word of strict-mode modules. */
const HELPER_NAME_PATTERN =
  '^(?!(?:arguments|await|break|case|catch|class|const|continue|debugger|default|delete|do|else|enum|eval|export|extends|false|finally|for|function|if|implements|import|in|instanceof|interface|let|new|null|package|private|protected|public|return|static|super|switch|this|throw|true|try|typeof|var|void|while|with|yield)$)[A-Za-z_$][\\w$]*$';

/** The helper the suggestion uses when `offloadHelper` is not set: the project's own package. */
export const DEFAULT_OFFLOAD_HELPER = { module: '@eslint-plugin-event-loop/offload', name: 'runInWorker' } as const;

export default createRule<Options, MessageId>({
  name: 'prefer-worker-offload',
  meta: {
    type: 'suggestion',
    docs: {
      description: 'Require CPU-heavy synchronous work on async code paths to run on a worker thread',
      recommended: true,
      requiresTypeChecking: true,
    },
    fixable: 'code',
    hasSuggestions: true,
    messages: {
      cpuHeavyCall: '`{{name}}` {{reason}}: it blocks the event loop inside {{fn}}. Run it on a worker thread with `{{helper}}`.',
      cpuHeavyCallNoFix:
        '`{{name}}` {{reason}}: it blocks the event loop inside {{fn}}, and cannot be moved to a worker thread as written: {{obstacle}}.',
      hotLoop:
        'This loop runs its body {{iterations}} times without giving the event loop a turn inside {{fn}}. Move it into an exported function of a module of its own and run that on a worker thread with `{{helper}}`.',
      offloadToWorker: 'Run `{{name}}` on a worker thread with `{{helper}}` from `{{helperModule}}`{{caveat}}.',
    },
    schema: [
      {
        type: 'object',
        description: 'Options for prefer-worker-offload.',
        additionalProperties: false,
        properties: {
          functions: specifierListSchema(
            'More functions to treat as CPU-heavy, as typescript-eslint specifiers: a name, or `{ from: "file", name, path }`, `{ from: "package", package, name }`, `{ from: "lib", name }`. Package entries are also found without type information.',
          ),
          tags: {
            type: 'array',
            description: 'JSDoc tags (without `@`) that mark a function CPU-heavy on its declaration.',
            items: { type: 'string', pattern: '^[A-Za-z][\\w-]*$', description: 'A JSDoc tag name, such as `cpuHeavy`.' },
            uniqueItems: true,
          },
          allow: specifierListSchema(
            'Functions never to report (catalogue entries, tagged functions), as typescript-eslint specifiers.',
          ),
          loopThreshold: {
            type: 'integer',
            minimum: 1,
            description: 'Report a loop inside an async function whose body runs at least this many times (nested constant loops multiply).',
          },
          checkLoops: {
            type: 'boolean',
            description: 'Report inline loops with a large constant trip count.',
          },
          offloadHelper: {
            type: 'object',
            description:
              'The function the fix calls to run an export on a worker thread, `name(moduleUrlOrPath, exportName, ...args)`, and the module to import it from. When set, the rewrite is an autofix; otherwise it is a suggestion that uses `runInWorker` from `@eslint-plugin-event-loop/offload`.',
            additionalProperties: false,
            required: ['module', 'name'],
            properties: {
              module: { type: 'string', minLength: 1, description: 'The module specifier to import the helper from, written as is into each fixed file.' },
              name: {
                type: 'string',
                pattern: HELPER_NAME_PATTERN,
                description: 'The helper\'s export name: an identifier the fix imports it under, so not a reserved word (a default export is not supported).',
              },
              restoresBuffers: {
                type: 'boolean',
                description:
                  'Whether the helper rebuilds the Buffers it finds in plain objects and arrays after the structured-clone copy, as `@eslint-plugin-event-loop/offload` does (the default for that module). For any other module the default is `false`: a call that passes or returns a `Buffer` is then a suggestion, since it would arrive as a plain `Uint8Array`.',
              },
            },
          },
          ...BLOCKING_SCOPE_OPTION_SCHEMAS,
        },
      },
    ],
    defaultOptions: [
      {
        functions: [],
        tags: ['cpuHeavy'],
        allow: [],
        loopThreshold: 100_000,
        checkLoops: true,
        ...BLOCKING_SCOPE_DEFAULTS,
      },
    ],
  },
  create(context, [options]) {
    const sourceCode = context.sourceCode;
    const typeInfo = getTypeInfo(context);
    const hooks = createTypeHooks(typeInfo);
    const cwd = typeInfo?.program.getCurrentDirectory() ?? context.cwd;
    const functions = options.functions ?? [];
    const allow = options.allow ?? [];
    const tags = new Set(options.tags ?? ['cpuHeavy']);
    const loopThreshold = options.loopThreshold ?? 100_000;
    const helper = options.offloadHelper ?? DEFAULT_OFFLOAD_HELPER;
    const autofix = options.offloadHelper !== undefined;
    const loops = createLoopAnalysis(sourceCode, typeInfo);
    const restoresBuffers = options.offloadHelper?.restoresBuffers ?? helper.module === DEFAULT_OFFLOAD_HELPER.module;
    const cloneProblemOf = typeInfo ? createCloneChecker(typeInfo, { restoresBuffers }) : undefined;
    const reassignedModuleStateOf = typeInfo ? createModuleStateFinder(typeInfo.checker) : undefined;
    const tsSourceFile = typeInfo?.services.esTreeNodeToTSNodeMap.get(sourceCode.ast) as ts.SourceFile | undefined;
    // The names a reportable member call can have: resolving any other member call would make the
    // checker type its receiver for nothing.
    const memberCalleeNames: CalleeNames =
      typeInfo &&
      calleeNamesWorthResolving(typeInfo.program, {
        tags,
        names: [...specifiedNames(functions), ...CPU_HEAVY_APIS.map(cpuHeavyApiName)],
      });
    let tracked = new Map<TSESTree.CallExpression, Finding>();
    let exempt = false;

    return {
      Program(): void {
        exempt = isExemptModule(sourceCode, options);
        if (!exempt) tracked = trackCpuHeavyCalls();
      },
      CallExpression(node): void {
        if (!exempt) checkCall(node);
      },
      ForStatement(node): void {
        if (!exempt && options.checkLoops !== false) checkLoop(node);
      },
    };

    // How it finds it: calls found through imports (catalogue, package specifiers), then the checker.

    function checkCall(node: TSESTree.CallExpression): void {
      const trackedFinding = tracked.get(node);
      if (!trackedFinding && !typeInfo) return;
      // What the call is first: where it runs may ask the checker for an enclosing function's
      // return type, which only a CPU-heavy call is worth.
      const finding = trackedFinding ? confirmTracked(node, trackedFinding) : classify(node);
      if (!finding) return;
      if (allow.length > 0 && matchesSomeSpecifier(finding.identity, allow, cwd)) return;
      const path = findCheckedAsyncPath(node, hooks, options, sourceCode);
      if (!path) return;
      report(node, path, finding);
    }

    function checkLoop(loop: TSESTree.ForStatement): void {
      const iterations = loops.iterations(loop);
      if (iterations === undefined || iterations < loopThreshold || insideHeavyLoop(loop)) return;
      const path = findCheckedAsyncPath(loop, hooks, options, sourceCode);
      if (!path || loops.startsAsyncWork(loop)) return;
      const headEnd = sourceCode.getTokenBefore(loop.body);
      context.report({
        node: loop,
        loc: { start: loop.loc.start, end: headEnd?.loc.end ?? loop.loc.end },
        messageId: 'hotLoop',
        data: { iterations: formatCount(iterations), fn: describeFunction(path.asyncFunction, sourceCode), helper: helper.name },
      });
    }

    /** One report per nest: the outermost loop of the function that reaches the threshold. */
    function insideHeavyLoop(loop: TSESTree.ForStatement): boolean {
      for (let node = loop.parent; !isFunctionNode(node) && node.type !== AST_NODE_TYPES.Program; node = node.parent) {
        if (node.type === AST_NODE_TYPES.ForStatement && (loops.iterations(node) ?? 0) >= loopThreshold) return true;
      }
      return false;
    }

    /** Catalogued calls and `{ from: 'package' }` functions, found through imports and `require` with scope analysis alone. */
    function trackCpuHeavyCalls(): Map<TSESTree.CallExpression, Finding> {
      const entries: { module: string; name: string; info: Finding }[] = [];
      for (const api of CPU_HEAVY_APIS) {
        if (api.exportPath !== undefined) entries.push({ module: api.package, name: api.exportPath, info: catalogueFinding(api) });
      }
      for (const specifier of functions) {
        if (typeof specifier === 'string' || specifier.from !== 'package') continue;
        const module = specifier.package.replace(/^node:/u, '');
        for (const name of typeof specifier.name === 'string' ? [specifier.name] : specifier.name) {
          if (findBlockingApi(module, name)) continue; // one call, one report: no-sync-in-async's
          const identity: SpecifiedValue = { module, origin: isBuiltin(module) ? 'builtin' : 'package', name };
          entries.push({ module, name, info: { name, reason: LISTED, identity, fromOptions: true } });
        }
      }
      return new Map(trackCalls(sourceCode, entries).map((call) => [call.node, call.info]));
    }

    function confirmTracked(node: TSESTree.CallExpression, finding: Finding): Finding | undefined {
      if (!finding.fromOptions || !typeInfo) return finding;
      const resolved = resolveCallee(node.callee, typeInfo);
      if (resolved && findAsyncSibling(node, resolved, typeInfo, sourceCode)) return undefined;
      return resolved ? { ...finding, resolved } : finding;
    }

    function classify(node: TSESTree.CallExpression): Finding | undefined {
      if (!typeInfo || !mayName(node.callee)) return undefined;
      const resolved = resolveCallee(node.callee, typeInfo);
      if (!resolved) return undefined;
      let finding: Finding | undefined;
      const tag = resolved.origin === 'project' || resolved.origin === 'package' ? cpuHeavyTagOf(resolved.symbol) : undefined;
      if (tag !== undefined) {
        finding = { name: calleeLabel(node.callee), reason: `is marked \`@${tag}\``, identity: resolved, resolved };
      } else if (functions.length > 0 && matchesSomeSpecifier(resolved, functions, cwd)) {
        finding = { name: calleeLabel(node.callee), reason: LISTED, identity: resolved, resolved };
      } else if (resolved.origin === 'package') {
        const api = findCpuHeavyApi(resolved.module, resolved.name);
        if (api) finding = { ...catalogueFinding(api), resolved };
      }
      if (!finding) return undefined;
      // One call, one report: an API with an async twin is no-sync-in-async's.
      if (findBlockingApi(resolved.module, resolved.name) || findAsyncSibling(node, resolved, typeInfo, sourceCode)) return undefined;
      return finding;
    }

    /** Whether the callee may be a function this rule reports, as far as its name tells: only member calls are filtered. */
    function mayName(callee: TSESTree.Expression): boolean {
      const nameNode = calleeNameNode(callee);
      if (!nameNode || !memberCalleeNames) return true;
      const isMember = nameNode.parent.type === AST_NODE_TYPES.MemberExpression && nameNode.parent.property === nameNode;
      return !isMember || memberCalleeNames.has(calleeName(callee) ?? '');
    }

    /** The marking tag on any declaration of the function (overloads included), read from its own JSDoc. */
    function cpuHeavyTagOf(symbol: ts.Symbol): string | undefined {
      for (const declaration of symbol.getDeclarations() ?? []) {
        const tag = ts.getJSDocTags(declaration).find((candidate) => tags.has(candidate.tagName.text));
        if (tag) return tag.tagName.text;
      }
      return undefined;
    }

    function catalogueFinding(api: CpuHeavyApi): Finding {
      const name = cpuHeavyApiName(api);
      return {
        name,
        reason: `from \`${api.package}\` ${api.does}`,
        identity: { module: api.package, origin: 'package', name },
      };
    }

    /** The callee as written, when it is short and on one line (`hash`, `work.hashPassword`); else its name. */
    function calleeLabel(callee: TSESTree.Node): string {
      return writtenShort(callee, sourceCode) ?? calleeName(callee) ?? 'this call';
    }

    function report(node: TSESTree.CallExpression, path: AsyncPath, finding: Finding): void {
      const fn = describeFunction(path.asyncFunction, sourceCode);
      const plan = planOffload(node, path, finding, fn);
      if (plan.kind === 'obstacle') {
        context.report({
          node,
          messageId: 'cpuHeavyCallNoFix',
          data: { name: finding.name, reason: finding.reason, fn, obstacle: plan.obstacle },
        });
        return;
      }
      const fix = (fixer: TSESLint.RuleFixer): TSESLint.RuleFix[] => buildOffloadFix(fixer, node, plan);
      const data = { name: finding.name, reason: finding.reason, fn, helper: helper.name };
      if (autofix && plan.caveats.length === 0) {
        context.report({ node, messageId: 'cpuHeavyCall', data, fix });
        return;
      }
      const caveat = plan.caveats.map((text) => `; ${text}`).join('');
      context.report({
        node,
        messageId: 'cpuHeavyCall',
        data,
        suggest: [
          {
            messageId: 'offloadToWorker',
            data: { name: finding.name, helper: helper.name, helperModule: helper.module, caveat },
            fix,
          },
        ],
      });
    }

    // How it fixes it: `await runInWorker(<where the module is>, '<export>', …arguments as written)`.

    function planOffload(node: TSESTree.CallExpression, path: AsyncPath, finding: Finding, fn: string): OffloadPlan | Obstacle {
      if (isOptionalCall(node)) return obstacle('it is called with optional chaining (`?.`), which the rewrite cannot keep');
      const target = calleeExportOf(node.callee, sourceCode);
      // Through an import of this very file too (`import * as self from './self.js'`): the worker would load it.
      if (target.kind === 'local' || declaredInThisFile(finding.resolved)) {
        return obstacle(
          'it is declared in this file, and a worker thread can only load it from a module of its own: move it into one, export it, and import it here',
        );
      }
      if (target.kind === 'reassigned') {
        return obstacle(
          `\`${target.name}\` is assigned again in this file, so the call may not run the export of \`${target.source.value}\` it was declared with, which is all a worker thread can load; call the export through a binding that is not reassigned`,
        );
      }
      if (target.kind === 'nested') {
        return obstacle(
          `\`${target.exportPath}\` is not a top-level export of \`${target.source.value}\`, and a worker thread can only call those; wrap the work in an exported function of a module of your own and offload that`,
        );
      }
      if (target.kind === 'other') {
        return obstacle(
          skipTypeWrappers(node.callee).type === AST_NODE_TYPES.MemberExpression
            ? 'it is a method of a value, and a worker thread can only call functions that a module exports; wrap the work in an exported function of a module of your own and offload that'
            : 'it is not called through an import of the module that exports it (but through a local alias, a parameter or a global), so a worker thread would not know where to load it from; call it through its import',
        );
      }
      const specifier = target.source.value;
      // `offloadHelper: { module: './heavy.js', name: 'crunch' }` with `crunch` itself tagged: the
      // rewrite would call the helper, which is the function again, and each pass would wrap it anew.
      if (specifier === helper.module && target.exportName === helper.name) {
        return obstacle(`it is the offload helper \`${helper.name}\` of \`${helper.module}\` itself (the \`offloadHelper\` option), which cannot offload itself`);
      }
      if (target.exportName === 'default' && defaultIsAnExportsProperty(target.source)) {
        return obstacle(
          `it is the \`export default\` of \`${specifier}\`, a CommonJS module, where it is \`exports.default\`: a worker thread's \`import()\` sees the whole \`module.exports\` as the default export; export the function under a name and import that`,
        );
      }
      if (isPathAlias(specifier)) {
        return obstacle(
          `\`${specifier}\` is a \`paths\` alias of the tsconfig, which Node does not resolve at run time; import it with a relative path or a package name`,
        );
      }
      const tsCall = typeInfo?.services.esTreeNodeToTSNodeMap.get(node);
      const callType = typeInfo && tsCall ? typeInfo.checker.getTypeAtLocation(tsCall) : undefined;
      const returnsPromise = typeInfo && tsCall && callType ? isThenable(typeInfo, tsCall, callType) : false;
      if (!returnsPromise && !path.canAwait) return obstacle(cannotAwaitReason(path, fn));
      const argumentCheck = checkArguments(node);
      if (argumentCheck.problem) return obstacle(argumentCheck.problem);
      if (hasCommentsBeforeArguments(node)) {
        return obstacle('the rewrite would drop the comments written in the callee or between it and the `(` of the call');
      }
      const format = moduleFormat();
      const locator = moduleLocator(node, format, specifier);
      if (locator.kind === 'obstacle') return locator;

      const caveats: string[] = [];
      let typeArgument: string | undefined;
      if (argumentCheck.caveat) caveats.push(argumentCheck.caveat);
      if (typeInfo && tsCall && callType) {
        const resultType = returnsPromise ? (typeInfo.checker.getAwaitedType(callType) ?? callType) : callType;
        const resultProblem = cloneProblemOf?.(resultType, tsCall);
        if (resultProblem && resultProblem.kind !== 'unchecked') {
          caveats.push(`the result arrives as a structured-clone copy: ${describeCloneProblem(resultProblem)}`);
        }
        // `sortInPlace(rows)`, or `rankRows(rows);` whose result is dropped: in the worker thread it
        // sorts a copy, and `rows` stays as it was.
        const worksByEffects =
          resultType.flags & (ts.TypeFlags.Void | ts.TypeFlags.Undefined)
            ? 'it returns nothing'
            : node.parent.type === AST_NODE_TYPES.ExpressionStatement
              ? 'its result is not used here'
              : undefined;
        if (worksByEffects) {
          caveats.push(`${worksByEffects}, so it works by its effects, and in a worker thread it changes copies of its arguments and of module state: check that nothing here relies on those changes`);
        }
        // `countFilled(cells)` that also writes into `cells`: in the worker thread it writes into a copy.
        const written = !worksByEffects && finding.resolved ? parameterWrittenThrough(finding.resolved.symbol) : undefined;
        const writtenArgument = written && node.arguments.every((argument, index) => index > written.index || argument.type !== AST_NODE_TYPES.SpreadElement)
          ? node.arguments[written.index]
          : undefined;
        if (written && writtenArgument) {
          const text = writtenShort(writtenArgument, sourceCode);
          const argument = text === undefined ? 'the argument' : `\`${text}\``;
          caveats.push(
            `it changes what its parameter \`${written.name}\` holds, and in a worker thread it changes a copy: ${argument} here stays as it was`,
          );
        }
        // `throw new ParseError(…)`: it comes back a plain `Error`, and the caller's `instanceof` fails.
        const thrownClass = finding.resolved && thrownClassOf(typeInfo.checker, finding.resolved.symbol);
        if (thrownClass !== undefined) {
          caveats.push(`it throws \`${thrownClass}\`, which comes back from the worker thread as a plain \`Error\` with its name and message, so \`instanceof ${thrownClass}\` is false there`);
        }
        // `let factor = 1; export function setFactor(f) { factor = f; }`: the worker thread's module keeps `factor = 1`;
        // `export let transform = …` set again elsewhere: it keeps the first function.
        const state = finding.resolved && reassignedModuleStateOf?.(finding.resolved.symbol);
        if (state !== undefined) {
          caveats.push(
            `${state.holdsTheFunction ? 'it is held by' : 'it uses'} \`${state.name}\`, a module-level variable that its module reassigns, and module state is per thread: the worker thread's copy of the module does not see the changes made on this one`,
          );
        }
        if (typesAreChecked(context.filename, sourceCode, typeInfo)) {
          typeArgument = resultTypeArgument(node, resultType);
          if (typeArgument === undefined) caveats.push(`the result is typed \`unknown\`: give \`${helper.name}\` a type argument`);
        }
      } else {
        caveats.push('without type information the arguments could not be checked for the copy to a worker thread');
      }
      if (format === 'esm' && isRelative(specifier) && !/\.[cm]?[jt]sx?$|\.json$/u.test(specifier)) {
        caveats.push(`check that Node finds \`${specifier}\` without a file extension`);
      }
      // `total += score(x)`: awaited, `total` would be read before the wait and written after it.
      const splitUpdate = updateSplitByAwait(node, sourceCode);
      if (splitUpdate !== undefined) caveats.push(splitUpdateExplanation(splitUpdate, sourceCode));
      const builtName = rewrittenExtensionOf(specifier);
      if (builtName !== undefined) {
        caveats.push(
          `TypeScript rewrites the extension of \`${specifier}\` in imports (\`rewriteRelativeImportExtensions\`) but not in a string: check that Node finds the file it names (\`${builtName}\` in the built code)`,
        );
      }
      return {
        kind: 'plan',
        source: target.source,
        exportName: target.exportName,
        awaitResult: !returnsPromise && !isAwaited(node),
        typeArgument,
        locator: locator.locator,
        caveats,
      };
    }

    /**
     * How the rewrite names the module's location at this call: `require.resolve(…)` in CommonJS,
     * `new URL(…, import.meta.url)` for a relative specifier, else `import.meta.resolve(…)`; the
     * global `URL` through `globalThis` where a local `URL` hides it. An obstacle where the needed
     * global is hidden beyond reach.
     */
    function moduleLocator(node: TSESTree.CallExpression, format: 'esm' | 'cjs', specifier: string): { kind: 'locator'; locator: Locator } | Obstacle {
      if (format === 'cjs') {
        return isLocalName(node, 'require')
          ? obstacle("`require` is a local name here, and the rewrite's `require.resolve(…)` needs Node's; rename the local `require`")
          : { kind: 'locator', locator: 'require' };
      }
      // `import.meta` is syntax: nothing can hide it.
      if (!isRelative(specifier)) return { kind: 'locator', locator: 'import-meta' };
      if (!isLocalName(node, 'URL', isNodeUrlImport)) return { kind: 'locator', locator: 'url' };
      return isLocalName(node, 'globalThis')
        ? obstacle("`URL` and `globalThis` are both local names here, and the rewrite's `new URL(…)` needs the global `URL`; rename one of them")
        : { kind: 'locator', locator: 'global-url' };
    }

    /** Whether `name` at `node` is a value this file declares (a variable, parameter, function, import), not the global; `same` excuses a declaration that is the global under another path. */
    function isLocalName(node: TSESTree.Node, name: string, same?: (definition: TSESLint.Scope.Definition) => boolean): boolean {
      const variable = ASTUtils.findVariable(sourceCode.getScope(node), name);
      if (!variable || ('isValueVariable' in variable && !variable.isValueVariable)) return false;
      return variable.defs.some((definition) => !same?.(definition));
    }

    /** `import { URL } from 'node:url'`: the global's own class under an import, which `new URL(…)` may go on using. */
    function isNodeUrlImport(definition: TSESLint.Scope.Definition): boolean {
      if (definition.type !== 'ImportBinding' || definition.node.type !== AST_NODE_TYPES.ImportSpecifier) return false;
      const imported = definition.node.imported;
      const importedName = imported.type === AST_NODE_TYPES.Identifier ? imported.name : imported.value;
      return importedName === 'URL' && /^(?:node:)?url$/u.test(definition.node.parent.source?.value ?? '');
    }

    /** `./hash.ts` when tsc rewrites relative imports' TypeScript extensions: the name of the built file (`./hash.js`); else undefined. */
    function rewrittenExtensionOf(specifier: string): string | undefined {
      const options = typeInfo?.program.getCompilerOptions();
      if (!options?.rewriteRelativeImportExtensions || !isRelative(specifier) || /\.d\.[cm]?ts$/u.test(specifier)) return undefined;
      const match = /\.([cm]?)ts(x?)$/u.exec(specifier);
      if (!match) return undefined;
      const extension = match[2] && options.jsx === ts.JsxEmit.Preserve ? '.jsx' : `.${match[1] ?? ''}js`;
      return `${specifier.slice(0, match.index)}${extension}`;
    }

    function buildOffloadFix(fixer: TSESLint.RuleFixer, node: TSESTree.CallExpression, plan: OffloadPlan): TSESLint.RuleFix[] {
      const helperImport = planNamedImport(fixer, sourceCode, {
        at: node,
        source: helper.module,
        name: helper.name,
        fallbackLocalName: `${helper.name}Helper`,
        filename: context.filename,
      });
      const written = sourceCode.getText(plan.source);
      const quote = written.startsWith('"') ? '"' : "'";
      const moduleExpression = {
        require: `require.resolve(${written})`,
        url: `new URL(${written}, import.meta.url)`,
        'global-url': `new globalThis.URL(${written}, import.meta.url)`,
        'import-meta': `import.meta.resolve(${written})`,
      }[plan.locator];
      const exportLiteral = `${quote}${plan.exportName.replaceAll('\\', '\\\\').replaceAll(quote, `\\${quote}`)}${quote}`;
      // Arguments keep their text and comments: everything after the call's `(`.
      const rest = sourceCode.text.slice(argumentsStart(node), node.range[1]);
      const separator = node.arguments.length === 0 ? '' : /^\s/u.test(rest) ? ',' : ', ';
      const typeArguments = plan.typeArgument === undefined || !isTypeScriptFile() ? '' : `<${plan.typeArgument}>`;
      const call = `${helperImport.reference}${typeArguments}(${moduleExpression}, ${exportLiteral}${separator}${rest}`;
      // Checked JavaScript has no type arguments: a JSDoc cast of the helper's promise keeps the result's type.
      const innerText =
        plan.typeArgument !== undefined && !isTypeScriptFile() ? `/** @type {Promise<Awaited<${plan.typeArgument}>>} */ (${call})` : call;
      const replacement = plan.awaitResult
        ? fixWithAwait(fixer, sourceCode, node, { innerText })
        : fixer.replaceText(node, replacementText(sourceCode, node, innerText));
      return [...helperImport.fixes, replacement];
    }

    /** Where the call's arguments start: just after its `(`, past the callee and any type arguments. */
    function argumentsStart(node: TSESTree.CallExpression): number {
      const after = node.typeArguments ?? node.callee;
      const openParen = sourceCode.getTokenAfter(after, { filter: (token) => token.value === '(' && token.range[0] >= after.range[1] });
      return openParen?.range[1] ?? node.range[1] - 1;
    }

    /** A comment in the callee, in its type arguments or before the `(`: the rewrite replaces all that text, so it would drop the comment. */
    function hasCommentsBeforeArguments(node: TSESTree.CallExpression): boolean {
      const start = argumentsStart(node);
      return sourceCode.getCommentsInside(node).some((comment) => comment.range[1] <= start);
    }

    /**
     * The first argument that cannot be copied to a worker thread (no fix), else a caveat that leaves
     * only a suggestion: the first argument whose copy is another kind of value (an instance of a
     * class arrives as a plain object), else the first whose type says nothing of what it holds
     * (`unknown`, `any`, `object`, `{}`, a type parameter), so that nothing checked it can be copied.
     */
    function checkArguments(node: TSESTree.CallExpression): { problem?: string; caveat?: string } {
      if (!typeInfo || !cloneProblemOf) return {};
      let altered: string | undefined;
      let unchecked: string | undefined;
      for (const [index, argument] of node.arguments.entries()) {
        const tsArgument = typeInfo.services.esTreeNodeToTSNodeMap.get(argument);
        const problem = cloneProblemOf(typeInfo.checker.getTypeAtLocation(tsArgument), tsArgument);
        if (!problem) continue;
        const which = argument.type === AST_NODE_TYPES.SpreadElement ? `the spread argument ${index + 1}` : `argument ${index + 1}`;
        if (problem.kind === 'not-cloneable') {
          return { problem: `${which} cannot be copied (structured clone): ${describeCloneProblem(problem)}` };
        }
        if (problem.kind === 'altered') {
          altered ??= `${which} arrives in the worker thread as a structured-clone copy: ${describeCloneProblem(problem)}`;
        } else {
          unchecked ??= `${which} could not be checked for the copy to a worker thread: ${describeCloneProblem(problem)}`;
        }
      }
      return { caveat: altered ?? unchecked };
    }

    /**
     * What to write as the helper's type argument so the result keeps its type: `ReturnType<typeof hash>`
     * for a function with one signature, else the result type itself when it can be written anywhere
     * (primitives, built-in objects, arrays of them); undefined when neither works.
     */
    function resultTypeArgument(node: TSESTree.CallExpression, resultType: ts.Type): string | undefined {
      if (!typeInfo) return undefined;
      const callee = skipTypeWrappers(node.callee);
      const signatures = typeInfo.services.getTypeAtLocation(callee).getCallSignatures();
      const [signature] = signatures;
      const returnTypeOf = (candidate: ts.Signature): ts.Type => typeInfo.checker.getReturnTypeOfSignature(candidate);
      // Overloads that all return the same type are as good as one signature; a generic one needs its type arguments written.
      const oneResult = signature !== undefined && signatures.every((candidate) => returnTypeOf(candidate) === returnTypeOf(signature));
      const generic = signatures.some((candidate) => candidate.typeParameters);
      if (oneResult && (!generic || (signatures.length === 1 && node.typeArguments)) && isEntityName(callee)) {
        // The helper's result is `Promise<Awaited<T>>`: a promise-returning function's type fits as well.
        const typeArguments = node.typeArguments ? sourceCode.getText(node.typeArguments) : '';
        return `ReturnType<typeof ${sourceCode.getText(callee)}${typeArguments}>`;
      }
      return isWritableAnywhere(resultType)
        ? typeInfo.checker.typeToString(resultType, undefined, ts.TypeFormatFlags.NoTruncation)
        : undefined;
    }

    function isWritableAnywhere(type: ts.Type, depth = 0): boolean {
      if (!typeInfo || depth > 4) return false;
      if (type.flags & (ts.TypeFlags.StringLike | ts.TypeFlags.NumberLike | ts.TypeFlags.BigIntLike | ts.TypeFlags.BooleanLike)) {
        return !(type.flags & ts.TypeFlags.EnumLike);
      }
      if (type.flags & (ts.TypeFlags.Undefined | ts.TypeFlags.Null | ts.TypeFlags.Void | ts.TypeFlags.Unknown | ts.TypeFlags.Any)) return true;
      if (type.isUnion()) return type.types.every((part) => isWritableAnywhere(part, depth + 1));
      const checker = typeInfo.checker;
      if (checker.isArrayType(type) || checker.isTupleType(type)) {
        return checker.getTypeArguments(type as ts.TypeReference).every((part) => isWritableAnywhere(part, depth + 1));
      }
      const declaration = type.getSymbol()?.getDeclarations()?.[0];
      if (!declaration) return false;
      const sourceFile = declaration.getSourceFile();
      // A global of the default library or of @types/node (`Uint8Array`, `Buffer`, `Date`), not a module's export.
      return (
        (typeInfo.program.isSourceFileDefaultLibrary(sourceFile) || /[\\/]node_modules[\\/]@types[\\/]node[\\/]/u.test(sourceFile.fileName)) &&
        !ts.isExternalModule(sourceFile) &&
        ((type as ts.TypeReference).typeArguments ?? []).every((part) => isWritableAnywhere(part, depth + 1) || part.getSymbol()?.getName() === 'ArrayBufferLike')
      );
    }

    /**
     * Whether the module runs as CommonJS with an ES-style default export (`exports.default = …`, what
     * TypeScript and Babel emit), which `import()` (the worker's way in) does not give as `default`:
     * there `default` is `module.exports` itself. `module.exports = fn` (`export =`) is the default.
     */
    function defaultIsAnExportsProperty(source: TSESTree.StringLiteral): boolean {
      if (!typeInfo) return false;
      const moduleSymbol = typeInfo.checker.getSymbolAtLocation(typeInfo.services.esTreeNodeToTSNodeMap.get(source));
      const moduleFile = moduleSymbol?.valueDeclaration;
      if (!moduleSymbol || !moduleFile || !ts.isSourceFile(moduleFile) || moduleSymbol.exports?.has(ts.InternalSymbolName.ExportEquals)) return false;
      if (moduleFile.impliedNodeFormat !== undefined) return moduleFile.impliedNodeFormat === ts.ModuleKind.CommonJS;
      const moduleKind = typeInfo.program.getCompilerOptions().module;
      return !moduleFile.isDeclarationFile && moduleKind !== undefined && moduleKind !== ts.ModuleKind.None && moduleKind < ts.ModuleKind.ES2015;
    }

    function declaredInThisFile(resolved: ResolvedCallee | undefined): boolean {
      return resolved !== undefined && tsSourceFile !== undefined && resolved.symbol.getDeclarations()?.[0]?.getSourceFile() === tsSourceFile;
    }

    /** A bare specifier that the tsconfig's `paths` maps (`@/lib/hash`): Node cannot resolve it at run time. */
    function isPathAlias(specifier: string): boolean {
      if (isRelative(specifier) || !typeInfo) return false;
      const paths = typeInfo.program.getCompilerOptions().paths;
      if (!paths) return false;
      return Object.keys(paths).some((pattern) => {
        const star = pattern.indexOf('*');
        if (star === -1) return pattern === specifier;
        return specifier.startsWith(pattern.slice(0, star)) && specifier.endsWith(pattern.slice(star + 1));
      });
    }

    /** Whether the file runs as an ES module or as CommonJS: TypeScript's answer for its emit, else the file's extension and syntax. */
    function moduleFormat(): 'esm' | 'cjs' {
      const implied = tsSourceFile?.impliedNodeFormat;
      if (implied === ts.ModuleKind.CommonJS) return 'cjs';
      if (implied === ts.ModuleKind.ESNext) return 'esm';
      const moduleKind = typeInfo?.program.getCompilerOptions().module;
      if (moduleKind !== undefined && moduleKind !== ts.ModuleKind.None) {
        return moduleKind < ts.ModuleKind.ES2015 ? 'cjs' : 'esm';
      }
      if (/\.c[jt]s$/iu.test(context.filename)) return 'cjs';
      if (/\.m[jt]s$/iu.test(context.filename)) return 'esm';
      return moduleSyntaxOf(sourceCode, context.filename);
    }

    function isTypeScriptFile(): boolean {
      return /\.[cm]?tsx?$/iu.test(context.filename);
    }
  },
});

const LISTED = 'is listed in the `functions` option';

interface Finding {
  /** The callee as messages name it. */
  name: string;
  /** Why it is CPU-heavy: "is marked `@cpuHeavy`", "from `xlsx` parses a whole workbook …". */
  reason: string;
  /** What `allow` specifiers are matched against. */
  identity: SpecifiedValue;
  resolved?: ResolvedCallee;
  /** Found through a `{ from: 'package' }` entry of `functions`: it may still have an async twin. */
  fromOptions?: boolean;
}

/** How the fix names the module: `require.resolve(…)`, `new URL(…, import.meta.url)`, `new globalThis.URL(…)`, `import.meta.resolve(…)`. */
type Locator = 'require' | 'url' | 'global-url' | 'import-meta';

interface OffloadPlan {
  kind: 'plan';
  source: TSESTree.StringLiteral;
  exportName: string;
  /**
   * Add `await`: the function returns a plain value (a promise-returning one is replaced as is), and
   * the call is not already the operand of an `await`.
   */
  awaitResult: boolean;
  typeArgument: string | undefined;
  locator: Locator;
  /** Why the rewrite is only a suggestion. */
  caveats: string[];
}

interface Obstacle {
  kind: 'obstacle';
  obstacle: string;
}

function obstacle(text: string): Obstacle {
  return { kind: 'obstacle', obstacle: text };
}

function cannotAwaitReason(path: AsyncPath, fn: string): string {
  const immediate = path.immediateCallbacks[0];
  switch (immediate?.kind) {
    case 'array-callback':
    case 'string-callback': {
      const method = immediate.method ?? (immediate.kind === 'array-callback' ? 'array' : 'replace');
      // A `sort` comparator, a `reduce` reducer or a `filter` predicate needs the values themselves: an async one is no cure.
      return isPerElementCallback(immediate)
        ? `\`await\` is not allowed in this synchronous \`${method}\` callback; make it async and await the results together (\`await Promise.all(items.map(async (item) => …))\`)`
        : `\`await\` is not allowed in this synchronous \`${method}\` callback; compute what it needs before the \`${method}\` call, awaiting the offloaded calls there`;
    }
    case 'promise-executor':
      return '`await` is not allowed in a `new Promise` executor; return the promise of the offloaded call instead of wrapping the work in `new Promise`';
    case 'iife':
      return '`await` is not allowed in this immediately invoked function; make it async, or move the call out of it';
    case undefined:
      return path.reason === 'promise-returning'
        ? `${fn} is not \`async\`, so \`await\` is not allowed in it; make it \`async\``
        : '`await` is not allowed at this position (a parameter default value); move the call into the function body';
  }
}

/** `await heavy(x)`: the call's value is already awaited. */
function isAwaited(node: TSESTree.CallExpression): boolean {
  return node.parent.type === AST_NODE_TYPES.AwaitExpression && node.parent.argument === node;
}

function isOptionalCall(node: TSESTree.CallExpression): boolean {
  if (node.optional) return true;
  for (let callee: TSESTree.Node = node.callee; callee.type === AST_NODE_TYPES.MemberExpression; callee = callee.object) {
    if (callee.optional) return true;
  }
  return false;
}

/** `hash`, `work.hashPassword`: what `typeof` accepts. */
function isEntityName(node: TSESTree.Node): boolean {
  if (node.type === AST_NODE_TYPES.Identifier) return true;
  return node.type === AST_NODE_TYPES.MemberExpression && !node.computed && !node.optional && isEntityName(node.object);
}

function isRelative(specifier: string): boolean {
  return /^\.\.?(?:\/|$)/u.test(specifier);
}

/** 1000000 → "1,000,000"; 1e40 → "1e+40"; beyond what a number holds (`1e200` nested in `1e200`), "more than 1e+308". */
function formatCount(count: number): string {
  if (!Number.isFinite(count)) return 'more than 1e+308';
  return Number.isSafeInteger(count) ? String(count).replace(/\B(?=(?:\d{3})+$)/gu, ',') : String(count);
}
