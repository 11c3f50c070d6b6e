import type { ServiceMapModel } from "./createServiceMapModel";
import type { MapFocusTarget } from "./resolveMapKey";

/** Nodes and edges to highlight around what the user points at or focuses. */
export interface LitElements {
  readonly nodes: ReadonlySet<string>;
  readonly edges: ReadonlySet<string>;
}

const NONE: LitElements = { nodes: new Set(), edges: new Set() };

/**
 * The neighbourhood highlighted on hover or focus: a node, its neighbours and the edges at it; an
 * edge and its two ends. Nothing for null or an unknown key.
 * @example computeLitElements(model, { kind: "node", key }).nodes.has(neighbourKey) // true
 */
export function computeLitElements(
  model: ServiceMapModel,
  target: MapFocusTarget | null,
): LitElements {
  if (target === null) return NONE;
  if (target.kind === "edge") {
    const e = model.edgeByKey.get(target.key);
    if (e === undefined) return NONE;
    return { nodes: new Set([e.source.key, e.target.key]), edges: new Set([e.key]) };
  }
  if (!model.nodeByKey.has(target.key)) return NONE;
  return {
    nodes: new Set([target.key, ...(model.neighbours.get(target.key) ?? [])]),
    edges: new Set(model.edgesAt.get(target.key) ?? []),
  };
}
