import type { Trace } from "../model/Trace";
import type { TraceNode } from "../model/TraceNode";
import type {
  AnnotationValueObject,
  ServiceId,
  TraceSummary,
  TraceSummaryHttp,
  TraceUser,
  ValueWithServiceIds,
} from "../model/TraceSummary";
import { ServiceIndex } from "./ServiceIndex";
import { computeFaultRootCauses } from "./computeFaultRootCauses";
import { computeResponseTimeRootCauses } from "./computeResponseTimeRootCauses";
import { ExceptionLookup } from "./ExceptionLookup";

const EMPTY: readonly never[] = Object.freeze([]);
const NO_ANNOTATIONS = Object.freeze(Object.create(null)) as Record<string, never>;

interface Tagged {
  readonly services: ServiceId[];
}

interface TaggedValue extends Tagged {
  readonly value: AnnotationValueObject;
}

function tag(entry: Tagged, service: ServiceId): void {
  if (!entry.services.includes(service)) entry.services.push(service);
}

/** An exact-size copy (arrays grown by push keep spare slots), or the shared empty array. */
function exact<T>(list: readonly T[]): readonly T[] {
  return list.length === 0 ? EMPTY : list.slice();
}

function annotationValue(value: unknown): AnnotationValueObject | undefined {
  switch (typeof value) {
    case "string":
      return { StringValue: value };
    case "number":
      return { NumberValue: value };
    case "boolean":
      return { BooleanValue: value };
    default:
      return undefined;
  }
}

/** Rounds seconds to microseconds (X-Ray's recommended resolution): 3.2319998741 → 3.232. */
function toMicroseconds(seconds: number): number {
  return Math.round(seconds * 1e6) / 1e6;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function addDistinct(list: string[] | undefined, value: unknown): string[] | undefined {
  if (typeof value !== "string") return list;
  if (list === undefined) return [value];
  if (!list.includes(value)) list.push(value);
  return list;
}

/** The entry segment: the root, else (when it never arrived) the earliest top-level segment. */
function entryOf(trace: Omit<Trace, "summary">): TraceNode | null {
  if (trace.root !== null) return trace.root;
  for (const node of trace.roots) if (node.kind !== "subsegment") return node;
  return null;
}

function httpOf(entry: TraceNode | null): TraceSummaryHttp {
  const http: { -readonly [K in keyof TraceSummaryHttp]: TraceSummaryHttp[K] } = {};
  const data = entry?.entity.http;
  if (!isRecord(data)) return http;
  const request = data.request;
  if (isRecord(request)) {
    if (typeof request.url === "string") http.HttpURL = request.url;
    if (typeof request.method === "string") http.HttpMethod = request.method;
    if (typeof request.user_agent === "string") http.UserAgent = request.user_agent;
    if (typeof request.client_ip === "string") http.ClientIp = request.client_ip;
  }
  const response = data.response;
  if (isRecord(response) && typeof response.status === "number") {
    http.HttpStatus = response.status;
  }
  return http;
}

/**
 * The flagged nodes (in tree order) that have no flagged descendant: each flagged node marks its
 * ancestors once (a walk stops at the first ancestor already marked), so the cost is O(nodes).
 */
function deepestFlagged(flagged: readonly TraceNode[]): TraceNode[] {
  if (flagged.length < 2) return flagged as TraceNode[];
  const above = new Set<TraceNode>();
  for (const node of flagged) {
    for (let p = node.parent; p !== null && !above.has(p); p = p.parent) above.add(p);
  }
  return flagged.filter((node) => !above.has(node));
}

/**
 * The GetTraceSummaries summary of an assembled trace (xray-model.md §2.5, §4). StartTime and
 * Duration span every entity; ResponseTime, HasFault, HasError and Http come from the entry
 * segment (the root, else the earliest top-level segment); HasThrottle from any segment or
 * inferred segment; IsPartial when any entity is in progress, any document is an orphan or the root
 * never arrived. Annotations (null-prototype object), Users, ServiceIds, ResourceARNs, InstanceIds
 * and AvailabilityZones are aggregated in tree order with the services that set them. Root causes:
 * see `computeFaultRootCauses` and `computeResponseTimeRootCauses`. Revision = the number of
 * documents the trace was assembled from. Times are rounded to microseconds.
 * @example computeTraceSummary(trace).ResponseTimeRootCauses[0].Services.map((s) => s.Name)
 */
export function computeTraceSummary(trace: Omit<Trace, "summary">): TraceSummary {
  const entry = entryOf(trace);
  const services = new ServiceIndex();
  let annotations: Map<string, Map<string, TaggedValue>> | undefined;
  let users: Map<string, Tagged> | undefined;
  let arns: string[] | undefined;
  let instances: string[] | undefined;
  let zones: string[] | undefined;
  const faults: TraceNode[] = [];
  const errors: TraceNode[] = [];
  let hasThrottle = false;
  let isPartial = trace.root === null;
  let revision = 0;

  const stack: TraceNode[] = [];
  for (let i = trace.roots.length - 1; i >= 0; i--) stack.push(trace.roots[i]);
  while (stack.length > 0) {
    const node = stack.pop()!;
    const children = node.children;
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
    if (node.inProgress || node.orphan) isPartial = true;
    const parent = node.parent;
    if (
      node.documentIndex >= 0 &&
      (parent === null || parent.documentIndex !== node.documentIndex)
    ) {
      revision++;
    }
    if (node.fault) faults.push(node);
    if (node.error) errors.push(node);
    const entity = node.entity;
    if (node.kind !== "subsegment") {
      const service = services.of(node);
      if (node.throttle) hasThrottle = true;
      const user = entity.user;
      if (typeof user === "string") {
        users ??= new Map();
        const tagged = users.get(user);
        if (tagged === undefined) users.set(user, { services: [service] });
        else tag(tagged, service);
      }
      arns = addDistinct(arns, entity.resource_arn);
      const aws = entity.aws;
      if (isRecord(aws)) {
        const ec2 = aws.ec2;
        if (isRecord(ec2)) {
          instances = addDistinct(instances, ec2.instance_id);
          zones = addDistinct(zones, ec2.availability_zone);
        }
        const ecs = aws.ecs;
        if (isRecord(ecs)) zones = addDistinct(zones, ecs.availability_zone);
      }
    }
    const own = entity.annotations;
    if (!isRecord(own)) continue;
    const segment = node.segment;
    const service = segment.kind === "subsegment" ? undefined : services.of(segment);
    for (const key of Object.keys(own)) {
      const raw = own[key];
      const value = annotationValue(raw);
      if (value === undefined) continue;
      annotations ??= new Map();
      let values = annotations.get(key);
      if (values === undefined) annotations.set(key, (values = new Map()));
      const valueKey = `${typeof raw}:${String(raw)}`;
      const tagged = values.get(valueKey);
      if (tagged === undefined) {
        values.set(valueKey, { value, services: service === undefined ? [] : [service] });
      } else if (service !== undefined) {
        tag(tagged, service);
      }
    }
  }

  let Annotations: Record<string, readonly ValueWithServiceIds[]> = NO_ANNOTATIONS;
  if (annotations !== undefined) {
    Annotations = Object.create(null) as Record<string, readonly ValueWithServiceIds[]>;
    for (const [key, values] of annotations) {
      const list: ValueWithServiceIds[] = new Array(values.size);
      let i = 0;
      for (const v of values.values()) {
        list[i++] = { AnnotationValue: v.value, ServiceIds: exact(v.services) };
      }
      Annotations[key] = list;
    }
  }
  const Users: TraceUser[] = [];
  if (users !== undefined) {
    for (const [UserName, user] of users)
      Users.push({ UserName, ServiceIds: exact(user.services) });
  }
  const lookup = new ExceptionLookup(trace);
  const hasFault = entry?.fault === true;
  const hasError = entry?.error === true;
  return {
    Id: trace.id,
    StartTime: trace.startTime,
    Duration: toMicroseconds(trace.endTime - trace.startTime),
    ResponseTime:
      entry === null || entry.endTime === undefined
        ? undefined
        : toMicroseconds(entry.endTime - entry.startTime),
    HasFault: hasFault,
    HasError: hasError,
    HasThrottle: hasThrottle,
    IsPartial: isPartial,
    Http: httpOf(entry),
    Annotations,
    Users: exact(Users),
    ServiceIds: exact(services.list),
    ResourceARNs: arns === undefined ? EMPTY : arns.map((ARN) => ({ ARN })),
    InstanceIds: instances === undefined ? EMPTY : instances.map((Id) => ({ Id })),
    AvailabilityZones: zones === undefined ? EMPTY : zones.map((Name) => ({ Name })),
    EntryPoint: entry === null ? undefined : services.of(entry),
    FaultRootCauses:
      faults.length === 0
        ? EMPTY
        : computeFaultRootCauses(deepestFlagged(faults), hasFault, services, lookup),
    ErrorRootCauses:
      errors.length === 0
        ? EMPTY
        : computeFaultRootCauses(deepestFlagged(errors), hasError, services, lookup),
    ResponseTimeRootCauses: computeResponseTimeRootCauses(entry, trace.endTime, services, lookup),
    Revision: revision,
  };
}
