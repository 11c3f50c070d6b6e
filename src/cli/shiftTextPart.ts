import type { ReadSegmentDocumentsResult } from "../formats/index";

/** A location (`line 12 $.name`) starts with its line. */
const locationLine = /^line (\d+)/;
/** The reader's messages name a position before any text from the input. */
const messageLine = /\bat line (\d+)/;

/**
 * What was read from one part of a file (`readInputs` splits files too long for a string) as
 * read from the whole file: line numbers in locations, paths and the reader's messages (`… at
 * line 3, column 5`) move down by `lines`,
 * document indices by `documents` (the documents of the earlier parts).
 */
export function shiftTextPart(
  read: ReadSegmentDocumentsResult,
  lines: number,
  documents: number,
): ReadSegmentDocumentsResult {
  if (lines === 0 && documents === 0) return read;
  const shift = (text: string) =>
    text.replace(locationLine, (_, n: string) => `line ${Number(n) + lines}`);
  const shiftMessage = (text: string) =>
    text.replace(messageLine, (_, n: string) => `at line ${Number(n) + lines}`);
  return {
    ...read,
    documentIndices: read.documentIndices.map((i) => i + documents),
    documentLocations: read.documentLocations.map(shift),
    diagnostics: read.diagnostics.map((d) => ({
      ...d,
      documentIndex: d.documentIndex < 0 ? d.documentIndex : d.documentIndex + documents,
      path: shift(d.path),
      message: shiftMessage(d.message),
    })),
  };
}
