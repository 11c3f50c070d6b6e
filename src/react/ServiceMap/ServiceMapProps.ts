import type { CSSProperties, ReactNode } from "react";
import type { LayoutServiceGraphOptions, ServiceGraphLayout } from "../../graph/layoutServiceGraph";
import type { ServiceGraph, ServiceGraphEdge, ServiceGraphNode } from "../../model/ServiceGraph";
import type { NodeRadiusRange, ServiceMapSizing } from "./computeNodeRadius";
import type { ServiceMapFocus } from "./computeShownElements";
import type { ServiceMapNodeView } from "./createServiceMapModel";
import type { ServiceMapLayoutWorkerFactory } from "./createServiceMapLayoutWorker";
import type { MapTransform } from "./MapTransform";

/** A selected node or edge, by key (the controlled `selection` prop). */
export type ServiceMapSelection =
  { readonly kind: "node"; readonly key: string } | { readonly kind: "edge"; readonly key: string };

/** What `onSelect` receives: the key and the graph's own node or edge; null when cleared. */
export type ServiceMapSelectEvent =
  | { readonly kind: "node"; readonly key: string; readonly node: ServiceGraphNode }
  | { readonly kind: "edge"; readonly key: string; readonly edge: ServiceGraphEdge };

export interface ServiceMapProps {
  /** The graph to draw (`deriveServiceGraph`, `fromGetServiceGraphResponse`, ...). */
  readonly graph: ServiceGraph;
  /** Positions computed elsewhere; default: the map lays the graph out itself. */
  readonly layout?: ServiceGraphLayout;
  /** Seed and spacing of the map's own layout (default nodeSpacing 110, layerGap 200). */
  readonly layoutOptions?: Omit<LayoutServiceGraphOptions, "previous">;
  /**
   * Makes the Web Worker large graphs lay out in (default `createServiceMapLayoutWorker`); false:
   * lay out in chunks on the main thread. Either way progress is shown.
   */
  readonly layoutWorker?: ServiceMapLayoutWorkerFactory | false;
  /** Graphs up to this many nodes lay out synchronously, while rendering (default 100). */
  readonly syncLayoutLimit?: number;

  /** Width in pixels (default: the container's width). */
  readonly width?: number;
  /** Height of the drawing area in pixels (default 560). */
  readonly height?: number;

  /** Node sizing: none, health (impacted requests) or traffic (requests). Default "none". */
  readonly sizing?: ServiceMapSizing;
  readonly defaultSizing?: ServiceMapSizing;
  readonly onSizingChange?: (sizing: ServiceMapSizing) => void;
  /** Node radius bounds (layout units, default 24–44). */
  readonly radius?: NodeRadiusRange;

  readonly selection?: ServiceMapSelection | null;
  readonly defaultSelection?: ServiceMapSelection | null;
  /** A node or edge was selected (click, Enter, Space), or the selection was cleared (null). */
  readonly onSelect?: (event: ServiceMapSelectEvent | null) => void;

  /** Search text: matching node names are highlighted, the rest dimmed. */
  readonly search?: string;
  readonly defaultSearch?: string;
  readonly onSearchChange?: (search: string) => void;

  /** Show only the neighbourhood of a node (within `hops` calls either way). */
  readonly focus?: ServiceMapFocus | null;
  readonly defaultFocus?: ServiceMapFocus | null;
  readonly onFocusChange?: (focus: ServiceMapFocus | null) => void;

  /** Hide edges with fewer calls than this (default 0: show all). */
  readonly minEdgeCount?: number;
  readonly defaultMinEdgeCount?: number;
  readonly onMinEdgeCountChange?: (count: number) => void;

  /** Called with the transform each time the view settles after a pan or zoom. */
  readonly onViewChange?: (transform: MapTransform) => void;
  /** Show the toolbar (search, sizing, focus, traffic threshold, zoom). Default true. */
  readonly toolbar?: boolean;
  /** Show the legend. Default true. */
  readonly legend?: boolean;
  /** Replaces the name under a node (full and medium detail). */
  readonly renderNodeLabel?: (view: ServiceMapNodeView) => ReactNode;
  readonly className?: string;
  readonly style?: CSSProperties;
  /** Accessible name of the map (default "Service map"). */
  readonly "aria-label"?: string;
}
