import type { ServiceMapModel } from "./createServiceMapModel";
import type { ShownElements } from "./computeShownElements";
import { findNodeInDirection, type MapDirection } from "./findNodeInDirection";

/** What holds keyboard focus in the map: a node, or an edge reached from a node. */
export type MapFocusTarget =
  | { readonly kind: "node"; readonly key: string }
  | { readonly kind: "edge"; readonly key: string; readonly from: string };

/** What a key press asks for. */
export type MapKeyAction =
  | { readonly type: "focus"; readonly target: MapFocusTarget }
  | { readonly type: "select"; readonly target: MapFocusTarget }
  | { readonly type: "clear" }
  | { readonly type: "zoom"; readonly factor: number }
  | { readonly type: "fit" }
  | { readonly type: "none" };

const arrows: Readonly<Record<string, MapDirection>> = {
  ArrowLeft: "left",
  ArrowRight: "right",
  ArrowUp: "up",
  ArrowDown: "down",
};

const NONE: MapKeyAction = { type: "none" };

/**
 * The map's keyboard, as a pure function of the key, the focused element and what is shown:
 * arrows move to the nearest shown node that way (`findNodeInDirection`); Enter or Space selects
 * the focused node or edge; Escape clears the selection (on an edge: back to its node first);
 * `e` / `E` step through the shown edges of the node (outgoing first), `s` / `t` jump from an edge
 * to its source / target; `+` / `-` zoom, `0` fits the map to the view.
 * @example resolveMapKey({ key: "ArrowRight", shiftKey: false }, { kind: "node", key }, model, shown)
 */
export function resolveMapKey(
  event: { readonly key: string; readonly shiftKey: boolean },
  current: MapFocusTarget,
  model: ServiceMapModel,
  shown: ShownElements,
): MapKeyAction {
  const nodeShown = (key: string): boolean =>
    model.nodeByKey.has(key) && (shown.nodes === null || shown.nodes.has(key));
  const edgeShown = (key: string): boolean => {
    const e = model.edgeByKey.get(key);
    return (
      e !== undefined &&
      (shown.edges === null || shown.edges.has(key)) &&
      nodeShown(e.source.key) &&
      nodeShown(e.target.key)
    );
  };
  const { key } = event;
  if (key === "Enter" || key === " ") return { type: "select", target: current };
  if (key === "+" || key === "=") return { type: "zoom", factor: 1.5 };
  if (key === "-" || key === "_") return { type: "zoom", factor: 1 / 1.5 };
  if (key === "0") return { type: "fit" };
  const nodeKey = current.kind === "node" ? current.key : current.from;
  if (key === "Escape")
    return current.kind === "edge" && nodeShown(nodeKey)
      ? { type: "focus", target: { kind: "node", key: nodeKey } }
      : { type: "clear" };
  const direction = arrows[key];
  if (direction !== undefined) {
    const from =
      current.kind === "node"
        ? model.nodeByKey.get(current.key)
        : model.edgeByKey.get(current.key)?.source;
    if (from === undefined) return NONE;
    const candidates = model.nodes.filter((n) => n.key !== from.key && nodeShown(n.key));
    const next = findNodeInDirection(from, direction, candidates);
    return next === null ? NONE : { type: "focus", target: { kind: "node", key: next } };
  }
  if (key === "e" || key === "E") {
    const edges = (model.edgesAt.get(nodeKey) ?? []).filter(edgeShown);
    if (edges.length === 0) return NONE;
    const at = current.kind === "edge" ? edges.indexOf(current.key) : -1;
    const step = key === "E" || event.shiftKey ? -1 : 1;
    const index =
      at < 0 ? (step === 1 ? 0 : edges.length - 1) : (at + step + edges.length) % edges.length;
    return { type: "focus", target: { kind: "edge", key: edges[index], from: nodeKey } };
  }
  if ((key === "s" || key === "t") && current.kind === "edge") {
    const e = model.edgeByKey.get(current.key);
    if (e === undefined) return NONE;
    const to = key === "s" ? e.source.key : e.target.key;
    return nodeShown(to) ? { type: "focus", target: { kind: "node", key: to } } : NONE;
  }
  return NONE;
}
