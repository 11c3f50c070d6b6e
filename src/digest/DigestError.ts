/** Why a digest refused a value, or could not be read from bytes, JSON or base64. */
export type DigestErrorCode =
  /** A value was NaN or ±Infinity. */
  | "value-not-finite"
  /** A weight was not a positive finite number. */
  | "weight-not-positive"
  /** The total weight would no longer be a finite number. */
  | "weight-overflow"
  /** The bytes end before the layout does. */
  | "bytes-truncated"
  /** The first int is neither 1 (asBytes) nor 2 (asSmallBytes). */
  | "bytes-unknown-encoding"
  /** A field holds an impossible value (non-finite, negative count, trailing bytes...). */
  | "bytes-invalid"
  /** The JSON form is not a valid digest. */
  | "json-invalid"
  /** The text is not base64. */
  | "base64-invalid";

/**
 * A refusal, as data (never thrown). `index` locates it: the position of the value in `addAll`,
 * the byte offset in `fromBytes`, the character in `parseBase64`; `path` is a JSON path for
 * `fromJSON`.
 */
export interface DigestError {
  readonly code: DigestErrorCode;
  readonly message: string;
  readonly index?: number;
  readonly path?: string;
}
