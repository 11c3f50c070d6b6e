import type { ConsoleParseRequest, ConsoleParseScope } from "./consoleParseProtocol";
import { parseConsoleText } from "./parseConsoleText";
import { parseServiceGraphText } from "./parseServiceGraphText";
import { toConsoleGraphMessage } from "./toConsoleGraphMessage";

function isRequest(data: unknown): data is ConsoleParseRequest {
  return (
    typeof data === "object" &&
    data !== null &&
    typeof (data as { id?: unknown }).id === "number" &&
    typeof (data as { text?: unknown }).text === "string"
  );
}

/**
 * Answers parse requests in a worker scope: a progress note, then either a GetServiceGraph
 * response read with `fromGetServiceGraphResponse` (posted with `toConsoleGraphMessage`, digests
 * as JSON) or the documents and diagnostics (plain JSON; traces are assembled on the main thread).
 * Everything posted is structured-cloneable. DOM-free.
 * @example installConsoleParseWorker(self as unknown as ConsoleParseScope)
 */
export function installConsoleParseWorker(scope: ConsoleParseScope): void {
  scope.addEventListener("message", (event) => {
    if (!isRequest(event.data)) return;
    const { id, text } = event.data;
    scope.postMessage({ id, type: "progress", phase: "parsing" });
    const graph = parseServiceGraphText(text);
    scope.postMessage({
      id,
      type: "done",
      result: graph === null ? parseConsoleText(text) : toConsoleGraphMessage(graph),
    });
  });
}
