import { memo } from "react";
import type { ServiceMapEdgeView } from "./createServiceMapModel";
import { computeEdgePath } from "./computeEdgePath";
import { describeMapEdge } from "./describeMapElement";

export interface ServiceMapEdgeProps {
  readonly view: ServiceMapEdgeView;
  readonly selected: boolean;
  readonly lit: boolean;
  /** Keyboard focus is on this edge (it then holds the tab stop). */
  readonly tabStop: boolean;
  /** Marker ids: `${markerId}` normal, `${markerId}-lit`, `${markerId}-selected`. */
  readonly markerId: string;
  readonly register: (key: string, element: SVGGElement | null) => void;
  /**
   * Drawn as an overlay copy (`ServiceMapOverlay`): no key, focus, role, name or hit area;
   * `focused` draws the keyboard focus style of the edge it copies.
   */
  readonly copy?: "plain" | "focused";
}

/**
 * One edge: an arrow from the source's rim to the target's, dashed for asynchronous (`link`)
 * edges, bent when two edges join the same nodes, with a wide invisible stroke to point at.
 * Events are delegated to the map (`data-edge-key`).
 */
export const ServiceMapEdge = memo(function ServiceMapEdge(props: ServiceMapEdgeProps) {
  const { view, selected, lit, tabStop, markerId, register, copy } = props;
  const { d } = computeEdgePath(view.source, view.target, view.bent);
  // A lit base edge keeps its look (its overlay copy is drawn lit above it): no repaint on hover.
  const lighted = lit && copy !== undefined;
  const marker = selected ? `${markerId}-selected` : lighted ? `${markerId}-lit` : markerId;
  return (
    <g
      className={
        "tl-map-edge" +
        (view.async ? " tl-map-async" : "") +
        (selected ? " tl-map-selected" : "") +
        (lit ? " tl-map-lit" : "") +
        (copy === undefined ? "" : " tl-map-copy") +
        (copy === "focused" ? " tl-map-focus-ring" : "")
      }
      {...(copy === undefined
        ? {
            ref: (el: SVGGElement | null) => register(view.key, el),
            "data-edge-key": view.key,
            tabIndex: tabStop ? 0 : -1,
            role: "button",
            "aria-pressed": selected,
            "aria-label": describeMapEdge(view),
          }
        : null)}
    >
      {copy === undefined ? <path className="tl-map-edge-hit" d={d} /> : null}
      <path className="tl-map-edge-line" d={d} markerEnd={`url(#${marker})`} />
    </g>
  );
});
