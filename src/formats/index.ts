export { parseSegmentDocuments } from "./parseSegmentDocuments";
export { readSegmentDocuments } from "./readSegmentDocuments";
export { locateDiagnostic } from "./locateDiagnostic";
export { validateSegmentDocument } from "./validateSegmentDocument";
export type { InputFormat, ReadSegmentDocumentsResult } from "./ReadSegmentDocumentsResult";
