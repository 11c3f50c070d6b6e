/**
 * The data set of tdigest.md §4: seeded sfc32 + Box–Muller, x = exp(ln 100 + z) ms, × 50 with
 * probability 0.01. Shared by the accuracy tests and the digest benchmark.
 */

/** sfc32: a small, fast, seedable generator of uniform numbers in [0, 1). */
export function createRandom(seed: number): () => number {
  let a = 0x9e3779b9;
  let b = 0x243f6a88;
  let c = 0xb7e15162;
  let d = seed >>> 0;
  const next = (): number => {
    a >>>= 0;
    b >>>= 0;
    c >>>= 0;
    d >>>= 0;
    let t = (a + b) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    d = (d + 1) | 0;
    t = (t + d) | 0;
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
  for (let i = 0; i < 15; i++) next();
  return next;
}

/** `n` latencies in ms: log-normal (μ = ln 100, σ = 1), 1% of them multiplied by 50. */
export function latencyMix(n: number, seed: number): Float64Array {
  const random = createRandom(seed);
  const out = new Float64Array(n);
  for (let i = 0; i < n; i += 2) {
    const u = 1 - random();
    const v = random();
    const r = Math.sqrt(-2 * Math.log(u));
    const z0 = r * Math.cos(2 * Math.PI * v);
    const z1 = r * Math.sin(2 * Math.PI * v);
    out[i] = Math.exp(Math.log(100) + z0) * (random() < 0.01 ? 50 : 1);
    if (i + 1 < n) out[i + 1] = Math.exp(Math.log(100) + z1) * (random() < 0.01 ? 50 : 1);
  }
  return out;
}

/** The exact quantile x_(⌈qN⌉) of sorted values (tdigest.md §4). */
export function exactQuantile(sorted: Float64Array, q: number): number {
  const i = Math.max(1, Math.ceil(q * sorted.length));
  return sorted[i - 1];
}

/** |#{x ≤ estimate}/N − q| over sorted values: the rank error of tdigest.md §4. */
export function rankError(sorted: Float64Array, estimate: number, q: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] <= estimate) lo = mid + 1;
    else hi = mid;
  }
  return Math.abs(lo / sorted.length - q);
}
