// Benchmark (not a test): how long the event loop stalls while a ~1 s CPU task runs inline,
// and while the same task runs through runInWorker. A 10 ms interval timer ticks meanwhile, as
// a server's timers and requests would, and perf_hooks.monitorEventLoopDelay samples the loop.
//   npm run bench                      (builds first)
//   BENCH_TASK_MS=2000 npm run bench   (a longer task)
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { clearInterval, setInterval } from 'node:timers';
import { setTimeout as sleep } from 'node:timers/promises';
import { closeOffload, runInWorker } from '../dist/index.js';
import { burn } from './cpu-task.mjs';

const taskMs = Number(process.env.BENCH_TASK_MS ?? 1000);
const taskUrl = new URL('./cpu-task.mjs', import.meta.url);

/** Iterations of `burn` that take about `taskMs` on this machine. */
function calibrate() {
  for (let iterations = 100_000; ; iterations *= 2) {
    const started = performance.now();
    burn(iterations);
    const ms = performance.now() - started;
    if (ms > 100) return Math.round((iterations * taskMs) / ms);
  }
}

/** Runs `task` with a 10 ms ticker and the loop-delay histogram on; returns what they saw. */
async function measure(task) {
  const histogram = monitorEventLoopDelay({ resolution: 1 });
  let ticks = 0;
  let last = performance.now();
  let longestGap = 0;
  const ticker = setInterval(() => {
    const now = performance.now();
    longestGap = Math.max(longestGap, now - last);
    last = now;
    ticks += 1;
  }, 10);
  // The histogram measures each sample against the previous one, so it must already be
  // sampling when a stall starts (its first 30 ms are in both runs alike).
  histogram.enable();
  await sleep(30);
  ticks = 0;
  longestGap = 0;
  last = performance.now();

  const started = performance.now();
  const result = await task();
  const wallMs = performance.now() - started;

  await sleep(30); // let the ticker and the histogram see the end of a stall
  histogram.disable();
  clearInterval(ticker);
  const ms = (ns) => ns / 1e6;
  return {
    result,
    wallMs,
    ticks,
    expectedTicks: Math.floor((wallMs + 30) / 10),
    longestGap,
    p50: ms(histogram.percentile(50)),
    p99: ms(histogram.percentile(99)),
    max: ms(histogram.max),
  };
}

const iterations = calibrate();
await runInWorker(taskUrl, 'burn', 1_000); // start the pool and load the module before measuring
burn(iterations); // and give the inline run the same warm JIT

const inline = await measure(async () => burn(iterations));
const offloaded = await measure(() => runInWorker(taskUrl, 'burn', iterations));
await closeOffload();

if (inline.result !== offloaded.result) {
  console.error(`The two runs disagree: ${inline.result} inline, ${offloaded.result} offloaded`);
  process.exitCode = 1;
}

const fixed = (value) => value.toFixed(1);
const rows = [
  ['task wall time (ms)', fixed(inline.wallMs), fixed(offloaded.wallMs)],
  ['event-loop delay p50 (ms)', fixed(inline.p50), fixed(offloaded.p50)],
  ['event-loop delay p99 (ms)', fixed(inline.p99), fixed(offloaded.p99)],
  ['event-loop delay max (ms)', fixed(inline.max), fixed(offloaded.max)],
  ['10 ms ticks that ran', `${inline.ticks} of ~${inline.expectedTicks}`, `${offloaded.ticks} of ~${offloaded.expectedTicks}`],
  ['longest gap between ticks (ms)', fixed(inline.longestGap), fixed(offloaded.longestGap)],
];
const width = Math.max(...rows.map(([label]) => label.length)) + 2;
console.log(`CPU task: burn(${iterations}), about ${taskMs} ms on this machine (Node ${process.version})\n`);
console.log(`${''.padEnd(width)}${'inline'.padStart(12)}${'offloaded'.padStart(12)}`);
for (const [label, a, b] of rows) console.log(`${label.padEnd(width)}${a.padStart(12)}${b.padStart(12)}`);
const ratio = (a, b) => `${(a / Math.max(b, 0.001)).toFixed(0)}x`;
console.log(
  `\nThe inline run stalled the loop ${ratio(inline.max, offloaded.max)} longer at worst (max) and ` +
    `${ratio(inline.p99, offloaded.p99)} at p99 than the offloaded one.`,
);
