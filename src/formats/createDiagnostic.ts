import type { Diagnostic, DiagnosticCode, Severity } from "../model/Diagnostic";

/** Builds a Diagnostic, leaving out `traceId` / `segmentId` when they are not known. */
export function createDiagnostic(
  code: DiagnosticCode,
  severity: Severity,
  message: string,
  documentIndex: number,
  path: string,
  traceId?: string,
  segmentId?: string,
): Diagnostic {
  if (traceId === undefined && segmentId === undefined) {
    return { code, severity, message, documentIndex, path };
  }
  if (segmentId === undefined) return { code, severity, message, documentIndex, path, traceId };
  if (traceId === undefined) return { code, severity, message, documentIndex, path, segmentId };
  return { code, severity, message, documentIndex, path, traceId, segmentId };
}
