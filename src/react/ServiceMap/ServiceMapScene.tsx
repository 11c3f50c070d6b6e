import {
  useCallback,
  useEffect,
  useId,
  useImperativeHandle,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type ReactNode,
  type Ref,
  type SyntheticEvent,
} from "react";
import { chooseMapDetail } from "./chooseMapDetail";
import { computeFitTransform } from "./computeFitTransform";
import { computeLitElements } from "./computeLitElements";
import type { ShownElements } from "./computeShownElements";
import type { ServiceMapModel, ServiceMapNodeView } from "./createServiceMapModel";
import { cullServiceMap } from "./cullServiceMap";
import type { MapTransform } from "./MapTransform";
import { resolveMapKey, type MapFocusTarget } from "./resolveMapKey";
import { ServiceMapEdges } from "./ServiceMapEdges";
import { ServiceMapNode } from "./ServiceMapNode";
import type { ServiceMapSelection } from "./ServiceMapProps";
import { ServiceMapTooltip } from "./ServiceMapTooltip";
import { useMapFocus } from "./useMapFocus";
import { useMapViewport } from "./useMapViewport";

/** What the toolbar can ask of the drawing. */
export interface ServiceMapSceneHandle {
  zoomBy(factor: number): void;
  fit(): void;
  /** Pans to a node and gives it keyboard focus. */
  focusNode(key: string): void;
}

export interface ServiceMapSceneProps {
  readonly model: ServiceMapModel;
  readonly shown: ShownElements;
  readonly matches: ReadonlySet<string>;
  readonly selection: ServiceMapSelection | null;
  readonly onSelect: (target: MapFocusTarget | null) => void;
  readonly width: number;
  readonly height: number;
  /** Smallest node radius (chooses the level of detail). */
  readonly minRadius: number;
  /** The view fits the shown nodes whenever this value changes. */
  readonly fitKey: unknown;
  readonly handle: Ref<ServiceMapSceneHandle>;
  readonly ariaLabel: string;
  readonly describedBy: string;
  readonly renderNodeLabel?: (view: ServiceMapNodeView) => ReactNode;
  readonly onViewChange?: (transform: MapTransform) => void;
  readonly children?: ReactNode;
}

const keyOf = (event: SyntheticEvent): MapFocusTarget | null => {
  const el = (event.target as Element).closest?.("[data-node-key],[data-edge-key]");
  if (el === null || el === undefined) return null;
  const node = el.getAttribute("data-node-key");
  if (node !== null) return { kind: "node", key: node };
  return { kind: "edge", key: el.getAttribute("data-edge-key")!, from: "" };
};
const quantize = (k: number): number => Math.pow(2, Math.round(Math.log2(k) * 4) / 4);

/** The pannable, zoomable drawing: culled edges and nodes, hover, keyboard and tooltip. */
export function ServiceMapScene(props: ServiceMapSceneProps) {
  const { model, shown, matches, selection, onSelect, width, height } = props;
  const margin = Math.min(600, Math.round(Math.max(width, height) / 2));
  const shownCount = useMemo(() => {
    let nodes = 0;
    for (const n of model.nodes) if (shown.nodes === null || shown.nodes.has(n.key)) nodes++;
    return nodes;
  }, [model, shown]);
  const [drawsEverything, setDrawsEverything] = useState(false);
  const viewport = useMapViewport({
    width,
    height,
    margin,
    minScale: 0.01,
    maxScale: 4,
    drawsEverything,
    onViewChange: props.onViewChange,
  });
  const { committed } = viewport;
  const [hovered, setHovered] = useState<MapFocusTarget | null>(null);
  const [focusWithin, setFocusWithin] = useState(false);
  const { tabStop, setFocusTarget, moveFocus, register, isShown } = useMapFocus(
    model,
    shown,
    viewport,
    width,
    height,
  );
  const withSource = (t: MapFocusTarget): MapFocusTarget =>
    t.kind === "edge" ? { ...t, from: model.edgeByKey.get(t.key)?.source.key ?? "" } : t;

  const culled = useMemo(
    () => cullServiceMap(model, shown, committed, { width, height, margin }),
    [model, shown, committed, width, height, margin],
  );
  const everything = culled.nodes.length === shownCount;
  useEffect(() => setDrawsEverything(everything), [everything]);
  const detail = chooseMapDetail(props.minRadius, committed.k);
  const lit = useMemo(
    () => computeLitElements(model, hovered ?? (focusWithin ? tabStop : null)),
    [model, hovered, focusWithin, tabStop?.kind, tabStop?.key],
  );
  const nodeKeys = useMemo(() => {
    const extra = [tabStop, selection]
      .filter((t) => t !== null && t.kind === "node" && isShown(t))
      .map((t) => t!.key);
    const set = new Set(culled.nodes);
    return extra.every((k) => set.has(k))
      ? culled.nodes
      : [...culled.nodes, ...extra.filter((k) => !set.has(k))];
  }, [culled, tabStop?.key, tabStop?.kind, selection, isShown]);

  const latest = useRef({ model, shown, width, height, viewport });
  latest.current = { model, shown, width, height, viewport };
  const fit = useCallback(() => {
    const { model: m, shown: s, width: w, height: h, viewport: v } = latest.current;
    const nodes = m.nodes.filter((n) => s.nodes === null || s.nodes.has(n.key));
    if (nodes.length === 0) return;
    const bounds = { minX: Infinity, minY: Infinity, maxX: -Infinity, maxY: -Infinity };
    for (const n of nodes) {
      bounds.minX = Math.min(bounds.minX, n.x - Math.max(n.r, 50)); // names are wider than nodes
      bounds.minY = Math.min(bounds.minY, n.y - n.r);
      bounds.maxX = Math.max(bounds.maxX, n.x + Math.max(n.r, 50));
      bounds.maxY = Math.max(bounds.maxY, n.y + n.r * 2); // room for the name
    }
    v.setTransform(computeFitTransform(bounds, w, h, { minScale: 0.01 }));
    v.moved.current = false;
  }, []);
  useImperativeHandle(
    props.handle,
    () => ({
      zoomBy: (factor) => latest.current.viewport.zoom.current?.scaleBy(factor),
      fit,
      focusNode: (key) => moveFocus({ kind: "node", key }),
    }),
    [fit, moveFocus],
  );
  useEffect(() => fit(), [props.fitKey, fit]);
  // A resize refits too, unless the user has moved the view since the last fit.
  useEffect(() => {
    if (!latest.current.viewport.moved.current) fit();
  }, [width, height, fit]);

  const onKeyDown = (event: KeyboardEvent<SVGSVGElement>): void => {
    const current = keyOf(event);
    if (current === null) return;
    const target: MapFocusTarget =
      current.kind === "edge" && tabStop?.kind === "edge" && tabStop.key === current.key
        ? tabStop
        : withSource(current);
    const action = resolveMapKey(event, target, model, shown);
    if (action.type === "none") return;
    event.preventDefault();
    event.stopPropagation();
    if (action.type === "focus") moveFocus(action.target);
    else if (action.type === "select") onSelect(action.target);
    else if (action.type === "clear") onSelect(null);
    else if (action.type === "zoom") viewport.zoom.current?.scaleBy(action.factor);
    else fit();
  };
  const markerId = `tl-map-arrow-${useId().replace(/[^A-Za-z0-9_-]/g, "")}`;
  const tooltipTarget = hovered ?? (focusWithin ? tabStop : null);
  const rootClass =
    "tl-map-viewport" +
    (hovered !== null || focusWithin ? " tl-map-hovering" : "") +
    (matches.size > 0 ? " tl-map-searching" : "");
  return (
    <div
      ref={viewport.viewportRef}
      className={rootClass}
      style={{ width, height }}
      onScroll={(e) => {
        e.currentTarget.scrollTop = 0;
        e.currentTarget.scrollLeft = 0;
      }}
    >
      <svg
        ref={viewport.layerRef}
        className="tl-map-layer"
        width={width + 2 * margin}
        height={height + 2 * margin}
        style={{ left: -margin, top: -margin, transformOrigin: `${margin}px ${margin}px` }}
        role="group"
        aria-roledescription="service map"
        aria-label={props.ariaLabel}
        aria-describedby={props.describedBy}
        data-detail={detail}
        onClick={(e) => {
          const t = keyOf(e);
          if (t === null) onSelect(null);
          else {
            setFocusTarget(withSource(t));
            onSelect(t);
          }
        }}
        onMouseOver={(e) => {
          const t = keyOf(e);
          if (t?.key !== hovered?.key) setHovered(t);
        }}
        onMouseLeave={() => setHovered(null)}
        onFocus={(e) => {
          setFocusWithin(true);
          const t = keyOf(e);
          if (t !== null && t.key !== tabStop?.key) setFocusTarget(withSource(t));
        }}
        onBlur={(e) => {
          if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setFocusWithin(false);
        }}
        onKeyDown={onKeyDown}
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
        <g
          transform={`translate(${margin + committed.x},${margin + committed.y}) scale(${committed.k})`}
        >
          <ServiceMapEdges
            model={model}
            keys={culled.edges}
            detail={detail}
            lit={lit.edges}
            selectedKey={selection?.kind === "edge" && isShown(selection) ? selection.key : null}
            tabStopKey={tabStop?.kind === "edge" ? tabStop.key : null}
            markerId={markerId}
            register={register}
          />
          <g className="tl-map-nodes">
            {nodeKeys.map((key) => (
              <ServiceMapNode
                key={key}
                view={model.nodeByKey.get(key)!}
                detail={detail}
                scale={quantize(committed.k)}
                selected={selection?.kind === "node" && selection.key === key}
                lit={lit.nodes.has(key)}
                match={matches.has(key)}
                tabStop={tabStop?.kind === "node" && tabStop.key === key}
                register={register}
                renderLabel={props.renderNodeLabel}
              />
            ))}
          </g>
        </g>
      </svg>
      {tooltipTarget !== null ? (
        <ServiceMapTooltip
          model={model}
          target={tooltipTarget}
          transform={viewport.current()}
          width={width}
        />
      ) : null}
      {props.children}
    </div>
  );
}
