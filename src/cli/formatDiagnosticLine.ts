import type { Diagnostic } from "../model/Diagnostic";

/** One stderr line for a diagnostic: `file: path: severity code: message [trace …, segment …]`. */
export function formatDiagnosticLine(source: string, d: Diagnostic): string {
  const ids = [
    d.traceId === undefined ? "" : `trace ${d.traceId}`,
    d.segmentId === undefined ? "" : `segment ${d.segmentId}`,
  ]
    .filter((s) => s !== "")
    .join(", ");
  return `${source}: ${d.path}: ${d.severity} ${d.code}: ${d.message}${ids === "" ? "" : ` [${ids}]`}`;
}
