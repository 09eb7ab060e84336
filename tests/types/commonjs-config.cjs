// @ts-check
// A plain-JavaScript CommonJS eslint.config.cjs, checked by TypeScript as an editor checks it (checkJs).
/* global require, module */
/* eslint-disable @typescript-eslint/no-require-imports -- a CommonJS consumer: require() is what it tests */
const { defineConfig } = require('eslint/config');
const eventLoop = require('eslint-plugin-event-loop');

module.exports = defineConfig([
  eventLoop.configs.recommended,
  { plugins: { 'event-loop': eventLoop }, rules: { 'event-loop/no-sync-in-async': ['error', { allow: ['existsSync'] }] } },
]);

// @ts-expect-error: require() gives the plugin itself, not an ES module namespace with a default.
void eventLoop.default;
