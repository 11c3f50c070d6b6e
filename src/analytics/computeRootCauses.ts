import type { RootCauseKind } from "../filter/FilterNode";
import { quoteFilterString } from "../filter/formatFilter";
import { summaryOf } from "./summaryOf";
import type { AnalyticsInput, TraceSummaryLike } from "./TraceSummaryLike";

/** What a row stands for: the root-cause service, its entity path, or the exception. */
export type RootCauseGrouping = "service" | "path" | "exception";

export interface RootCausesOptions {
  /** Which root causes: of faults (5xx), errors (4xx) or response time (`RootCauseKind` of
   * the filter module). */
  readonly kind: RootCauseKind;
  /** Default `path`. `exception` is for fault and error root causes only. */
  readonly by?: RootCauseGrouping;
}

export interface RootCauseRow {
  /** The root-cause service: the last service of the root cause (for `exception` rows, the
   * service whose entity recorded the exception). */
  readonly service: { readonly name: string; readonly type: string | null };
  /** Entity names from that service down to the root-cause entity (empty for `service` rows). */
  readonly path: readonly string[];
  /** The last exception of the root cause (`exception` rows only). */
  readonly exception: { readonly name: string | null; readonly message: string | null } | null;
  /** Traces with this root cause (each counted once per row). */
  readonly count: number;
  /** count / all traces seen. */
  readonly fraction: number;
  /** Of those, traces where the root cause is client impacting. */
  readonly clientImpacting: number;
  /** A filter expression that matches every trace of the row (it may match a few more that share
   * the last service and last entity along other paths). */
  readonly expression: string;
}

export interface RootCausesResult {
  readonly kind: RootCauseKind;
  readonly by: RootCauseGrouping;
  /** Traces seen. */
  readonly total: number;
  /** Traces with at least one root cause of this kind. */
  readonly withCause: number;
  /** By count (descending), then by key. */
  readonly rows: readonly RootCauseRow[];
}

type Row = Omit<RootCauseRow, "fraction">;
type Obj = Record<string, unknown>;

const objects = (value: unknown): Obj[] =>
  Array.isArray(value) ? value.filter((x): x is Obj => x !== null && typeof x === "object") : [];
const str = (value: unknown): string | null => (typeof value === "string" ? value : null);

function causesOf(summary: TraceSummaryLike, kind: RootCauseKind): Obj[] {
  return objects(
    kind === "fault"
      ? summary.FaultRootCauses
      : kind === "error"
        ? summary.ErrorRootCauses
        : summary.ResponseTimeRootCauses,
  );
}

/** `name = "…"` (and `type = "…"`) terms naming a service. */
function serviceTerms(service: RootCauseRow["service"]): string {
  const name = `name = ${quoteFilterString(service.name)}`;
  return service.type === null ? name : `${name} and type = ${quoteFilterString(service.type)}`;
}

/** The row one root cause gives, or null when it names no service. */
function describeCause(cause: Obj, kind: RootCauseKind, by: RootCauseGrouping): Row | null {
  const services = objects(cause.Services);
  const clientImpacting = cause.ClientImpacting === true ? 1 : 0;
  if (by === "exception") {
    let found: { service: Obj; exception: Obj } | null = null;
    for (const service of services) {
      for (const entity of objects(service.EntityPath)) {
        for (const exception of objects(entity.Exceptions)) found = { service, exception };
      }
    }
    if (found === null) return null;
    const name = str(found.exception.Name);
    const message = str(found.exception.Message);
    const terms = ["last"];
    if (name !== null) terms.push(`name = ${quoteFilterString(name)}`);
    if (message !== null) terms.push(`message = ${quoteFilterString(message)}`);
    return {
      service: { name: str(found.service.Name) ?? "", type: str(found.service.Type) },
      path: [],
      exception: { name, message },
      count: 1,
      clientImpacting,
      expression: `rootcause.${kind}.exception { ${terms.join(" and ")} }`,
    };
  }
  const last = services[services.length - 1];
  if (last === undefined) return null;
  const service = { name: str(last.Name) ?? "", type: str(last.Type) };
  let expression = `rootcause.${kind}.service { last and ${serviceTerms(service)} }`;
  const path: string[] = [];
  if (by === "path") {
    for (const entity of objects(last.EntityPath)) path.push(str(entity.Name) ?? "");
    if (path.length > 0) {
      const entity = quoteFilterString(path[path.length - 1]);
      expression += ` AND rootcause.${kind}.entity { last and name = ${entity} }`;
    }
  }
  return { service, path, exception: null, count: 1, clientImpacting, expression };
}

function keyOf(row: Row): string {
  const parts = [row.service.name, row.service.type ?? "\u0001", ...row.path];
  if (row.exception !== null)
    parts.push(row.exception.name ?? "\u0001", row.exception.message ?? "\u0001");
  return parts.join("\u0000");
}

/**
 * Root-cause table (X-Ray Analytics' fault, error and response-time root causes): the traces'
 * root causes of one kind grouped by service, entity path or exception, ranked by how many
 * traces have them. Keys are user strings, so rows live in a `Map`. One pass over any iterable.
 * Throws a RangeError for `by: "exception"` with response-time root causes (they have none).
 * @example
 * computeRootCauses(traces, { kind: "fault", by: "exception" }).rows[0].exception?.message
 */
export function computeRootCauses(
  inputs: Iterable<AnalyticsInput>,
  options: RootCausesOptions,
): RootCausesResult {
  const { kind } = options;
  const by = options.by ?? "path";
  if (kind === "responsetime" && by === "exception") {
    throw new RangeError("computeRootCauses: response-time root causes have no exceptions");
  }
  const rows = new Map<string, Row & { count: number; clientImpacting: number }>();
  let total = 0;
  let withCause = 0;
  for (const input of inputs) {
    total++;
    const causes = causesOf(summaryOf(input), kind);
    if (causes.length > 0) withCause++;
    // One count per trace and row; the trace is client impacting for the row if any cause is.
    const perTrace = new Map<string, Row>();
    for (const cause of causes) {
      const row = describeCause(cause, kind, by);
      if (row === null) continue;
      const key = keyOf(row);
      const earlier = perTrace.get(key);
      if (earlier === undefined || (row.clientImpacting === 1 && earlier.clientImpacting === 0)) {
        perTrace.set(key, row);
      }
    }
    for (const [key, row] of perTrace) {
      const existing = rows.get(key);
      if (existing === undefined) rows.set(key, { ...row });
      else {
        existing.count++;
        existing.clientImpacting += row.clientImpacting;
      }
    }
  }
  const keyed = [...rows].sort(([ka, a], [kb, b]) => b.count - a.count || (ka < kb ? -1 : 1));
  return {
    kind,
    by,
    total,
    withCause,
    rows: keyed.map(([, r]) => ({ ...r, fraction: total > 0 ? r.count / total : 0 })),
  };
}
