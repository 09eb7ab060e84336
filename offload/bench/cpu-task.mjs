// The CPU-bound task the benchmark runs: a xorshift loop, pure JavaScript, no I/O, no async twin.
export function burn(iterations) {
  let x = 0x2545f491;
  for (let i = 0; i < iterations; i += 1) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
  }
  return x;
}
