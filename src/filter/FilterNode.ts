/**
 * The syntax tree of a filter expression. Every node carries its source span `[from, to)`
 * (UTF-16 offsets); trees built by hand may use 0 for both. Keywords are stored in lower case.
 */

export interface FilterSpan {
  readonly from: number;
  readonly to: number;
}

/** Comparison operators; the three string operators are written in upper case. */
export type FilterOperator =
  "=" | "!=" | "<" | "<=" | ">" | ">=" | "CONTAINS" | "BEGINSWITH" | "ENDSWITH";

export interface FilterOperatorSpan extends FilterSpan {
  readonly op: FilterOperator;
}

/** A literal: quoted or unquoted text, a number, or `true`/`false`. */
export type FilterValue =
  | (FilterSpan & { readonly type: "string"; readonly value: string })
  | (FilterSpan & { readonly type: "number"; readonly value: number })
  | (FilterSpan & { readonly type: "boolean"; readonly value: boolean });

/** A name as written (a keyword, lower-cased; or an annotation key, as written). */
export interface FilterName extends FilterSpan {
  readonly text: string;
}

/** `keyword`, `keyword = value`, `keyword CONTAINS "text"`, ... */
export interface KeywordNode extends FilterSpan {
  readonly kind: "keyword";
  readonly keyword: FilterName;
  /** Both null for a bare keyword (true for booleans, "is set" for the others). */
  readonly operator: FilterOperatorSpan | null;
  readonly value: FilterValue | null;
}

/** `annotation.key`, `annotation["dotted.key"]`, optionally compared with a value. */
export interface AnnotationNode extends FilterSpan {
  readonly kind: "annotation";
  readonly key: FilterName;
  readonly operator: FilterOperatorSpan | null;
  readonly value: FilterValue | null;
}

/** A service given by name (`"api.example.com"`). */
export interface ServiceNameRef extends FilterSpan {
  readonly kind: "name";
  readonly name: string;
}

export interface FilterText extends FilterSpan {
  readonly value: string;
}

/** `id(name: ..., type: ..., account.id: ...)`; at least one argument is present. */
export interface ServiceIdRef extends FilterSpan {
  readonly kind: "id";
  readonly name: FilterText | null;
  readonly type: FilterText | null;
  readonly accountId: FilterText | null;
}

export type ServiceRef = ServiceNameRef | ServiceIdRef;

/** `service(ref) { body }`; `service()` (ref null) is any service; body null when absent. */
export interface ServiceNode extends FilterSpan {
  readonly kind: "service";
  readonly ref: ServiceRef | null;
  readonly body: FilterNode | null;
}

/** `edge(source, destination) { body }`. */
export interface EdgeNode extends FilterSpan {
  readonly kind: "edge";
  readonly source: ServiceRef;
  readonly target: ServiceRef;
  readonly body: FilterNode | null;
}

/** A bare `id(...)` term: the trace reached that node (same as `service(id(...))`). */
export interface IdNode extends FilterSpan {
  readonly kind: "id";
  readonly ref: ServiceIdRef;
}

export type RootCauseKind = "fault" | "error" | "responsetime";
export type RootCauseTarget = "service" | "entity" | "exception";

/** `rootcause.fault.entity { body }`. */
export interface RootCauseNode extends FilterSpan {
  readonly kind: "rootcause";
  readonly cause: RootCauseKind;
  readonly target: RootCauseTarget;
  readonly body: FilterNode;
}

/** `rootcause.json = #[ ... ]`: `patterns` is the parsed JSON array. */
export interface RootCauseJsonNode extends FilterSpan {
  readonly kind: "rootcause-json";
  readonly operator: FilterOperatorSpan;
  readonly patterns: readonly unknown[];
}

/** `group.name = "g"` / `group.arn = "arn:..."`: the trace matches that group's expression. */
export interface GroupNode extends FilterSpan {
  readonly kind: "group";
  readonly attribute: "name" | "arn";
  readonly operator: FilterOperatorSpan;
  readonly value: FilterText;
}

export interface NotNode extends FilterSpan {
  readonly kind: "not";
  readonly operand: FilterNode;
}

/** Two or more operands (adjacent terms parse as AND). */
export interface AndNode extends FilterSpan {
  readonly kind: "and";
  readonly operands: readonly FilterNode[];
}

export interface OrNode extends FilterSpan {
  readonly kind: "or";
  readonly operands: readonly FilterNode[];
}

export type FilterNode =
  | KeywordNode
  | AnnotationNode
  | ServiceNode
  | EdgeNode
  | IdNode
  | RootCauseNode
  | RootCauseJsonNode
  | GroupNode
  | NotNode
  | AndNode
  | OrNode;
