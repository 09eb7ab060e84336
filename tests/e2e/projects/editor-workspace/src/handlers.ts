import fs from 'node:fs';
import { execSync } from 'node:child_process';
import { stretchPassword } from './hash.js';

export async function readGreeting(file: string): Promise<string> {
  const text = fs.readFileSync(file, 'utf8');
  return text.trim();
}

export async function hasLockFile(dir: string): Promise<boolean> {
  return fs.existsSync(`${dir}/package-lock.json`);
}

export async function gitVersion(): Promise<string> {
  return execSync('git --version', { encoding: 'utf8' }).trim();
}

async function loadSettings(): Promise<{ theme: string }> {
  return { theme: 'dark' };
}

export async function settingsJson(): Promise<string> {
  return JSON.stringify(loadSettings());
}

export async function login(password: string, salt: string): Promise<string> {
  return stretchPassword(password, salt);
}

export async function checksum(values: number[]): Promise<number> {
  let sum = 0;
  for (let i = 0; i < 1_000_000; i++) {
    sum = (sum + (values[i % values.length] ?? 0) * i) % 65_521;
  }
  return sum;
}
