// CPU-heavy work with no async twin (prefer-worker-offload).
import { digestAll } from './hash.js';

export async function runJob(items: string[]): Promise<string> {
  const digest = digestAll(items, 10_000);
  return digest;
}

export async function warmUp(): Promise<number> {
  let total = 0;
  for (let i = 0; i < 1_000_000; i++) {
    total += i % 7;
  }
  return total;
}
