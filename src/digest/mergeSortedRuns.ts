/** Centroids as two parallel arrays, sorted by mean. */
export interface CentroidRun {
  readonly mean: Float64Array;
  readonly weight: Float64Array;
}

/**
 * Merges runs that are each sorted by mean into one sorted run (pairwise, bottom-up: about
 * n·log2(runs) moves). Stable: on equal means, earlier runs come first.
 */
export function mergeSortedRuns(runs: readonly CentroidRun[]): CentroidRun {
  let total = 0;
  for (const run of runs) total += run.mean.length;
  let mean = new Float64Array(total);
  let weight = new Float64Array(total);
  let bounds = new Int32Array(runs.length + 1);
  for (let r = 0; r < runs.length; r++) {
    mean.set(runs[r].mean, bounds[r]);
    weight.set(runs[r].weight, bounds[r]);
    bounds[r + 1] = bounds[r] + runs[r].mean.length;
  }
  let nextMean = new Float64Array(total);
  let nextWeight = new Float64Array(total);
  let count = runs.length;
  while (count > 1) {
    const nextCount = (count + 1) >> 1;
    const nextBounds = new Int32Array(nextCount + 1);
    for (let r = 0; r < count; r += 2) {
      const a1 = bounds[r + 1];
      const b1 = r + 1 < count ? bounds[r + 2] : a1;
      mergeTwo(mean, weight, bounds[r], a1, b1, nextMean, nextWeight);
      nextBounds[(r >> 1) + 1] = b1;
    }
    const m = mean;
    mean = nextMean;
    nextMean = m;
    const w = weight;
    weight = nextWeight;
    nextWeight = w;
    bounds = nextBounds;
    count = nextCount;
  }
  return { mean, weight };
}

/** Merges [a0, a1) and [a1, b1) of mean/weight into the same range of outMean/outWeight. */
function mergeTwo(
  mean: Float64Array,
  weight: Float64Array,
  a0: number,
  a1: number,
  b1: number,
  outMean: Float64Array,
  outWeight: Float64Array,
): void {
  let i = a0;
  let j = a1;
  let o = a0;
  while (i < a1 && j < b1) {
    if (mean[j] < mean[i]) {
      outMean[o] = mean[j];
      outWeight[o++] = weight[j++];
    } else {
      outMean[o] = mean[i];
      outWeight[o++] = weight[i++];
    }
  }
  if (i < a1) {
    outMean.set(mean.subarray(i, a1), o);
    outWeight.set(weight.subarray(i, a1), o);
  } else if (j < b1) {
    outMean.set(mean.subarray(j, b1), o);
    outWeight.set(weight.subarray(j, b1), o);
  }
}
