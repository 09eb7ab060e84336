import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ts from 'typescript';
import { afterAll, describe, expect, it } from 'vitest';
import { parameterWrittenThrough } from '../../src/analysis/parameter-writes.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'parameter-writes-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** `parameterWrittenThrough` of each exported function of `code`, by name. */
function written(code: string): Record<string, { index: number; name: string } | undefined> {
  const file = path.join(dir, 'functions.ts');
  fs.writeFileSync(file, code);
  const program = ts.createProgram([file], { strict: true, noEmit: true });
  const checker = program.getTypeChecker();
  const module = checker.getSymbolAtLocation(program.getSourceFile(file)!)!;
  return Object.fromEntries(checker.getExportsOfModule(module).map((symbol) => [symbol.getName(), parameterWrittenThrough(symbol)]));
}

describe('parameterWrittenThrough', () => {
  it('finds writes through a parameter, a name destructured from one, and the members of either', () => {
    expect(
      written(`
        export function assigns(a: number, stats: { count: number }) { stats.count = a; return a; }
        export function increments(cells: number[], i: number) { cells[i]++; return i; }
        export function deletes(cache: Record<string, number>) { delete cache.old; return 1; }
        export function sorts(rows: number[]) { return rows.sort().length; }
        export const fills = (rows: number[][]) => rows.map((row) => row.fill(0)).length;
        export function merges(options: object) { return Object.assign(options, { a: 1 }); }
        export function destructured({ rows }: { rows: string[] }) { rows.push('x'); return rows.length; }
        export function deep(state: { a: { b: number[] } }) { state.a.b.reverse(); return 0; }
      `),
    ).toEqual({
      assigns: { index: 1, name: 'stats' },
      increments: { index: 0, name: 'cells' },
      deletes: { index: 0, name: 'cache' },
      sorts: { index: 0, name: 'rows' },
      // A callback's own parameter `row` is not one of the function's.
      fills: undefined,
      merges: { index: 0, name: 'options' },
      destructured: { index: 0, name: 'rows' },
      deep: { index: 0, name: 'state' },
    });
  });

  it('finds writes that are not an assignment operator: destructuring targets, loop heads, logical assignment', () => {
    expect(
      written(`
        export function swaps(pair: number[], other: number[]) { [pair[0], pair[1]] = [other[1], other[0]]; return 0; }
        export function spreads(out: { rest: number[] }, list: number[]) { [, ...out.rest] = list; return 0; }
        export function picks(target: { a?: number }, source: { a: number }) { ({ a: target.a } = source); return 0; }
        export function loops(state: { item?: string }, list: string[]) { for (state.item of list) {} return 0; }
        export function keys(state: { key?: string }, record: object) { for (state.key in record) {} return 0; }
        export function defaults(cells: (number | undefined)[]) { cells[0] ??= 1; return 0; }
        export function cast(value: unknown) { (value as { seen: boolean }).seen = true; return 0; }
      `),
    ).toEqual({
      swaps: { index: 0, name: 'pair' },
      spreads: { index: 0, name: 'out' },
      picks: { index: 0, name: 'target' },
      loops: { index: 0, name: 'state' },
      keys: { index: 0, name: 'state' },
      defaults: { index: 0, name: 'cells' },
      cast: { index: 0, name: 'value' },
    });
  });

  it('sees no write in reads, a parameter assigned anew, or a rest array made for the call', () => {
    expect(
      written(`
        export function reads(rows: number[]) { return rows.map((row) => row * 2).filter(Boolean).slice(1).length; }
        export function reassigns(rows: number[]) { rows = rows.slice(); rows.sort(); return rows; }
        export function rest(...items: number[]) { items.push(1); return items.length; }
        export declare function declared(rows: number[]): number;
        export function keyed(rows: number[], index: number) { const copy = [...rows]; copy[index] = 0; ({ a: copy[index] } = { a: index }); return copy; }
        export function property(source: { rows: number[] }) { const out = { rows: [] as number[] }; out.rows[0] = source.rows[0]; return out; }
      `),
    ).toEqual({
      reads: undefined,
      // `rows = rows.slice()` is no write into the caller's array; the later `rows.sort()` is
      // counted all the same (the name, not the value, is followed): a suggestion rather than a fix.
      reassigns: { index: 0, name: 'rows' },
      rest: undefined,
      declared: undefined,
      // A parameter used as a key (\`copy[index]\`) or a member read on the right is not written through.
      keyed: undefined,
      property: undefined,
    });
  });
});
