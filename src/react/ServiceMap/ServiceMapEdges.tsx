import { memo, useMemo } from "react";
import type { MapDetail } from "./chooseMapDetail";
import type { ServiceMapModel } from "./createServiceMapModel";
import { ServiceMapEdge, ServiceMapEdgeBundle } from "./ServiceMapEdge";

export interface ServiceMapEdgesProps {
  readonly model: ServiceMapModel;
  /** The culled edges to draw. */
  readonly keys: readonly string[];
  readonly detail: MapDetail;
  readonly lit: ReadonlySet<string>;
  readonly selectedKey: string | null;
  readonly tabStopKey: string | null;
  readonly markerId: string;
  readonly register: (key: string, element: SVGGElement | null) => void;
}

/** Above this many edges in view, plain edges are bundled whatever the detail. */
const BUNDLE_ABOVE = 1500;

/**
 * The edges in view: each its own element (arrowhead, pointer target, focusable) at full and
 * medium detail; at low detail, or with very many edges in view, plain edges merge into a bundle
 * of two paths while lit, selected and focused edges stay separate on top.
 */
export const ServiceMapEdges = memo(function ServiceMapEdges(props: ServiceMapEdgesProps) {
  const { model, keys, detail, lit, selectedKey, tabStopKey, markerId, register } = props;
  const bundle = detail === "low" || keys.length > BUNDLE_ABOVE;
  const special = (key: string): boolean =>
    lit.has(key) || key === selectedKey || key === tabStopKey;
  const bundled = useMemo(
    () => (bundle ? keys.map((k) => model.edgeByKey.get(k)!) : []),
    [bundle, keys, model],
  );
  const separate = bundle ? keys.filter(special) : [...keys];
  if (tabStopKey !== null && !separate.includes(tabStopKey) && model.edgeByKey.has(tabStopKey))
    separate.push(tabStopKey);
  if (selectedKey !== null && !separate.includes(selectedKey) && model.edgeByKey.has(selectedKey))
    separate.push(selectedKey);
  return (
    <g className="tl-map-edges">
      {bundle ? <ServiceMapEdgeBundle views={bundled} /> : null}
      {separate.map((key) => (
        <ServiceMapEdge
          key={key}
          view={model.edgeByKey.get(key)!}
          selected={key === selectedKey}
          lit={lit.has(key)}
          tabStop={key === tabStopKey}
          markerId={markerId}
          register={register}
        />
      ))}
    </g>
  );
});
