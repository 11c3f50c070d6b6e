import type { ConsoleParseRequest, ConsoleParseScope } from "./consoleParseProtocol";
import { parseConsoleText } from "./parseConsoleText";

function isRequest(data: unknown): data is ConsoleParseRequest {
  return (
    typeof data === "object" &&
    data !== null &&
    typeof (data as { id?: unknown }).id === "number" &&
    typeof (data as { text?: unknown }).text === "string"
  );
}

/**
 * Answers parse requests in a worker scope: a progress note, then the documents and diagnostics
 * (plain JSON, structured-cloneable; traces are assembled on the main thread). DOM-free.
 * @example installConsoleParseWorker(self as unknown as ConsoleParseScope)
 */
export function installConsoleParseWorker(scope: ConsoleParseScope): void {
  scope.addEventListener("message", (event) => {
    if (!isRequest(event.data)) return;
    const { id, text } = event.data;
    scope.postMessage({ id, type: "progress", phase: "parsing" });
    scope.postMessage({ id, type: "done", result: parseConsoleText(text) });
  });
}
