export interface FormatJsonTextOptions {
  /** Spaces per level; 0 writes compact JSON on one line. Default 2. */
  readonly indent?: number;
  /** Stop once the text reaches this many characters (the result says so). Default: no limit. */
  readonly maxLength?: number;
}

export interface FormatJsonTextResult {
  readonly text: string;
  /** True when the text stopped at `maxLength`. */
  readonly truncated: boolean;
}

interface Frame {
  readonly container: object;
  readonly entries: readonly (readonly [string | null, unknown])[];
  readonly close: string;
  readonly depth: number;
  next: number;
}

/** Indentation never grows past this many levels, so very deep values stay linear in size. */
const maxIndentLevels = 64;

function isSkipped(value: unknown): boolean {
  return value === undefined || typeof value === "function" || typeof value === "symbol";
}

function literal(value: unknown): string {
  if (typeof value === "string") return JSON.stringify(value);
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "null";
  if (typeof value === "boolean") return value ? "true" : "false";
  if (typeof value === "bigint") return String(value);
  return "null";
}

/**
 * Writes a JSON value as text like `JSON.stringify(value, null, indent)`, but iteratively (a
 * 100,000-level value cannot overflow the stack), stopping early at `maxLength`, and writing
 * `"[Circular]"` for a container that contains itself.
 * @example formatJsonText({ a: [1, 2] }, { indent: 0 }).text // '{"a":[1,2]}'
 */
export function formatJsonText(
  value: unknown,
  options: FormatJsonTextOptions = {},
): FormatJsonTextResult {
  const indent = options.indent ?? 2;
  const maxLength = options.maxLength ?? Infinity;
  const parts: string[] = [];
  const stack: Frame[] = [];
  const open = new Set<object>();
  let length = 0;
  const push = (text: string) => {
    parts.push(text);
    length += text.length;
  };
  const newline = (depth: number) =>
    indent > 0 ? "\n" + " ".repeat(indent * Math.min(depth, maxIndentLevels)) : "";

  const emit = (item: unknown, depth: number) => {
    if (item === null || typeof item !== "object") {
      push(literal(item));
      return;
    }
    if (open.has(item)) {
      push('"[Circular]"');
      return;
    }
    const isArray = Array.isArray(item);
    const entries: (readonly [string | null, unknown])[] = isArray
      ? (item as readonly unknown[]).map((v) => [null, isSkipped(v) ? null : v] as const)
      : Object.entries(item).filter(([, v]) => !isSkipped(v));
    if (entries.length === 0) {
      push(isArray ? "[]" : "{}");
      return;
    }
    push(isArray ? "[" : "{");
    open.add(item);
    stack.push({ container: item, entries, close: isArray ? "]" : "}", depth, next: 0 });
  };

  emit(value, 0);
  while (stack.length > 0 && length < maxLength) {
    const frame = stack[stack.length - 1];
    if (frame.next >= frame.entries.length) {
      push(newline(frame.depth) + frame.close);
      open.delete(frame.container);
      stack.pop();
      continue;
    }
    const [key, child] = frame.entries[frame.next];
    push((frame.next > 0 ? "," : "") + newline(frame.depth + 1));
    if (key !== null) push(JSON.stringify(key) + (indent > 0 ? ": " : ":"));
    frame.next += 1;
    emit(child, frame.depth + 1);
  }
  const text = parts.join("");
  const truncated = stack.length > 0 || text.length > maxLength;
  return { text: truncated ? text.slice(0, maxLength) : text, truncated };
}
