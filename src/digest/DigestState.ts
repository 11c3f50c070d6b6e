import type { ScaleName } from "./ScaleName";

/** A digest's content as plain arrays: what the readers and writers of its forms exchange. */
export interface DigestState {
  readonly compression: number;
  readonly scale: ScaleName;
  /** Centroid means, sorted ascending. */
  readonly means: Float64Array;
  /** Centroid weights, positive, parallel to `means`. */
  readonly weights: Float64Array;
  /** Exact extremes; ignored (and ±Infinity) when there are no centroids. */
  readonly min: number;
  readonly max: number;
}
