export { parseSegmentDocuments } from "./parseSegmentDocuments";
export { readSegmentDocuments } from "./readSegmentDocuments";
export { validateSegmentDocument } from "./validateSegmentDocument";
export type { InputFormat, ReadSegmentDocumentsResult } from "./ReadSegmentDocumentsResult";
