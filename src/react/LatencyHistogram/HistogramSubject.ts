/**
 * A service as a filter expression names it: by name (`"api"`), or, with `type`, by name and type
 * (`id(name: "api", type: "AWS::ECS::Container")`) when the name alone is ambiguous.
 */
export interface FilterServiceRef {
  readonly name: string;
  /** Set to write `id(name:, type:)`; leave undefined (or null) to write the name only. */
  readonly type?: string | null;
}

/** What a histogram's range filters: a service's requests, or the calls on an edge. */
export type HistogramSubject =
  | { readonly kind: "service"; readonly service: FilterServiceRef }
  | { readonly kind: "edge"; readonly source: FilterServiceRef; readonly target: FilterServiceRef };

/**
 * The status a generated expression also requires: "all" adds nothing; "ok", "error" (4xx,
 * throttles included), "throttle" (429) and "fault" (5xx) add that keyword inside the braces.
 */
export type HistogramStatus = "all" | "ok" | "error" | "throttle" | "fault";

/** A response-time range in seconds, inclusive at both ends. */
export interface HistogramRange {
  readonly from: number;
  readonly to: number;
}

/** What `onRangeChange` receives: the range and the matching filter expression. */
export interface HistogramRangeEvent extends HistogramRange {
  /** `service("a") { responsetime >= from AND responsetime <= to }` (or the edge form); null without a subject. */
  readonly expression: string | null;
}
