import { formatResponseTimeFilter } from "../../analytics/formatResponseTimeFilter";
import type { NumberScale } from "../charts/chartFactories";

/** A response-time range chosen on the chart, with the filter expression it means. */
export interface ResponseTimeRange {
  /** Seconds, inclusive. */
  readonly from: number;
  /** Seconds, inclusive. */
  readonly to: number;
  /** `responsetime >= from AND responsetime <= to` (parses with `parseFilter`). */
  readonly expression: string;
}

/** Decimals that resolve one pixel's worth of value near `px` (0 to 6). */
function decimalsAt(x: NumberScale, px: number): number {
  const step = Math.abs(x.invert(px + 1) - x.invert(px));
  if (!(step > 0) || !Number.isFinite(step)) return 6;
  return Math.min(6, Math.max(0, Math.ceil(-Math.log10(step))));
}

/**
 * The range between two values in seconds, rounded outwards to what the chart resolves at those
 * points (`from` down, `to` up, at most microseconds), so the range never loses a trace the
 * selection covered.
 * @example toResponseTimeRange(0.1234, 0.2501, x) // { from: 0.123, to: 0.251, ... }
 */
export function toResponseTimeRange(from: number, to: number, x: NumberScale): ResponseTimeRange {
  const lo = Math.max(0, Math.min(from, to));
  const hi = Math.max(0, Math.max(from, to));
  const dLo = decimalsAt(x, x(lo));
  const dHi = decimalsAt(x, x(hi));
  const down = (v: number, d: number) => Math.floor(v * 10 ** d + 1e-9) / 10 ** d;
  const up = (v: number, d: number) => Math.ceil(v * 10 ** d - 1e-9) / 10 ** d;
  const a = down(lo, dLo);
  const b = up(hi, dHi);
  return { from: a, to: b, expression: formatResponseTimeFilter(a, b) };
}
