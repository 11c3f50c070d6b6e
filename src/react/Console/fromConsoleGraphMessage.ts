import { isDigestError, TDigest, type TDigestJson } from "../../digest/index";
import { composeServiceGraph } from "../../graph/composeServiceGraph";
import type { FromGetServiceGraphResponseResult } from "../../graph/fromGetServiceGraphResponse";
import type { ServiceGraphEdge, ServiceGraphNode } from "../../model/ServiceGraph";
import type { ConsoleGraphMessage } from "./consoleParseProtocol";

/**
 * The graph posted by the parse worker (`toConsoleGraphMessage`) as a `ServiceGraph` again: every
 * digest rebuilt as a `TDigest` from its JSON form, the nodes and edges composed with their
 * lookups as `fromGetServiceGraphResponse` composes them. Null when a digest does not read back
 * (a message that did not come from `toConsoleGraphMessage`); the caller then reads the text on
 * the main thread.
 * @example const read = fromConsoleGraphMessage(event.data.result) ?? parseServiceGraphText(text)
 */
export function fromConsoleGraphMessage(
  message: ConsoleGraphMessage,
): FromGetServiceGraphResponseResult | null {
  let readable = true;
  const digest = (json: TDigestJson | null): TDigest | null => {
    if (json === null) return null;
    const read = TDigest.fromJSON(json);
    if (!isDigestError(read)) return read;
    readable = false;
    return null;
  };
  const nodes: ServiceGraphNode[] = message.nodes.map((n) => ({
    ...n,
    responseTimeDigest: digest(n.responseTimeDigest),
    durationDigest: digest(n.durationDigest),
  }));
  const edges: ServiceGraphEdge[] = message.edges.map((e) => ({
    ...e,
    responseTimeDigest: digest(e.responseTimeDigest),
    receivedEventAgeDigest: digest(e.receivedEventAgeDigest),
  }));
  if (!readable) return null;
  return { graph: composeServiceGraph(nodes, edges), diagnostics: message.diagnostics };
}
