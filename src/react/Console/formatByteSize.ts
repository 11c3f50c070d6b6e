const units = ["kB", "MB", "GB", "TB"];

/**
 * A byte count for people, in decimal units: whole bytes below 1,000, else one decimal in kB,
 * MB, GB or TB (1 kB = 1,000 bytes).
 * @example formatByteSize(1_234_567) // "1.2 MB"
 */
export function formatByteSize(bytes: number): string {
  if (!Number.isFinite(bytes) || bytes < 1000) return `${Math.max(0, Math.round(bytes) || 0)} B`;
  let value = bytes / 1000;
  let unit = 0;
  while (value >= 999.95 && unit < units.length - 1) {
    value /= 1000;
    unit++;
  }
  return `${value.toFixed(1)} ${units[unit]}`;
}
