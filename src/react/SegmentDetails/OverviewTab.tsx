import type { Trace } from "../../model/Trace";
import type { TraceNode } from "../../model/TraceNode";
import { formatDisplayValue, missingValue } from "./formatDisplayValue";
import { formatDurationSeconds } from "./formatDurationSeconds";
import { formatEpochSeconds } from "./formatEpochSeconds";
import { KeyValueTable, type KeyValueRow } from "./KeyValueTable";
import { asRecord, ownValue } from "./readOwn";

export interface OverviewTabProps {
  readonly node: TraceNode;
  readonly trace?: Trace;
}

const kindLabels = { segment: "Segment", subsegment: "Subsegment", inferred: "Inferred segment" };

type Field = readonly [key: string, label: string];

const requestFields: readonly Field[] = [
  ["method", "Method"],
  ["url", "URL"],
  ["user_agent", "User agent"],
  ["client_ip", "Client IP"],
  ["x_forwarded_for", "X-Forwarded-For"],
  ["traced", "Traced"],
];
const responseFields: readonly Field[] = [
  ["status", "Status"],
  ["content_length", "Content length"],
];

/** Rows of the fields present in `source`, then its other own keys by name. */
function httpRows(source: unknown, fields: readonly Field[]): KeyValueRow[] {
  const known = new Set(fields.map(([key]) => key));
  const rows: KeyValueRow[] = [];
  for (const [key, label] of fields) {
    const value = ownValue(source, key);
    if (value !== undefined) rows.push({ label, value: formatDisplayValue(value) });
  }
  for (const [key, value] of Object.entries(asRecord(source) ?? {})) {
    if (!known.has(key)) rows.push({ label: key, value: formatDisplayValue(value) });
  }
  return rows;
}

/** Parent id: the parent node's, or the id the document names when that parent is missing. */
function parentText(node: TraceNode): string {
  const named = ownValue(node.entity, "parent_id");
  if (node.parent !== null) return node.parent.id;
  if (typeof named === "string") return `${named} (not in this trace)`;
  return missingValue;
}

/** The Overview tab: identity, times, status flags, HTTP request and response, user, origin. */
export function OverviewTab({ node, trace }: OverviewTabProps) {
  const entity = node.entity;
  const start = ownValue(entity, "start_time");
  const end = ownValue(entity, "end_time");
  const traceId =
    ownValue(entity, "trace_id") ?? ownValue(node.segment.entity, "trace_id") ?? trace?.id;
  const duration =
    typeof start === "number" && typeof end === "number"
      ? formatDurationSeconds(end - start)
      : missingValue;
  const rows: KeyValueRow[] = [
    { label: "Name", value: node.name },
    { label: "Kind", value: kindLabels[node.kind] },
    { label: "ID", value: node.id, mono: true },
    { label: "Parent ID", value: parentText(node), mono: true },
    { label: "Trace ID", value: formatDisplayValue(traceId), mono: true },
  ];
  if (node.segment !== node) {
    rows.push({ label: "Segment", value: `${node.segment.name} (${node.segment.id})` });
  }
  rows.push(
    { label: "Start time", value: formatEpochSeconds(start) },
    {
      label: "End time",
      value: end === undefined && node.inProgress ? "in progress" : formatEpochSeconds(end),
    },
    { label: "Duration", value: duration },
    { label: "In progress", value: String(node.inProgress) },
    { label: "Status", value: node.status },
    { label: "Error", value: String(node.error) },
    { label: "Fault", value: String(node.fault) },
    { label: "Throttle", value: String(node.throttle) },
  );
  const optional: readonly Field[] = [
    ["user", "User"],
    ["origin", "Origin"],
    ["namespace", "Namespace"],
  ];
  for (const [key, label] of optional) {
    const value = ownValue(entity, key);
    if (value !== undefined) rows.push({ label, value: formatDisplayValue(value) });
  }
  if (node.kind === "inferred" || ownValue(entity, "inferred") === true) {
    rows.push({ label: "Inferred", value: "true" });
  }
  if (node.orphan) rows.push({ label: "Orphan", value: "true (its parent is not in this trace)" });

  const http = ownValue(entity, "http");
  const request = httpRows(ownValue(http, "request"), requestFields);
  const response = httpRows(ownValue(http, "response"), responseFields);
  return (
    <>
      <KeyValueTable rows={rows} />
      {request.length > 0 && <KeyValueTable caption="Request" rows={request} />}
      {response.length > 0 && <KeyValueTable caption="Response" rows={response} />}
    </>
  );
}
