import { memo, useCallback, type ReactNode } from "react";
import { statusColor } from "../theme/statusColor";
import { dominantHealthStatus } from "./computeHealthCounts";
import { computeRingArcs } from "./computeRingArcs";
import type { MapDetail } from "./chooseMapDetail";
import type { ServiceMapNodeView } from "./createServiceMapModel";
import { describeMapNode } from "./describeMapElement";
import { formatPerMinute, formatResponseTime } from "./formatResponseTime";
import { ServiceTypeIcon } from "./ServiceTypeIcon";

export interface ServiceMapNodeProps {
  readonly view: ServiceMapNodeView;
  readonly detail: MapDetail;
  readonly selected: boolean;
  /** Pointed at or focused, or a neighbour of the node that is. */
  readonly lit: boolean;
  /** Found by the search. */
  readonly match: boolean;
  /** Holds the map's one tab stop. */
  readonly tabStop: boolean;
  /** The committed zoom scale, quantized (labels keep a readable screen size). */
  readonly scale: number;
  readonly register: (key: string, element: SVGGElement | null) => void;
  /** Replaces the name label (full and medium detail). */
  readonly renderLabel?: (view: ServiceMapNodeView) => ReactNode;
  /**
   * Drawn as an overlay copy (`ServiceMapOverlay`): no key, focus, role or name; `focused` draws
   * the keyboard focus ring of the element it copies.
   */
  readonly copy?: "plain" | "focused";
}

const RING = 0.22;
const shorten = (text: string, max: number): string =>
  text.length <= max ? text : `${text.slice(0, max - 1)}…`;

/**
 * One node: a disc with the health ring (OK, error, throttle, fault shares; d3-shape arcs), the
 * average response time and traces per minute in the centre, a type badge and the name below.
 * Clients are drawn apart: a dashed grey disc with a person, no ring. At medium detail the centre
 * text and the badge go, and at low detail the ring becomes one circle in the colour of the most
 * common status.
 * Events are delegated to the map (`data-node-key`).
 */
export const ServiceMapNode = memo(function ServiceMapNode(props: ServiceMapNodeProps) {
  const { view, detail, selected, lit, match, tabStop, scale, register, renderLabel, copy } = props;
  const { key, r, counts } = view;
  const client = view.node.kind === "client";
  const ref = useCallback((el: SVGGElement | null) => register(key, el), [register, key]);
  const named = detail !== "low" || selected || lit || match || tabStop;
  const className =
    "tl-map-node" +
    (client ? " tl-map-client" : "") +
    (selected ? " tl-map-selected" : "") +
    (lit ? " tl-map-lit" : "") +
    (match ? " tl-map-match" : "") +
    (copy === undefined ? "" : " tl-map-copy") +
    (copy === "focused" ? " tl-map-focus-ring" : "");
  let ring: ReactNode;
  if (client) ring = null;
  else if (detail === "low") {
    const status = dominantHealthStatus(counts);
    ring = (
      <circle
        className="tl-map-ring-simple"
        r={r * (1 - RING / 2)}
        strokeWidth={r * RING}
        stroke={status === null ? undefined : statusColor(status)}
      />
    );
  } else {
    const arcs = computeRingArcs(counts, r * (1 - RING), r);
    ring =
      arcs.length === 0 ? (
        <circle className="tl-map-ring-empty" r={r * (1 - RING / 2)} strokeWidth={r * RING} />
      ) : (
        arcs.map((a) => (
          <path
            key={a.status}
            className={`tl-map-arc tl-map-arc-${a.status}`}
            d={a.d}
            fill={statusColor(a.status)}
          />
        ))
      );
  }
  const fontSize = Math.max(8, r * 0.4);
  const labelSize = Math.max(fontSize, 11 / scale);
  return (
    <g
      className={className}
      transform={`translate(${view.x},${view.y})`}
      {...(copy === undefined
        ? {
            ref,
            "data-node-key": key,
            tabIndex: tabStop ? 0 : -1,
            role: "button",
            "aria-pressed": selected,
            "aria-label": describeMapNode(view),
          }
        : null)}
    >
      {selected ? <circle className="tl-map-halo" r={r + 5} /> : null}
      <circle className="tl-map-disc" r={r} />
      {ring}
      {client ? <ServiceTypeIcon type={view.type} x={0} y={0} size={r * 0.9} /> : null}
      {detail === "full" && !client ? (
        <text className="tl-map-metrics" textAnchor="middle" fontSize={fontSize}>
          <tspan x={0} dy={-fontSize * 0.15}>
            {formatResponseTime(view.averageResponseTime)}
          </tspan>
          <tspan x={0} dy={fontSize * 1.1} className="tl-map-rate">
            {formatPerMinute(view.perMinute, "t/min")}
          </tspan>
        </text>
      ) : null}
      {detail === "full" && !client ? (
        <ServiceTypeIcon
          type={view.type}
          x={r * 0.78}
          y={-r * 0.78}
          size={Math.max(10, r * 0.45)}
        />
      ) : null}
      {named ? (
        <text
          className="tl-map-label"
          y={r + labelSize * 1.1}
          textAnchor="middle"
          fontSize={labelSize}
        >
          {renderLabel !== undefined && detail !== "low"
            ? renderLabel(view)
            : shorten(view.node.name, detail === "full" ? 28 : 18)}
        </text>
      ) : null}
    </g>
  );
});
