/** Kinds of tokens of the filter language. */
export type FilterTokenKind =
  /** Keywords, logical and string operators (AND, CONTAINS), unquoted values, `true`/`false`. */
  | "word"
  | "string"
  | "number"
  /** `#[ ... ]` of `rootcause.json = #[...]`: `text` is the whole token, `value` the JSON text. */
  | "json"
  | "("
  | ")"
  | "{"
  | "}"
  | "["
  | "]"
  | ","
  | ":"
  | "!"
  | "="
  | "!="
  | "<"
  | "<="
  | ">"
  | ">="
  | "eof";

/** One token: its kind, its source span `[from, to)`, and its decoded value. */
export interface FilterToken {
  readonly kind: FilterTokenKind;
  readonly from: number;
  readonly to: number;
  /**
   * Words: the text (for `&&`/`||`, recovered as `AND`/`OR`); strings: the decoded string;
   * numbers: the source text; json: the JSON text after `#`; punctuation: the symbol.
   */
  readonly value: string;
  /** True for a string or JSON token whose closing quote or bracket is missing. */
  readonly unterminated?: boolean;
}
