/**
 * A duration as the waterfall shows it: `0.8 ms`, `63 ms`, `1.25 s`, `2.0 min`. Negative values
 * keep their sign.
 * @example formatTimelineDuration(0.0634) // "63 ms"
 */
export function formatTimelineDuration(seconds: number): string {
  if (!Number.isFinite(seconds)) return "–";
  const sign = seconds < 0 ? "-" : "";
  const s = Math.abs(seconds);
  const ms = s * 1000;
  if (ms === 0) return "0 ms";
  if (ms < 1) return `${sign}${ms.toFixed(2)} ms`;
  if (ms < 10) return `${sign}${ms.toFixed(1)} ms`;
  if (ms < 1000) return `${sign}${Math.round(ms)} ms`;
  if (s < 10) return `${sign}${s.toFixed(2)} s`;
  if (s < 60) return `${sign}${s.toFixed(1)} s`;
  return `${sign}${(s / 60).toFixed(1)} min`;
}
