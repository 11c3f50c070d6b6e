import type { RootCauseException, ServiceId, Trace, TraceNode, TraceSummary } from "../model/index";
import type { FilterOperator, RootCauseKind, RootCauseTarget } from "./FilterNode";
import {
  asNumber,
  asString,
  collectStrings,
  exceptionMessages,
  httpRequestField,
  nodeSeconds,
  ownPath,
  segmentAws,
  type FilterFieldValue,
} from "./readField";
import type { RootCauseItem } from "./RootCauseItem";

export type FilterKeywordType = "boolean" | "number" | "string";

/**
 * One simple keyword: its type and how it reads each place it can be used. A keyword is allowed
 * in a context exactly when it has a reader for it (the checker, the compiler and the completion
 * all read this table).
 */
export interface FilterKeywordSpec {
  readonly name: string;
  readonly type: FilterKeywordType;
  /** What the keyword means, at trace level first (one line, for completion and docs). */
  readonly description: string;
  /** Trace level, read from the summary (works for `matchesSummary`). */
  readonly summary?: (summary: TraceSummary) => FilterFieldValue;
  /** Trace level, read from the tree (`matchesSummary` cannot decide it). */
  readonly tree?: (trace: Trace) => FilterFieldValue;
  /** Node level: inside `service(){}` / `edge(){}` bodies and in `matchesNode`. */
  readonly node?: (node: TraceNode, trace: Trace) => FilterFieldValue;
  /** Inside `rootcause.<kind>.<target> { ... }`. */
  readonly rootCause?: Partial<Record<RootCauseTarget, (item: RootCauseItem) => FilterFieldValue>>;
  /** Root-cause kinds the keyword applies to (all when absent). */
  readonly causes?: readonly RootCauseKind[];
}

const entryPoint = (s: TraceSummary): ServiceId | undefined =>
  s.EntryPoint !== null && typeof s.EntryPoint === "object" ? s.EntryPoint : undefined;

const serviceNames = (id: ServiceId | undefined): readonly string[] | undefined => {
  if (id === undefined) return undefined;
  const names = collectStrings(id.Names, (n) => n);
  return typeof id.Name === "string" && !names.includes(id.Name) ? [id.Name, ...names] : names;
};

const http = (s: TraceSummary, key: keyof NonNullable<TraceSummary["Http"]>): unknown =>
  s.Http !== null && typeof s.Http === "object" ? s.Http[key] : undefined;

const rootCauseMessages = (s: TraceSummary): readonly string[] => {
  const out: string[] = [];
  for (const list of [s.FaultRootCauses, s.ErrorRootCauses]) {
    for (const rc of Array.isArray(list) ? list : []) {
      for (const service of Array.isArray(rc?.Services) ? rc.Services : []) {
        for (const entity of Array.isArray(service?.EntityPath) ? service.EntityPath : []) {
          out.push(...collectStrings(entity?.Exceptions, (e: RootCauseException) => e.Message));
        }
      }
    }
  }
  return out;
};

const position = {
  index: (item: RootCauseItem) => item.index,
  first: (item: RootCauseItem) => item.index === 0,
  last: (item: RootCauseItem) => item.index === item.count - 1,
};

const isEntryPoint = (item: RootCauseItem): boolean => {
  const entry = entryPoint(item.summary);
  return (
    entry !== undefined &&
    entry.Name === item.service.Name &&
    (entry.Type ?? null) === (item.service.Type ?? null)
  );
};

const segmentEntity = (node: TraceNode): Record<string, unknown> | undefined =>
  node.segment?.entity as Record<string, unknown> | undefined;

/** Every simple keyword of the language, by name (lower case). */
export const filterKeywords: readonly FilterKeywordSpec[] = [
  {
    name: "ok",
    type: "boolean",
    description: "no fault, error or throttle (2xx)",
    summary: (s) => !s.HasFault && !s.HasError && !s.HasThrottle,
    node: (n) => !n.fault && !n.error && !n.throttle,
  },
  {
    name: "error",
    type: "boolean",
    description: "the root segment had a client error (4xx)",
    summary: (s) => s.HasError === true,
    node: (n) => n.error === true,
  },
  {
    name: "throttle",
    type: "boolean",
    description: "some segment was throttled (429)",
    summary: (s) => s.HasThrottle === true,
    node: (n) => n.throttle === true,
  },
  {
    name: "fault",
    type: "boolean",
    description: "the root segment had a server fault (5xx)",
    summary: (s) => s.HasFault === true,
    node: (n) => n.fault === true,
  },
  {
    name: "partial",
    type: "boolean",
    description: "the trace has in-progress segments",
    summary: (s) => s.IsPartial === true,
    node: (n) => n.inProgress === true,
  },
  {
    name: "inferred",
    type: "boolean",
    description: "the trace has inferred (downstream, uninstrumented) segments",
    tree: (t) => t.segments.some((n) => n.kind === "inferred"),
    node: (n) => n.kind === "inferred",
    rootCause: { service: (item) => item.service.Inferred === true },
  },
  {
    name: "root",
    type: "boolean",
    description: "the service is the entry point (root segment) of the trace",
    node: (n, t) => t.root !== null && n.segment === t.root,
    rootCause: { service: isEntryPoint },
  },
  {
    name: "first",
    type: "boolean",
    description: "the element is the first of the root cause's list",
    rootCause: { service: position.first, entity: position.first, exception: position.first },
  },
  {
    name: "last",
    type: "boolean",
    description: "the element is the last of the root cause's list",
    rootCause: { service: position.last, entity: position.last, exception: position.last },
  },
  {
    name: "remote",
    type: "boolean",
    description: "the root-cause entity is a remote call",
    rootCause: { entity: (item) => item.entity?.Remote === true },
  },
  {
    name: "responsetime",
    type: "number",
    description: "seconds the root segment took to respond",
    summary: (s) => asNumber(s.ResponseTime),
    node: nodeSeconds,
  },
  {
    name: "duration",
    type: "number",
    description: "seconds from the first segment's start to the last end",
    summary: (s) => asNumber(s.Duration),
    node: nodeSeconds,
  },
  {
    name: "http.status",
    type: "number",
    description: "HTTP response status of the root segment",
    summary: (s) => asNumber(http(s, "HttpStatus")),
    node: (n) => asNumber(ownPath(n.entity.http, "response", "status")),
  },
  {
    name: "index",
    type: "number",
    description: "0-based position in the root cause's list",
    rootCause: { service: position.index, entity: position.index, exception: position.index },
  },
  {
    name: "coverage",
    type: "number",
    description: "entity response time / root response time (response-time root causes)",
    rootCause: { entity: (item) => asNumber((item.entity as { Coverage?: unknown })?.Coverage) },
    causes: ["responsetime"],
  },
  {
    name: "http.url",
    type: "string",
    description: "request URL of the root segment",
    summary: (s) => asString(http(s, "HttpURL")),
    node: (n) => httpRequestField(n.entity, "url"),
  },
  {
    name: "http.method",
    type: "string",
    description: "request method of the root segment",
    summary: (s) => asString(http(s, "HttpMethod")),
    node: (n) => httpRequestField(n.entity, "method"),
  },
  {
    name: "http.useragent",
    type: "string",
    description: "request user agent of the root segment",
    summary: (s) => asString(http(s, "UserAgent")),
    node: (n) => httpRequestField(n.entity, "user_agent"),
  },
  {
    name: "http.clientip",
    type: "string",
    description: "client IP address of the root segment's request",
    summary: (s) => asString(http(s, "ClientIp")),
    node: (n) => httpRequestField(n.entity, "client_ip"),
  },
  {
    name: "user",
    type: "string",
    description: "user of any segment of the trace",
    summary: (s) => collectStrings(s.Users, (u) => u.UserName),
    node: (n) => asString(segmentEntity(n)?.user),
  },
  {
    name: "name",
    type: "string",
    description: "name of the entry-point service (a service, entity or exception in braces)",
    summary: (s) => serviceNames(entryPoint(s)),
    node: (n) => asString(n.name),
    rootCause: {
      service: (item) => serviceNames(item.service),
      entity: (item) => asString(item.entity?.Name),
      exception: (item) => asString(item.exception?.Name),
    },
  },
  {
    name: "type",
    type: "string",
    description: "type (origin) of the entry-point service",
    summary: (s) => asString(entryPoint(s)?.Type),
    node: (n) => asString(n.origin),
    rootCause: { service: (item) => asString(item.service.Type) },
  },
  {
    name: "account.id",
    type: "string",
    description: "AWS account of the entry-point service",
    summary: (s) => asString(entryPoint(s)?.AccountId),
    node: (n) => asString(segmentAws(n)?.account_id),
    rootCause: { service: (item) => asString(item.service.AccountId) },
  },
  {
    name: "message",
    type: "string",
    description: "message of an exception of the trace's fault or error root causes",
    summary: rootCauseMessages,
    node: (n) => exceptionMessages(n.entity),
    rootCause: { exception: (item) => asString(item.exception?.Message) },
  },
  {
    name: "availabilityzone",
    type: "string",
    description: "availability zone of any segment of the trace",
    summary: (s) => collectStrings(s.AvailabilityZones, (z) => z.Name),
    node: (n) =>
      asString(ownPath(segmentAws(n), "ec2", "availability_zone")) ??
      asString(ownPath(segmentAws(n), "ecs", "availability_zone")),
  },
  {
    name: "instance.id",
    type: "string",
    description: "EC2 instance id of any segment of the trace",
    summary: (s) => collectStrings(s.InstanceIds, (i) => i.Id),
    node: (n) => asString(ownPath(segmentAws(n), "ec2", "instance_id")),
  },
  {
    name: "resource.arn",
    type: "string",
    description: "resource ARN of any segment of the trace",
    summary: (s) => collectStrings(s.ResourceARNs, (r) => r.ARN),
    node: (n) => asString(segmentEntity(n)?.resource_arn),
  },
];

/** Operators each keyword type accepts (a bare keyword and `!` work for every type). */
export const filterOperators: Readonly<Record<FilterKeywordType, readonly FilterOperator[]>> = {
  boolean: ["=", "!="],
  number: ["=", "!=", "<", "<=", ">", ">="],
  string: ["=", "!=", "CONTAINS", "BEGINSWITH", "ENDSWITH"],
};

const byName = new Map(filterKeywords.map((k) => [k.name, k]));

/**
 * The spec of a simple keyword (case-insensitive), or undefined.
 * @example findFilterKeyword("ResponseTime")?.type // "number"
 */
export function findFilterKeyword(name: string): FilterKeywordSpec | undefined {
  return byName.get(name.toLowerCase());
}
