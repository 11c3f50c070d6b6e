/**
 * A small seeded pseudo-random generator (sfc32, seeded through splitmix32) with the draws the
 * workload needs. Deterministic across platforms: only 32-bit integer arithmetic and IEEE doubles.
 */

/** Draws from one seeded stream. Not cryptographic. */
export interface Random {
  /** A uniform 32-bit unsigned integer. */
  readonly uint32: () => number;
  /** A uniform float in [0, 1). */
  readonly next: () => number;
  /** A uniform integer in [0, n). */
  readonly int: (n: number) => number;
  /** A uniform float in [min, max). */
  readonly between: (min: number, max: number) => number;
  /** True with probability p. */
  readonly chance: (p: number) => boolean;
  /** A uniformly chosen element of a non-empty array. */
  readonly pick: <T>(items: readonly T[]) => T;
  /** A standard normal draw (Box–Muller). */
  readonly normal: () => number;
  /** A log-normal draw with the given median and shape (sigma of the underlying normal). */
  readonly logNormal: (median: number, sigma: number) => number;
  /** `chars` lowercase hex digits. */
  readonly hex: (chars: number) => string;
}

const HEX_BYTE: readonly string[] = Array.from({ length: 256 }, (_, i) =>
  i.toString(16).padStart(2, "0"),
);

/** Eight lowercase hex digits of a 32-bit unsigned integer. */
export function hex8(n: number): string {
  return (
    HEX_BYTE[(n >>> 24) & 255] +
    HEX_BYTE[(n >>> 16) & 255] +
    HEX_BYTE[(n >>> 8) & 255] +
    HEX_BYTE[n & 255]
  );
}

/** murmur3's 32-bit finalizer: a bijection on 32-bit integers that scrambles its input. */
export function mix32(x: number): number {
  let h = x | 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** A 32-bit seed derived from a base seed and a list of integers (stream keys). */
export function deriveSeed(seed: number, ...keys: readonly number[]): number {
  let h = mix32((Math.trunc(seed) | 0) ^ 0x9e3779b9);
  for (const key of keys) h = mix32(h ^ mix32((key | 0) + 0x7f4a7c15));
  return h;
}

/**
 * Creates a seeded generator: the same seed always gives the same sequence.
 * @example
 * const random = createRandom(42);
 * random.int(6); // the same value on every run
 */
export function createRandom(seed: number): Random {
  let s = Math.trunc(seed) | 0;
  const splitmix = (): number => {
    s = (s + 0x9e3779b9) | 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
  let a = splitmix();
  let b = splitmix();
  let c = splitmix();
  let d = splitmix();

  const uint32 = (): number => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return t >>> 0;
  };
  for (let i = 0; i < 12; i++) uint32();

  const next = (): number => uint32() / 4294967296;
  const normal = (): number => {
    const u = 1 - next();
    const v = next();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  };
  return {
    uint32,
    next,
    int: (n) => Math.floor(next() * n),
    between: (min, max) => min + next() * (max - min),
    chance: (p) => next() < p,
    pick: (items) => items[Math.floor(next() * items.length)],
    normal,
    logNormal: (median, sigma) => median * Math.exp(sigma * normal()),
    hex: (chars) => {
      let out = "";
      while (out.length < chars) out += hex8(uint32());
      return out.slice(0, chars);
    },
  };
}
