#!/usr/bin/env node
// orders-admin: one-off maintenance commands. A CLI runs alone, so blocking calls harm no one.
import { execSync } from 'node:child_process';
import { pbkdf2Sync, randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import type { Account } from './db.js';

const ACCOUNTS = new URL('../accounts.json', import.meta.url);

async function main(command: string | undefined, args: string[]): Promise<void> {
  switch (command) {
    case 'add-user': {
      const [user, password] = args;
      if (!user || !password) throw new Error('usage: orders-admin add-user <user> <password>');
      const accounts = existsSync(ACCOUNTS) ? (JSON.parse(readFileSync(ACCOUNTS, 'utf8')) as Account[]) : [];
      const salt = randomBytes(16).toString('hex');
      const hash = pbkdf2Sync(password, salt, 210_000, 64, 'sha512').toString('hex');
      writeFileSync(ACCOUNTS, JSON.stringify([...accounts, { user, salt, hash }], null, 2));
      console.log(`added ${user}`);
      return;
    }
    case 'release':
      console.log(execSync('git describe --tags', { encoding: 'utf8' }).trim());
      return;
    default:
      throw new Error(`unknown command ${command ?? '(none)'}; try add-user or release`);
  }
}

await main(process.argv[2], process.argv.slice(3));
