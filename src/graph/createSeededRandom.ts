/**
 * A seeded pseudo-random source in [0, 1) (internal): the linear congruential generator d3-force
 * uses by default (a = 1664525, c = 1013904223, m = 2^32), with a chosen seed, so layouts are
 * deterministic and the seed can vary them.
 */
export function createSeededRandom(seed: number): () => number {
  let state = (Math.floor(seed) >>> 0) ^ 0x9e3779b9;
  return () => {
    state = (Math.imul(1664525, state) + 1013904223) >>> 0;
    return state / 4294967296;
  };
}
