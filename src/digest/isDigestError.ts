import type { DigestError } from "./DigestError";

const codes = new Set([
  "value-not-finite",
  "weight-not-positive",
  "weight-overflow",
  "bytes-truncated",
  "bytes-unknown-encoding",
  "bytes-invalid",
  "json-invalid",
  "base64-invalid",
]);

/**
 * True when `value` is a {@link DigestError} (for example what `TDigest.fromBytes` returns
 * instead of a digest).
 * @example
 * const read = TDigest.fromBytes(bytes);
 * if (isDigestError(read)) console.warn(read.message); else chart(read);
 */
export function isDigestError(value: unknown): value is DigestError {
  if (typeof value !== "object" || value === null) return false;
  const { code, message } = value as { code?: unknown; message?: unknown };
  return typeof code === "string" && codes.has(code) && typeof message === "string";
}
