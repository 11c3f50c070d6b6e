import type { DigestError } from "./DigestError";
import type { DigestState } from "./DigestState";
import { MAX_COMPRESSION } from "./digestLimits";
import { scaleNames, type ScaleName } from "./ScaleName";
import { sortStateByMean } from "./sortStateByMean";

/**
 * Reads the JSON form (see {@link TDigestJson}) from an already-parsed value. Never throws: a
 * wrong shape gives a {@link DigestError} with the JSON path of the first problem. Centroids that
 * are not sorted by mean are sorted.
 */
export function readDigestJson(json: unknown): DigestState | DigestError {
  if (typeof json !== "object" || json === null || Array.isArray(json)) {
    return fail("$", "expected an object");
  }
  const field = (key: string): unknown =>
    Object.hasOwn(json, key) ? (json as Record<string, unknown>)[key] : undefined;
  if (field("type") !== "tdigest") return fail("$.type", 'expected "tdigest"');
  if (field("version") !== 1) return fail("$.version", "expected 1");
  const compression = field("compression");
  if (typeof compression !== "number" || !(compression > 0 && compression <= MAX_COMPRESSION)) {
    return fail("$.compression", `expected a number in (0, ${MAX_COMPRESSION}]`);
  }
  const scale = field("scale") ?? "K_2";
  if (!scaleNames.includes(scale as ScaleName)) {
    return fail("$.scale", `expected one of ${scaleNames.join(", ")}`);
  }
  const centroids = field("centroids");
  if (!Array.isArray(centroids)) return fail("$.centroids", "expected an array");
  const n = centroids.length;
  const means = new Float64Array(n);
  const weights = new Float64Array(n);
  let total = 0;
  for (let i = 0; i < n; i++) {
    const pair: unknown = centroids[i];
    if (!Array.isArray(pair) || pair.length !== 2) {
      return fail(`$.centroids[${i}]`, "expected [mean, weight]");
    }
    const [m, w] = pair as unknown[];
    if (typeof m !== "number" || !Number.isFinite(m)) {
      return fail(`$.centroids[${i}][0]`, "the mean is not a finite number");
    }
    if (typeof w !== "number" || !(w > 0 && w < Infinity)) {
      return fail(`$.centroids[${i}][1]`, "the weight is not a positive finite number");
    }
    means[i] = m;
    weights[i] = w;
    total += w;
  }
  if (!Number.isFinite(total)) return fail("$.centroids", "the total weight is not finite");
  const min = field("min");
  const max = field("max");
  if (n > 0) {
    if (typeof min !== "number" || !Number.isFinite(min)) {
      return fail("$.min", "expected a finite number");
    }
    if (typeof max !== "number" || !Number.isFinite(max) || max < min) {
      return fail("$.max", "expected a finite number ≥ min");
    }
  }
  return {
    compression,
    scale: scale as ScaleName,
    ...sortStateByMean(means, weights),
    min: n > 0 ? (min as number) : Infinity,
    max: n > 0 ? (max as number) : -Infinity,
  };
}

function fail(path: string, message: string): DigestError {
  return { code: "json-invalid", message: `${path}: ${message}`, path };
}
