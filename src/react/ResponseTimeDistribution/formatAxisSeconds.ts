/**
 * A seconds value as a short axis or tooltip label: milliseconds below one second, seconds above,
 * three significant digits at most.
 * @example formatAxisSeconds(0.25) // "250 ms"
 */
export function formatAxisSeconds(seconds: number): string {
  if (!Number.isFinite(seconds)) return "—";
  if (seconds === 0) return "0";
  if (Math.abs(seconds) < 1) return `${Number((seconds * 1000).toPrecision(3))} ms`;
  return `${Number(seconds.toPrecision(3))} s`;
}
