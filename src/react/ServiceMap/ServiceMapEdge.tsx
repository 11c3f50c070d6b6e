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
}

/**
 * One edge: an arrow from the source's rim to the target's, dashed for asynchronous (`link`)
 * edges, bent when two edges join the same nodes, with a wide invisible stroke to point at.
 * Events are delegated to the map (`data-edge-key`).
 */
export const ServiceMapEdge = memo(function ServiceMapEdge(props: ServiceMapEdgeProps) {
  const { view, selected, lit, tabStop, markerId, register } = props;
  const { d } = computeEdgePath(view.source, view.target, view.bent);
  const marker = selected ? `${markerId}-selected` : lit ? `${markerId}-lit` : markerId;
  return (
    <g
      ref={(el) => register(view.key, el)}
      className={
        "tl-map-edge" +
        (view.async ? " tl-map-async" : "") +
        (selected ? " tl-map-selected" : "") +
        (lit ? " tl-map-lit" : "")
      }
      data-edge-key={view.key}
      tabIndex={tabStop ? 0 : -1}
      role="button"
      aria-pressed={selected}
      aria-label={describeMapEdge(view)}
    >
      <path className="tl-map-edge-hit" d={d} />
      <path className="tl-map-edge-line" d={d} markerEnd={`url(#${marker})`} />
    </g>
  );
});
