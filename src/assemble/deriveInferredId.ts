const HEX = "0123456789abcdef";

/** 8 lower-case hex digits of an unsigned 32-bit integer (much faster than toString(16)). */
function hex8(n: number): string {
  let s = "";
  for (let shift = 28; shift >= 0; shift -= 4) s += HEX[(n >>> shift) & 15];
  return s;
}

/**
 * A deterministic 16-hex id for the inferred segment of subsegment `subsegmentId` (two 32-bit
 * FNV-1a hashes of the id and a salt). `attempt` > 0 gives another id when the first is taken.
 * @example deriveInferredId("4cd3f10b76c624b4") // always the same 16 hex digits
 */
export function deriveInferredId(subsegmentId: string, attempt = 0): string {
  let h1 = 0x811c9dc5 ^ attempt;
  let h2 = 0x01000193 ^ Math.imul(attempt + 1, 0x9e3779b1);
  for (let i = 0; i < subsegmentId.length; i++) {
    const c = subsegmentId.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x01000193) ^ (h2 >>> 15);
  }
  h1 = Math.imul(h1 ^ 0x69, 0x01000193) >>> 0; // "i" for inferred
  h2 = Math.imul(h2 ^ (h1 >>> 7), 0x85ebca6b) >>> 0;
  return hex8(h1) + hex8(h2);
}
