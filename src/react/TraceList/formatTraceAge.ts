/**
 * The age of a trace as the console's list shows it: seconds under a minute, then minutes,
 * hours and days with one decimal; a start after `now` shows as 0 s.
 * @example formatTraceAge(312) // "5.2 min"
 */
export function formatTraceAge(seconds: number): string {
  if (!Number.isFinite(seconds)) return "—";
  const s = Math.max(0, seconds);
  if (s < 60) return `${Math.floor(s)} s`;
  if (s < 3600) return `${(s / 60).toFixed(1)} min`;
  if (s < 86_400) return `${(s / 3600).toFixed(1)} h`;
  return `${(s / 86_400).toFixed(1)} d`;
}
