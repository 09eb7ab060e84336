// Plain JavaScript (ESM, allowJs + checkJs): default imports
import fs from 'node:fs';
import crypto from 'node:crypto';

/**
 * @param {string} path
 * @returns {Promise<{ name: string }>}
 */
export async function readConfig(path) {
  const raw = fs.readFileSync(path).toString();
  return JSON.parse(raw);
}

/** @returns {Promise<string>} */
export async function sessionId() {
  return crypto.randomBytes(16).toString('hex'); // 128 bits
}
