import { describe, expect, it } from 'vitest';
import ts from 'typescript';
import { calleeNamesWorthResolving } from '../../src/analysis/callee-names.js';

/** A program over in-memory files (no default library, so only these files are scanned). */
function programOf(files: Record<string, string>, options: ts.CompilerOptions = {}): ts.Program {
  const compilerOptions: ts.CompilerOptions = { noLib: true, allowJs: true, target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, ...options };
  const host = ts.createCompilerHost(compilerOptions);
  host.fileExists = (name) => name in files;
  host.readFile = (name) => files[name];
  host.getSourceFile = (name, languageVersion) =>
    name in files ? ts.createSourceFile(name, files[name] ?? '', languageVersion, true) : undefined;
  return ts.createProgram({ rootNames: Object.keys(files), options: compilerOptions, host });
}

const tags = new Set(['cpuHeavy']);
const sorted = (names: ReadonlySet<string> | undefined): string[] | undefined => (names ? [...names].sort() : undefined);

describe('calleeNamesWorthResolving', () => {
  it('collects tagged declarations of every kind, and `default` for namespace access to a default export', () => {
    const program = programOf({
      '/p/work.ts': [
        '/** @cpuHeavy */ export function hash(s: string) { return s; }',
        '/** @cpuHeavy */ export const tally = (v: number[]) => v.length, other = 1;',
        'export class Codec {',
        '  /** @cpuHeavy */ encode(b: Uint8Array) { return b; }',
        '  /** @cpuHeavy */ static "decode-all"(b: Uint8Array) { return b; }',
        '}',
        'export interface Api {',
        '  /** @cpuHeavy */',
        '  sortAll(v: number[]): void;',
        '}',
        '/** @param s a string, not a tag that counts */',
        'export function light(s: string) { return s; }',
      ].join('\n'),
      '/p/default.ts': '/** @cpuHeavy */\nexport default function (n: number) { return n; }',
    });
    expect(sorted(calleeNamesWorthResolving(program, { tags, names: [] }))).toEqual(
      ['decode-all', 'default', 'encode', 'hash', 'other', 'sortAll', 'tally'].sort(),
    );
  });

  it('adds the names seeds are re-exported, imported, aliased (through casts too) or exported under, to a fixed point', () => {
    const program = programOf({
      '/p/work.ts': '/** @cpuHeavy */ export function hash(s: string) { return s; }',
      '/p/a.ts': "export { hash as hashSecret } from './work';\nexport { hashSecret as hidden } from './b';",
      '/p/b.ts': "import { hashSecret as local } from './a';\nexport const hashSecret = local;\nexport const castHash = <typeof local>local;\nexport const { read: readBook } = ({} as { read(): void });",
      '/p/c.cjs': "const work = require('./work');\nexports.fastHash = work.hash;\nmodule.exports = { quickHash: work.hash, unrelated: work.other };",
    });
    expect(sorted(calleeNamesWorthResolving(program, { tags, names: ['xlsx.read', 'Effect.runSync'] }))).toEqual(
      ['castHash', 'default', 'fastHash', 'hash', 'hashSecret', 'hidden', 'local', 'quickHash', 'read', 'readBook', 'runSync'].sort(),
    );
  });

  it('gives up (undefined: resolve every call) when a tagged declaration has a computed name', () => {
    const program = programOf({
      '/p/work.ts': "const key = 'hash';\nexport const api = {\n  /** @cpuHeavy */ [key](s: string) { return s; },\n};",
    });
    expect(calleeNamesWorthResolving(program, { tags, names: ['read'] })).toBeUndefined();
  });

  it('without tags or names, no member call is worth resolving', () => {
    const program = programOf({ '/p/work.ts': '/** @cpuHeavy */ export function hash(s: string) { return s; }' });
    expect(sorted(calleeNamesWorthResolving(program, { tags: new Set(), names: [] }))).toEqual([]);
  });

  it('computes once per program and seeds', () => {
    const program = programOf({ '/p/work.ts': '/** @cpuHeavy */ export function hash(s: string) { return s; }' });
    const first = calleeNamesWorthResolving(program, { tags, names: ['a', 'b'] });
    expect(calleeNamesWorthResolving(program, { tags, names: ['b', 'a'] })).toBe(first);
    expect(calleeNamesWorthResolving(program, { tags, names: ['c'] })).not.toBe(first);
  });
});
