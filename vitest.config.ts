import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    globals: true,
    include: ['tests/**/*.test.ts'],
    exclude: ['**/node_modules/**', 'tests/fixtures/**', 'tests/e2e/projects/**'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
