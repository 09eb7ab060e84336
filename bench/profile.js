// `node bench/profile.js [configuration] [--include-unregistered]`: where the time of our rules
// goes. Runs one configuration (default `ours`) over the corpus under `node --cpu-prof`, then
// prints, from the profile, the functions of our build (dist/) with the most inclusive time
// (time of the samples in which the function is on the stack, counted once per sample), the
// functions where that time is spent (self time below our frames: mostly TypeScript's checker),
// and the whole process's top self time.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { cacheDir, repoRoot } from '../corpus/setup.js';

const [name = 'ours', ...flags] = process.argv.slice(2);
const dir = path.join(cacheDir(), 'profiles');
fs.rmSync(dir, { recursive: true, force: true });
fs.mkdirSync(dir, { recursive: true });
const child = fileURLToPath(new URL('lint-once.js', import.meta.url));
console.log(`Profiling ${name} over the corpus (profile in ${dir}) …`);
const run = spawnSync(process.execPath, ['--cpu-prof', '--cpu-prof-dir', dir, child, name, ...flags], { stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' });
if (run.status !== 0) process.exit(run.status ?? 1);
console.log(run.stdout.trim());

const file = fs.readdirSync(dir).find((f) => f.endsWith('.cpuprofile'));
const profile = JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8'));
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);

const dist = path.join(repoRoot, 'dist') + path.sep;
const label = (frame) => {
  const url = frame.url.startsWith('file://') ? fileURLToPath(frame.url) : frame.url;
  const where = url.startsWith(dist) ? `dist/${path.relative(dist, url)}` : url.replace(/^.*node_modules\//, '');
  return `${frame.functionName || '(anonymous)'} ${where}:${frame.lineNumber + 1}`;
};
const ours = (frame) => frame.url.includes('/dist/') && (frame.url.startsWith(`file://${dist}`) || frame.url.startsWith(dist));

const inclusive = new Map();
const selfTotal = new Map();
const selfUnderOurs = new Map();
let total = 0;
let underOurs = 0;
for (let i = 0; i < profile.samples.length; i++) {
  const dt = (profile.timeDeltas[i] ?? 0) / 1000;
  total += dt;
  const leaf = byId.get(profile.samples[i]);
  const leafLabel = label(leaf.callFrame);
  selfTotal.set(leafLabel, (selfTotal.get(leafLabel) ?? 0) + dt);
  const seen = new Set();
  for (let id = leaf.id; id !== undefined; id = parent.get(id)) {
    const frame = byId.get(id).callFrame;
    if (ours(frame)) seen.add(label(frame));
  }
  if (seen.size > 0) {
    underOurs += dt;
    selfUnderOurs.set(leafLabel, (selfUnderOurs.get(leafLabel) ?? 0) + dt);
  }
  for (const l of seen) inclusive.set(l, (inclusive.get(l) ?? 0) + dt);
}

const top = (map, n) =>
  [...map.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([l, ms]) => `  ${(ms / 1000).toFixed(2).padStart(7)} s  ${l}`)
    .join('\n');
console.log(`\nProfile: ${(total / 1000).toFixed(1)} s sampled, ${(underOurs / 1000).toFixed(1)} s with a frame of ours (dist/) on the stack.`);
console.log(`\nOur functions by inclusive time:\n${top(inclusive, 25)}`);
console.log(`\nSelf time in samples under our frames (where our time goes):\n${top(selfUnderOurs, 15)}`);
console.log(`\nWhole process, self time:\n${top(selfTotal, 12)}`);
