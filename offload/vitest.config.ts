import { defineConfig } from 'vitest/config';

// The tests drive real worker threads. They import the built package (`dist/`), because a
// worker thread runs plain JavaScript files and never goes through Vitest's transform.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['**/node_modules/**', 'test/fixtures/**'],
    // Each file starts its own pool of threads; one file at a time keeps a 2-core machine usable.
    fileParallelism: false,
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
