import { useMemo, type ReactNode, type RefObject, type SVGProps } from "react";
import type { MapDetail } from "./chooseMapDetail";
import type { LitElements } from "./computeLitElements";
import type { ServiceMapModel, ServiceMapNodeView } from "./createServiceMapModel";
import type { MapTransform } from "./MapTransform";
import type { MapFocusTarget } from "./resolveMapKey";
import { ServiceMapElements } from "./ServiceMapElements";
import { ServiceMapOverlay } from "./ServiceMapOverlay";
import type { ServiceMapSelection } from "./ServiceMapProps";

export interface ServiceMapSvgProps {
  /** The wrapper the viewport moves (a div: Chromium updates a moved div's layer without relayerizing the SVG). */
  readonly layerRef: RefObject<HTMLDivElement | null>;
  readonly model: ServiceMapModel;
  readonly nodes: readonly string[];
  readonly edges: readonly string[];
  readonly detail: MapDetail;
  /** The transform the content is drawn at. */
  readonly drawn: MapTransform;
  /** Label scale (quantized committed zoom). */
  readonly scale: number;
  readonly width: number;
  readonly height: number;
  readonly margin: number;
  readonly lit: LitElements;
  /** Pointed at or focused: the base layer is dimmed and lit and selected elements are copied above it. */
  readonly hovering: boolean;
  /** The element with visible keyboard focus (its overlay copy draws the ring). */
  readonly focusRing: MapFocusTarget | null;
  readonly matches: ReadonlySet<string>;
  readonly selection: ServiceMapSelection | null;
  readonly tabStop: MapFocusTarget | null;
  readonly markerId: string;
  readonly register: (key: string, element: SVGGElement | null) => void;
  readonly renderNodeLabel?: (view: ServiceMapNodeView) => ReactNode;
  /** The group's accessible name, description and event handlers. */
  readonly groupProps: SVGProps<SVGSVGElement>;
}

const NONE: readonly string[] = [];
const picked = (
  keys: readonly string[],
  lit: ReadonlySet<string>,
  selected: string | null,
): readonly string[] => keys.filter((k) => lit.has(k) || k === selected);

/**
 * The SVG layer at the drawing transform: arrow markers, then the base layer (edges, then nodes:
 * the elements that are pointed at, focused and read), and a second SVG above it, the overlay
 * with copies of the lit and selected elements while hovering. Hovering dims the base layer's two
 * groups as a whole (each its own compositor layer), so a hover change leaves the base SVG's
 * paint alone and redraws only the overlay.
 */
export function ServiceMapSvg(props: ServiceMapSvgProps) {
  const { model, drawn, margin, selection, tabStop, lit, markerId, register, hovering } = props;
  const overlay = useMemo(
    () =>
      hovering
        ? {
            nodes: picked(
              props.nodes,
              lit.nodes,
              selection?.kind === "node" ? selection.key : null,
            ),
            edges: picked(
              props.edges,
              lit.edges,
              selection?.kind === "edge" ? selection.key : null,
            ),
          }
        : null,
    [hovering, props.nodes, props.edges, lit, selection],
  );
  const w = props.width + 2 * margin;
  const h = props.height + 2 * margin;
  const transform = `translate(${margin + drawn.x},${margin + drawn.y}) scale(${drawn.k})`;
  return (
    <div
      ref={props.layerRef}
      className="tl-map-layer"
      style={{
        left: -margin,
        top: -margin,
        width: w,
        height: h,
        transformOrigin: `${margin}px ${margin}px`,
      }}
    >
      <svg
        className="tl-map-svg"
        width={w}
        height={h}
        role="group"
        aria-roledescription="service map"
        data-detail={props.detail}
        {...props.groupProps}
      >
        <defs>
          {["", "-lit", "-selected"].map((suffix) => (
            <marker
              key={suffix}
              id={markerId + suffix}
              className={`tl-map-marker${suffix}`}
              viewBox="0 0 10 10"
              refX="9"
              refY="5"
              markerWidth="7"
              markerHeight="7"
              orient="auto-start-reverse"
            >
              <path d="M0,0L10,5L0,10Z" />
            </marker>
          ))}
        </defs>
        <g transform={transform}>
          <g className="tl-map-base">
            <ServiceMapElements
              mode="base"
              model={model}
              nodes={props.nodes}
              edges={props.edges}
              detail={props.detail}
              scale={props.scale}
              lit={lit}
              matches={props.matches}
              selection={selection}
              markerId={markerId}
              renderNodeLabel={props.renderNodeLabel}
              target={tabStop}
              register={register}
            />
          </g>
        </g>
      </svg>
      <ServiceMapOverlay
        model={model}
        nodes={overlay?.nodes ?? NONE}
        edges={overlay?.edges ?? NONE}
        width={w}
        height={h}
        transform={transform}
        detail={props.detail}
        scale={props.scale}
        lit={lit}
        matches={props.matches}
        selection={selection}
        focusRing={props.focusRing}
        markerId={markerId}
        renderNodeLabel={props.renderNodeLabel}
      />
    </div>
  );
}
