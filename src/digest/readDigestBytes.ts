import type { DigestError } from "./DigestError";
import type { DigestState } from "./DigestState";
import { MAX_COMPRESSION } from "./digestLimits";
import { sortStateByMean } from "./sortStateByMean";
import { SMALL_ENCODING, VERBOSE_ENCODING } from "./writeDigestBytes";

/**
 * Reads the reference Java `MergingDigest` `asBytes` (encoding 1) or `asSmallBytes` (encoding 2)
 * layout (see `writeDigestBytes`). Never throws: bad bytes give a {@link DigestError} with the
 * byte offset. The scale function is not in the layout; the digest gets K_2 (the reference
 * default). Centroids that are not sorted by mean are sorted.
 */
export function readDigestBytes(bytes: Uint8Array): DigestState | DigestError {
  if (!(bytes instanceof Uint8Array)) {
    return fail("bytes-invalid", "expected a Uint8Array", 0);
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const length = bytes.byteLength;
  if (length < 4) return fail("bytes-truncated", `${length} bytes: too short for a digest`, 0);
  const encoding = view.getInt32(0);
  if (encoding !== VERBOSE_ENCODING && encoding !== SMALL_ENCODING) {
    return fail(
      "bytes-unknown-encoding",
      `unknown encoding ${encoding} (expected 1 for asBytes or 2 for asSmallBytes)`,
      0,
    );
  }
  const small = encoding === SMALL_ENCODING;
  const header = small ? 30 : 32;
  const name = small ? "asSmallBytes" : "asBytes";
  if (length < header) {
    return fail("bytes-truncated", `${length} bytes: the ${name} header needs ${header}`, length);
  }
  const min = view.getFloat64(4);
  const max = view.getFloat64(12);
  const compression = small ? view.getFloat32(20) : view.getFloat64(20);
  const n = small ? view.getInt16(28) : view.getInt32(28);
  if (!(compression > 0 && compression <= MAX_COMPRESSION)) {
    return fail(
      "bytes-invalid",
      `compression ${compression} is outside (0, ${MAX_COMPRESSION}]`,
      20,
    );
  }
  if (n < 0) return fail("bytes-invalid", `negative centroid count ${n}`, 28);
  const each = small ? 8 : 16;
  const expected = header + each * n;
  if (length < expected) {
    return fail(
      "bytes-truncated",
      `${length} bytes: ${n} centroids in the ${name} layout need ${expected}`,
      length,
    );
  }
  if (length > expected) {
    return fail(
      "bytes-invalid",
      `${length - expected} unexpected bytes after ${n} centroids (${name} layout: ${expected} bytes)`,
      expected,
    );
  }
  if (n > 0 && !(Number.isFinite(min) && Number.isFinite(max) && min <= max)) {
    return fail("bytes-invalid", `min ${min} and max ${max} are not finite with min ≤ max`, 4);
  }
  const means = new Float64Array(n);
  const weights = new Float64Array(n);
  let total = 0;
  for (let i = 0, at = header; i < n; i++, at += each) {
    const w = small ? view.getFloat32(at) : view.getFloat64(at);
    const m = small ? view.getFloat32(at + each / 2) : view.getFloat64(at + each / 2);
    if (!(w > 0 && w < Infinity)) {
      return fail(
        "bytes-invalid",
        `centroid ${i}: weight ${w} is not a positive finite number`,
        at,
      );
    }
    if (!Number.isFinite(m)) {
      return fail("bytes-invalid", `centroid ${i}: mean ${m} is not finite`, at + each / 2);
    }
    total += w;
    means[i] = m;
    weights[i] = w;
  }
  if (!Number.isFinite(total)) {
    return fail("bytes-invalid", "the total weight is not finite", header);
  }
  return {
    compression,
    scale: "K_2",
    ...sortStateByMean(means, weights),
    min: n > 0 ? min : Infinity,
    max: n > 0 ? max : -Infinity,
  };
}

function fail(code: DigestError["code"], message: string, index: number): DigestError {
  return { code, message: `${message} (at byte ${index})`, index };
}
