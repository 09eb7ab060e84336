import { readFileSync } from 'node:fs';
import type * as PiscinaModule from 'piscina';
import { afterEach, expect, it, vi } from 'vitest';
import { closeOffload } from '../dist/index.js';
import { slow } from './support.js';

// The file the pool hands to piscina, recorded by wrapping piscina's constructor.
const seen = vi.hoisted(() => ({ filenames: [] as string[] }));

vi.mock('piscina', async (importOriginal) => {
  const actual = await importOriginal<typeof PiscinaModule>();
  class Recording extends actual.Piscina {
    constructor(options: ConstructorParameters<typeof actual.Piscina>[0]) {
      seen.filenames.push(String(options?.filename));
      super(options);
    }
  }
  return { ...actual, Piscina: Recording };
});

afterEach(async () => {
  await closeOffload();
});

// Piscina loads its worker file with require(). On Node 20, require() of an ES module aborts
// the process when the thread is terminated during the module's instantiation (closeOffload()
// on a thread that is still starting), so the file must be CommonJS. The abort itself is a race
// too rare to reproduce in a test; what makes it impossible is checked here.
it('gives piscina a CommonJS worker file, so no thread loads an ES module through require()', async () => {
  const result = await slow(1, 'through the entry');
  expect(result.value).toBe('through the entry');
  expect(seen.filenames).toHaveLength(1);
  const [filename] = seen.filenames as [string];
  expect(filename).toMatch(/[/\\]dist[/\\]worker-entry\.cjs$/);
  const source = readFileSync(filename, 'utf8');
  expect(source).toContain('module.exports = runTask;');
  expect(source).not.toMatch(/^\s*(import|export)\s/m);
});
