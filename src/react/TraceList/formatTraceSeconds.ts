/**
 * A response time in seconds for tables and charts: milliseconds below one second (two decimals
 * under 10 ms, one under 100 ms), seconds with three decimals above; "—" when unknown.
 * @example formatTraceSeconds(0.0574) // "57.4 ms"
 */
export function formatTraceSeconds(seconds: number | undefined): string {
  if (seconds === undefined || !Number.isFinite(seconds)) return "—";
  const ms = seconds * 1000;
  const abs = Math.abs(ms);
  if (abs >= 1000) return `${seconds.toFixed(3)} s`;
  return `${ms.toFixed(abs < 10 ? 2 : abs < 100 ? 1 : 0)} ms`;
}
