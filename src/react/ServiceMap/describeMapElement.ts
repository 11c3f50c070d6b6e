import type { HealthCounts } from "./computeHealthCounts";
import type { ServiceMapEdgeView, ServiceMapNodeView } from "./createServiceMapModel";
import { formatPerMinute, formatResponseTime } from "./formatResponseTime";

const percent = (part: number, total: number): string =>
  `${total > 0 ? Math.round((100 * part) / total) : 0}%`;

/** "95% OK, 2% error, 1% throttle, 2% fault" (statuses without requests left out, OK always). */
export function describeHealth(counts: HealthCounts): string {
  const parts = [`${percent(counts.ok, counts.total)} OK`];
  if (counts.error > 0) parts.push(`${percent(counts.error, counts.total)} error`);
  if (counts.throttle > 0) parts.push(`${percent(counts.throttle, counts.total)} throttle`);
  if (counts.fault > 0) parts.push(`${percent(counts.fault, counts.total)} fault`);
  return parts.join(", ");
}

/**
 * A node read aloud: name, type, requests, average response time, rate and status shares.
 * @example describeMapNode(view) // "orders-service, ECS container, 192 requests, average 12 ms, 3.2 t/min, 97% OK, 3% fault"
 */
export function describeMapNode(view: ServiceMapNodeView): string {
  const { counts } = view;
  if (counts.total === 0) return `${view.node.name}, ${view.type.label}, no completed requests`;
  return [
    view.node.name,
    view.type.label,
    `${counts.total} ${counts.total === 1 ? "request" : "requests"}`,
    `average ${formatResponseTime(view.averageResponseTime)}`,
    formatPerMinute(view.perMinute, "t/min"),
    describeHealth(counts),
  ].join(", ");
}

/**
 * An edge read aloud: its ends, whether it is asynchronous, calls, average latency and rate.
 * @example describeMapEdge(view) // "orders-service to S3, 558 calls, average 9.1 ms, 9.3 calls/min, 100% OK"
 */
export function describeMapEdge(view: ServiceMapEdgeView): string {
  const { counts } = view;
  const ends = `${view.source.node.name} to ${view.target.node.name}${view.async ? ", asynchronous" : ""}`;
  return [
    ends,
    `${counts.total} ${counts.total === 1 ? "call" : "calls"}`,
    ...(view.async ? [] : [`average ${formatResponseTime(view.averageResponseTime)}`]),
    formatPerMinute(view.perMinute, "calls/min"),
    describeHealth(counts),
  ].join(", ");
}
