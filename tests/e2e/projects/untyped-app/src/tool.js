// ESM JavaScript
import { execSync } from 'node:child_process';
import { gzipSync } from 'node:zlib';

export async function nodeVersion() {
  return execSync('node --version', { encoding: 'utf8' });
}

export const pack = async (data) => gzipSync(data);

function readFileSync(path) {
  return path;
}

export async function local() {
  return readFileSync('a.txt');
}
