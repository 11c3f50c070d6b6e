/**
 * Splits [start, end] (integer microseconds) into consecutive spans proportional to `weights`;
 * the spans cover the interval exactly and each is at least 0 long.
 * @example
 * allocateSpans(0, 100, [1, 3]); // [[0, 25], [25, 100]]
 */
export function allocateSpans(
  start: number,
  end: number,
  weights: readonly number[],
): [number, number][] {
  let total = 0;
  for (const w of weights) total += w;
  const length = Math.max(0, end - start);
  const spans: [number, number][] = [];
  let acc = 0;
  let previous = start;
  for (const w of weights) {
    acc += w;
    const next = total > 0 ? start + Math.round((length * acc) / total) : start;
    spans.push([previous, next]);
    previous = next;
  }
  return spans;
}
