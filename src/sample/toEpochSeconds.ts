/**
 * Epoch seconds from integer epoch microseconds: a plain decimal with at most six fractional
 * digits (JSON.stringify never uses E-notation at this magnitude).
 * @example
 * toEpochSeconds(1_700_000_000_123_456); // 1700000000.123456
 */
export function toEpochSeconds(micros: number): number {
  return Math.round(micros) / 1e6;
}
