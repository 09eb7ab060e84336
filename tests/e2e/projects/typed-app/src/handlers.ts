// Request handlers (ESM TypeScript): blocking calls on async paths, through named and renamed imports.
import { readFileSync as readText, /* saving */ writeFileSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { execSync } from 'node:child_process';
import bcrypt from 'bcrypt';
import { readFileSync } from './local-io.js';

/** Startup work at module top level may block: not reported. */
const footer: string = readText(new URL('../package.json', import.meta.url), 'utf8').length > 0 ? '<footer/>' : '';

export async function renderPage(path: string): Promise<string> {
  const info = await stat(path);
  // the template is read again on every request
  const template = readText(path, /* encoding */ 'utf8');
  return template.replace('{{size}}', String(info.size)) + footer;
}

export async function saveReport(path: string, body: string): Promise<void> {
  writeFileSync(path, body /* the whole body */, { encoding: 'utf8' });
}

export async function hashPassword(password: string): Promise<string> {
  return bcrypt.hashSync(password, 10); // cost factor 10
}

export async function gitVersion(): Promise<string> {
  // exec resolves { stdout, stderr }: a suggestion, not a fix
  return execSync('git --version', { encoding: 'utf8' }).trim();
}

export async function readAll(paths: readonly string[]): Promise<string[]> {
  // a synchronous callback: await is not allowed there, so no fix
  return paths.map((path) => readText(path, 'utf8'));
}

export async function describeLocal(path: string): Promise<string> {
  return readFileSync(path); // a project function that only shares the name
}

export function readSync(path: string): string {
  return readText(path, 'utf8'); // a plain sync function: not reported
}
