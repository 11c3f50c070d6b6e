/**
 * A response time in seconds, short enough for a node's centre: µs below 1 ms, ms below 1 s
 * (one decimal under 10 ms), then seconds; "–" for a missing value.
 * @example formatResponseTime(0.0123) // "12 ms"
 */
export function formatResponseTime(seconds: number | null): string {
  if (seconds === null || !Number.isFinite(seconds) || seconds < 0) return "–";
  if (seconds < 0.001) return `${Math.round(seconds * 1e6)} µs`;
  const ms = seconds * 1000;
  if (ms < 10) return `${ms.toFixed(1)} ms`;
  if (ms < 1000) return `${Math.round(ms)} ms`;
  return `${seconds < 10 ? seconds.toFixed(2) : seconds.toFixed(1)} s`;
}

/**
 * A per-minute rate with a unit (`t/min` for traces, `/min` otherwise): one decimal below 10,
 * thousands as "k"; "–" for a missing value.
 * @example formatPerMinute(3.456, "t/min") // "3.5 t/min"
 */
export function formatPerMinute(perMinute: number | null, unit = "/min"): string {
  if (perMinute === null || !Number.isFinite(perMinute) || perMinute < 0) return "–";
  const text =
    perMinute >= 10_000
      ? `${Math.round(perMinute / 1000)}k`
      : perMinute >= 1000
        ? `${(perMinute / 1000).toFixed(1)}k`
        : perMinute >= 10
          ? String(Math.round(perMinute))
          : perMinute.toFixed(perMinute === 0 ? 0 : 1);
  return `${text} ${unit}`;
}
