/**
 * Seconds as the Console shows them: milliseconds below one second, "—" for null.
 * @example formatSeconds(0.0123) // "12.3 ms"
 */
export function formatSeconds(seconds: number | null | undefined): string {
  if (seconds === null || seconds === undefined || !Number.isFinite(seconds)) return "—";
  if (seconds < 1) return `${(seconds * 1000).toFixed(seconds < 0.01 ? 2 : 1)} ms`;
  return `${seconds.toFixed(2)} s`;
}
