import { createHash } from 'node:crypto';

/**
 * Hashes the items a million times over.
 * @cpuHeavy
 */
export function digestAll(items: readonly string[]): string {
  let digest = '';
  for (const item of items) digest = createHash('sha256').update(digest + item).digest('hex');
  return digest;
}
