import { AST_NODE_TYPES, AST_TOKEN_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { unionConstituents } from 'ts-api-utils';
import ts from 'typescript';
import { memberChainRoot, memberObjectText, unwrapChain } from '../analysis/ast-walk.js';
import { createRule } from '../create-rule.js';
import {
  BLOCKING_APIS,
  BLOCKING_API_NAMES,
  IN_MEMORY_FILE_SYSTEMS,
  SIBLING_OPTION_CAVEATS,
  findBlockingApi,
  type BlockingApi,
  type OptionCaveat,
} from '../catalog/blocking-apis.js';
import { findAsyncSibling, type TwinVerdict } from '../analysis/async-sibling.js';
import { describeFunction, writtenShort } from '../analysis/describe-function.js';
import { isPerElementCallback, skipTypeWrappers, type AsyncPath } from '../analysis/execution-context.js';
import {
  BLOCKING_SCOPE_DEFAULTS,
  BLOCKING_SCOPE_OPTION_SCHEMAS,
  findCheckedAsyncPath,
  isExemptModule,
  isProcessProperty,
  type BlockingScopeOptions,
} from '../analysis/blocking-scope.js';
import { importSourceOf, trackCalls } from '../analysis/module-references.js';
import { isSameNameAt, memberAliasOf } from '../analysis/member-alias.js';
import { calleeName, resolveCallee, resolveMember, skipIndirectCall, type ResolvedCallee } from '../analysis/resolve-callee.js';
import { matchesSomeSpecifier, specifierListSchema, type TypeOrValueSpecifier } from '../analysis/specifiers.js';
import { settledInitializer, variableOf } from '../analysis/syntactic-thenable.js';
import { createTypeHooks } from '../analysis/type-hooks.js';
import { getTypeInfo, type TypeInfo } from '../analysis/type-info.js';
import { fixWithAwait, splitUpdateExplanation, updateSplitByAwait } from '../fix/await.js';
import { planNamedImport, removeUnusedAlias } from '../fix/imports.js';

// What it reports: a synchronous API that has an asynchronous twin, called on an async path
// (an async function, a promise-returning wrapper, or a sync callback that runs right away inside one).

export type Options = [
  {
    allow?: TypeOrValueSpecifier[];
    checkSyncSiblings?: boolean;
  } & BlockingScopeOptions,
];

export type MessageId =
  | 'syncInAsync'
  | 'syncInAsyncArgumentsDiffer'
  | 'syncInAsyncHandedIn'
  | 'syncInAsyncNoTwin'
  | 'syncInAsyncPathOrDescriptor'
  | 'syncInAsyncValueDiffers'
  | 'syncInImmediateCallback'
  | 'syncInPromiseExecutor'
  | 'syncInPromiseFunction'
  | 'replaceWithTwin';

/** How the twin of `existsSync` reads: `access` turned into a boolean. */
const ACCESS_PROBE = 'access(…).then(() => true, () => false)';

export default createRule<Options, MessageId>({
  name: 'no-sync-in-async',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow synchronous APIs that block the event loop where an async form exists, on async code paths',
      recommended: true,
      requiresTypeChecking: true,
    },
    fixable: 'code',
    hasSuggestions: true,
    messages: {
      syncInAsync: '`{{api}}` blocks the event loop inside {{fn}}; use `await {{twin}}`{{from}} instead.',
      syncInAsyncNoTwin: '`{{api}}` blocks the event loop inside {{fn}}; {{advice}}.',
      syncInImmediateCallback:
        '`{{api}}` blocks the event loop: this synchronous {{callback}} runs at once inside {{fn}}, where `await` is not allowed. {{advice}}',
      syncInPromiseExecutor:
        '`{{api}}` blocks the event loop: a `new Promise` executor runs synchronously inside {{fn}}. Return the promise of `{{twin}}`{{from}} instead of wrapping sync work in `new Promise`.',
      syncInPromiseFunction:
        '`{{api}}` blocks the event loop inside {{fn}}, which returns a promise; make it `async` and use `await {{twin}}`{{from}} instead.',
      syncInAsyncValueDiffers:
        '`{{api}}` blocks the event loop inside {{fn}}; its async form is `await {{twin}}`{{from}}, but check how the result is used: {{difference}}.',
      syncInAsyncHandedIn:
        '`{{api}}` blocks the event loop inside {{fn}}; its async form is `await {{twin}}`{{from}}, but the call goes through `{{object}}`, which is handed in here: importing the module instead would bypass it (a mock, for one), and its type does not show `{{path}}`, so there is no rewrite. Call the async form through `{{object}}`, and await it.',
      syncInAsyncArgumentsDiffer:
        '`{{api}}` blocks the event loop inside {{fn}}; its async form is `await {{twin}}`{{from}}, but it does not take the arguments this call passes, so there is no rewrite: call it with the arguments it takes.',
      syncInAsyncPathOrDescriptor:
        '`{{api}}` blocks the event loop inside {{fn}}; its async form is `await {{twin}}`{{from}} for a path, or `await {{descriptorTwin}}`{{descriptorFrom}} for a file descriptor (the promises API rejects one), and nothing here shows which {{argument}} is: choose the one that fits.',
      replaceWithTwin: 'Replace with `await {{twin}}`',
    },
    schema: [
      {
        type: 'object',
        description: 'Options for no-sync-in-async.',
        additionalProperties: false,
        properties: {
          allow: specifierListSchema(
            'APIs never to report, as typescript-eslint specifiers: a name, or `{ from: "package", package, name }`, `{ from: "file", name, path }`, `{ from: "lib", name }`.',
          ),
          checkSyncSiblings: {
            type: 'boolean',
            description:
              'Report any `xSync(…)` / `x.sync(…)` whose module or object also offers an async `x` (fs-extra, bcrypt, glob, execa …), found with type information.',
          },
          ...BLOCKING_SCOPE_OPTION_SCHEMAS,
        },
      },
    ],
    defaultOptions: [
      {
        allow: [],
        checkSyncSiblings: true,
        ...BLOCKING_SCOPE_DEFAULTS,
      },
    ],
  },
  create(context, [options]) {
    const sourceCode = context.sourceCode;
    const typeInfo = getTypeInfo(context);
    const hooks = createTypeHooks(typeInfo);
    const allow = options.allow ?? [];
    const cwd = typeInfo?.program.getCurrentDirectory() ?? context.cwd;
    let tracked = new Map<TSESTree.CallExpression, BlockingApi>();
    let exempt = false;
    /** What the fixes reported so far edit: each fixed call, and from an alias removed with one to its call. */
    const fixedSpans: Readonly<TSESTree.Range>[] = [];

    return {
      Program(): void {
        exempt = isExemptModule(sourceCode, options);
        if (exempt) return;
        tracked = new Map(
          trackCalls(sourceCode, BLOCKING_APIS.map((api) => ({ module: api.module, name: api.name, info: api }))).map(
            (call) => [call.node, call.info],
          ),
        );
      },
      CallExpression(node): void {
        if (!exempt) checkCall(node);
      },
    };

    // How it finds it: cheap syntax first (the callee's name), then what the callee is (a symbol
    // lookup), then where the call runs, and only then the expensive type comparisons.
    function checkCall(node: TSESTree.CallExpression): void {
      const trackedApi = tracked.get(node);
      const candidate = trackedApi ? { api: trackedApi, resolved: undefined } : resolveCandidate(node);
      if (!candidate) return;

      const path = findCheckedAsyncPath(node, hooks, options, sourceCode);
      if (!path) return;

      const finding = candidate.api
        ? catalogFinding(candidate.api, candidate.resolved, node)
        : typeInfo && findSibling(node, candidate.resolved, typeInfo);
      if (!finding || !callIsBlocking(node, finding)) return;
      checkTwinTyping(node, finding);
      if (allow.length > 0 && matchesSomeSpecifier(finding.identity, allow, cwd)) return;
      report(node, path, finding);
    }

    /** A catalogued API, or an `xSync` / `.sync` callee that may have an async sibling; undefined for anything else. */
    function resolveCandidate(
      node: TSESTree.CallExpression,
    ): { api: BlockingApi; resolved: ResolvedCallee } | { api: undefined; resolved: ResolvedCallee } | undefined {
      if (!typeInfo) return undefined;
      const name = calleeName(node.callee);
      if (name === undefined || !mayBeBlocking(name, node.callee)) return undefined;
      // `walk(p)` after `let walk = fg.sync` (never assigned again): what the alias was read from, which
      // the checker follows only for a `const`.
      const alias = node.callee.type === AST_NODE_TYPES.Identifier ? memberAliasOf(node.callee, sourceCode) : undefined;
      const viaAlias = alias && namesBlockingApi(alias.property) ? resolveMember(alias.object, alias.property, typeInfo) : undefined;
      const resolved = viaAlias ?? resolveCallee(node.callee, typeInfo);
      if (!resolved) return undefined;
      if (resolved.origin === 'builtin' || resolved.origin === 'global') {
        const api = findBlockingApi(resolved.module, resolved.name);
        if (api) return { api, resolved };
        if (resolved.origin === 'global') return undefined;
      }
      if (options.checkSyncSiblings === false) return undefined;
      const declaredName = resolved.name.slice(resolved.name.lastIndexOf('.') + 1);
      return declaredName === 'sync' || (declaredName.endsWith('Sync') && declaredName.length > 4)
        ? { api: undefined, resolved }
        : undefined;
    }

    /**
     * `readFileSync(0)`, `writeFileSync(fd, …)`: `fs/promises` rejects a file descriptor, the callback
     * form takes it, so a call that passes one gets `promisify(fs.readFile)` as its twin. A call whose
     * argument is neither known to be a descriptor nor known to be a path (no type, and nothing in how
     * it is written or named) keeps the `fs/promises` twin, with the callback form as the other
     * choice: a suggestion for each, and no fix.
     */
    function catalogFinding(api: BlockingApi, resolved: ResolvedCallee | undefined, node: TSESTree.CallExpression): Finding {
      if (api.twin.via !== 'fs-promises' || api.twin.acceptsFileDescriptor !== true) return fromCatalog(api, resolved);
      const argument = descriptorOrPath(node.arguments[0]);
      const promisified: BlockingApi = { ...api, twin: { via: 'promisify', name: api.twin.name, valueEqual: api.twin.valueEqual } };
      if (argument === 'descriptor') return fromCatalog(promisified, resolved);
      const finding = fromCatalog(api, resolved);
      if (argument === 'unknown' && finding.twin) finding.twin.forDescriptor = fromCatalog(promisified, resolved).twin;
      return finding;
    }

    /** Whether an argument is a file descriptor (a number) or a path: by its type, else (`any`, or no types) by how it is written. */
    function descriptorOrPath(argument: TSESTree.CallExpressionArgument | undefined): 'descriptor' | 'path' | 'unknown' {
      if (!argument) return 'path';
      if (argument.type === AST_NODE_TYPES.SpreadElement) return 'descriptor';
      if (typeInfo) {
        const type = typeInfo.services.getTypeAtLocation(argument);
        const constrained = type.flags & ts.TypeFlags.Instantiable ? (typeInfo.checker.getBaseConstraintOfType(type) ?? type) : type;
        if (!(constrained.flags & (ts.TypeFlags.Any | ts.TypeFlags.Unknown))) {
          return unionConstituents(constrained).some((part) => (part.flags & ts.TypeFlags.NumberLike) !== 0) ? 'descriptor' : 'path';
        }
      }
      const written = skipTypeWrappers(argument);
      if (looksLikeFileDescriptor(written, sourceCode)) return 'descriptor';
      return looksLikePath(written, sourceCode) ? 'path' : 'unknown';
    }

    /**
     * In a type-checked file, a `promisify` twin that @types/node types loosely is a suggestion:
     * `await promisify(scrypt)(…)` is `unknown` where `scryptSync(…)` was a Buffer.
     */
    function checkTwinTyping(node: TSESTree.CallExpression, finding: Finding): void {
      const row = finding.catalogRow?.twin;
      if (row?.via !== 'promisify' || row.looseTyping === undefined || !finding.twin?.valueEqual || !isTypeChecked()) return;
      if (row.looseTyping !== 'always' && node.arguments.length >= row.looseTyping.fewerArgumentsThan) return;
      finding.twin.valueEqual = false;
      finding.twin.difference = `@types/node types \`promisify(${row.name})\` loosely (an \`unknown\` result, or arguments refused that the sync form takes), so the result may need a type`;
    }

    /** A TypeScript file, or JavaScript that TypeScript checks (`checkJs`, `// @ts-check`). */
    function isTypeChecked(): boolean {
      return (
        /\.[cm]?tsx?$/iu.test(context.filename) ||
        typeInfo?.program.getCompilerOptions().checkJs === true ||
        sourceCode.getAllComments().some((comment) => comment.type === 'Line' && /^\s*@ts-check\b/u.test(comment.value))
      );
    }

    function mayBeBlocking(name: string, callee: TSESTree.Node): boolean {
      return (
        namesBlockingApi(name) ||
        // a local alias (`const gzip = zlib.gzipSync`): resolving an identifier's symbol is cheap
        callee.type === AST_NODE_TYPES.Identifier
      );
    }

    /** Whether a callee of this name may be a blocking API: `xSync`, `.sync`, or a catalogued name (`randomBytes`). */
    function namesBlockingApi(name: string): boolean {
      return name.endsWith('Sync') || name === 'sync' || BLOCKING_API_NAMES.has(name);
    }

    function report(node: TSESTree.CallExpression, path: AsyncPath, finding: Finding): void {
      const fn = describeFunction(path.asyncFunction, sourceCode);
      const api = finding.api;
      const twin = finding.twin;
      if (!twin) {
        context.report({ node, messageId: 'syncInAsyncNoTwin', data: { api, fn, advice: finding.advice ?? '' } });
        return;
      }
      const { label, from } = namedAt(twin, node);
      const data = { api, fn, twin: label, from };
      const immediate = path.immediateCallbacks[0];
      if (immediate?.kind === 'promise-executor') {
        context.report({ node, messageId: 'syncInPromiseExecutor', data: { api, fn, twin: label, from } });
        return;
      }
      if (immediate) {
        const callback = immediate.kind === 'iife' ? 'immediately invoked function' : `\`${immediate.method ?? 'array'}\` callback`;
        // An async comparator, reducer or predicate is no cure: `sort`, `reduce`, `filter` need the values themselves.
        const perElement = isPerElementCallback(immediate);
        const advice = perElement
          ? `Make it async and await the results together (\`await Promise.all(items.map(async (item) => …))\`), or move the call out of it, and use \`${label}\`${from}.`
          : `Move the call out of it: \`await ${label}\`${from} before, then use what it gives here.`;
        context.report({ node, messageId: 'syncInImmediateCallback', data: { api, fn, callback, advice } });
        return;
      }
      if (!path.canAwait) {
        context.report({
          node,
          messageId: path.reason === 'promise-returning' ? 'syncInPromiseFunction' : 'syncInAsync',
          data: { api, fn, twin: label, from },
        });
        return;
      }
      // `fs: Pick<typeof fs, 'readFileSync'>` handed in: no `fs.promises` to reach, and no import that would not bypass it.
      const handedIn = twin.handedIn?.(node);
      if (handedIn) {
        context.report({ node, messageId: 'syncInAsyncHandedIn', data: { api, fn, twin: label, from, object: handedIn.object, path: handedIn.path } });
        return;
      }
      if (twin.argumentsDiffer) {
        // The rewrite would not compile: a report that says so, and no suggestion.
        context.report({ node, messageId: 'syncInAsyncArgumentsDiffer', data });
        return;
      }
      const fix = twin.build ? (fixer: TSESLint.RuleFixer) => twin.build?.(fixer, node) ?? null : undefined;
      // `total += readFileSync(p).length`: the same value, but awaited between the read and the write of `total`.
      const splitUpdate = updateSplitByAwait(node, sourceCode);
      const difference = splitUpdate === undefined ? twin.difference : splitUpdateExplanation(splitUpdate, sourceCode);
      if (twin.valueEqual && splitUpdate === undefined && !twin.forDescriptor) {
        context.report({ node, messageId: 'syncInAsync', data, fix });
        if (fix) fixedSpans.push(node.range);
        return;
      }
      const suggest = fix ? [{ messageId: 'replaceWithTwin' as const, data: { twin: label }, fix }] : [];
      const forDescriptor = twin.forDescriptor;
      if (forDescriptor) {
        // `readFileSync(input)` without types: a suggestion for a path and one for a descriptor.
        const named = namedAt(forDescriptor, node);
        const build = forDescriptor.build;
        if (build) suggest.push({ messageId: 'replaceWithTwin', data: { twin: named.label }, fix: (fixer) => build(fixer, node) ?? null });
        if (twin.valueEqual && splitUpdate === undefined) {
          const first = node.arguments[0];
          const quoted = first && writtenShort(first, sourceCode);
          context.report({
            node,
            messageId: 'syncInAsyncPathOrDescriptor',
            data: { api, fn, twin: label, from, descriptorTwin: named.label, descriptorFrom: named.from, argument: quoted ? `\`${quoted}\`` : 'its first argument' },
            suggest,
          });
          return;
        }
      }
      if (difference === undefined) {
        context.report({ node, messageId: 'syncInAsync', data, suggest });
        return;
      }
      context.report({
        node,
        messageId: 'syncInAsyncValueDiffers',
        data: { api, fn, twin: label, from, difference },
        suggest,
      });
    }

    // How it fixes it: the awaited twin, keeping argument text and comments as written.

    function fromCatalog(api: BlockingApi, resolved: ResolvedCallee | undefined): Finding {
      const identity = resolved ?? { module: api.module, origin: api.module === 'globalThis' ? 'global' : 'builtin', name: api.name };
      // The export path names it: `realpathSync.native`, `Atomics.wait`.
      const finding: Finding = { api: api.name, identity, catalogRow: api };
      const twin = api.twin;
      switch (twin.via) {
        case 'none':
          finding.advice = twin.advice;
          return finding;
        case 'fs-promises':
          finding.twin = {
            label: twin.name,
            from: 'node:fs/promises',
            ...reachedThrough(api, ['promises', twin.name]),
            valueEqual: twin.valueEqual,
            build: (fixer, node) => {
              const ref = fsPromisesReference(fixer, node, api, twin.name);
              return ref ? replaceCall(fixer, node, ref.callee, ref.fixes) : null;
            },
          };
          return finding;
        case 'access-probe':
          finding.twin = {
            label: ACCESS_PROBE,
            from: 'node:fs/promises',
            ...reachedThrough(api, ['promises', 'access'], (object) => `${object}.promises.${ACCESS_PROBE}`),
            valueEqual: false,
            difference: twin.difference,
            build: (fixer, node) => {
              const ref = fsPromisesReference(fixer, node, api, 'access');
              return ref ? replaceCall(fixer, node, ref.callee, ref.fixes, { suffix: '.then(() => true, () => false)' }) : null;
            },
          };
          return finding;
        case 'promisify': {
          finding.twin = {
            label: `promisify(${twin.name})`,
            from: `node:${api.module}`,
            ...reachedThrough(api, [twin.name], (object) => `promisify(${object}.${twin.name})`),
            valueEqual: twin.valueEqual,
            difference: twin.difference,
            resultProperty: twin.resultProperty,
            build: (fixer, node) => {
              const moduleRef = moduleMemberReference(fixer, node, api, twin.name);
              if (!moduleRef) return null;
              const promisify = planNamedImport(fixer, sourceCode, {
                at: node,
                filename: context.filename,
                source: 'node:util',
                sameModuleSources: ['util'],
                name: 'promisify',
              });
              return replaceCall(fixer, node, `${promisify.reference}(${moduleRef.reference})`, [
                ...moduleRef.fixes,
                ...promisify.fixes,
              ], { resultProperty: twin.valueEqual ? undefined : twin.resultProperty });
            },
          };
          return finding;
        }
      }
    }

    /**
     * `fs.promises.readFile` when the call goes through an object that has it, else `readFile`
     * imported from `node:fs/promises` (a module of yours that re-exports `writeFileSync` need not
     * re-export `promises`).
     */
    function fsPromisesReference(
      fixer: TSESLint.RuleFixer,
      node: TSESTree.CallExpression,
      api: BlockingApi,
      twinName: string,
    ): { callee: string; fixes: TSESLint.RuleFix[] } | undefined {
      const object = objectWith(node, api, ['promises', twinName]);
      if (object !== undefined) return { callee: `${object}.promises.${twinName}`, fixes: [] };
      if (!mayImportInstead(node.callee, objectCalledThrough(node, api))) return undefined;
      const plan = planNamedImport(fixer, sourceCode, {
        at: node,
        filename: context.filename,
        source: 'node:fs/promises',
        sameModuleSources: ['fs/promises'],
        name: twinName,
        replacing: node.callee.type === AST_NODE_TYPES.Identifier ? node.callee : undefined,
      });
      return { callee: plan.reference, fixes: plan.fixes };
    }

    /**
     * `fs` of `fs.readFileSync(p)` with `fs: Pick<typeof import('node:fs'), 'readFileSync'>` handed in:
     * an object the call goes through that lacks the property path (`promises.readFile`) and is not a
     * module binding, so that the twin can be neither reached through it nor imported.
     */
    function handedInWithout(node: TSESTree.CallExpression, api: BlockingApi, path: readonly string[]): { object: string; path: string } | undefined {
      const moduleObject = objectCalledThrough(node, api);
      if (!moduleObject || !isHandedIn(moduleObject, 0) || hasMembers(moduleObject, path) || mayImportInstead(node.callee, moduleObject)) return undefined;
      return { object: memberObjectText(sourceCode, moduleObject), path: path.join('.') };
    }

    /**
     * Whether `object` comes from outside the function: `this.fs`, a parameter or a member of one
     * (`fs`, `deps.fs`), or a `const` read from one (`const fs = opts.fs || require('fs')`). Not a
     * bundler's module binding (`var import_fs = __toESM(require('fs'))`), which is the module itself.
     */
    function isHandedIn(object: TSESTree.Node, depth: number): boolean {
      const root = memberChainRoot(object);
      if (root.type === AST_NODE_TYPES.ThisExpression) return true;
      if (root.type === AST_NODE_TYPES.LogicalExpression) return depth < 2 && (isHandedIn(root.left, depth + 1) || isHandedIn(root.right, depth + 1));
      if (root.type !== AST_NODE_TYPES.Identifier) return false;
      const definition = variableOf(root, sourceCode)?.defs[0];
      if (definition?.type === 'Parameter') return true;
      const declarator = definition?.type === 'Variable' ? definition.node : undefined;
      return depth < 2 && declarator?.parent.kind === 'const' && declarator.init != null && isHandedIn(declarator.init, depth + 1);
    }

    /** `fs` (or `deps.fs`) when the call goes through a module or injected object that has the property path (`promises.readFile`). */
    function objectWith(node: TSESTree.CallExpression, api: BlockingApi, path: readonly string[]): string | undefined {
      const moduleObject = objectCalledThrough(node, api);
      return moduleObject && hasMembers(moduleObject, path) ? memberObjectText(sourceCode, moduleObject) : undefined;
    }

    /** The module object (`fs` of `fs.readFileSync`) or injected object (`deps.fs` of an alias read from it) the call goes through. */
    function objectCalledThrough(node: TSESTree.CallExpression, api: BlockingApi): TSESTree.Expression | undefined {
      return moduleObjectOf(node.callee, api.name) ?? injectedObjectOf(node.callee);
    }

    /**
     * The twin as reached from the object the call goes through, by `path` (`promises.readFile`):
     * named `labelThrough(object)` where the object has it (`fs.promises.readFile`), else by the
     * twin's own label; and the object when it is handed in without it (`handedInWithout`).
     */
    function reachedThrough(
      api: BlockingApi,
      path: readonly string[],
      labelThrough = (object: string): string => `${object}.${path.join('.')}`,
    ): Pick<Twin, 'describe' | 'handedIn'> {
      return {
        describe: (node) => {
          const object = objectWith(node, api, path);
          return object === undefined ? undefined : { label: labelThrough(object) };
        },
        handedIn: (node) => handedInWithout(node, api, path),
      };
    }

    /**
     * `crypto.pbkdf2` through the object the call used when it has it, else `pbkdf2` imported from
     * the Node module (from the specifier the file already uses for it, `crypto` or `node:crypto`).
     */
    function moduleMemberReference(
      fixer: TSESLint.RuleFixer,
      node: TSESTree.CallExpression,
      api: BlockingApi,
      twinName: string,
    ): { reference: string; fixes: TSESLint.RuleFix[] } | undefined {
      const object = objectWith(node, api, [twinName]);
      if (object !== undefined) return { reference: `${object}.${twinName}`, fixes: [] };
      if (!mayImportInstead(node.callee, objectCalledThrough(node, api))) return undefined;
      const written = node.callee.type === AST_NODE_TYPES.Identifier ? importSourceOf(node.callee, sourceCode) : undefined;
      const source = written !== undefined && written.replace(/^node:/u, '') === api.module ? written : `node:${api.module}`;
      const plan = planNamedImport(fixer, sourceCode, {
        at: node,
        filename: context.filename,
        source,
        sameModuleSources: [api.module, `node:${api.module}`].filter((s) => s !== source),
        name: twinName,
        replacing: node.callee.type === AST_NODE_TYPES.Identifier ? node.callee : undefined,
      });
      return { reference: plan.reference, fixes: plan.fixes };
    }

    /**
     * Whether the twin may be imported from the Node module instead of reached through what the call
     * went through: when that is a name bound to a module by an `import` or a `require` (`fs` of
     * `import * as fs`, a module of yours that re-exports `writeFileSync` but not `promises`), or the
     * callee itself is imported or destructured from one. Not through anything else that has the
     * function, whatever its type (an injected `fs` parameter, `opts.fs || require('fs')`, `this.fs`,
     * `const { writeFileSync } = deps.fs`): the import would bypass it.
     */
    function mayImportInstead(callee: TSESTree.Node, moduleObject: TSESTree.Expression | undefined): boolean {
      if (moduleObject) return isModuleBinding(moduleObject);
      if (callee.type !== AST_NODE_TYPES.Identifier) return false;
      const alias = memberAliasOf(callee, sourceCode);
      return !alias || isModuleBinding(alias.object);
    }

    /**
     * `deps.fs` of `const { writeFileSync } = deps.fs; writeFileSync(p)`, `fs` of `const read =
     * fs.readFileSync; read(p)`: the object an alias was read from, when it means the same at the
     * call; the twin is then reached through it where it has it, as for `deps.fs.writeFileSync(p)`
     * (`deps.fs.promises.writeFile`, `fs.promises.readFile`). Going through a module binding rather
     * than importing the twin keeps that binding in use when the fix removes the alias.
     */
    function injectedObjectOf(callee: TSESTree.Node): TSESTree.Expression | undefined {
      const alias = callee.type === AST_NODE_TYPES.Identifier ? memberAliasOf(callee, sourceCode) : undefined;
      return alias && isSameNameAt(alias.object, callee, sourceCode) ? alias.object : undefined;
    }

    function isModuleBinding(expression: TSESTree.Expression): boolean {
      return expression.type === AST_NODE_TYPES.Identifier && importSourceOf(expression, sourceCode) !== undefined;
    }

    /** Whether the object has the property path (`promises.readFile`): by its type; without one, when it is a module binding. */
    function hasMembers(object: TSESTree.Expression, path: readonly string[]): boolean {
      if (!typeInfo) return true;
      const at = typeInfo.services.esTreeNodeToTSNodeMap.get(object);
      const objectType = typeInfo.services.getTypeAtLocation(object);
      let type = objectType;
      for (const name of path) {
        // An untyped object is taken for the module only where a name is bound to it (`const fs =
        // require('fs')` in TypeScript), not where it may be anything (`opts.fs || require('fs')`).
        if (type.flags & (ts.TypeFlags.Any | ts.TypeFlags.Unknown)) return type !== objectType || isModuleBinding(object);
        const property = typeInfo.checker.getNonNullableType(type).getProperty(name);
        if (!property) return false;
        type = typeInfo.checker.getTypeOfSymbolAtLocation(property, at);
      }
      return true;
    }

    /** The expression standing for the module in `fs.readFileSync` / `fs.realpathSync.native` (peeling the export path). */
    function moduleObjectOf(callee: TSESTree.Node, exportPath: string): TSESTree.Expression | undefined {
      let current: TSESTree.Node = skipIndirectCall(callee);
      for (let i = exportPath.split('.').length; i > 0; i--) {
        if (current.type !== AST_NODE_TYPES.MemberExpression || current.computed || current.optional) return undefined;
        current = current.object;
      }
      return current.type === AST_NODE_TYPES.Super ? undefined : (current as TSESTree.Expression);
    }

    function replaceCall(
      fixer: TSESLint.RuleFixer,
      node: TSESTree.CallExpression,
      newCallee: string,
      extraFixes: readonly TSESLint.RuleFix[],
      extra: { suffix?: string; resultProperty?: string | undefined } = {},
    ): TSESLint.RuleFix[] | null {
      // `a?.b.sync()` and `f?.()`: the rewrite would drop the optional chain; `xSync<T>()`: the type arguments may not fit the twin.
      if (node.optional || node.typeArguments || hasOptionalLink(node.callee)) return null;
      // The callee is rewritten with the parentheses around it (`(fs.readFileSync)(p)`); comments
      // written inside it would be lost, so then there is no fix.
      const calleeEnd = parenthesizedEnd(node);
      if (sourceCode.getAllComments().some((comment) => comment.range[0] >= node.range[0] && comment.range[1] <= calleeEnd)) return null;
      // Argument text (comments included) is kept as written: everything after the callee.
      const argumentsText = sourceCode.text.slice(calleeEnd, node.range[1]);
      const innerText = `${newCallee}${argumentsText}${extra.suffix ?? ''}`;
      const fixes = [...extraFixes, fixWithAwait(fixer, sourceCode, node, { innerText, ...(extra.resultProperty ? { resultProperty: extra.resultProperty } : {}) })];
      // `walk(p)` was the only use of `const walk = fg.sync`: the alias goes too. ESLint applies a
      // fix as one edit from its first change to its last, so not when another fixed call of this
      // rule lies between the alias and this call, or another alias removal spans it: the fixes
      // would wait for each other, one per pass. Nor when it would overlap an edit of this fix.
      const alias = node.callee.type === AST_NODE_TYPES.Identifier ? removeUnusedAlias(fixer, sourceCode, node.callee) : undefined;
      if (!alias) return fixes;
      const span: TSESTree.Range = [Math.min(...alias.map((removal) => removal.range[0])), node.range[1]];
      if (fixedSpans.some((range) => overlaps(range, span)) || alias.some((removal) => fixes.some((fix) => overlaps(removal.range, fix.range)))) return fixes;
      fixedSpans.push(span);
      return [...fixes, ...alias];
    }

    /** Where the call's callee ends with the parentheses written around it: after the `)` of `(fs.readFileSync)`. */
    function parenthesizedEnd(node: TSESTree.CallExpression): number {
      let before = sourceCode.getTokenBefore(node.callee);
      let after = sourceCode.getTokenAfter(node.callee);
      let end = node.callee.range[1];
      while (before?.value === '(' && after?.value === ')' && before.range[0] >= node.range[0]) {
        end = after.range[1];
        before = sourceCode.getTokenBefore(before);
        after = sourceCode.getTokenAfter(after);
      }
      return end;
    }

    function findSibling(node: TSESTree.CallExpression, resolved: ResolvedCallee, info: TypeInfo): Finding | undefined {
      if (resolved.origin === 'package' && IN_MEMORY_FILE_SYSTEMS.has(resolved.module)) return undefined;
      const finding = siblingFinding(node, resolved, info);
      // `readJsonSync(p, { throws: false })`: returns `null` where the async sibling rejects.
      const name = resolved.name.split('.').at(-1) ?? resolved.name;
      const caveats = SIBLING_OPTION_CAVEATS.filter((entry) => entry.module === resolved.module && entry.names.includes(name));
      if (finding) applyOptionCaveats(node, finding, caveats);
      return finding;
    }

    function siblingFinding(node: TSESTree.CallExpression, resolved: ResolvedCallee, info: TypeInfo): Finding | undefined {
      const sibling = findAsyncSibling(node, resolved, info, sourceCode);
      if (!sibling) return undefined;
      const finding: Finding = { api: sibling.api, identity: resolved };
      switch (sibling.kind) {
        case 'container': {
          const containerText = memberObjectText(sourceCode, sibling.container);
          return withoutRewriteUnless(sibling.reachable, withSiblingTwin(finding, sibling.verdict, containerText, () => ({ callee: containerText, fixes: [] })));
        }
        case 'member': {
          const containerText = memberObjectText(sourceCode, sibling.container);
          const twinCallee = `${containerText}.${sibling.label}`;
          // `promisify(loader.load)` would call the method without its `this`.
          const label =
            sibling.verdict === 'callback' && !isModuleObject(sibling.container, info) ? `${twinCallee}.bind(${containerText})` : twinCallee;
          return withoutRewriteUnless(sibling.reachable, withSiblingTwin(finding, sibling.verdict, label, () => ({ callee: twinCallee, fixes: [] })));
        }
        case 'import':
          return withSiblingTwin(finding, sibling.verdict, sibling.name, (fixer) => {
            const plan = planNamedImport(fixer, sourceCode, {
              at: node,
              source: sibling.source,
              name: sibling.name,
              replacing: node.callee.type === AST_NODE_TYPES.Identifier ? node.callee : undefined,
            });
            return { callee: plan.reference, fixes: plan.fixes };
          }, sibling.source);
      }
    }

    /**
     * `walk(p)` after `const walk = fg.sync`, where `fg` means something else at the call (a parameter
     * of that name), or is assigned again: the twin is named as the alias reads it, but the call is
     * not rewritten, neither as a fix nor as a suggestion (`await fg(p)` would call another `fg`).
     */
    function withoutRewriteUnless(reachable: boolean, finding: Finding): Finding {
      if (!reachable && finding.twin) finding.twin.build = undefined;
      return finding;
    }

    /** `fse` of `import fse from 'fs-extra'`, `ns` of `import * as ns`: a module's exports, which need no `this`. */
    function isModuleObject(container: TSESTree.Expression, info: TypeInfo): boolean {
      const symbol = info.services.getTypeAtLocation(container).getSymbol();
      return symbol !== undefined && (symbol.flags & (ts.SymbolFlags.ValueModule | ts.SymbolFlags.NamespaceModule)) !== 0;
    }

    function withSiblingTwin(
      finding: Finding,
      verdict: TwinVerdict,
      label: string,
      reference: (fixer: TSESLint.RuleFixer) => { callee: string; fixes: TSESLint.RuleFix[] },
      from?: string,
    ): Finding {
      if (verdict === 'callback') {
        finding.twin = { label: `promisify(${label})`, from: from ?? 'node:util', valueEqual: false };
        return finding;
      }
      if (verdict === 'arguments') {
        finding.twin = { label, from, valueEqual: false, argumentsDiffer: true };
        return finding;
      }
      finding.twin = {
        label,
        from,
        valueEqual: verdict === 'equal',
        // 'unchecked': nothing is known to differ, so no difference is claimed (a suggestion all the same).
        difference: verdict === 'different' ? 'the async form settles to a different type than the sync form returns' : undefined,
        build: (fixer, node) => {
          const ref = reference(fixer);
          return replaceCall(fixer, node, ref.callee, ref.fixes);
        },
      };
      return finding;
    }
  },
});

interface Twin {
  /** How the twin reads in messages: `readFile`, `promisify(pbkdf2)`, `bcrypt.hash`. */
  label: string;
  /** The module to take it from, for messages. */
  from?: string | undefined;
  /** The object the call goes through when it is handed in and lacks the twin (`path`): no rewrite then. */
  handedIn?: (node: TSESTree.CallExpression) => { object: string; path: string } | undefined;
  /** `label` and `from` for this call where they depend on how it reaches the API (`deps.fs.promises.readFile`); undefined for `label`, `from`. */
  describe?: (node: TSESTree.CallExpression) => { label: string; from?: string | undefined } | undefined;
  valueEqual: boolean;
  difference?: string | undefined;
  /** The twin takes other arguments than the call passes: no rewrite, and the report says why. */
  argumentsDiffer?: boolean | undefined;
  resultProperty?: string | undefined;
  /**
   * The twin for a file descriptor, where the argument may be one or a path (`readFileSync(input)`
   * without types): the call then gets a suggestion for each, and no fix.
   */
  forDescriptor?: Twin | undefined;
  build?: (fixer: TSESLint.RuleFixer, node: TSESTree.CallExpression) => TSESLint.RuleFix[] | null;
}

interface Finding {
  /** The API as named in messages. */
  api: string;
  identity: { module: string; origin: ResolvedCallee['origin']; name: string };
  catalogRow?: BlockingApi;
  twin?: Twin;
  advice?: string;
}

/** Whether this call is the blocking form: `randomBytes(n)` is, `randomBytes(n, cb)` is not; options it may pass can cost the fix (`optionCaveats`). */
function callIsBlocking(node: TSESTree.CallExpression, finding: Finding): boolean {
  const api = finding.catalogRow;
  if (api?.syncWhen === 'no-callback') {
    // The callback follows the size: a lone argument (`randomBytes(SIZE)`) is the size, whatever its name.
    const last = node.arguments.at(-1);
    if (node.arguments.some((argument) => argument.type === AST_NODE_TYPES.SpreadElement)) return false;
    if (node.arguments.length > 1 && last && isFunctionLike(last)) return false;
  }
  const row = api?.twin;
  if (row?.via === 'fs-promises' || row?.via === 'promisify') applyOptionCaveats(node, finding, row.optionCaveats ?? []);
  return true;
}

/** A call that may pass an option of a caveat gets no autofix: a suggestion, or no rewrite at all, and the caveat's explanation. */
function applyOptionCaveats(node: TSESTree.CallExpression, finding: Finding, caveats: readonly OptionCaveat[]): void {
  const twin = finding.twin;
  if (!twin) return;
  for (const caveat of caveats) {
    if (!node.arguments.slice(1).some((argument) => mayPassOption(argument, caveat.options))) continue;
    twin.valueEqual = false;
    twin.difference = caveat.difference;
    if (caveat.rewrite === 'none') twin.build = undefined;
  }
}

/**
 * How a twin reads in a message at this call: its label, and ` from \`module\`` or nothing;
 * `await deps.fs.promises.readFile` where the fix writes that, rather than `readFile` from `node:fs/promises`.
 */
function namedAt(twin: Twin, node: TSESTree.CallExpression): { label: string; from: string } {
  const named = twin.describe?.(node) ?? twin;
  return { label: named.label, from: named.from ? ` from \`${named.from}\`` : '' };
}

/** Whether two ranges share a character (edits that only touch do not overlap). */
function overlaps(a: Readonly<TSESTree.Range>, b: Readonly<TSESTree.Range>): boolean {
  return a[0] < b[1] && b[0] < a[1];
}

function isFunctionLike(node: TSESTree.Node): boolean {
  return node.type === AST_NODE_TYPES.ArrowFunctionExpression || node.type === AST_NODE_TYPES.FunctionExpression || node.type === AST_NODE_TYPES.Identifier;
}

function mayPassOption(argument: TSESTree.Node, names: readonly string[]): boolean {
  // An argument list (`execFileSync(file, ['-l'])`), a string or a number is no options object.
  if (argument.type === AST_NODE_TYPES.ArrayExpression || argument.type === AST_NODE_TYPES.TemplateLiteral) return false;
  if (argument.type !== AST_NODE_TYPES.ObjectExpression) return argument.type !== AST_NODE_TYPES.Literal;
  return argument.properties.some(
    (property) =>
      property.type === AST_NODE_TYPES.SpreadElement ||
      property.computed ||
      (property.key.type === AST_NODE_TYPES.Identifier && names.includes(property.key.name)) ||
      (property.key.type === AST_NODE_TYPES.Literal && names.includes(String(property.key.value))),
  );
}

/**
 * `0`, `fd`, `outFd`, `process.stdin.fd`, `fs.openSync(p)`, `await promisify(fs.open)(p)`: written as
 * a file descriptor, or a `const` (or never reassigned variable) initialised with one (`const same = fd`).
 */
function looksLikeFileDescriptor(node: TSESTree.Node, sourceCode: Readonly<TSESLint.SourceCode>, depth = 0): boolean {
  if (depth > 8) return false;
  switch (node.type) {
    case AST_NODE_TYPES.Literal:
      return typeof node.value === 'number';
    case AST_NODE_TYPES.Identifier: {
      if (/^fd$|Fd$|FD$|^descriptor$|Descriptor$/u.test(node.name)) return true;
      const init = settledInitializer(node, sourceCode);
      return init !== undefined && looksLikeFileDescriptor(skipTypeWrappers(init), sourceCode, depth + 1);
    }
    case AST_NODE_TYPES.AwaitExpression:
      return looksLikeFileDescriptor(skipTypeWrappers(node.argument), sourceCode, depth + 1);
    case AST_NODE_TYPES.MemberExpression:
      return !node.computed && node.property.type === AST_NODE_TYPES.Identifier && looksLikeFileDescriptor(node.property, sourceCode, depth + 1);
    case AST_NODE_TYPES.CallExpression: {
      const callee = node.callee;
      // `promisify(fs.open)(p)`
      if (callee.type === AST_NODE_TYPES.CallExpression && calleeName(callee.callee) === 'promisify') {
        const [promisified] = callee.arguments;
        return promisified !== undefined && calleeName(promisified) === 'open';
      }
      return calleeName(callee) === 'openSync';
    }
    default:
      return false;
  }
}

/**
 * `'config.json'`, `` `${dir}/a` ``, `dir + '/a'`, `path.join(…)`, `fileURLToPath(…)`, `new URL(…)`,
 * `__filename`, `import.meta.filename`, `process.argv[2]`, `file`, `configPath`, `options.filename`:
 * written as a path (a string, a URL), named as one, or a `const` (or never reassigned variable)
 * initialised with one. A name counts only in a file that shows no file descriptor (`showsDescriptor`):
 * where one is opened, `this.logFile = fs.openSync(p, 'a')`, a name says nothing.
 */
function looksLikePath(node: TSESTree.Node, sourceCode: Readonly<TSESLint.SourceCode>, depth = 0): boolean {
  if (depth > 8) return false;
  switch (node.type) {
    case AST_NODE_TYPES.Literal:
      return typeof node.value === 'string';
    case AST_NODE_TYPES.TemplateLiteral:
      return true;
    case AST_NODE_TYPES.BinaryExpression:
      // `dir + '/a'`: a string on either side makes the sum a string.
      return node.operator === '+' && [node.left, node.right].some((side) => side.type === AST_NODE_TYPES.TemplateLiteral || (side.type === AST_NODE_TYPES.Literal && typeof side.value === 'string'));
    case AST_NODE_TYPES.Identifier: {
      if (PATH_NAME.test(node.name) && !showsDescriptor(sourceCode)) return true;
      const init = settledInitializer(node, sourceCode);
      return init !== undefined && looksLikePath(skipTypeWrappers(init), sourceCode, depth + 1);
    }
    case AST_NODE_TYPES.MemberExpression:
      // `process.argv[2]`, `process.env.CONFIG`: strings.
      if (isProcessProperty(node.object, ['argv', 'env'], sourceCode)) return true;
      return !node.computed && node.property.type === AST_NODE_TYPES.Identifier && PATH_NAME.test(node.property.name) && !showsDescriptor(sourceCode);
    case AST_NODE_TYPES.CallExpression:
      return PATH_FUNCTIONS.has(calleeName(node.callee) ?? '');
    case AST_NODE_TYPES.NewExpression:
      return node.callee.type === AST_NODE_TYPES.Identifier && node.callee.name === 'URL';
    default:
      return false;
  }
}

/**
 * Names of paths: `file`, `filename`, `dest`, `src`, `__dirname`, `configPath`, `outFile`, `srcDir`,
 * `baseUrl`, `config_path`, `CONFIG_FILE` (a word of its own, so `profile` is none).
 */
const PATH_NAME =
  /^(?:path|file|filename|fileName|dir|dirname|directory|url|dest|destination|src|__filename|__dirname)$|(?:Path|File|FileName|Filename|Dir|Dirname|Directory|Url|URL)$|_(?:path|file|filename|dir|url|PATH|FILE|FILENAME|DIR|URL)$/u;

const showsDescriptorCache = new WeakMap<TSESTree.Program, boolean>();

/**
 * Whether the file's code (not its comments or strings) opens or handles file descriptors:
 * `openSync`, `fs.open(…)`, `promisify(fs.open)`, an `fd` or `outFd`. There a name such as `logFile`
 * may hold one, so names are no evidence of a path.
 */
function showsDescriptor(sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  const program = sourceCode.ast;
  let answer = showsDescriptorCache.get(program);
  if (answer === undefined) {
    const tokens = program.tokens ?? [];
    answer = tokens.some(
      (token, index) =>
        token.type === AST_TOKEN_TYPES.Identifier &&
        (token.value === 'openSync' ||
          token.value === 'fd' ||
          /[a-z]Fd$/u.test(token.value) ||
          (token.value === 'open' && tokens[index - 1]?.value === '.' && (tokens[index + 1]?.value === '(' || tokens[index + 1]?.value === ')'))),
    );
    showsDescriptorCache.set(program, answer);
  }
  return answer;
}

/** Functions that return a path: `path.join`/`resolve`/`relative`/`normalize`/`format`, `fileURLToPath`, `require.resolve`, `String`. */
const PATH_FUNCTIONS: ReadonlySet<string> = new Set(['join', 'resolve', 'relative', 'normalize', 'format', 'toNamespacedPath', 'fileURLToPath', 'String']);

/** Whether the callee goes through an optional link (`fs?.readFileSync`, `fg?.sync`). */
function hasOptionalLink(callee: TSESTree.Node): boolean {
  let current: TSESTree.Node = unwrapChain(callee);
  while (current.type === AST_NODE_TYPES.MemberExpression) {
    if (current.optional) return true;
    current = current.object;
  }
  return false;
}
