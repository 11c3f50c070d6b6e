import type { DigestError } from "./DigestError";

/**
 * What `add` and `addAll` did. Refused values (not finite, or with a weight that is not a
 * positive finite number) are never stored; the digest stays as it was for them.
 */
export interface DigestResult {
  /** True when every value was stored. */
  readonly ok: boolean;
  /** How many values this call stored. */
  readonly added: number;
  /** How many values this call refused. */
  readonly rejected: number;
  /** Why the first refused value was refused (with its index); absent when `ok`. */
  readonly error?: DigestError;
}
