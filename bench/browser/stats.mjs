/** Small statistics helpers for the browser benchmark. */

/** The q-quantile (0..1) of a list of numbers, nearest rank; NaN for an empty list. */
export function quantile(values, q) {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[rank];
}

/** p50 / p95 / max of frame intervals, and how many exceed one and two 60 Hz frames. */
export function frameStats(frames) {
  return {
    p50: quantile(frames, 0.5),
    p95: quantile(frames, 0.95),
    max: frames.length === 0 ? NaN : Math.max(...frames),
    over20: frames.filter((f) => f > 20).length,
    over50: frames.filter((f) => f > 50).length,
    count: frames.length,
  };
}

export const ms = (value) => (Number.isFinite(value) ? `${value.toFixed(1)} ms` : "n/a");
