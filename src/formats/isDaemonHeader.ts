import { isPlainObject } from "./isPlainObject";

/**
 * Whether `value` is the header line of an X-Ray daemon UDP frame:
 * `{"format": "json", "version": 1}` (xray-model.md §1.10).
 */
export function isDaemonHeader(value: unknown): boolean {
  return (
    isPlainObject(value) &&
    value.format === "json" &&
    typeof value.version === "number" &&
    !Object.hasOwn(value, "id")
  );
}
