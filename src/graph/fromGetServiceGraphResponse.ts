import { digestFromHistogramEntries, TDigest } from "../digest/index";
import type { HistogramEntry } from "../digest/index";
import type { Diagnostic, DiagnosticCode } from "../model/Diagnostic";
import type {
  ServiceGraph,
  ServiceGraphEdge,
  ServiceGraphNode,
  ServiceGraphNodeKind,
} from "../model/ServiceGraph";
import { composeServiceGraph } from "./composeServiceGraph";
import type { ResponseReader } from "./responseReaders";
import {
  field,
  isObject,
  readAliases,
  readHistogram,
  readNames,
  readOptionalString,
  readStatistics,
  readTime,
} from "./responseReaders";
import { serviceEdgeKey } from "./serviceEdgeKey";
import { serviceNodeKey } from "./serviceNodeKey";

export interface FromGetServiceGraphResponseResult {
  readonly graph: ServiceGraph;
  readonly diagnostics: readonly Diagnostic[];
}

const digestOf = (entries: readonly HistogramEntry[] | null): TDigest =>
  entries === null || entries.length === 0 ? new TDigest() : digestFromHistogramEntries(entries);

const kindOf = (type: string | null, state: string): ServiceGraphNodeKind =>
  type === "client" || (type !== null && type.startsWith("client::"))
    ? "client"
    : state === "active"
      ? "service"
      : "inferred";

/** Finds the Services array: `{Services}` (GetServiceGraph, GetTraceGraph), `{data}`, or an array. */
function locateServices(
  value: unknown,
): { services: unknown[]; path: string; start: unknown; end: unknown } | null {
  if (Array.isArray(value)) return { services: value, path: "$", start: undefined, end: undefined };
  if (!isObject(value)) return null;
  for (const key of ["Services", "data"]) {
    const list = field(value, key);
    if (Array.isArray(list)) {
      return {
        services: list,
        path: `$.${key}`,
        start: field(value, "StartTime"),
        end: field(value, "EndTime"),
      };
    }
    if (isObject(list) && Array.isArray(field(list, "Services"))) {
      return {
        services: field(list, "Services") as unknown[],
        path: `$.${key}.Services`,
        start: field(list, "StartTime"),
        end: field(list, "EndTime"),
      };
    }
  }
  return null;
}

/**
 * Reads a real GetServiceGraph (or GetTraceGraph) response into a graph the components can draw:
 * `{Services: [...]}`, a bare Services array, or `{"data": [...]}`, as text or parsed JSON; times
 * in epoch seconds or ISO strings, `Type: null`, histograms in any order (turned into digests).
 * ReferenceIds are kept. Bad input yields diagnostics, never an exception: a service without a
 * usable Name or ReferenceId, or an edge to an unknown ReferenceId, is left out and reported.
 *
 * @example
 * const { graph, diagnostics } = fromGetServiceGraphResponse(await response.text());
 */
export function fromGetServiceGraphResponse(json: unknown): FromGetServiceGraphResponseResult {
  const diagnostics: Diagnostic[] = [];
  const reader: ResponseReader = {
    diagnostics,
    warn: (code: DiagnosticCode, path: string, message: string) =>
      diagnostics.push({ code, severity: "warning", message, documentIndex: -1, path }),
  };
  const fail = (
    code: DiagnosticCode,
    path: string,
    message: string,
  ): FromGetServiceGraphResponseResult => {
    diagnostics.push({ code, severity: "error", message, documentIndex: -1, path });
    return { graph: composeServiceGraph([], []), diagnostics };
  };
  let value = json;
  if (typeof json === "string") {
    try {
      value = JSON.parse(json);
    } catch (error) {
      return fail("invalid-json", "$", `not JSON: ${(error as Error).message}`);
    }
  }
  const located = locateServices(value);
  if (located === null) {
    return fail(
      "unknown-format",
      "$",
      "expected a GetServiceGraph response: {Services: [...]}, {data: [...]} or an array of services",
    );
  }
  const defaultStart = readTime(reader, located.start, "$.StartTime");
  const defaultEnd = readTime(reader, located.end, "$.EndTime");

  const byReference = new Map<number, ServiceGraphNode>();
  const byKey = new Map<string, ServiceGraphNode>();
  const pendingEdges: { source: ServiceGraphNode; edges: unknown; path: string }[] = [];
  located.services.forEach((service: unknown, i) => {
    const path = `${located.path}[${i}]`;
    const error = (code: DiagnosticCode, message: string): void => {
      diagnostics.push({ code, severity: "error", message, documentIndex: -1, path });
    };
    if (!isObject(service)) return error("not-an-object", "a service must be an object; left out");
    const name = field(service, "Name");
    const referenceId = field(service, "ReferenceId");
    if (typeof name !== "string") {
      return error(
        name === undefined ? "missing-field" : "invalid-field",
        "a service needs a string Name; left out",
      );
    }
    if (typeof referenceId !== "number" || !Number.isInteger(referenceId)) {
      return error(
        referenceId === undefined ? "missing-field" : "invalid-field",
        "a service needs an integer ReferenceId; left out",
      );
    }
    if (byReference.has(referenceId)) {
      return error(
        "duplicate-id",
        `ReferenceId ${referenceId} appears twice; the second service is left out`,
      );
    }
    const type = readOptionalString(reader, field(service, "Type"), `${path}.Type`);
    const state = readOptionalString(reader, field(service, "State"), `${path}.State`) ?? "unknown";
    const kind = kindOf(type, state);
    const key = serviceNodeKey(name, type);
    const existing = byKey.get(key);
    if (existing !== undefined) {
      reader.warn(
        "duplicate-id",
        path,
        `same Name and Type as ReferenceId ${existing.referenceId}: its edges join that node, its statistics are left out`,
      );
      byReference.set(referenceId, existing);
      pendingEdges.push({
        source: existing,
        edges: field(service, "Edges"),
        path: `${path}.Edges`,
      });
      return;
    }
    const statistics = readStatistics(
      reader,
      field(service, "SummaryStatistics"),
      `${path}.SummaryStatistics`,
    );
    const responseTimes = readHistogram(
      reader,
      field(service, "ResponseTimeHistogram"),
      `${path}.ResponseTimeHistogram`,
    );
    const durations = readHistogram(
      reader,
      field(service, "DurationHistogram"),
      `${path}.DurationHistogram`,
    );
    const hasSums = statistics !== null || responseTimes !== null || durations !== null;
    const root = field(service, "Root");
    const node: ServiceGraphNode = {
      key,
      referenceId,
      kind,
      name,
      names: readNames(reader, field(service, "Names"), name, `${path}.Names`),
      type,
      accountId: readOptionalString(reader, field(service, "AccountId"), `${path}.AccountId`),
      root: root === true,
      state,
      startTime:
        readTime(reader, field(service, "StartTime"), `${path}.StartTime`) ?? defaultStart ?? 0,
      endTime: readTime(reader, field(service, "EndTime"), `${path}.EndTime`) ?? defaultEnd ?? 0,
      statistics: hasSums ? (statistics ?? readStatistics(reader, {}, path)) : null,
      responseTimeDigest: hasSums ? digestOf(responseTimes) : null,
      durationDigest: hasSums ? digestOf(durations ?? responseTimes) : null,
    };
    byReference.set(referenceId, node);
    byKey.set(key, node);
    pendingEdges.push({ source: node, edges: field(service, "Edges"), path: `${path}.Edges` });
  });

  const edges = new Map<string, ServiceGraphEdge>();
  for (const { source, edges: list, path } of pendingEdges) {
    if (list === undefined || list === null) continue;
    if (!Array.isArray(list)) {
      reader.warn("invalid-field", path, "expected an array of edges");
      continue;
    }
    list.forEach((edge: unknown, j) => {
      const edgePath = `${path}[${j}]`;
      const error = (code: DiagnosticCode, message: string): void => {
        diagnostics.push({ code, severity: "error", message, documentIndex: -1, path: edgePath });
      };
      if (!isObject(edge)) return error("not-an-object", "an edge must be an object; left out");
      const ref = field(edge, "ReferenceId");
      const target = typeof ref === "number" ? byReference.get(ref) : undefined;
      if (target === undefined) {
        return error(
          ref === undefined ? "missing-field" : "invalid-field",
          `ReferenceId ${JSON.stringify(ref)} names no service; edge left out`,
        );
      }
      const edgeType = readOptionalString(reader, field(edge, "EdgeType"), `${edgePath}.EdgeType`);
      const key = serviceEdgeKey(source.key, target.key, edgeType);
      if (edges.has(key)) {
        return error("duplicate-id", "a second edge between the same services; left out");
      }
      const responseTimes = readHistogram(
        reader,
        field(edge, "ResponseTimeHistogram"),
        `${edgePath}.ResponseTimeHistogram`,
      );
      const ages = readHistogram(
        reader,
        field(edge, "ReceivedEventAgeHistogram"),
        `${edgePath}.ReceivedEventAgeHistogram`,
      );
      edges.set(key, {
        key,
        source: source.key,
        target: target.key,
        edgeType,
        startTime:
          readTime(reader, field(edge, "StartTime"), `${edgePath}.StartTime`) ?? source.startTime,
        endTime: readTime(reader, field(edge, "EndTime"), `${edgePath}.EndTime`) ?? source.endTime,
        statistics: readStatistics(
          reader,
          field(edge, "SummaryStatistics") ?? {},
          `${edgePath}.SummaryStatistics`,
        )!,
        responseTimeDigest: edgeType === "link" ? null : digestOf(responseTimes),
        receivedEventAgeDigest: edgeType === "link" ? digestOf(ages) : null,
        aliases: readAliases(reader, field(edge, "Aliases"), `${edgePath}.Aliases`),
      });
    });
  }
  return { graph: composeServiceGraph([...byKey.values()], [...edges.values()]), diagnostics };
}
