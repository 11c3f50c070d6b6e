import type { DigestError } from "./DigestError";

const values = new Int8Array(128).fill(-1);
for (let i = 0; i < 64; i++) {
  values["ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".charCodeAt(i)] = i;
}
values["-".charCodeAt(0)] = 62; // base64url
values["_".charCodeAt(0)] = 63;

/**
 * The bytes of base64 text (standard or URL-safe alphabet; padding optional; whitespace ignored),
 * without Node's Buffer. Never throws: other text gives a {@link DigestError} with the index of
 * the offending character.
 * @example TDigest.fromBytes(parseBase64(text)) // after checking isDigestError
 */
export function parseBase64(text: string): Uint8Array | DigestError {
  const digits: number[] = [];
  let padding = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 32 || code === 9 || code === 10 || code === 13) continue;
    if (code === 61) {
      padding++;
      if (padding > 2) return fail("too much '=' padding", i);
      continue;
    }
    const value = code < 128 ? values[code] : -1;
    if (value < 0) return fail(`'${text[i]}' is not a base64 character`, i);
    if (padding > 0) return fail("a character after the '=' padding", i);
    digits.push(value);
  }
  if (digits.length % 4 === 1) return fail("the length is not that of base64", text.length);
  if (padding > 0 && (digits.length + padding) % 4 !== 0) {
    return fail("the '=' padding does not match the length", text.length);
  }
  const bytes = new Uint8Array(Math.floor((digits.length * 3) / 4));
  let o = 0;
  for (let i = 0; i < digits.length; i += 4) {
    const a = digits[i];
    const b = digits[i + 1];
    const c = i + 2 < digits.length ? digits[i + 2] : 0;
    const d = i + 3 < digits.length ? digits[i + 3] : 0;
    bytes[o++] = (a << 2) | (b >> 4);
    if (i + 2 < digits.length) bytes[o++] = ((b & 15) << 4) | (c >> 2);
    if (i + 3 < digits.length) bytes[o++] = ((c & 3) << 6) | d;
  }
  return bytes;
}

function fail(message: string, index: number): DigestError {
  return { code: "base64-invalid", message: `${message} (at character ${index})`, index };
}
