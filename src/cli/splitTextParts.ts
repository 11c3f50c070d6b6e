/** A slice of a file's bytes that is whole JSON values and lines, and the line it starts on. */
export interface TextPart {
  readonly start: number;
  readonly end: number;
  /** 1-based line number of `start` in the whole file. */
  readonly firstLine: number;
}

const NEWLINE = 0x0a;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_BRACE = 0x7b;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACE = 0x7d;
const CLOSE_BRACKET = 0x5d;
const decoder = new TextDecoder();
const daemonHeader = /^\s*\{\s*"format"\s*:/;

/** True when the line `bytes[from..to)` is an X-Ray daemon frame header (its document follows). */
function isHeaderLine(bytes: Uint8Array, from: number, to: number): boolean {
  return to - from < 128 && daemonHeader.test(decoder.decode(bytes.subarray(from, to)));
}

/**
 * Cuts text too long for one string (UTF-8 `bytes`) into parts of at most `maxBytes` bytes, each
 * ending at a line end outside every JSON value and string, and never between a daemon frame
 * header and its document: NDJSON and daemon frames split this way read the same part by part.
 * Returns null when a single value (or line) is longer than `maxBytes`: such text cannot be read.
 * @example splitTextParts(bytes, 2 ** 29 - 24) // [{ start: 0, end: 536_000_000, firstLine: 1 }, …]
 */
export function splitTextParts(bytes: Uint8Array, maxBytes: number): TextPart[] | null {
  const parts: TextPart[] = [];
  let partStart = 0;
  let partLine = 1;
  let line = 1;
  let lineStart = 0;
  let cut = -1; // the latest possible end of the current part (just after a newline)
  let cutLine = 1;
  let depth = 0;
  let inString = false;
  for (let i = 0; i < bytes.length; i++) {
    if (i - partStart >= maxBytes) {
      // byte i would not fit: end the part at the latest cut
      if (cut <= partStart) return null;
      parts.push({ start: partStart, end: cut, firstLine: partLine });
      partStart = cut;
      partLine = cutLine;
    }
    const b = bytes[i];
    if (inString) {
      if (b === BACKSLASH) i++;
      else if (b === QUOTE) inString = false;
      else if (b === NEWLINE) line++; // not valid JSON, but keep counting lines
      continue;
    }
    if (b === QUOTE) inString = true;
    else if (b === OPEN_BRACE || b === OPEN_BRACKET) depth++;
    else if (b === CLOSE_BRACE || b === CLOSE_BRACKET) depth = Math.max(0, depth - 1);
    else if (b === NEWLINE) {
      if (depth === 0 && !isHeaderLine(bytes, lineStart, i)) {
        cut = i + 1;
        cutLine = line + 1;
      }
      line++;
      lineStart = i + 1;
    }
  }
  if (bytes.length > partStart || parts.length === 0) {
    parts.push({ start: partStart, end: bytes.length, firstLine: partLine });
  }
  return parts;
}
