import { createHash } from 'node:crypto';

/**
 * Stretches a password with many rounds of SHA-256: seconds of CPU, no async form.
 * @cpuHeavy
 */
export function stretchPassword(password: string, salt: string): string {
  let digest = password + salt;
  for (let round = 0; round < 200_000; round++) {
    digest = createHash('sha256').update(digest).digest('hex');
  }
  return digest;
}
