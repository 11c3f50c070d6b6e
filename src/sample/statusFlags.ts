/** The error/throttle/fault flags an X-Ray SDK records for an HTTP status. */
export interface StatusFlags {
  readonly error?: true;
  readonly throttle?: true;
  readonly fault?: true;
}

/**
 * X-Ray's status mapping (xray-model.md §1.6): 429 → throttle and error, other 4xx → error,
 * 5xx → fault, anything else → no flag.
 * @example
 * statusFlags(429); // { error: true, throttle: true }
 */
export function statusFlags(status: number): StatusFlags {
  if (status === 429) return { error: true, throttle: true };
  if (status >= 400 && status < 500) return { error: true };
  if (status >= 500 && status < 600) return { fault: true };
  return {};
}
