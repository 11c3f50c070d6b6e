import type { GetTraceGraphResponse } from "../model/ServiceGraph";
import type { Trace } from "../model/Trace";
import { deriveServiceGraph } from "./deriveServiceGraph";
import { toGetServiceGraphResponse } from "./toGetServiceGraphResponse";

/**
 * GetTraceGraph's equivalent: the service graph of one or a few traces in X-Ray's shape
 * (`{Services}`), as the console's trace map shows it.
 *
 * @example
 * toGetTraceGraphResponse([trace]).Services.map((s) => s.Name);
 */
export function toGetTraceGraphResponse(traces: Iterable<Trace>): GetTraceGraphResponse {
  return { Services: toGetServiceGraphResponse(deriveServiceGraph(traces)).Services };
}
