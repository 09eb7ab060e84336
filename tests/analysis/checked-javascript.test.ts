import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TSESLint } from '@typescript-eslint/utils';
import { afterAll, describe, expect, it } from 'vitest';
import { typesAreChecked } from '../../src/analysis/checked-javascript.js';
import type { TypeInfo } from '../../src/analysis/type-info.js';
import { probeNodes } from './harness.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'checked-js-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** A tsconfig in the temp dir with `compilerOptions`, and type information whose program was built from it. */
function projectWith(compilerOptions: Record<string, unknown>, name: string): TypeInfo {
  const configFilePath = path.join(dir, `${name}.json`);
  fs.writeFileSync(configFilePath, JSON.stringify({ compilerOptions }));
  // typescript-eslint builds every program with `checkJs: true`, whatever the tsconfig says.
  return { program: { getCompilerOptions: () => ({ checkJs: true, configFilePath }) } } as unknown as TypeInfo;
}

function checked(code: string, filename: string, typeInfo: TypeInfo | undefined): boolean {
  const [result] = probeNodes(code, (_node, context) => typesAreChecked(filename, context.sourceCode as Readonly<TSESLint.SourceCode>, typeInfo), {
    filename,
    selector: 'Program',
  });
  return result as boolean;
}

describe('typesAreChecked', () => {
  const plain = projectWith({ allowJs: true }, 'plain');
  const checkJs = projectWith({ allowJs: true, checkJs: true }, 'check-js');

  it('is true for TypeScript', () => {
    expect(checked('export const a = 1;', 'file.ts', plain)).toBe(true);
    expect(checked('export const a = 1;', 'file.mts', undefined)).toBe(true);
  });

  it("follows the tsconfig's checkJs for JavaScript, not the program's", () => {
    expect(checked('export const a = 1;', 'script.js', plain)).toBe(false);
    expect(checked('export const a = 1;', 'script.cjs', checkJs)).toBe(true);
    expect(checked('export const a = 1;', 'script.js', undefined)).toBe(false);
  });

  it('lets a leading // @ts-check or // @ts-nocheck decide', () => {
    expect(checked('// @ts-check\nexport const a = 1;', 'script.js', plain)).toBe(true);
    expect(checked('/* @ts-nocheck */\nexport const a = 1;', 'script.js', checkJs)).toBe(false);
    expect(checked('export const a = 1; // @ts-check', 'script.js', plain)).toBe(false);
  });
});
