import type { Diagnostic, DiagnosticCode } from "../model/Diagnostic";
import type { SegmentDocument } from "../model/SegmentDocument";
import type { InputFormat, ReadSegmentDocumentsResult } from "./ReadSegmentDocumentsResult";
import { createDiagnostic } from "./createDiagnostic";
import { parseJsonText } from "./parseJsonText";
import { validateDocumentTree } from "./validateDocumentTree";

/** Where the envelope readers collect documents and diagnostics. */
export class ReaderState {
  readonly documents: SegmentDocument[] = [];
  readonly documentIndices: number[] = [];
  readonly documentLocations: string[] = [];
  readonly diagnostics: Diagnostic[] = [];
  inputCount = 0;

  /** `trusted`: values come from JSON.parse (trees), so no cycle guard is needed. */
  constructor(readonly trusted: boolean) {}

  /** Counts one input document and validates it; returns it when accepted. */
  addDocument(
    value: unknown,
    location: string,
    trusted = this.trusted,
  ): SegmentDocument | undefined {
    const index = this.inputCount++;
    const document = validateDocumentTree(value, index, location, trusted, this.diagnostics);
    if (document !== undefined) {
      this.documents.push(document);
      this.documentIndices.push(index);
      this.documentLocations.push(location);
    }
    return document;
  }

  /** Counts one input document given as JSON text (an envelope's string) and reads it. */
  addDocumentText(
    text: string,
    location: string,
    traceId?: string,
    segmentId?: string,
  ): SegmentDocument | undefined {
    const parsed = parseJsonText(text);
    if (parsed.ok) return this.addDocument(parsed.value, location, true);
    const where = parsed.offset === undefined ? "" : ` at character ${parsed.offset + 1}`;
    this.reject(
      "invalid-json",
      `the document string is not valid JSON${where}: ${parsed.message}`,
      location,
      traceId,
      segmentId,
    );
    return undefined;
  }

  /** Counts one input document that could not be read at all, with an error naming it. */
  reject(
    code: DiagnosticCode,
    message: string,
    location: string,
    traceId?: string,
    segmentId?: string,
  ): void {
    const index = this.inputCount++;
    this.diagnostics.push(
      createDiagnostic(code, "error", message, index, location, traceId, segmentId),
    );
  }

  /**
   * A diagnostic that rejects no document: about the input as a whole (`documentIndex` -1) or a
   * warning about a document that was accepted.
   */
  report(
    code: DiagnosticCode,
    severity: "error" | "warning",
    message: string,
    location: string,
    traceId?: string,
    documentIndex = -1,
  ): void {
    this.diagnostics.push(
      createDiagnostic(code, severity, message, documentIndex, location, traceId),
    );
  }

  result(format: InputFormat): ReadSegmentDocumentsResult {
    return {
      documents: this.documents,
      documentIndices: this.documentIndices,
      documentLocations: this.documentLocations,
      diagnostics: this.diagnostics,
      format,
      inputCount: this.inputCount,
    };
  }
}
