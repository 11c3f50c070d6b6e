import type { DigestState } from "./DigestState";

/** The encodings of the reference Java `MergingDigest`. */
export const VERBOSE_ENCODING = 1;
export const SMALL_ENCODING = 2;

/**
 * Writes `state` in the reference Java `MergingDigest` layouts (big-endian). Verbose (`asBytes`):
 * int 1, double min, double max, double δ, int n, then n × (double weight, double mean) =
 * 32 + 16n bytes. Small (`asSmallBytes`): int 2, double min, double max, float δ, short size,
 * short bufferSize, short n, then n × (float weight, float mean) = 30 + 8n bytes, where size and
 * bufferSize are the reference's array sizes for δ (shorts wrap as Java's casts do).
 */
export function writeDigestBytes(
  state: DigestState,
  small: boolean,
  sizes: { readonly size: number; readonly bufferSize: number },
): Uint8Array {
  const n = state.means.length;
  const bytes = new Uint8Array(small ? 30 + 8 * n : 32 + 16 * n);
  const view = new DataView(bytes.buffer);
  view.setInt32(0, small ? SMALL_ENCODING : VERBOSE_ENCODING);
  view.setFloat64(4, state.min);
  view.setFloat64(12, state.max);
  if (small) {
    view.setFloat32(20, state.compression);
    view.setInt16(24, sizes.size);
    view.setInt16(26, sizes.bufferSize);
    view.setInt16(28, n);
    for (let i = 0, at = 30; i < n; i++, at += 8) {
      view.setFloat32(at, state.weights[i]);
      view.setFloat32(at + 4, state.means[i]);
    }
  } else {
    view.setFloat64(20, state.compression);
    view.setInt32(28, n);
    for (let i = 0, at = 32; i < n; i++, at += 16) {
      view.setFloat64(at, state.weights[i]);
      view.setFloat64(at + 8, state.means[i]);
    }
  }
  return bytes;
}
