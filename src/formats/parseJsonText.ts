/** The outcome of JSON.parse, as data. */
export type ParsedJson =
  | { readonly ok: true; readonly value: unknown }
  | {
      readonly ok: false;
      /** The parser's message without its position suffix. */
      readonly message: string;
      /** Offset of the error in the text, when the parser says. */
      readonly offset?: number;
    };

const positionSuffix = / in JSON at position (\d+)(?: \(line \d+ column \d+\))?/;

/**
 * JSON.parse that returns failures as data (never throws, also not for a RangeError).
 * @example parseJsonText("{") // { ok: false, message: "Expected property name or '}'", offset: 1 }
 */
export function parseJsonText(text: string): ParsedJson {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    const raw = error instanceof Error ? error.message : String(error);
    const match = positionSuffix.exec(raw);
    if (match === null) {
      // "Unexpected end of JSON input" names no position: the error is at the end.
      return raw.includes("end of JSON input")
        ? { ok: false, message: raw, offset: text.length }
        : { ok: false, message: raw };
    }
    return { ok: false, message: raw.replace(positionSuffix, ""), offset: Number(match[1]) };
  }
}
