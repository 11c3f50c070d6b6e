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
import { computeFaultRootCauses } from "./computeFaultRootCauses";
import { computeResponseTimeRootCauses } from "./computeResponseTimeRootCauses";
import { createExceptionLookup } from "./createExceptionLookup";
import { createServiceId, serviceKey } from "./createServiceId";

interface Tagged {
  readonly services: ServiceId[];
  readonly seen: Set<ServiceId>;
}

function tag(entry: Tagged, service: ServiceId): void {
  if (entry.seen.has(service)) return;
  entry.seen.add(service);
  entry.services.push(service);
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
 * The GetTraceSummaries summary of an assembled trace (xray-model.md §2.5, §4). StartTime and
 * Duration span every entity; ResponseTime, HasFault, HasError and Http come from the entry
 * segment (the root, else the earliest top-level segment); HasThrottle from any segment or
 * inferred segment; IsPartial when any entity is in progress, any document is an orphan or the root
 * never arrived. Annotations (null-prototype object), Users, ServiceIds, ResourceARNs, InstanceIds
 * and AvailabilityZones are aggregated in tree order with the services that set them. Root causes:
 * see `computeFaultRootCauses` and `computeResponseTimeRootCauses`. Revision = the number of
 * documents the trace was assembled from.
 */
export function computeTraceSummary(trace: Omit<Trace, "summary">): TraceSummary {
  const entry = entryOf(trace);
  const services = new Map<string, ServiceId>();
  const serviceOfSegment = new Map<TraceNode, ServiceId>();
  const serviceIdOf = (segment: TraceNode): ServiceId => {
    let id = serviceOfSegment.get(segment);
    if (id === undefined) {
      const created = createServiceId(segment);
      if (segment.kind === "subsegment") {
        id = created; // the top of an orphan subtree: its service never arrived, so it is not listed
      } else {
        const key = serviceKey(created);
        id = services.get(key);
        if (id === undefined) services.set(key, (id = created));
      }
      serviceOfSegment.set(segment, id);
    }
    return id;
  };
  let annotations: Map<string, Map<string, Tagged & { value: AnnotationValueObject }>> | undefined;
  const users = new Map<string, Tagged>();
  const arns = new Set<string>();
  const instances = new Set<string>();
  const zones = new Set<string>();
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
    const entity = node.entity;
    if (node.inProgress || node.orphan) isPartial = true;
    if (
      node.documentIndex >= 0 &&
      (node.parent === null || node.parent.documentIndex !== node.documentIndex)
    ) {
      revision++;
    }
    if (node.fault && !children.some((c) => c.fault)) faults.push(node);
    if (node.error && !children.some((c) => c.error)) errors.push(node);
    if (node.kind !== "subsegment") {
      const service = serviceIdOf(node);
      if (node.throttle) hasThrottle = true;
      if (typeof entity.user === "string") {
        let user = users.get(entity.user);
        if (user === undefined) users.set(entity.user, (user = { services: [], seen: new Set() }));
        tag(user, service);
      }
      if (typeof entity.resource_arn === "string") arns.add(entity.resource_arn);
      const aws = entity.aws;
      if (isRecord(aws)) {
        const ec2 = aws.ec2;
        if (isRecord(ec2)) {
          if (typeof ec2.instance_id === "string") instances.add(ec2.instance_id);
          if (typeof ec2.availability_zone === "string") zones.add(ec2.availability_zone);
        }
        const ecs = aws.ecs;
        if (isRecord(ecs) && typeof ecs.availability_zone === "string") {
          zones.add(ecs.availability_zone);
        }
      }
    }
    const own = entity.annotations;
    if (!isRecord(own)) continue;
    for (const key of Object.keys(own)) {
      const value = annotationValue(own[key]);
      if (value === undefined) continue;
      annotations ??= new Map();
      let values = annotations.get(key);
      if (values === undefined) annotations.set(key, (values = new Map()));
      const valueKey = `${typeof own[key]}:${String(own[key])}`;
      let tagged = values.get(valueKey);
      if (tagged === undefined) {
        values.set(valueKey, (tagged = { value, services: [], seen: new Set() }));
      }
      if (node.segment.kind !== "subsegment") tag(tagged, serviceIdOf(node.segment));
    }
  }

  const Annotations = Object.create(null) as Record<string, readonly ValueWithServiceIds[]>;
  if (annotations !== undefined) {
    for (const [key, values] of annotations) {
      Annotations[key] = [...values.values()].map((v) => ({
        AnnotationValue: v.value,
        ServiceIds: v.services,
      }));
    }
  }
  const Users: TraceUser[] = [];
  for (const [UserName, user] of users) Users.push({ UserName, ServiceIds: user.services });

  const lookup = createExceptionLookup(trace);
  const entryService = entry === null ? undefined : serviceIdOf(entry);
  const hasFault = entry?.fault === true;
  const hasError = entry?.error === true;
  const summary: Record<string, unknown> = {
    Id: trace.id,
    StartTime: trace.startTime,
    Duration: toMicroseconds(trace.endTime - trace.startTime),
  };
  if (entry !== null && entry.endTime !== undefined) {
    summary.ResponseTime = toMicroseconds(entry.endTime - entry.startTime);
  }
  summary.HasFault = hasFault;
  summary.HasError = hasError;
  summary.HasThrottle = hasThrottle;
  summary.IsPartial = isPartial;
  summary.Http = httpOf(entry);
  summary.Annotations = Annotations;
  summary.Users = Users;
  summary.ServiceIds = [...services.values()];
  summary.ResourceARNs = [...arns].map((ARN) => ({ ARN }));
  summary.InstanceIds = [...instances].map((Id) => ({ Id }));
  summary.AvailabilityZones = [...zones].map((Name) => ({ Name }));
  if (entryService !== undefined) summary.EntryPoint = entryService;
  summary.FaultRootCauses = computeFaultRootCauses(faults, hasFault, serviceIdOf, lookup);
  summary.ErrorRootCauses = computeFaultRootCauses(errors, hasError, serviceIdOf, lookup);
  summary.ResponseTimeRootCauses = computeResponseTimeRootCauses(
    entry,
    trace.endTime,
    serviceIdOf,
    lookup,
  );
  summary.Revision = revision;
  return summary as unknown as TraceSummary;
}
