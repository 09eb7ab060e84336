// A CommonJS TypeScript module (.cts): import = require()
import fs = require('fs');
import crypto = require('node:crypto');

export async function deriveKey(password: string, salt: Buffer): Promise<string> {
  const key = crypto.pbkdf2Sync(password, salt, 100_000, 64, 'sha512');
  return key.toString('hex');
}

export async function loadSecrets(path: string): Promise<Record<string, string>> {
  /* secrets are small */
  return JSON.parse(fs.readFileSync(path, 'utf8')) as Record<string, string>;
}
