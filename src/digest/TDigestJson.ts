import type { ScaleName } from "./ScaleName";

/**
 * The JSON form of a digest (`TDigest.toJSON`, read back by `TDigest.fromJSON`): the centroids as
 * they stand, as `[mean, weight]` pairs sorted by mean, with the exact min and max (null when the
 * digest is empty, since JSON has no Infinity).
 * @example
 * { "type": "tdigest", "version": 1, "compression": 100, "scale": "K_2",
 *   "min": 0.004, "max": 2.5, "centroids": [[0.004, 1], [0.0061, 2], ..., [2.5, 1]] }
 */
export interface TDigestJson {
  readonly type: "tdigest";
  readonly version: 1;
  readonly compression: number;
  readonly scale: ScaleName;
  readonly min: number | null;
  readonly max: number | null;
  readonly centroids: readonly (readonly [mean: number, weight: number])[];
}
