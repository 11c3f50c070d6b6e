import type { TDigest, TDigestJson } from "../../digest/index";
import type { FromGetServiceGraphResponseResult } from "../../graph/fromGetServiceGraphResponse";
import type { ConsoleGraphMessage } from "./consoleParseProtocol";

const json = (digest: TDigest | null): TDigestJson | null =>
  digest === null ? null : digest.toJSON();

/**
 * A read GetServiceGraph response as plain, structured-cloneable data for `postMessage`: nodes,
 * edges and diagnostics as they are, each digest in its exact JSON form (`TDigest.toJSON`, which
 * `TDigest.fromJSON` reads back answering every query as the original does). DOM-free.
 * @example scope.postMessage({ id, type: "done", result: toConsoleGraphMessage(read) })
 */
export function toConsoleGraphMessage(
  read: FromGetServiceGraphResponseResult,
): ConsoleGraphMessage {
  return {
    kind: "graph",
    nodes: read.graph.nodes.map((n) => ({
      ...n,
      responseTimeDigest: json(n.responseTimeDigest),
      durationDigest: json(n.durationDigest),
    })),
    edges: read.graph.edges.map((e) => ({
      ...e,
      responseTimeDigest: json(e.responseTimeDigest),
      receivedEventAgeDigest: json(e.receivedEventAgeDigest),
    })),
    diagnostics: read.diagnostics,
  };
}
