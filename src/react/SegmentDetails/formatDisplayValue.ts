import { formatJsonText } from "./formatJsonText";

/** What a missing value shows as. */
export const missingValue = "—";

/**
 * Any value from a trace document as one line of text: strings as they are, numbers and booleans
 * spelled out, lists of plain values joined with commas, anything else as compact JSON (at most
 * 2,000 characters). Never throws, whatever the document holds.
 * @example formatDisplayValue(["a", "b"]) // "a, b"
 */
export function formatDisplayValue(value: unknown): string {
  if (value === undefined) return missingValue;
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean" || typeof value === "bigint") {
    return String(value);
  }
  if (value === null) return "null";
  if (
    Array.isArray(value) &&
    value.every((v) => typeof v === "string" || typeof v === "number" || typeof v === "boolean")
  ) {
    return value.join(", ");
  }
  const { text, truncated } = formatJsonText(value, { indent: 0, maxLength: 2000 });
  return truncated ? `${text}…` : text;
}
