import type { Diagnostic, DiagnosticCode, Severity } from "../model/Diagnostic";

/** A diagnostic of the assembly (one place, so every one has the same shape). */
export function createAssemblyDiagnostic(
  code: DiagnosticCode,
  severity: Severity,
  message: string,
  documentIndex: number,
  path: string,
  traceId: string | undefined,
  segmentId: string | undefined,
): Diagnostic {
  const diagnostic: { -readonly [K in keyof Diagnostic]: Diagnostic[K] } = {
    code,
    severity,
    message,
    documentIndex,
    path,
  };
  if (traceId !== undefined) diagnostic.traceId = traceId;
  if (segmentId !== undefined) diagnostic.segmentId = segmentId;
  return diagnostic;
}
