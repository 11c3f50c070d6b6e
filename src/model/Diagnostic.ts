/**
 * Diagnostics are data (design.md): bad input yields these values, collected, never thrown.
 */
export type Severity = "error" | "warning" | "info";

/**
 * Codes of the diagnostics the readers and the assembly produce. `error` severity means the
 * document was rejected (not in the output); `warning` means it was kept.
 */
export type DiagnosticCode =
  // reading (src/formats)
  | "invalid-json"
  | "unknown-format"
  | "not-an-object"
  | "missing-field"
  | "invalid-field"
  | "invalid-id"
  | "invalid-trace-id"
  | "invalid-time"
  | "missing-end"
  | "name-too-long"
  | "unknown-namespace"
  | "content-length-string"
  | "invalid-annotation"
  | "invalid-metadata"
  | "invalid-cause"
  | "invalid-subsegment"
  | "unprocessed-segment"
  // assembly (src/assemble)
  | "orphan"
  | "duplicate-id"
  | "superseded-in-progress"
  | "parent-cycle"
  | "child-before-parent"
  | "multiple-roots"
  | "missing-root"
  | "unresolved-cause";

export interface Diagnostic {
  readonly code: DiagnosticCode;
  readonly severity: Severity;
  readonly message: string;
  /** Index of the document in the input (0-based), or -1 when the problem is not one document's. */
  readonly documentIndex: number;
  /**
   * Where in the input: a JSON path from the input's root (`$.Traces[0].Segments[2].Document`),
   * extended into the document (`.subsegments[1].annotations.k`), or `line 12` for NDJSON / frames.
   */
  readonly path: string;
  readonly traceId?: string;
  readonly segmentId?: string;
}
