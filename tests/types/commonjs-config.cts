/* eslint-disable @typescript-eslint/no-require-imports -- a CommonJS consumer: require() is what it tests */
// A CommonJS consumer: require() of the ESM-only package returns the plugin itself
// (its `module.exports` export), so there is no `.default` to reach for.
import eventLoop = require('eslint-plugin-event-loop');
import eslintConfig = require('eslint/config');

export = eslintConfig.defineConfig([
  eventLoop.configs.recommended,
  { plugins: { 'event-loop': eventLoop }, rules: { 'event-loop/no-sync-in-async': ['error', { allow: ['existsSync'] }] } },
]);

// @ts-expect-error: the CommonJS view is the plugin itself, not an ES module namespace with a default.
void eventLoop.default;
