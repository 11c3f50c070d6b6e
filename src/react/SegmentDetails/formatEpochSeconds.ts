import { formatDisplayValue } from "./formatDisplayValue";

/** Largest time `Date` can represent, in milliseconds. */
const maxDateMs = 8.64e15;

/**
 * An X-Ray time (epoch seconds) as ISO 8601 UTC with milliseconds followed by the number as sent;
 * a value that is not a representable time is shown as it is.
 * @example formatEpochSeconds(1596566305.535414) // "2020-08-04T18:38:25.535Z (1596566305.535414)"
 */
export function formatEpochSeconds(seconds: unknown): string {
  if (typeof seconds !== "number" || !Number.isFinite(seconds)) return formatDisplayValue(seconds);
  const ms = seconds * 1000;
  if (Math.abs(ms) > maxDateMs) return String(seconds);
  return `${new Date(ms).toISOString()} (${seconds})`;
}
