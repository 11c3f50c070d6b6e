const stack = new Int32Array(128);

/**
 * Sorts `mean[0..n)` ascending in place, moving `weight` along (a quicksort with median-of-three
 * pivots and insertion sort below 16 items; deterministic). Means must not be NaN.
 */
export function sortCentroidPairs(mean: Float64Array, weight: Float64Array, n: number): void {
  let sp = 0;
  stack[sp++] = 0;
  stack[sp++] = n - 1;
  while (sp > 0) {
    let hi = stack[--sp];
    let lo = stack[--sp];
    while (hi - lo > 16) {
      const mid = (lo + hi) >> 1;
      if (mean[mid] < mean[lo]) swap(mean, weight, mid, lo);
      if (mean[hi] < mean[mid]) {
        swap(mean, weight, hi, mid);
        if (mean[mid] < mean[lo]) swap(mean, weight, mid, lo);
      }
      const pivot = mean[mid];
      let i = lo;
      let j = hi;
      while (i <= j) {
        while (mean[i] < pivot) i++;
        while (mean[j] > pivot) j--;
        if (i <= j) swap(mean, weight, i++, j--);
      }
      // Push the larger part and go on with the smaller one: at most log2(n) ranges wait.
      if (j - lo < hi - i) {
        if (i < hi) {
          stack[sp++] = i;
          stack[sp++] = hi;
        }
        hi = j;
      } else {
        if (lo < j) {
          stack[sp++] = lo;
          stack[sp++] = j;
        }
        lo = i;
      }
    }
    for (let i = lo + 1; i <= hi; i++) {
      const m = mean[i];
      const w = weight[i];
      let j = i - 1;
      while (j >= lo && mean[j] > m) {
        mean[j + 1] = mean[j];
        weight[j + 1] = weight[j];
        j--;
      }
      mean[j + 1] = m;
      weight[j + 1] = w;
    }
  }
}

function swap(mean: Float64Array, weight: Float64Array, a: number, b: number): void {
  const m = mean[a];
  mean[a] = mean[b];
  mean[b] = m;
  const w = weight[a];
  weight[a] = weight[b];
  weight[b] = w;
}
