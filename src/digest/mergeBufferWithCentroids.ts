import { sortCentroidPairs } from "./sortCentroidPairs";
import { sortFloat64 } from "./sortFloat64";

/**
 * Prepares one merge pass: sorts the `buffered` new values at the front of `mean`/`weight` (unit
 * weights are written when `weighted` is false), then merges the `count` sorted centroids in
 * from the back, so `[0, buffered + count)` ends up sorted by mean (new values first on ties).
 * The arrays must hold buffered + count items.
 */
export function mergeBufferWithCentroids(
  mean: Float64Array,
  weight: Float64Array,
  buffered: number,
  weighted: boolean,
  centroidMean: Float64Array,
  centroidWeight: Float64Array,
  count: number,
): void {
  if (weighted) {
    sortCentroidPairs(mean, weight, buffered);
  } else if (buffered > 0) {
    sortFloat64(mean, buffered);
    weight.fill(1, 0, buffered);
  }
  let i = buffered - 1;
  let j = count - 1;
  let o = buffered + count - 1;
  while (j >= 0) {
    if (i >= 0 && mean[i] > centroidMean[j]) {
      mean[o] = mean[i];
      weight[o] = weight[i];
      i--;
    } else {
      mean[o] = centroidMean[j];
      weight[o] = centroidWeight[j];
      j--;
    }
    o--;
  }
}
