/** Deterministic log-normal response times in seconds (median 0.12 s, sigma 0.8). */
export function latencies(n: number, seed: number): number[] {
  let s = seed >>> 0;
  const rand = () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) + 0.5) / 2 ** 32;
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const z = Math.sqrt(-2 * Math.log(rand())) * Math.cos(2 * Math.PI * rand());
    out.push(0.12 * Math.exp(0.8 * z));
  }
  return out;
}
