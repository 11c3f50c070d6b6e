import type { DigestError } from "./DigestError";
import type { DigestResult } from "./DigestResult";
import type { DigestState } from "./DigestState";
import type { TDigestJson } from "./TDigestJson";
import { DigestCore } from "./DigestCore";
import { MAX_COMPRESSION, MIN_COMPRESSION } from "./digestLimits";
import { readDigestBytes } from "./readDigestBytes";
import { readDigestJson } from "./readDigestJson";
import { scaleNames, type ScaleName } from "./ScaleName";
import { writeDigestBytes } from "./writeDigestBytes";

export interface TDigestOptions {
  /** δ, default 100. Values below 10 are raised to 10 (as in the reference); at most 10,000. */
  readonly compression?: number;
  /** The scale function, default "K_2". */
  readonly scale?: ScaleName;
}

export interface Centroid {
  readonly mean: number;
  readonly weight: number;
}

const addedOne: DigestResult = Object.freeze({ ok: true, added: 1, rejected: 0 });

function refuse(code: DigestError["code"], message: string): DigestResult {
  return { ok: false, added: 0, rejected: 1, error: { code, message } };
}

/**
 * A merging t-digest (Dunning & Ertl; the reference Java `MergingDigest`): values go to a buffer
 * that is sorted and merged into the centroids at 2δ when full ("two-level" compression);
 * `compress()` and the byte forms use δ. Queries, serialization and `merge` never change their
 * arguments, and the same input gives a bit-identical digest (no randomness).
 * @example
 * const digest = new TDigest();          // δ = 100, K_2
 * digest.addAll(latenciesMs);
 * digest.quantile(0.99);                  // p99
 * digest.merge(otherDigest).cdf(250);     // fraction of requests faster than 250 ms
 */
export class TDigest {
  /** δ (after raising values below 10). */
  readonly compression: number;
  readonly scale: ScaleName;
  private readonly core: DigestCore;

  /** Creates an empty digest; throws a RangeError for a compression or scale it cannot use. */
  constructor(options: TDigestOptions = {}) {
    const compression = options.compression ?? 100;
    if (typeof compression !== "number" || !(compression > 0 && compression <= MAX_COMPRESSION)) {
      throw new RangeError(`TDigest: compression must be in (0, ${MAX_COMPRESSION}]`);
    }
    const scale = options.scale ?? "K_2";
    if (!scaleNames.includes(scale)) {
      throw new RangeError(`TDigest: scale must be one of ${scaleNames.join(", ")}`);
    }
    this.compression = Math.max(MIN_COMPRESSION, compression);
    this.scale = scale;
    this.core = new DigestCore(this.compression, scale);
  }

  /** The total weight (the number of values when every weight is 1). */
  get count(): number {
    return this.core.mergedWeight + this.core.bufferedWeight;
  }

  /** The smallest value added (exact); NaN when empty. */
  get min(): number {
    const { workMean, buffered } = this.core;
    let min = this.core.mergedMin;
    for (let i = 0; i < buffered; i++) if (workMean[i] < min) min = workMean[i];
    return min === Infinity ? NaN : min;
  }

  /** The largest value added (exact); NaN when empty. */
  get max(): number {
    const { workMean, buffered } = this.core;
    let max = this.core.mergedMax;
    for (let i = 0; i < buffered; i++) if (workMean[i] > max) max = workMean[i];
    return max === -Infinity ? NaN : max;
  }

  /**
   * Adds `x` with weight `w` (default 1). A value that is not finite, or a weight that is not a
   * positive finite number, is refused (and not stored).
   * @example digest.add(12.5); digest.add(0.157, 3);
   */
  add(x: number, w?: number): DigestResult {
    if (w !== undefined && w !== 1) return this.addWeighted(x, w);
    if (typeof x !== "number" || x - x !== 0) {
      return refuse("value-not-finite", `value ${String(x)} is not a finite number`);
    }
    const core = this.core;
    const n = core.buffered;
    core.workMean[n] = x;
    if (core.weighted) core.workWeight[n] = 1;
    core.buffered = n + 1;
    core.bufferedWeight += 1;
    if (n + 1 === core.bufferCapacity) core.flush(2 * this.compression);
    return addedOne;
  }

  /**
   * Adds every finite value of `values` with weight 1; the others are refused, counted, and the
   * first one is described (with its index) in the result.
   */
  addAll(values: ArrayLike<number>): DigestResult {
    const core = this.core;
    const length = values.length;
    let rejected = 0;
    let firstRejected = -1;
    let i = 0;
    while (i < length) {
      const start = core.buffered;
      const end = Math.min(length, i + core.bufferCapacity - start);
      const mean = core.workMean;
      let n = start;
      for (; i < end; i++) {
        const x = values[i];
        if (typeof x === "number" && x - x === 0) {
          mean[n++] = x;
        } else {
          if (rejected === 0) firstRejected = i;
          rejected++;
        }
      }
      if (core.weighted) core.workWeight.fill(1, start, n);
      core.buffered = n;
      core.bufferedWeight += n - start;
      if (n === core.bufferCapacity) core.flush(2 * this.compression);
    }
    if (rejected === 0) return { ok: true, added: length, rejected: 0 };
    return {
      ok: false,
      added: length - rejected,
      rejected,
      error: {
        code: "value-not-finite",
        message: `value ${String(values[firstRejected])} at index ${firstRejected} is not a finite number`,
        index: firstRejected,
      },
    };
  }

  /**
   * Merges other digests into this one; they are not changed. The centroids of each digest as
   * they stand (buffered values merged in at 2δ) are sorted together and merged in one pass at 2δ
   * (the reference `add(List<TDigest>)`); count, min and max stay exact. Returns this digest.
   * @example const all = new TDigest().merge(...perHostDigests);
   */
  merge(...others: TDigest[]): this {
    const parts: DigestCore[] = [this.core];
    for (const other of others) {
      if (!(other instanceof TDigest)) throw new TypeError("TDigest.merge takes TDigest values");
      parts.push(other.core);
    }
    this.core.mergeFrom(parts, 2 * this.compression);
    return this;
  }

  /**
   * The estimated value at quantile `q` ∈ [0, 1] (tdigest.md §1 interpolation: exact min at 0,
   * exact max at 1); NaN when empty. Throws a RangeError for q outside [0, 1].
   * @example digest.quantile(0.999) // p99.9
   */
  quantile(q: number): number {
    if (typeof q !== "number" || !(q >= 0 && q <= 1)) {
      throw new RangeError(`TDigest.quantile: q must be in [0, 1], got ${String(q)}`);
    }
    const view = this.core.view();
    if (view.total === 0) return NaN;
    return DigestCore.model(view).valueAt(q * view.total);
  }

  /**
   * The estimated fraction of the weight below `x`, counting half of any weight exactly at x
   * (so cdf(min) = 0.5/N for one sample at min); NaN when empty. Throws a RangeError for NaN.
   * @example digest.cdf(0.25) // share of requests faster than 250 ms (values in seconds)
   */
  cdf(x: number): number {
    if (typeof x !== "number" || Number.isNaN(x)) {
      throw new RangeError("TDigest.cdf: x must be a number");
    }
    const view = this.core.view();
    if (view.total === 0) return NaN;
    const model = DigestCore.model(view);
    return (model.rankOf(x, false) + model.rankOf(x, true)) / 2 / view.total;
  }

  /**
   * The estimated weight below `x` (at or below it when `inclusive`; default false), between 0 and
   * `count`. A histogram bin's count is a difference of ranks. Throws a RangeError for NaN.
   */
  rank(x: number, inclusive = false): number {
    if (typeof x !== "number" || Number.isNaN(x)) {
      throw new RangeError("TDigest.rank: x must be a number");
    }
    const view = this.core.view();
    return view.total === 0 ? 0 : DigestCore.model(view).rankOf(x, inclusive);
  }

  /**
   * The centroids as they stand, sorted by mean: buffered values merged in at 2δ, or the δ set
   * right after `compress()`. Does not change the digest.
   */
  centroids(): Centroid[] {
    const { mean, weight, start, count } = this.core.view();
    const out: Centroid[] = new Array(count);
    for (let i = 0; i < count; i++) out[i] = { mean: mean[start + i], weight: weight[start + i] };
    return out;
  }

  /** Merges the buffer and the centroids in one pass at δ (the reference `compress()`). */
  compress(): void {
    this.core.flush(this.compression);
  }

  /**
   * The reference Java `MergingDigest.asBytes()` layout of this digest compressed to δ (big-endian:
   * int 1, double min, double max, double δ, int n, n × (double weight, double mean); 32 + 16n
   * bytes). Does not change the digest.
   */
  asBytes(): Uint8Array {
    const { size, bufferCapacity } = this.core;
    return writeDigestBytes(this.compressedState(), false, { size, bufferSize: bufferCapacity });
  }

  /**
   * The reference `asSmallBytes()` layout (int 2, double min, double max, float δ, short size,
   * short bufferSize, short n, n × (float weight, float mean); 30 + 8n bytes): means and weights
   * rounded to float32 (7 digits, |x| < 3.4e38). Does not change the digest.
   */
  asSmallBytes(): Uint8Array {
    const { size, bufferCapacity } = this.core;
    return writeDigestBytes(this.compressedState(), true, { size, bufferSize: bufferCapacity });
  }

  /**
   * The JSON form (see {@link TDigestJson}): the centroids as they stand, so
   * `TDigest.fromJSON(digest.toJSON())` answers every query exactly as `digest` does.
   */
  toJSON(): TDigestJson {
    const { mean, weight, start, count, min, max } = this.core.view();
    const centroids: [number, number][] = new Array(count);
    for (let i = 0; i < count; i++) centroids[i] = [mean[start + i], weight[start + i]];
    return {
      type: "tdigest",
      version: 1,
      compression: this.compression,
      scale: this.scale,
      min: count > 0 ? min : null,
      max: count > 0 ? max : null,
      centroids,
    };
  }

  /**
   * Reads the reference Java `asBytes` or `asSmallBytes` layout (the layout has no scale; K_2, the
   * reference default, is used). Never throws: bad bytes give a {@link DigestError}.
   * @example
   * const read = TDigest.fromBytes(bytesFromAJavaJob);
   * if (!isDigestError(read)) total.merge(read);
   */
  static fromBytes(bytes: Uint8Array): TDigest | DigestError {
    const state = readDigestBytes(bytes);
    return "means" in state ? TDigest.restore(state) : state;
  }

  /**
   * Reads the JSON form, given as a parsed value or as JSON text. Never throws: a wrong shape gives
   * a {@link DigestError} with the JSON path of the problem.
   */
  static fromJSON(json: unknown): TDigest | DigestError {
    let value = json;
    if (typeof json === "string") {
      try {
        value = JSON.parse(json);
      } catch (error) {
        return {
          code: "json-invalid",
          message: `not JSON: ${(error as Error).message}`,
          path: "$",
        };
      }
    }
    const state = readDigestJson(value);
    return "means" in state ? TDigest.restore(state) : state;
  }

  private static restore(state: DigestState): TDigest {
    const digest = new TDigest({ compression: state.compression, scale: state.scale });
    digest.core.restore(state);
    return digest;
  }

  private addWeighted(x: number, w: number): DigestResult {
    if (typeof x !== "number" || x - x !== 0) {
      return refuse("value-not-finite", `value ${String(x)} is not a finite number`);
    }
    if (typeof w !== "number" || !(w > 0 && w < Infinity)) {
      return refuse("weight-not-positive", `weight ${String(w)} is not a positive finite number`);
    }
    const core = this.core;
    if (!(core.mergedWeight + core.bufferedWeight + w < Infinity)) {
      return refuse("weight-overflow", `weight ${w} would make the total weight overflow`);
    }
    const n = core.buffered;
    if (!core.weighted) {
      core.workWeight.fill(1, 0, n);
      core.weighted = true;
    }
    core.workMean[n] = x;
    core.workWeight[n] = w;
    core.buffered = n + 1;
    core.bufferedWeight += w;
    if (n + 1 === core.bufferCapacity) core.flush(2 * this.compression);
    return addedOne;
  }

  private compressedState(): DigestState {
    const { mean, weight, start, count, min, max } = this.core.mergedCopy(this.compression);
    return {
      compression: this.compression,
      scale: this.scale,
      means: mean.subarray(start, start + count),
      weights: weight.subarray(start, start + count),
      min,
      max,
    };
  }
}
