/** What the user changed in a JSON tree: containers opened or closed, longer child lists. */
export interface JsonTreeState {
  /** Containers the user opened (true) or closed (false); others follow the defaults. */
  readonly expanded: ReadonlyMap<object, boolean>;
  /** Children shown per container when raised by "show more"; others show `pageSize`. */
  readonly limits: ReadonlyMap<object, number>;
}

export interface FlattenJsonTreeOptions {
  /** Containers shallower than this start open (the root is depth 0). Default 2. */
  readonly defaultExpandDepth?: number;
  /** Containers open by default only while fewer lines than this exist. Default 200. */
  readonly autoExpandLines?: number;
  /** Children a container shows before a "show more" line. Default 100. */
  readonly pageSize?: number;
  /** The flattening stops after this many lines (a `cut` line says so). Default 10,000. */
  readonly maxLines?: number;
}

export type JsonValueType = "string" | "number" | "boolean" | "null" | "object" | "array" | "other";

/** One visible line of a JSON tree. */
export type JsonTreeLine =
  | {
      readonly kind: "value";
      readonly depth: number;
      /** Object key, array index, or the tree's label; null for an unlabelled root. */
      readonly label: string | null;
      readonly type: JsonValueType;
      /** Primitives: the value as text (strings in quotes, unescaped). Containers: "" */
      readonly text: string;
      /** The object or array, for toggling; null for primitives. */
      readonly container: object | null;
      readonly expanded: boolean;
      /** Keys or items of a container; 0 for primitives. */
      readonly size: number;
    }
  | {
      readonly kind: "more";
      readonly depth: number;
      readonly container: object;
      readonly shown: number;
      readonly total: number;
    }
  | { readonly kind: "cut"; readonly depth: 0; readonly maxLines: number };

type Pending =
  | {
      readonly kind: "value";
      readonly depth: number;
      readonly label: string | null;
      readonly value: unknown;
    }
  | {
      readonly kind: "more";
      readonly depth: number;
      readonly container: object;
      readonly shown: number;
      readonly total: number;
    };

function typeOf(value: unknown): JsonValueType {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  const type = typeof value;
  if (type === "string" || type === "number" || type === "boolean" || type === "object") {
    return type;
  }
  return "other";
}

function primitiveText(value: unknown): string {
  return typeof value === "string" ? `"${value}"` : String(value);
}

/**
 * The visible lines of a JSON value shown as a collapsible tree, in order: iterative (a value
 * nested 100,000 levels deep cannot overflow the stack), bounded (each container shows at most
 * `pageSize` children until raised, and at most `maxLines` lines in all).
 */
export function flattenJsonTree(
  value: unknown,
  label: string | null,
  state: JsonTreeState,
  options: FlattenJsonTreeOptions = {},
): readonly JsonTreeLine[] {
  const defaultExpandDepth = options.defaultExpandDepth ?? 2;
  const autoExpandLines = options.autoExpandLines ?? 200;
  const pageSize = options.pageSize ?? 100;
  const maxLines = options.maxLines ?? 10_000;
  const lines: JsonTreeLine[] = [];
  const stack: Pending[] = [{ kind: "value", depth: 0, label, value }];
  while (stack.length > 0) {
    if (lines.length >= maxLines) {
      lines.push({ kind: "cut", depth: 0, maxLines });
      break;
    }
    const item = stack.pop() as Pending;
    if (item.kind === "more") {
      lines.push(item);
      continue;
    }
    const { depth, value: current } = item;
    const type = typeOf(current);
    if (type !== "object" && type !== "array") {
      lines.push({
        kind: "value",
        depth,
        label: item.label,
        type,
        text: primitiveText(current),
        container: null,
        expanded: false,
        size: 0,
      });
      continue;
    }
    const container = current as object;
    const isArray = type === "array";
    const keys = isArray ? null : Object.keys(container);
    const size = isArray ? (container as readonly unknown[]).length : (keys as string[]).length;
    const expanded =
      size > 0 &&
      (state.expanded.get(container) ??
        (depth < defaultExpandDepth && lines.length < autoExpandLines));
    lines.push({
      kind: "value",
      depth,
      label: item.label,
      type,
      text: "",
      container,
      expanded,
      size,
    });
    if (!expanded) continue;
    const shown = Math.min(size, Math.max(state.limits.get(container) ?? pageSize, 1));
    if (shown < size) stack.push({ kind: "more", depth: depth + 1, container, shown, total: size });
    for (let i = shown - 1; i >= 0; i--) {
      const key = keys === null ? String(i) : keys[i];
      const child =
        keys === null
          ? (container as readonly unknown[])[i]
          : (container as Record<string, unknown>)[key];
      stack.push({ kind: "value", depth: depth + 1, label: key, value: child });
    }
  }
  return lines;
}
