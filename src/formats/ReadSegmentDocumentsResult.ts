import type { Diagnostic } from "../model/Diagnostic";
import type { SegmentDocument } from "../model/SegmentDocument";

/**
 * The form the input was in. `empty` means no segment documents were found: blank text, or a
 * value that is not a form segment documents occur in (an `unknown-format` diagnostic says what).
 */
export type InputFormat =
  "document" | "array" | "ndjson" | "daemon" | "put-trace-segments" | "batch-get-traces" | "empty";

/** What the readers return: the accepted documents and a diagnostic for everything else. */
export interface ReadSegmentDocumentsResult {
  /** Accepted documents, in input order. */
  readonly documents: readonly SegmentDocument[];
  /** `documentIndices[i]` is the input index of `documents[i]`. */
  readonly documentIndices: readonly number[];
  /**
   * `documentLocations[i]` is where `documents[i]` is in the input, as diagnostics name it:
   * `line 12` (NDJSON, daemon frames), `$[3]`, `$.Traces[0].Segments[2].Document`, or `$`.
   * `locateDiagnostic` uses it to place an assembly diagnostic in the input.
   */
  readonly documentLocations: readonly string[];
  readonly diagnostics: readonly Diagnostic[];
  readonly format: InputFormat;
  /** Documents seen in the input: accepted plus rejected. */
  readonly inputCount: number;
}
