import { formatAnnotationName, quoteFilterString } from "../filter/formatFilter";
import type { AnalyticsField, AnalyticsValue } from "./readFieldValues";

function literal(value: AnalyticsValue): string {
  if (typeof value === "string") return quoteFilterString(value);
  if (typeof value === "number") return Object.is(value, -0) ? "0" : String(value);
  return value ? "true" : "false";
}

/**
 * The filter expression that selects traces whose `field` has `value`, or (value `null`) traces
 * without the field: `http.url = "…"`, `user = "…"`, `service("…")`, `annotation.key = 3`,
 * `!http.url`. Strings are quoted and escaped, annotation keys that are not plain names use
 * `annotation["…"]`, so every result parses with `parseFilter`.
 * @example formatFieldFilter("http.url", "https://example.com/a") // 'http.url = "https://example.com/a"'
 */
export function formatFieldFilter(field: AnalyticsField, value: AnalyticsValue | null): string {
  if (field === "service") {
    return value === null ? "!service()" : `service(${quoteFilterString(String(value))})`;
  }
  const name = field.startsWith("annotation.") ? formatAnnotationName(field.slice(11)) : field;
  return value === null ? `!${name}` : `${name} = ${literal(value)}`;
}
