import type { TraceNode } from "../model/TraceNode";
import type { ServiceId } from "../model/TraceSummary";

/** `aws.account_id` of a segment node, when it is a string. */
export function accountIdOf(segment: TraceNode): string | undefined {
  const aws = segment.entity.aws;
  const account = typeof aws === "object" && aws !== null ? aws.account_id : undefined;
  return typeof account === "string" ? account : undefined;
}

/**
 * The ServiceId of a segment (or inferred segment) node: `Name` and `Names` from its name,
 * `AccountId` from `aws.account_id`, `Type` = its origin or null (as GetServiceGraph reports
 * services without an origin).
 */
export function createServiceId(segment: TraceNode, account = accountIdOf(segment)): ServiceId {
  return account === undefined
    ? { Name: segment.name, Names: [segment.name], Type: segment.origin }
    : { Name: segment.name, Names: [segment.name], AccountId: account, Type: segment.origin };
}
