import type { TraceNode } from "../model/TraceNode";
import type { ServiceId } from "../model/TraceSummary";

/**
 * The ServiceId of a segment (or inferred segment) node: `Name` and `Names` from its name,
 * `AccountId` from `aws.account_id`, `Type` = its origin or null (as GetServiceGraph reports
 * services without an origin).
 */
export function createServiceId(segment: TraceNode): ServiceId {
  const aws = segment.entity.aws;
  const account = typeof aws === "object" && aws !== null ? aws.account_id : undefined;
  const id: { -readonly [K in keyof ServiceId]: ServiceId[K] } = {
    Name: segment.name,
    Names: [segment.name],
  };
  if (typeof account === "string") id.AccountId = account;
  id.Type = segment.origin;
  return id;
}

/** The key under which two ServiceIds are the same service: name, type and account. */
export function serviceKey(id: ServiceId): string {
  return `${id.Name ?? ""}\u0000${id.Type ?? ""}\u0000${id.AccountId ?? ""}`;
}
