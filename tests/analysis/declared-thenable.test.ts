import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { isThenableType } from 'ts-api-utils';
import ts from 'typescript';
import { afterAll, describe, expect, it } from 'vitest';
import { callsUntypedCallee, cannotBeThenable } from '../../src/analysis/declared-thenable.js';
import type { TypeInfo } from '../../src/analysis/type-info.js';

// The declaration pre-filter on a real program: each `const probe… = <expression>;` is judged, and
// every expression it clears must be one the checker, asked afterwards, types without a `then`.

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'declared-thenable-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const HELPERS = `
  export type Def = { name: string; inputs: string[] };
  export interface User { id: number }
  export declare function loadUser(): Promise<User>;
  export declare function merge<T extends Record<string, unknown>>(first: T, ...rest: Partial<T>[]): T;
  export declare function identity<T>(value: T): T;
  export declare function orDefault<T>(value: T | undefined, fallback: T): T;
  export declare function firstOf<T>(value: T, others: T[]): T;
  export declare function withCallback<T>(value: T, callback: (value: T) => void): T;
  export declare function settled<T extends PromiseLike<unknown>>(value: T): T;
  export declare function bounded<T extends U, U>(value: T): T;
  export declare function wrapped<T>(value: Readonly<T>): T;
  export interface Options { type: string }
  export interface Argv<T> {
    option<K extends string>(key: K, options: Options): Argv<T & { [key in K]: string }>;
    command<U = T>(command: string, description: string, builder?: (args: Argv<T>) => Argv<U>): Argv<T>;
    command<O extends { [key: string]: Options }>(command: string, description: string, builder?: O): Argv<T>;
    parse(): T;
  }
  export interface Box<T> {
    get(): T;
    map<U>(callback: (value: T) => U): Box<U>;
  }
`;

let counter = 0;

interface Verdict {
  readonly text: string;
  readonly cleared: boolean;
  readonly thenable: boolean;
}

/** The checker work (types and instantiations created) of the pre-filter's verdicts, then of the checker's own typing of the same expressions. */
const work = { prefilter: 0, checker: 0 };

/** The verdicts for each `probe…` initialiser of `code` (after HELPERS), with the checker's own answer for each. */
function judge(code: string): Verdict[] {
  const file = path.join(dir, `case${counter++}.ts`);
  fs.writeFileSync(file, `${HELPERS}\n${code}`);
  const program = ts.createProgram([file], { strict: true, target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.NodeNext, noEmit: true });
  const checker = program.getTypeChecker();
  const typeInfo = { program, checker } as unknown as TypeInfo;
  const sourceFile = program.getSourceFile(file)!;
  const probes: ts.Expression[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.name.text.startsWith('probe') && node.initializer) probes.push(node.initializer);
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  // Internal counters of the checker (what `bench/marginal.js` measures): deterministic, unlike time.
  const counters = checker as unknown as { getTypeCount(): number; getInstantiationCount(): number };
  const created = (): number => counters.getTypeCount() + counters.getInstantiationCount();
  checker.getTypeAtLocation(sourceFile.statements[0]!); // the default library's types, which any question needs
  // All the pre-filter's verdicts first, before the checker has typed the expressions themselves.
  const before = created();
  const cleared = probes.map((probe) => cannotBeThenable(typeInfo, probe));
  work.prefilter = created() - before;
  const types = probes.map((probe) => checker.getTypeAtLocation(probe));
  work.checker = created() - before - work.prefilter;
  return probes.map((probe, index) => ({
    text: probe.getText(sourceFile),
    cleared: cleared[index]!,
    thenable: isThenableType(checker, probe, types[index]!),
  }));
}

describe('cannotBeThenable: calls that return a type parameter of their own', () => {
  it('clears a call whose type parameter is inferred from arguments without `then`', () => {
    const verdicts = judge(`
      declare const def: Def;
      declare const rest: Partial<Def>;
      declare const user: User | undefined;
      declare const fallback: User;
      const probe1 = merge(def, rest);
      const probe2 = identity(fallback);
      const probe3 = orDefault(user, fallback);
      const probe4 = identity<User>(fallback);
      const probe5 = wrapped(fallback);
    `);
    expect(verdicts.map(({ text, cleared }) => [text, cleared])).toEqual([
      ['merge(def, rest)', true],
      ['identity(fallback)', true],
      ['orDefault(user, fallback)', true],
      ['identity<User>(fallback)', true],
      // `Readonly<T>` alone: inferred at a lower priority, but nothing of a higher one is there to check.
      ['wrapped(fallback)', false],
    ]);
    expect(verdicts.filter(({ cleared }) => cleared).every(({ thenable }) => !thenable)).toBe(true);
  });

  it('leaves to the checker what an argument, a written type argument or a constraint may make a thenable', () => {
    const verdicts = judge(`
      declare const fallback: User;
      declare const users: Promise<User>[];
      const probe1 = identity(loadUser());
      const probe2 = identity<Promise<User>>(loadUser());
      const probe3 = firstOf(fallback, users as never);
      const probe4 = withCallback(fallback, (value) => value);
      const probe5 = settled(loadUser());
      const probe6 = bounded(fallback);
      const probe7 = identity(...[fallback] as const);
    `);
    expect(verdicts.map(({ text, cleared }) => [text, cleared])).toEqual([
      ['identity(loadUser())', false],
      ['identity<Promise<User>>(loadUser())', false],
      // `T[]` gives an inference of the same priority as `T`: the other argument could decide.
      ['firstOf(fallback, users as never)', false],
      ['withCallback(fallback, (value) => value)', false],
      ['settled(loadUser())', false],
      ['bounded(fallback)', false],
      ['identity(...[fallback] as const)', false],
    ]);
  });

  it('agrees with the checker where the argument of the same priority is a promise', () => {
    const verdicts = judge(`
      declare const fallback: User;
      declare const maybe: Promise<User> | undefined;
      // \`fallback\` (declared \`T\`) is inferred from before \`value\` (declared \`T | undefined\`).
      const probe1 = orDefault(maybe as never, fallback);
    `);
    expect(verdicts).toEqual([{ text: 'orDefault(maybe as never, fallback)', cleared: true, thenable: false }]);
  });
});

describe("cannotBeThenable: members of a generic interface's instantiations", () => {
  it('judges a chain of methods, and a callback parameter, from the generic declaration', () => {
    const verdicts = judge(`
      declare const argv: Argv<{}>;
      const probe1 = argv.command('serve', 'Serve', (yargs) => yargs.option('port', { type: 'number' })).option('verbose', { type: 'boolean' });
      argv.command('build', 'Build', (yargs) => {
        const probe2 = yargs;
        const probe3 = yargs.option('out', { type: 'string' }).option('watch', { type: 'boolean' });
        return probe3;
      });
    `);
    expect(verdicts).toEqual([
      { text: expect.stringMatching(/^argv\.command\('serve'/u), cleared: true, thenable: false },
      { text: 'yargs', cleared: true, thenable: false },
      { text: "yargs.option('out', { type: 'string' }).option('watch', { type: 'boolean' })", cleared: true, thenable: false },
    ]);
    // Without resolving the overloads of `command` and `option` (which the checker's own types of the same expressions need).
    expect(work.prefilter).toBeLessThan(work.checker);
  });

  it("follows a call whose declared (or inferred) return type is the generic interface's", () => {
    const verdicts = judge(`
      declare const argv: Argv<{}>;
      function withPath<T>(yargs: Argv<T>) {
        return yargs.option('path', { type: 'string' });
      }
      const probe1 = withPath(argv.option('port', { type: 'number' })).option('verbose', { type: 'boolean' });
    `);
    expect(verdicts).toEqual([{ text: expect.stringMatching(/^withPath/u), cleared: true, thenable: false }]);
    expect(work.prefilter).toBeLessThan(work.checker);
  });

  it('leaves to the checker what a type parameter of the interface gives', () => {
    const verdicts = judge(`
      declare const box: Box<Promise<number>>;
      const probe1 = box.get();
      box.map((value) => {
        const probe2 = value;
        return probe2;
      });
      const probe3 = box.map((value) => value.then(String)).get();
    `);
    expect(verdicts.map(({ text, cleared, thenable }) => [text, cleared, thenable])).toEqual([
      ['box.get()', false, true],
      ['value', false, true],
      ['box.map((value) => value.then(String)).get()', false, true],
    ]);
  });
});

describe('callsUntypedCallee', () => {
  it('is true for a function of a module the compiler cannot find, false for a typed one', () => {
    const file = path.join(dir, `untyped${counter++}.ts`);
    fs.writeFileSync(file, `${HELPERS}\n// @ts-ignore\nimport { from } from './missing.js';\nfrom(loadUser());\nidentity(loadUser());\nnew Map([]);\n`);
    const program = ts.createProgram([file], { strict: true, noEmit: true, module: ts.ModuleKind.NodeNext });
    const typeInfo = { program, checker: program.getTypeChecker() } as unknown as TypeInfo;
    const calls: (ts.CallExpression | ts.NewExpression)[] = [];
    const visit = (node: ts.Node): void => {
      if ((ts.isCallExpression(node) || ts.isNewExpression(node)) && ts.isExpressionStatement(node.parent)) calls.push(node);
      ts.forEachChild(node, visit);
    };
    visit(program.getSourceFile(file)!);
    expect(calls.map((call) => callsUntypedCallee(typeInfo, call))).toEqual([true, false, false]);
  });
});
