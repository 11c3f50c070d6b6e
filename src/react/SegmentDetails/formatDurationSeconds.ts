/**
 * A duration in seconds as the console shows it: milliseconds below one second (two decimals
 * under 10 ms, one under 100 ms), seconds with three decimals above.
 * @example formatDurationSeconds(0.0574) // "57.4 ms"
 */
export function formatDurationSeconds(seconds: number): string {
  if (!Number.isFinite(seconds)) return String(seconds);
  const ms = seconds * 1000;
  const abs = Math.abs(ms);
  if (abs >= 1000) return `${seconds.toFixed(3)} s`;
  return `${ms.toFixed(abs < 10 ? 2 : abs < 100 ? 1 : 0)} ms`;
}
