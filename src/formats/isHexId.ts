const hexId = /^[0-9a-fA-F]{16}$/;
const traceId = /^\d-[0-9a-fA-F]{8}-[0-9a-fA-F]{24}$/;

/**
 * Whether `value` is a segment, subsegment or exception id: exactly 16 hex digits.
 * @example isHexId("53995c3f42cd8ad8") // true
 */
export function isHexId(value: unknown): value is string {
  return typeof value === "string" && hexId.test(value);
}

/**
 * Whether `value` is an X-Ray trace id: a version digit, 8 hex digits of epoch seconds and 24
 * hex digits (`1-58406520-a006649127e371903a2de979`).
 */
export function isTraceId(value: unknown): value is string {
  return typeof value === "string" && traceId.test(value);
}
