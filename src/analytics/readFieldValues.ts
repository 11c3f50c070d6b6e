import type { ServiceId } from "../model/index";
import type { TraceSummaryLike } from "./TraceSummaryLike";

/**
 * A trace field to group or compare by, named as in the filter language: the root request's
 * `http.*` fields, `user` (every user of the trace), `service` (every service name in the
 * trace), the resource fields, or `annotation.<key>` (the key is everything after the dot).
 */
export type AnalyticsField =
  | "http.url"
  | "http.method"
  | "http.status"
  | "http.useragent"
  | "http.clientip"
  | "user"
  | "service"
  | "availabilityzone"
  | "instance.id"
  | "resource.arn"
  | `annotation.${string}`;

/** A field value: a string, a number (HTTP status, numeric annotation) or a boolean annotation. */
export type AnalyticsValue = string | number | boolean;

const HTTP_KEYS = {
  "http.url": "HttpURL",
  "http.method": "HttpMethod",
  "http.status": "HttpStatus",
  "http.useragent": "UserAgent",
  "http.clientip": "ClientIp",
} as const;

const NONE: readonly AnalyticsValue[] = [];

function isValue(value: unknown): value is AnalyticsValue {
  return (
    typeof value === "string" ||
    typeof value === "boolean" ||
    (typeof value === "number" && Number.isFinite(value))
  );
}

/** Distinct values `pick` returns over a (possibly malformed) array of objects (only strings
 * unless `any`). */
function distinct<T>(
  items: unknown,
  pick: (item: T) => unknown,
  any = false,
): readonly AnalyticsValue[] {
  if (!Array.isArray(items) || items.length === 0) return NONE;
  const out: AnalyticsValue[] = [];
  for (const item of items as unknown[]) {
    if (item === null || typeof item !== "object") continue;
    const value = pick(item as T);
    if (!(any ? isValue(value) : typeof value === "string")) continue;
    if (!out.includes(value as AnalyticsValue)) out.push(value as AnalyticsValue);
  }
  return out;
}

function annotationValues(summary: TraceSummaryLike, key: string): readonly AnalyticsValue[] {
  const all = summary.Annotations;
  if (all === null || typeof all !== "object" || !Object.hasOwn(all, key)) return NONE;
  return distinct<{ AnnotationValue?: Record<string, unknown> }>(
    all[key],
    (entry) => {
      const v = entry.AnnotationValue;
      if (v === null || typeof v !== "object") return undefined;
      if (Object.hasOwn(v, "StringValue")) return v.StringValue;
      if (Object.hasOwn(v, "NumberValue")) return v.NumberValue;
      if (Object.hasOwn(v, "BooleanValue")) return v.BooleanValue;
      return undefined;
    },
    true,
  );
}

/**
 * The distinct values a trace has for a field (empty when it has none). Single-valued fields
 * give at most one; `user`, `service`, the resource fields and annotations may give several.
 * Reads untrusted summaries defensively (own properties only, wrong types skipped).
 * @example readFieldValues(summary, "annotation.customer_tier") // ["gold"]
 */
export function readFieldValues(
  summary: TraceSummaryLike,
  field: AnalyticsField,
): readonly AnalyticsValue[] {
  if (field.startsWith("annotation.")) return annotationValues(summary, field.slice(11));
  switch (field) {
    case "user":
      return distinct<{ UserName?: unknown }>(summary.Users, (u) => u.UserName);
    case "service":
      return distinct<ServiceId>(summary.ServiceIds, (s) => s.Name);
    case "availabilityzone":
      return distinct<{ Name?: unknown }>(summary.AvailabilityZones, (z) => z.Name);
    case "instance.id":
      return distinct<{ Id?: unknown }>(summary.InstanceIds, (i) => i.Id);
    case "resource.arn":
      return distinct<{ ARN?: unknown }>(summary.ResourceARNs, (r) => r.ARN);
    default: {
      const http = summary.Http;
      if (http === null || typeof http !== "object") return NONE;
      const key = HTTP_KEYS[field as keyof typeof HTTP_KEYS];
      if (key === undefined || !Object.hasOwn(http, key)) return NONE;
      const value: unknown = http[key];
      if (field === "http.status" ? typeof value !== "number" : typeof value !== "string") {
        return NONE;
      }
      return isValue(value) ? [value] : NONE;
    }
  }
}
