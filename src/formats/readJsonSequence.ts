import { parseJsonText } from "./parseJsonText";
import { scanJsonValue, type JsonValueSpan } from "./scanJsonValue";

/** One value of a JSON text sequence, or the text of one that is not valid JSON. */
export type JsonSequenceItem =
  | { readonly ok: true; readonly value: unknown; readonly line: number }
  | { readonly ok: false; readonly message: string; readonly line: number };

/**
 * Reads a text holding JSON values one after another: NDJSON (one per line, blank lines
 * skipped), values spread over several lines (pretty-printed documents, daemon frames), or several
 * on one line. Each line is first parsed as a whole (the fast path for NDJSON); a line that does
 * not parse is read by scanning for the end of its value. Invalid values are reported with their
 * line and column. After a value that never closes, the rest is read line by line, so one broken
 * value costs one line, not the rest of the text. Calls `visit` for each item, in order.
 */
export function readJsonSequence(text: string, visit: (item: JsonSequenceItem) => void): void {
  const length = text.length;
  let position = 0;
  let line = 1;
  let multiline = true;
  while (position < length) {
    const newline = text.indexOf("\n", position);
    const lineEnd = newline < 0 ? length : newline;
    const parsed = parseJsonText(text.slice(position, lineEnd));
    if (parsed.ok) {
      visit({ ok: true, value: parsed.value, line });
      position = lineEnd + 1;
      line++;
      continue;
    }
    if (isBlank(text, position, lineEnd)) {
      position = lineEnd + 1;
      line++;
      continue;
    }
    const span = scanJsonValue(text, position, multiline ? length : lineEnd) as JsonValueSpan;
    if (!span.closed) {
      if (span.end === length) multiline = false;
      const { column } = locate(text, position, line, span.start);
      visit({
        ok: false,
        message: `invalid JSON at line ${line}, column ${column}: the value starting here never closes`,
        line,
      });
      position = lineEnd + 1;
      line++;
      continue;
    }
    const chunk = parseJsonText(text.slice(span.start, span.end));
    if (chunk.ok) {
      visit({ ok: true, value: chunk.value, line });
    } else {
      const at = locate(text, position, line, span.start + (chunk.offset ?? 0));
      const where =
        chunk.offset === undefined ? `line ${line}` : `line ${at.line}, column ${at.column}`;
      visit({ ok: false, message: `invalid JSON at ${where}: ${chunk.message}`, line });
    }
    line = locate(text, position, line, span.end).line;
    position = span.end;
  }
}

/** Line and column (1-based) of `offset`, counting from `from`, which is on line `fromLine`. */
function locate(
  text: string,
  from: number,
  fromLine: number,
  offset: number,
): { line: number; column: number } {
  let line = fromLine;
  let lineStart = text.lastIndexOf("\n", from - 1) + 1;
  for (let at = text.indexOf("\n", from); at >= 0 && at < offset; at = text.indexOf("\n", at + 1)) {
    line++;
    lineStart = at + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

function isBlank(text: string, from: number, to: number): boolean {
  for (let at = from; at < to; at++) {
    const code = text.charCodeAt(at);
    if (code !== 32 && code !== 9 && code !== 13 && code !== 10) return false;
  }
  return true;
}
