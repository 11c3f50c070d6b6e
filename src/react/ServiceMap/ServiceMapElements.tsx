import type { ReactNode } from "react";
import type { MapDetail } from "./chooseMapDetail";
import type { ServiceMapModel, ServiceMapNodeView } from "./createServiceMapModel";
import type { MapFocusTarget } from "./resolveMapKey";
import { ServiceMapEdge } from "./ServiceMapEdge";
import { ServiceMapNode } from "./ServiceMapNode";
import type { ServiceMapSelection } from "./ServiceMapProps";

export interface ServiceMapElementsProps {
  readonly model: ServiceMapModel;
  readonly nodes: readonly string[];
  readonly edges: readonly string[];
  readonly detail: MapDetail;
  readonly scale: number;
  readonly lit: { readonly nodes: ReadonlySet<string>; readonly edges: ReadonlySet<string> };
  readonly matches: ReadonlySet<string>;
  readonly selection: ServiceMapSelection | null;
  readonly markerId: string;
  readonly renderNodeLabel?: (view: ServiceMapNodeView) => ReactNode;
  /**
   * `base`: the elements that are pointed at, focused and read (`target` is the roving tab stop,
   * `register` records each element). `copy`: the overlay's copies (`target` draws the focus ring).
   */
  readonly mode: "base" | "copy";
  readonly target: MapFocusTarget | null;
  readonly register?: (key: string, element: SVGGElement | null) => void;
}

const noRegister = (): void => undefined;

/** The edge group, then the node group, of the base layer or of the overlay's copies. */
export function ServiceMapElements(props: ServiceMapElementsProps) {
  const { model, selection, lit, target, markerId, mode } = props;
  const prefix = mode === "base" ? "tl-map" : "tl-map-overlay";
  const register = mode === "base" ? (props.register ?? noRegister) : noRegister;
  const isTarget = (kind: "node" | "edge", key: string): boolean =>
    target?.kind === kind && target.key === key;
  const copy = (kind: "node" | "edge", key: string) =>
    mode === "base" ? undefined : isTarget(kind, key) ? "focused" : "plain";
  return (
    <>
      <g className={`${prefix}-edges`}>
        {props.edges.map((key) => (
          <ServiceMapEdge
            key={key}
            view={model.edgeByKey.get(key)!}
            selected={selection?.kind === "edge" && selection.key === key}
            lit={lit.edges.has(key)}
            tabStop={mode === "base" && isTarget("edge", key)}
            markerId={markerId}
            register={register}
            copy={copy("edge", key)}
          />
        ))}
      </g>
      <g className={`${prefix}-nodes`}>
        {props.nodes.map((key) => (
          <ServiceMapNode
            key={key}
            view={model.nodeByKey.get(key)!}
            detail={props.detail}
            scale={props.scale}
            selected={selection?.kind === "node" && selection.key === key}
            lit={lit.nodes.has(key)}
            match={props.matches.has(key)}
            tabStop={mode === "base" && isTarget("node", key)}
            register={register}
            renderLabel={props.renderNodeLabel}
            copy={copy("node", key)}
          />
        ))}
      </g>
    </>
  );
}
