// Linted without type information: only what the syntax proves is reported.
import { readFileSync } from 'node:fs';
import * as fs from 'fs';
import bcrypt from 'bcrypt';
import { loadUser } from './users.js';
import { digestAll } from './hash.js';

export async function handle(path: string): Promise<string> {
  const text = readFileSync(path, 'utf8');
  fs.writeFileSync(`${path}.bak`, text);
  // bcrypt's types are needed to know hashSync has an async sibling: not reported
  const hash = bcrypt.hashSync(text, 10);
  // loadUser returns a promise, which only the checker can tell: not reported
  const user = loadUser(1);
  // digestAll is tagged @cpuHeavy in another file: not reported
  return `${user.name}:${hash}:${digestAll([text])}`;
}
