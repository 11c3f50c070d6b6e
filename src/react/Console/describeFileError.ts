/**
 * Why a file could not be read or loaded, in words for the Console's file list. A `RangeError` is
 * the text being longer than the browser's longest string (Chrome's: 2^29 − 24 characters, about
 * 512 MiB), which only splitting the file avoids.
 * @example describeFileError(new RangeError("Invalid string length")) // "too large to read …"
 */
export function describeFileError(error: unknown): string {
  if (error instanceof RangeError) {
    return (
      "too large to read as one string in this browser (about 512 MiB in Chrome): split it into " +
      "smaller files (NDJSON and daemon frames can be split between any two lines)"
    );
  }
  if (error instanceof Error) return `${error.name}: ${error.message}`;
  return String(error);
}
