// A request handler that blocks the event loop, and one that serialises a promise instead of its value.
import { readFileSync } from 'node:fs';

interface Settings {
  port: number;
}

async function loadSettings(): Promise<Settings> {
  return { port: 8080 };
}

export async function handle(path: string): Promise<string> {
  const body = readFileSync(path, 'utf8');
  return body.toUpperCase();
}

export async function describeSettings(): Promise<string> {
  return `settings: ${JSON.stringify(loadSettings())}`;
}
