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

// A local alias of a member: when its only call is rewritten, the alias goes too
// (this project has `noUnusedLocals`, so a leftover alias would be a new error).
const { writeFileSync: persist } = fs;

export async function saveSecrets(path: string, body: string): Promise<void> {
  persist(path, body);
}
