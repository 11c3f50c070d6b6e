import type { ReactNode } from "react";
import type { MapDetail } from "./chooseMapDetail";
import type { ServiceMapModel, ServiceMapNodeView } from "./createServiceMapModel";
import type { MapFocusTarget } from "./resolveMapKey";
import { ServiceMapElements } from "./ServiceMapElements";
import type { ServiceMapSelection } from "./ServiceMapProps";

export interface ServiceMapOverlayProps {
  readonly model: ServiceMapModel;
  /** Keys of the copied nodes and edges (lit or selected, drawn as SVG). */
  readonly nodes: readonly string[];
  readonly edges: readonly string[];
  /** Size of the SVG and the drawing transform, as the base SVG's. */
  readonly width: number;
  readonly height: number;
  readonly transform: string;
  readonly detail: MapDetail;
  readonly scale: number;
  readonly lit: { readonly nodes: ReadonlySet<string>; readonly edges: ReadonlySet<string> };
  readonly matches: ReadonlySet<string>;
  readonly selection: ServiceMapSelection | null;
  /** The element with visible keyboard focus: its copy draws the focus ring. */
  readonly focusRing: MapFocusTarget | null;
  readonly markerId: string;
  readonly renderNodeLabel?: (view: ServiceMapNodeView) => ReactNode;
}

/**
 * Copies of the lit and selected nodes and edges, drawn at full strength in an SVG of their own
 * above the dimmed base layer while the map is hovered or focused: a hover change redraws the
 * copies, never the thousands of base elements. Hidden from assistive technology and from the pointer (the base
 * elements under the copies stay the ones that are pointed at, focused and read).
 */
export function ServiceMapOverlay(props: ServiceMapOverlayProps) {
  const { model } = props;
  return (
    <svg
      className="tl-map-svg tl-map-overlay"
      width={props.width}
      height={props.height}
      aria-hidden="true"
      pointerEvents="none"
    >
      <g transform={props.transform}>
        <ServiceMapElements
          mode="copy"
          model={model}
          nodes={props.nodes}
          edges={props.edges}
          detail={props.detail}
          scale={props.scale}
          lit={props.lit}
          matches={props.matches}
          selection={props.selection}
          markerId={props.markerId}
          renderNodeLabel={props.renderNodeLabel}
          target={props.focusRing}
        />
      </g>
    </svg>
  );
}
