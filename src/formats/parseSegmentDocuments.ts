import type { InputFormat, ReadSegmentDocumentsResult } from "./ReadSegmentDocumentsResult";
import { ReaderState } from "./ReaderState";
import { isDaemonHeader } from "./isDaemonHeader";
import { parseJsonText } from "./parseJsonText";
import { readJsonSequence } from "./readJsonSequence";
import { readTopLevelValue } from "./readTopLevelValue";

/**
 * Reads segment documents from text in any form they occur, detected automatically: one
 * document, a JSON array of documents, NDJSON (or JSON values one after another), X-Ray daemon
 * UDP frames (`{"format":"json","version":1}` header line, then a document), a PutTraceSegments
 * request or a BatchGetTraces response. Never throws on data: invalid JSON, invalid documents
 * and other formats are reported as diagnostics. Paths start at `$` for a single JSON value, or at
 * `line N` for NDJSON and daemon frames.
 * @example
 * const { documents, diagnostics, format } = parseSegmentDocuments(readFileSync(file, "utf8"));
 */
export function parseSegmentDocuments(text: string): ReadSegmentDocumentsResult {
  const state = new ReaderState(true);
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === "") return state.result("empty");
  const whole = parseJsonText(body);
  if (whole.ok) return state.result(readTopLevelValue(state, whole.value, "$", false));

  let headerLine = 0;
  let framed = false;
  let units = 0;
  const headerAlone = (): void => {
    state.reject(
      "invalid-json",
      `the daemon frame header at line ${headerLine} has no document after it`,
      `line ${headerLine}`,
    );
  };
  readJsonSequence(body, (item) => {
    if (item.ok && isDaemonHeader(item.value)) {
      if (headerLine !== 0) headerAlone();
      headerLine = item.line;
      framed = true;
      return;
    }
    headerLine = 0;
    units++;
    if (item.ok) readTopLevelValue(state, item.value, `line ${item.line}`, true);
    else state.reject("invalid-json", item.message, `line ${item.line}`);
  });
  if (headerLine !== 0) headerAlone();
  const format: InputFormat = framed ? "daemon" : units === 1 ? "document" : "ndjson";
  return state.result(format);
}
