// CommonJS JavaScript (.cjs): require() with destructuring, and a module object
'use strict';
const { readdirSync, mkdirSync } = require('node:fs'); // the sync APIs, for now
const zlib = require('zlib');

/**
 * @param {string} dir
 * @param {Buffer} data
 */
async function archive(dir, data) {
  mkdirSync(dir, { recursive: true });
  const names = readdirSync(dir);
  return { names, packed: zlib.gzipSync(data /* level: default */) };
}

module.exports = { archive };
