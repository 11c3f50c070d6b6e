import type { AnnotationValue, TraceNode, TraceSummary } from "../model/index";

/**
 * `annotation.KEY`: typed by its value (string, number or boolean), so it takes the operators of
 * the literal it is compared with. Keys are case-sensitive and read with `Object.hasOwn`.
 */
export const annotationKeyword = {
  name: "annotation",
  description: "value of an annotation of any segment (trace) or of the node itself",
  /** Every value recorded for `key` in the trace (summary `Annotations`). */
  summary: (s: TraceSummary, key: string): readonly AnnotationValue[] | undefined => {
    const all = s.Annotations;
    if (all === null || typeof all !== "object" || Array.isArray(all)) return undefined;
    if (!Object.hasOwn(all, key)) return undefined;
    const entries = all[key];
    if (!Array.isArray(entries)) return undefined;
    const out: AnnotationValue[] = [];
    for (const entry of entries) {
      const v = entry?.AnnotationValue;
      if (v === null || typeof v !== "object") continue;
      if (typeof v.StringValue === "string") out.push(v.StringValue);
      else if (typeof v.NumberValue === "number") out.push(v.NumberValue);
      else if (typeof v.BooleanValue === "boolean") out.push(v.BooleanValue);
    }
    return out;
  },
  /** The node's own annotation `key`. */
  node: (n: TraceNode, key: string): AnnotationValue | undefined => {
    const own = n.entity?.annotations;
    if (own === null || typeof own !== "object" || Array.isArray(own)) return undefined;
    if (!Object.hasOwn(own, key)) return undefined;
    const v: unknown = own[key];
    return typeof v === "string" || typeof v === "number" || typeof v === "boolean" ? v : undefined;
  },
} as const;
