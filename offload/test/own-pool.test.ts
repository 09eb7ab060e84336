// The README's "Using your own pool instead" example, run as written: the contract it shows must
// hold for the modules the rule's fix points at, CommonJS exports that Node cannot detect included.

import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const packageDir = fileURLToPath(new URL('..', import.meta.url));
const fixture = (name: string): string => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));

/** The README's code block that holds `app/pool.js` and `app/pool-worker.cjs`, split into the two files. */
function ownPoolFiles(): { pool: string; worker: string } {
  const readme = fs.readFileSync(path.join(packageDir, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('### Using your own pool instead'));
  const block = /```js\n(\/\/ app\/pool\.js[^\n]*\n[\s\S]*?)```/u.exec(section)?.[1];
  if (!block) throw new Error('README: no `// app/pool.js` block under "Using your own pool instead"');
  const at = block.indexOf('// app/pool-worker.cjs');
  if (at === -1) throw new Error('README: the block has no `// app/pool-worker.cjs` part');
  return { pool: block.slice(0, at), worker: block.slice(at) };
}

describe("the README's own pool", () => {
  let dir = '';
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'offload-own-pool-'));
    const { pool, worker } = ownPoolFiles();
    fs.mkdirSync(path.join(dir, 'app'));
    fs.writeFileSync(path.join(dir, 'package.json'), '{ "type": "module" }\n');
    fs.writeFileSync(path.join(dir, 'app', 'pool.js'), pool);
    fs.writeFileSync(path.join(dir, 'app', 'pool-worker.cjs'), worker);
    // The example imports piscina as an app that depends on it would.
    fs.symlinkSync(path.join(packageDir, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
    fs.writeFileSync(
      path.join(dir, 'main.js'),
      [
        "import { offload } from './app/pool.js';",
        'const [, , esm, cjs] = process.argv;',
        "const results = [await offload(esm, 'add', 2, 40), await offload(cjs, 'shout', 'done'), await offload('node:path', 'basename', '/a/b.txt')];",
        'console.log(JSON.stringify(results));',
        'process.exit(0);',
      ].join('\n'),
    );
  });
  afterAll(() => {
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('runs named ES exports, CommonJS exports Node cannot detect, and built-ins', async () => {
    const { stdout } = await run(process.execPath, [path.join(dir, 'main.js'), fixture('math.mjs'), fixture('assigned.cjs')], {
      cwd: dir,
      timeout: 20_000,
    });
    expect(JSON.parse(stdout)).toEqual([42, 'DONE!', 'b.txt']);
  });
});
