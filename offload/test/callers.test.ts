// The package as its users meet it: by name, from an ES module and from a CommonJS program in a
// fresh `node` process, and through TypeScript's module settings. (The fixtures resolve the
// package through its own name, which Node and TypeScript allow inside the package.)

import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const packageDir = fileURLToPath(new URL('..', import.meta.url));
const fixture = (name: string): string => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');

let twiceHashed = 'abc';
for (let round = 0; round < 2; round += 1) twiceHashed = createHash('sha256').update(twiceHashed).digest('hex');

describe('a program using the package', () => {
  // Each program ends without calling closeOffload(): the timeout proves the idle pool does not
  // keep a process alive, and the empty stderr that require(esm) gave no warning.
  it('works from an ES module', async () => {
    const { stdout, stderr } = await run(process.execPath, [fixture('caller.mjs')], { cwd: packageDir, timeout: 20_000 });
    expect(stderr).toBe('');
    expect(JSON.parse(stdout)).toEqual({ digest: twiceHashed, product: 42, callerOnMainThread: true, workerFormat: 'cjs' });
  });

  it('works from CommonJS, as the same module instance (one pool) as the ES entry', async () => {
    const { stdout, stderr } = await run(process.execPath, [fixture('caller.cjs')], { cwd: packageDir, timeout: 20_000 });
    expect(stderr).toBe('');
    expect(JSON.parse(stdout)).toEqual({ digest: twiceHashed, cube: 27, sameModule: true, completedInOnePool: true });
  });
});

describe('the type declarations', () => {
  // skipLibCheck is off in these projects, so an error inside the package's own .d.ts / .d.cts
  // fails the run, as it would for a user who checks libraries.
  it.concurrent.each(['node16', 'nodenext'])('type-check CommonJS and ESM consumers under module %s', async (setting) => {
    const project = fixture(`types/tsconfig.${setting}.json`);
    const result = await run(process.execPath, [tsc, '-p', project], { cwd: packageDir, timeout: 60_000 }).catch(
      (error: { stdout: string; stderr: string }) => error,
    );
    expect(result.stdout + result.stderr).toBe('');
  });
});
