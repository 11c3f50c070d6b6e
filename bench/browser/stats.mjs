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

/** Calls `globalThis.__bench[fn](...args)` in the benchmark page. */
export const callBench = (page, fn, ...args) =>
  page.evaluate(({ fn, args }) => globalThis.__bench[fn](...args), { fn, args });

/** Report rows every scroll or gesture measurement shares: frame times and long tasks. */
export function frameRows(label, measurement, stats) {
  const longTasks = measurement.longTasks;
  return [
    [`${label}: frame p50 / p95 / max`, `${ms(stats.p50)} / ${ms(stats.p95)} / ${ms(stats.max)}`],
    [`${label}: frames > 20 ms / > 50 ms`, `${stats.over20} / ${stats.over50} of ${stats.count}`],
    [
      `${label}: long tasks (> 50 ms)`,
      longTasks.length === 0
        ? "none"
        : `${longTasks.length}, longest ${ms(Math.max(...longTasks))}`,
    ],
  ];
}
