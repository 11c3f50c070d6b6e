import type { ServiceMapModel } from "./createServiceMapModel";
import { describeHealth } from "./describeMapElement";
import { formatPerMinute, formatResponseTime } from "./formatResponseTime";
import type { MapTransform } from "./MapTransform";
import type { MapFocusTarget } from "./resolveMapKey";

export interface ServiceMapTooltipProps {
  readonly model: ServiceMapModel;
  readonly target: MapFocusTarget;
  /** The live transform, to place the tooltip on screen. */
  readonly transform: MapTransform;
  readonly width: number;
}

/**
 * The hover (or focus) card: for an edge its ends, average latency, calls per minute and status
 * shares (X-Ray's edge tooltip); for a node its name, type and the same figures. Text only.
 */
export function ServiceMapTooltip({ model, target, transform, width }: ServiceMapTooltipProps) {
  let title: string;
  let subtitle: string;
  let x: number;
  let y: number;
  let figures: {
    avg: number | null;
    rate: number | null;
    health: string;
    unit: string;
    async: boolean;
  };
  if (target.kind === "edge") {
    const e = model.edgeByKey.get(target.key);
    if (e === undefined) return null;
    title = `${e.source.node.name} → ${e.target.node.name}`;
    subtitle = e.async ? "Asynchronous link" : "Calls";
    x = (e.source.x + e.target.x) / 2;
    y = (e.source.y + e.target.y) / 2;
    figures = {
      avg: e.averageResponseTime,
      rate: e.perMinute,
      health: e.counts.total > 0 ? describeHealth(e.counts) : "no completed calls",
      unit: "calls/min",
      async: e.async,
    };
  } else {
    const n = model.nodeByKey.get(target.key);
    if (n === undefined) return null;
    title = n.node.name;
    subtitle = n.node.type === null ? n.type.label : `${n.type.label} (${n.node.type})`;
    x = n.x + n.r;
    y = n.y - n.r;
    figures = {
      avg: n.averageResponseTime,
      rate: n.perMinute,
      health: n.counts.total > 0 ? describeHealth(n.counts) : "no completed requests",
      unit: "t/min",
      async: false,
    };
  }
  const left = Math.min(Math.max(4, x * transform.k + transform.x + 8), Math.max(4, width - 240));
  const top = Math.max(4, y * transform.k + transform.y - 8);
  return (
    <div className="tl-map-tooltip" role="tooltip" style={{ left, top }}>
      <div className="tl-map-tooltip-title">{title}</div>
      <div className="tl-map-tooltip-muted">{subtitle}</div>
      {figures.async ? null : <div>Average {formatResponseTime(figures.avg)}</div>}
      <div>{formatPerMinute(figures.rate, figures.unit)}</div>
      <div>{figures.health}</div>
    </div>
  );
}
