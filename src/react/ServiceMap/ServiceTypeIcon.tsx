import type { ServiceTypeInfo } from "./describeServiceType";

export interface ServiceTypeIconProps {
  readonly type: ServiceTypeInfo;
  /** Centre of the icon, in the parent's units. */
  readonly x: number;
  readonly y: number;
  /** Height of the icon (default 14). */
  readonly size?: number;
}

/** A person: head and shoulders, in a 16-unit box centred on 0. */
const PERSON = "M0,-6a3,3 0 1,0 0.01,0ZM-6,7c0,-5 3,-7 6,-7s6,2 6,7Z";
/** A globe: circle, equator and a meridian, in a 16-unit box centred on 0. */
const GLOBE =
  "M-7,0a7,7 0 1,0 14,0a7,7 0 1,0 -14,0ZM-7,0h14M0,-7c-4,4 -4,10 0,14c4,-4 4,-10 0,-14Z";

/**
 * A node's type mark, drawn inline (no external assets): a person for clients, a globe for remote
 * services, a short text badge otherwise ("EC2", "ECS", "λ", "DDB", "S3", "SNS", "SQS", "APIGW").
 */
export function ServiceTypeIcon({ type, x, y, size = 14 }: ServiceTypeIconProps) {
  const scale = size / 16;
  if (type.icon === "client" || type.icon === "remote") {
    return (
      <path
        className="tl-map-glyph"
        d={type.icon === "client" ? PERSON : GLOBE}
        transform={`translate(${x},${y}) scale(${scale})`}
        aria-hidden="true"
      />
    );
  }
  const width = Math.max(size, type.badge.length * size * 0.55 + size * 0.4);
  return (
    <g className="tl-map-badge" transform={`translate(${x},${y})`} aria-hidden="true">
      <rect x={-width / 2} y={-size / 2} width={width} height={size} rx={size / 3} />
      <text y={size * 0.32} fontSize={size * 0.72} textAnchor="middle">
        {type.badge}
      </text>
    </g>
  );
}
