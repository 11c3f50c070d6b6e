import type { DigestState } from "./DigestState";
import { mergeBufferWithCentroids } from "./mergeBufferWithCentroids";
import { mergeSortedCentroids } from "./mergeSortedCentroids";
import { mergeSortedRuns, type CentroidRun } from "./mergeSortedRuns";
import { PiecewiseCdf } from "./PiecewiseCdf";
import type { ScaleName } from "./ScaleName";

/** Centroids with the buffer merged in, as queries see them. */
export interface DigestView {
  readonly mean: Float64Array;
  readonly weight: Float64Array;
  readonly start: number;
  readonly count: number;
  readonly total: number;
  readonly min: number;
  readonly max: number;
  cdf: PiecewiseCdf | null;
}

/**
 * The storage and merge passes behind `TDigest` (the reference `MergingDigest` layout): a buffer
 * of new values at the front of the work arrays, merged in place with the centroids when full.
 * Values here are already validated. Internal: `TDigest` is the public face.
 */
export class DigestCore {
  /** The reference's centroid array size for δ: 2δ + 10 (+ 20 below δ = 30). */
  readonly size: number;
  /** The reference's buffer size: 5 × size (1,050 at δ = 100). */
  readonly bufferCapacity: number;
  workMean: Float64Array;
  workWeight: Float64Array;
  buffered = 0;
  bufferedWeight = 0;
  /** True when some buffered weight is not 1 (then `workWeight` holds every buffered weight). */
  weighted = false;
  centroidMean: Float64Array;
  centroidWeight: Float64Array;
  centroidCount = 0;
  mergedWeight = 0;
  mergedMin = Infinity;
  mergedMax = -Infinity;
  /** Merge passes so far; their parity sets the direction of the next one. */
  merges = 0;
  private cachedView: DigestView | null = null;
  private viewMerges = -1;
  private viewBuffered = -1;

  constructor(
    readonly compression: number,
    readonly scale: ScaleName,
  ) {
    this.size = Math.floor(2 * compression + (compression < 30 ? 30 : 10));
    this.bufferCapacity = 5 * this.size;
    this.workMean = new Float64Array(this.bufferCapacity + this.size);
    this.workWeight = new Float64Array(this.bufferCapacity + this.size);
    this.centroidMean = new Float64Array(this.size);
    this.centroidWeight = new Float64Array(this.size);
  }

  /** Merges the buffer into the centroids in place, in one pass at `compression`. */
  flush(compression: number): void {
    const b = this.buffered;
    const n = b + this.centroidCount;
    if (n === 0) return;
    const mean = this.workMean;
    const weight = this.workWeight;
    mergeBufferWithCentroids(
      mean,
      weight,
      b,
      this.weighted,
      this.centroidMean,
      this.centroidWeight,
      this.centroidCount,
    );
    if (mean[0] < this.mergedMin) this.mergedMin = mean[0];
    if (mean[n - 1] > this.mergedMax) this.mergedMax = mean[n - 1];
    this.mergeSorted(mean, weight, n, this.mergedWeight + this.bufferedWeight, compression);
  }

  /**
   * Replaces the content with the union of `parts` (which may include this core; none is changed):
   * each part's centroids as queries see them (its buffer merged in at its 2δ, the "stratified"
   * merge of the paper) are merged as sorted runs, then one pass at `compression` (the reference
   * `add(List<TDigest>)`, which compresses each part first).
   */
  mergeFrom(parts: readonly DigestCore[], compression: number): void {
    const runs: CentroidRun[] = [];
    let total = 0;
    let min = Infinity;
    let max = -Infinity;
    for (const part of parts) {
      const {
        mean,
        weight,
        start,
        count,
        total: weightOfPart,
        min: least,
        max: most,
      } = part.view();
      if (count > 0) {
        runs.push({
          mean: mean.subarray(start, start + count),
          weight: weight.subarray(start, start + count),
        });
      }
      total += weightOfPart;
      if (least < min) min = least;
      if (most > max) max = most;
    }
    if (!(total < Infinity)) throw new RangeError("TDigest.merge: the total weight overflows");
    const merged = mergeSortedRuns(runs);
    const n = merged.mean.length;
    if (n === 0) return;
    this.mergedMin = min;
    this.mergedMax = max;
    this.mergeSorted(merged.mean, merged.weight, n, total, compression);
  }

  /** Sets the centroids (sorted by mean) and extremes read from a serialized form. */
  restore(state: DigestState): void {
    const n = state.means.length;
    this.storeCentroids(state.means, state.weights, 0, n);
    let total = 0;
    for (let i = 0; i < n; i++) total += state.weights[i];
    this.mergedWeight = total;
    this.mergedMin = state.min;
    this.mergedMax = state.max;
  }

  /** Buffer and centroids merged into new arrays at `compression` (nothing here changes). */
  mergedCopy(compression: number): DigestView {
    const b = this.buffered;
    const n = b + this.centroidCount;
    const mean = new Float64Array(n);
    const weight = new Float64Array(n);
    mean.set(this.workMean.subarray(0, b));
    weight.set(this.workWeight.subarray(0, b));
    mergeBufferWithCentroids(
      mean,
      weight,
      b,
      this.weighted,
      this.centroidMean,
      this.centroidWeight,
      this.centroidCount,
    );
    const total = this.mergedWeight + this.bufferedWeight;
    const backwards = this.merges % 2 === 1;
    const min = n > 0 && mean[0] < this.mergedMin ? mean[0] : this.mergedMin;
    const max = n > 0 && mean[n - 1] > this.mergedMax ? mean[n - 1] : this.mergedMax;
    const k = mergeSortedCentroids(mean, weight, n, total, compression, this.scale, backwards);
    return { mean, weight, start: backwards ? n - k : 0, count: k, total, min, max, cdf: null };
  }

  /** The centroids as queries see them: the buffer merged in at 2δ (cached until a change). */
  view(): DigestView {
    if (
      this.cachedView !== null &&
      this.viewMerges === this.merges &&
      this.viewBuffered === this.buffered
    ) {
      return this.cachedView;
    }
    const view: DigestView =
      this.buffered > 0
        ? this.mergedCopy(2 * this.compression)
        : {
            mean: this.centroidMean,
            weight: this.centroidWeight,
            start: 0,
            count: this.centroidCount,
            total: this.mergedWeight,
            min: this.mergedMin,
            max: this.mergedMax,
            cdf: null,
          };
    this.cachedView = view;
    this.viewMerges = this.merges;
    this.viewBuffered = this.buffered;
    return view;
  }

  /** The interpolation model of a view (built once per view). */
  static model(view: DigestView): PiecewiseCdf {
    view.cdf ??= PiecewiseCdf.fromCentroids(
      view.mean,
      view.weight,
      view.start,
      view.count,
      view.total,
      view.min,
      view.max,
    );
    return view.cdf;
  }

  /** Runs the pass over n sorted items and makes the result the centroids; empties the buffer. */
  private mergeSorted(
    mean: Float64Array,
    weight: Float64Array,
    n: number,
    total: number,
    compression: number,
  ): void {
    const backwards = this.merges % 2 === 1;
    const k = mergeSortedCentroids(mean, weight, n, total, compression, this.scale, backwards);
    this.storeCentroids(mean, weight, backwards ? n - k : 0, k);
    this.mergedWeight = total;
    this.buffered = 0;
    this.bufferedWeight = 0;
    this.weighted = false;
    this.merges++;
  }

  /** Copies k centroids from index `from` into the centroid arrays, growing them if needed. */
  private storeCentroids(mean: Float64Array, weight: Float64Array, from: number, k: number): void {
    if (k > this.centroidMean.length) {
      this.centroidMean = new Float64Array(k);
      this.centroidWeight = new Float64Array(k);
    }
    if (this.bufferCapacity + k > this.workMean.length) {
      this.workMean = new Float64Array(this.bufferCapacity + k);
      this.workWeight = new Float64Array(this.bufferCapacity + k);
    }
    for (let i = 0; i < k; i++) {
      this.centroidMean[i] = mean[from + i];
      this.centroidWeight[i] = weight[from + i];
    }
    this.centroidCount = k;
  }
}
