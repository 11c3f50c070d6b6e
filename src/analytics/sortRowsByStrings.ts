import { sortIndexByKeys } from "./sortIndexByKeys";

const BASE = 65_537; // a UTF-16 code unit + 1; 0 = the string has ended
const SMALL = 256;

/** Three code units from `offset` as one exact double (each + 1, 0 past the end). */
function keyAt(s: string, offset: number): number {
  const n = s.length;
  const c0 = offset < n ? s.charCodeAt(offset) + 1 : 0;
  const c1 = offset + 1 < n ? s.charCodeAt(offset + 1) + 1 : 0;
  const c2 = offset + 2 < n ? s.charCodeAt(offset + 2) + 1 : 0;
  return (c0 * BASE + c1) * BASE + c2;
}

/**
 * Sorts `rows` (indices into `values`, all defined) in place by their strings in UTF-16 code-unit
 * order (JavaScript's `<`), ties in their current order. An iterative MSD radix sort, three code
 * units per level through `sortIndexByKeys`; runs that share the level's units are skipped
 * without sorting (common prefixes such as `1-6553f1…` or `https://host/`), and small runs use a
 * comparator sort. A million distinct trace ids sort in a few hundred milliseconds.
 */
export function sortRowsByStrings(
  values: readonly (string | undefined)[],
  rows: Uint32Array,
): void {
  const stack: number[] = [0, rows.length, 0];
  while (stack.length > 0) {
    const offset = stack.pop()!;
    const end = stack.pop()!;
    const start = stack.pop()!;
    const m = end - start;
    if (m < 2) continue;
    const run = rows.subarray(start, end);
    if (m < SMALL) {
      const sorted = Array.from(run).sort((a, b) => {
        const x = values[a]!;
        const y = values[b]!;
        return x < y ? -1 : x > y ? 1 : 0; // Array sort is stable: ties keep their order
      });
      run.set(sorted);
      continue;
    }
    const keys = new Float64Array(m);
    let same = true;
    for (let i = 0; i < m; i++) {
      keys[i] = keyAt(values[run[i]]!, offset);
      if (keys[i] !== keys[0]) same = false;
    }
    if (!same) {
      const { index } = sortIndexByKeys(keys);
      const copy = run.slice();
      const sortedKeys = new Float64Array(m);
      for (let i = 0; i < m; i++) {
        run[i] = copy[index[i]];
        sortedKeys[i] = keys[index[i]];
      }
      keys.set(sortedKeys);
    }
    // Recurse into runs of equal keys whose strings go on past these three units.
    let i = 0;
    while (i < m) {
      let j = i + 1;
      while (j < m && keys[j] === keys[i]) j++;
      if (j - i > 1 && keys[i] % BASE !== 0) stack.push(start + i, start + j, offset + 3);
      i = j;
    }
  }
}
