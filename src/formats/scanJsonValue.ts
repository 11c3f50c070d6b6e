/** The extent of one JSON value in a text, found without parsing it. */
export interface JsonValueSpan {
  /** Offset of the value's first character. */
  readonly start: number;
  /** Offset just after the value (the limit when it is not closed). */
  readonly end: number;
  /** False when the limit came before the value closed (an open brace, bracket or string). */
  readonly closed: boolean;
}

const structural = /[{}[\]"]/g;
/** JSON whitespace (only these four) and delimiters end a scalar. */
const scalarEnd = /[ \t\r\n{}[\]",]/g;

/**
 * Finds the extent of the JSON value that starts at the first non-whitespace character at or after
 * `from`, looking no further than `limit`: matching braces and brackets outside strings, or up to
 * the next delimiter for scalars. It does not check the value's syntax (JSON.parse does). Returns
 * undefined when only whitespace is left.
 * @example scanJsonValue('{"a":"}"} {}', 0) // { start: 0, end: 9, closed: true }
 */
export function scanJsonValue(
  text: string,
  from: number,
  limit = text.length,
): JsonValueSpan | undefined {
  let start = from;
  while (start < limit && isWhitespace(text.charCodeAt(start))) start++;
  if (start >= limit) return undefined;
  const first = text[start];
  if (first === '"') {
    const end = stringEnd(text, start, limit);
    return end < 0 ? { start, end: limit, closed: false } : { start, end, closed: true };
  }
  if (first !== "{" && first !== "[") {
    if (first === "}" || first === "]" || first === ",")
      return { start, end: start + 1, closed: true };
    // A scalar has at least one character, so the scan always moves on.
    scalarEnd.lastIndex = start + 1;
    const match = scalarEnd.exec(text);
    const end = match === null || match.index > limit ? limit : match.index;
    return { start, end, closed: true };
  }
  let depth = 0;
  let at = start;
  while (at < limit) {
    structural.lastIndex = at;
    const match = structural.exec(text);
    if (match === null || match.index >= limit) break;
    const char = match[0];
    if (char === '"') {
      const end = stringEnd(text, match.index, limit);
      if (end < 0) break;
      at = end;
      continue;
    }
    at = match.index + 1;
    if (char === "{" || char === "[") depth++;
    else if (--depth === 0) return { start, end: at, closed: true };
  }
  return { start, end: limit, closed: false };
}

/** Offset after the closing quote of the string opening at `open`, or -1 before `limit`. */
function stringEnd(text: string, open: number, limit: number): number {
  let at = open + 1;
  for (;;) {
    const quote = text.indexOf('"', at);
    if (quote < 0 || quote >= limit) return -1;
    let backslashes = 0;
    for (let i = quote - 1; i > open && text.charCodeAt(i) === 92; i--) backslashes++;
    if (backslashes % 2 === 0) return quote + 1;
    at = quote + 1;
  }
}

function isWhitespace(code: number): boolean {
  return code === 32 || code === 10 || code === 13 || code === 9;
}
