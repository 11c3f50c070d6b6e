/**
 * Shared helpers for `npm run bench`. Benchmarks print figures and ratios against a baseline
 * measured in the same run; they never fail on speed (that is not a test).
 */
import { cpus, totalmem } from "node:os";

export interface Timing {
  readonly medianMs: number;
  readonly minMs: number;
  readonly runs: readonly number[];
}

/** Runs `fn` `repeat` times (after `warmup` unmeasured runs) and returns the median time. */
export function time(fn: () => unknown, repeat = 5, warmup = 1): Timing {
  for (let i = 0; i < warmup; i++) fn();
  const runs: number[] = [];
  for (let i = 0; i < repeat; i++) {
    const t0 = performance.now();
    fn();
    runs.push(performance.now() - t0);
  }
  const sorted = [...runs].sort((a, b) => a - b);
  return { medianMs: sorted[Math.floor(sorted.length / 2)], minMs: sorted[0], runs };
}

/** Forces a collection when node runs with --expose-gc (npm run bench does). */
/** Process CPU milliseconds (user + system, GC threads included) and wall milliseconds of one call. */
export function clock(fn: () => unknown): { cpu: number; wall: number } {
  const start = process.cpuUsage();
  const t0 = performance.now();
  fn();
  const wall = performance.now() - t0;
  const used = process.cpuUsage(start);
  return { cpu: (used.user + used.system) / 1000, wall };
}

export function collect(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

/** Peak heap growth (bytes) while `fn` runs, sampled after each call of `sample()` by fn. */
export function heapUsed(): number {
  return process.memoryUsage().heapUsed;
}

export function machine(): string {
  const cpu = cpus();
  return `${cpu.length} × ${cpu[0]?.model ?? "unknown CPU"}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`;
}

/** Prints a table row: name, figure, and an optional ratio line. */
export function report(group: string, rows: readonly (readonly [string, string])[]): void {
  console.log(`\n## ${group}`);
  const width = Math.max(...rows.map(([k]) => k.length));
  for (const [k, v] of rows) console.log(`  ${k.padEnd(width)}  ${v}`);
}

export const fmtMs = (ms: number): string => `${ms.toFixed(ms < 10 ? 2 : 0)} ms`;
export const fmtRate = (count: number, ms: number, unit: string): string =>
  `${(((count / ms) * 1000) / 1e6).toFixed(2)} M ${unit}/s`;
