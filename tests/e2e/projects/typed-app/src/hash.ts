import { createHash } from 'node:crypto';

/**
 * Hashes every item `rounds` times: seconds of CPU for a large batch.
 * @cpuHeavy
 */
export function digestAll(items: readonly string[], rounds: number): string {
  let digest = '';
  for (const item of items) {
    for (let round = 0; round < rounds; round++) digest = createHash('sha256').update(digest + item).digest('hex');
  }
  return digest;
}
