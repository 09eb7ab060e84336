import { execSync } from 'node:child_process';
import { pbkdf2Sync, randomUUID, timingSafeEqual } from 'node:crypto';
import * as fs from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { once } from 'node:events';
import { Worker } from 'node:worker_threads';
import zlib from 'node:zlib';
import { config, flag } from './config.js';
import { findAccount } from './db.js';
import { readBody, sendJson, type Context } from './router.js';

const publicDir = path.resolve(config.publicDir);
const sessions = new Map<string, string>();

// GET /assets/:name: static files, gzipped when the client accepts it.
export async function serveAsset({ req, res, params }: Context): Promise<void> {
  const file = path.join(publicDir, path.basename(params.name ?? ''));
  if (!fs.existsSync(file)) {
    sendJson(res, 404, { error: 'no such asset' });
    return;
  }
  const body = fs.readFileSync(file);
  res.setHeader('content-type', contentType(file));
  if (flag('gzip') === 'on' && String(req.headers['accept-encoding']).includes('gzip')) {
    res.setHeader('content-encoding', 'gzip');
    res.end(zlib.gzipSync(body));
    return;
  }
  res.end(body);
}

// GET /downloads/:name: large files are streamed, never read whole.
export async function download({ res, params }: Context): Promise<void> {
  const file = path.join(publicDir, 'downloads', path.basename(params.name ?? ''));
  const info = await stat(file).catch(() => undefined);
  if (!info?.isFile()) {
    sendJson(res, 404, { error: 'no such download' });
    return;
  }
  res.writeHead(200, { 'content-length': info.size, 'content-type': 'application/octet-stream' });
  fs.createReadStream(file).pipe(res);
}

// POST /login
export async function login({ req, res }: Context): Promise<void> {
  const { user, password } = JSON.parse(await readBody(req)) as { user: string; password: string };
  const account = await findAccount(user);
  if (!account) {
    sendJson(res, 401, { error: 'unknown user or wrong password' });
    return;
  }
  const hash = pbkdf2Sync(password, account.salt, 210_000, 64, 'sha512');
  if (!timingSafeEqual(hash, Buffer.from(account.hash, 'hex'))) {
    sendJson(res, 401, { error: 'unknown user or wrong password' });
    return;
  }
  const session = randomUUID();
  sessions.set(session, user);
  res.setHeader('set-cookie', `session=${session}; HttpOnly; SameSite=Strict`);
  sendJson(res, 200, { user });
}

// GET /version
export async function version({ res }: Context): Promise<void> {
  const commit = execSync('git rev-parse --short HEAD', { encoding: 'utf8' }).trim();
  sendJson(res, 200, { version: process.env.npm_package_version, commit });
}

// POST /exports: builds the archive on a worker thread, so the loop stays free.
export async function exportArchive({ res }: Context): Promise<void> {
  const worker = new Worker(new URL('./archive-worker.js', import.meta.url), {
    workerData: { dir: path.resolve(config.exportDir) },
  });
  const [archive] = (await once(worker, 'message')) as [string];
  sendJson(res, 201, { archive });
}

function contentType(file: string): string {
  const types: Record<string, string> = { '.css': 'text/css', '.js': 'text/javascript', '.svg': 'image/svg+xml' };
  return types[path.extname(file)] ?? 'application/octet-stream';
}
