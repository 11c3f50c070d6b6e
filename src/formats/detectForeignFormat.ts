import { isPlainObject } from "./isPlainObject";

/**
 * Names the kind of a JSON value that is not segment documents but is something people feed a
 * trace tool by mistake (other X-Ray API responses, OTLP, Jaeger, Zipkin, a JSON Schema, an API
 * model); undefined when it does not recognize the value.
 * @example detectForeignFormat({ TraceSummaries: [] }) // "a GetTraceSummaries response (TraceSummaries)"
 */
export function detectForeignFormat(value: unknown): string | undefined {
  if (Array.isArray(value)) {
    return isZipkinSpan(value[0]) ? "Zipkin JSON spans (traceId, id)" : undefined;
  }
  if (!isPlainObject(value)) return undefined;
  const has = (key: string): boolean => Object.hasOwn(value, key);
  if (has("TraceSummaries")) return "a GetTraceSummaries response (TraceSummaries)";
  if (has("Services")) {
    const first = Array.isArray(value.Services) ? value.Services[0] : undefined;
    return isPlainObject(first) && Object.hasOwn(first, "EntityPath")
      ? "X-Ray root-cause JSON (Services[].EntityPath)"
      : "a GetServiceGraph or GetTraceGraph response (Services)";
  }
  if (has("UnprocessedTraceSegments")) {
    const list = value.UnprocessedTraceSegments;
    const count = Array.isArray(list) ? list.length : 0;
    return `a PutTraceSegments response (UnprocessedTraceSegments: ${count} segment${count === 1 ? "" : "s"} X-Ray refused; it holds no documents)`;
  }
  if (has("resourceSpans")) return "OpenTelemetry OTLP/JSON traces (resourceSpans)";
  if (has("traceID") && has("spans")) return "a Jaeger JSON trace (traceID, spans)";
  if (has("data") && Array.isArray(value.data)) {
    const first: unknown = value.data[0];
    if (isPlainObject(first)) {
      if (Object.hasOwn(first, "spans")) return "a Jaeger query API response (data[].spans)";
      if (Object.hasOwn(first, "ReferenceId") || Object.hasOwn(first, "Edges")) {
        return "a list of GetServiceGraph services (data[].ReferenceId, Edges)";
      }
    }
  }
  if (has("$schema") || (has("properties") && value.type === "object")) return "a JSON Schema";
  if (has("operations") && has("shapes")) return "an AWS API model (operations, shapes)";
  if (isZipkinSpan(value)) return "a Zipkin JSON span (traceId, id)";
  return undefined;
}

function isZipkinSpan(value: unknown): boolean {
  return (
    isPlainObject(value) &&
    typeof value.traceId === "string" &&
    Object.hasOwn(value, "id") &&
    !Object.hasOwn(value, "trace_id")
  );
}
