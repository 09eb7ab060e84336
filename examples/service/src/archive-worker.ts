// Runs on a worker thread (see exportArchive in handlers.ts): blocking calls here never stall
// the server's event loop, so sync APIs are fine.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { gzipSync } from 'node:zlib';

const { dir } = workerData as { dir: string };

async function buildArchive(): Promise<string> {
  const parts = readdirSync(dir)
    .filter((name) => name.endsWith('.csv'))
    .map((name) => `## ${name}\n${readFileSync(path.join(dir, name), 'utf8')}`);
  const archive = path.join(dir, `orders-${Date.now()}.txt.gz`);
  writeFileSync(archive, gzipSync(parts.join('\n')));
  return archive;
}

parentPort?.postMessage(await buildArchive());
