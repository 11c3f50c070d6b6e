import type { HistogramRange } from "./HistogramSubject";

/**
 * A brushed range rounded outward to a readable precision: three significant digits of its
 * width (steps of at least a microsecond), `from` down and `to` up, so the rounded range holds the
 * brushed one; never below 0, and never empty (at least one step wide). Printed with `String`,
 * the values have no exponent, as the filter language wants.
 * @example roundHistogramRange({ from: 0.0123456, to: 0.0456789 }) // { from: 0.0123, to: 0.0457 }
 */
export function roundHistogramRange(range: HistogramRange): HistogramRange {
  const lo = Math.max(0, Math.min(range.from, range.to));
  const hi = Math.max(0, range.from, range.to);
  const width = hi - lo;
  const scale = width > 0 ? width : hi > 0 ? hi : 1e-6;
  const exponent = Math.max(-6, Math.floor(Math.log10(scale)) - 2);
  const step = Math.pow(10, exponent);
  const decimals = Math.max(0, -exponent);
  const fix = (units: number): number => Number((units * step).toFixed(decimals));
  const from = fix(Math.floor(lo / step + 1e-9));
  let to = fix(Math.ceil(hi / step - 1e-9));
  if (to <= from) to = fix(Math.round(from / step) + 1);
  return { from, to };
}
