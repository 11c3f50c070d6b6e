import {
  useCallback,
  useEffect,
  useId,
  useImperativeHandle,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type MouseEvent,
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
import { computeShownBounds } from "./computeShownBounds";
import { identityTransform, type MapTransform } from "./MapTransform";
import { resolveMapKey, type MapFocusTarget } from "./resolveMapKey";
import { chooseCanvasView } from "./chooseCanvasView";
import { computeMapDrawing } from "./computeMapDrawing";
import { ServiceMapCanvas } from "./ServiceMapCanvas";
import { ServiceMapSvg } from "./ServiceMapSvg";
import type { ServiceMapSelection } from "./ServiceMapProps";
import { ServiceMapTooltip } from "./ServiceMapTooltip";
import { useCanvasTarget } from "./useCanvasTarget";
import { useMapFocus } from "./useMapFocus";
import { useMapHover } from "./useMapHover";
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
/** Whether the browser shows a focus ring on the element (false where `:focus-visible` is unknown). */
const isFocusVisible = (el: Element): boolean => {
  try {
    return el.matches(":focus-visible");
  } catch {
    return false;
  }
};
const MIN_SCALE = 0.01;
const quantize = (k: number): number => Math.pow(2, Math.round(Math.log2(k) * 4) / 4);

/** The pannable, zoomable drawing: culled edges and nodes, hover, keyboard and tooltip. */
export function ServiceMapScene(props: ServiceMapSceneProps) {
  const { model, shown, matches, selection, onSelect, width, height } = props;
  // Low detail is mostly canvas (cheap to draw far out); SVG detail keeps a narrow margin, since
  // Chromium re-layerizes the whole SVG on every frame the layer moves.
  const { minRadius } = props;
  const marginFor = useCallback(
    (k: number) =>
      chooseMapDetail(minRadius, k) === "low"
        ? Math.min(600, Math.round(Math.max(width, height) / 2))
        : Math.round(Math.max(width, height) / 5),
    [minRadius, width, height],
  );
  const shownCount = useMemo(() => {
    let nodes = 0;
    for (const n of model.nodes) if (shown.nodes === null || shown.nodes.has(n.key)) nodes++;
    return nodes;
  }, [model, shown]);
  const [drawsEverything, setDrawsEverything] = useState(false);
  // The canvas is painted over a wide margin, and repainted only when the view drifts far.
  const canvasMargin = Math.min(600, Math.round(Math.max(width, height) / 2));
  const canvasAt = useRef<MapTransform | null>(null);
  // The first drawing is already the fitted view (no full-size frame before the fit).
  const [initialView] = useState(() => {
    const bounds = computeShownBounds(model, shown);
    return bounds === null
      ? identityTransform
      : computeFitTransform(bounds, width, height, { minScale: MIN_SCALE });
  });
  const viewport = useMapViewport({
    width,
    height,
    marginFor,
    minScale: MIN_SCALE,
    maxScale: 4,
    drawsEverything,
    initial: initialView,
    canvasAt,
    onViewChange: props.onViewChange,
  });
  const { committed, drawn } = viewport;
  const margin = marginFor(committed.k);
  const { hovered, move: hoverMove, leave: hoverLeave } = useMapHover();
  const [focusWithin, setFocusWithin] = useState(false);
  // Keyboard focus shows a ring (the focused element's overlay copy draws it while dimmed).
  const [focusVisible, setFocusVisible] = useState(false);
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
  canvasAt.current = chooseCanvasView(canvasAt.current, committed, width, height, canvasMargin);
  const canvasView = canvasAt.current;
  const canvasCulled = useMemo(
    () => cullServiceMap(model, shown, canvasView, { width, height, margin: canvasMargin }),
    [model, shown, canvasView, width, height, canvasMargin],
  );
  const everything = culled.nodes.length === shownCount;
  useEffect(() => setDrawsEverything(everything), [everything]);
  const detail = chooseMapDetail(props.minRadius, committed.k);
  const lit = useMemo(
    () => computeLitElements(model, hovered ?? (focusWithin ? tabStop : null)),
    [model, hovered, focusWithin, tabStop?.kind, tabStop?.key],
  );
  const required = useMemo(() => {
    const nodes: string[] = [];
    const edges: string[] = [];
    for (const t of [tabStop, selection])
      if (t !== null && isShown(t)) (t.kind === "node" ? nodes : edges).push(t.key);
    return { nodes, edges };
  }, [tabStop?.kind, tabStop?.key, selection, isShown]);
  const emphasized = useMemo(() => {
    if (matches.size === 0) return lit;
    return { nodes: new Set([...lit.nodes, ...matches]), edges: lit.edges };
  }, [lit, matches]);
  const drawing = useMemo(
    () => computeMapDrawing({ culled, canvasCulled, detail, emphasized, required }),
    [culled, canvasCulled, detail, emphasized, required],
  );

  const latest = useRef({ model, shown, width, height, viewport });
  latest.current = { model, shown, width, height, viewport };
  const fit = useCallback(() => {
    const { model: m, shown: s, width: w, height: h, viewport: v } = latest.current;
    const bounds = computeShownBounds(m, s);
    if (bounds === null) return;
    v.setTransform(computeFitTransform(bounds, w, h, { minScale: MIN_SCALE }));
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
  /** The element under the pointer: an SVG node or edge, else a canvas-painted node or edge. */
  const canvasTargetAt = useCanvasTarget(model, shown, drawing, viewport.current);
  const targetAt = (event: MouseEvent<HTMLDivElement>): MapFocusTarget | null =>
    keyOf(event) ?? canvasTargetAt(event);
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
      onClick={(e) => {
        const t = targetAt(e);
        if (t === null) onSelect(null);
        else {
          setFocusTarget(withSource(t));
          onSelect(t);
        }
      }}
      onMouseMove={(e) => {
        if (e.buttons !== 0) return; // dragging: no hover changes
        hoverMove(keyOf(e), () => canvasTargetAt(e));
      }}
      onMouseLeave={hoverLeave}
      onScroll={(e) => {
        e.currentTarget.scrollTop = 0;
        e.currentTarget.scrollLeft = 0;
      }}
    >
      <ServiceMapCanvas
        wrapRef={viewport.canvasRef}
        model={model}
        nodes={drawing.canvasNodes}
        edges={drawing.canvasEdges}
        transform={canvasView}
        width={width}
        height={height}
        margin={canvasMargin}
      />
      <ServiceMapSvg
        layerRef={viewport.layerRef}
        model={model}
        nodes={drawing.svgNodes}
        edges={drawing.svgEdges}
        detail={detail}
        drawn={drawn}
        scale={quantize(committed.k)}
        width={width}
        height={height}
        margin={margin}
        lit={lit}
        hovering={hovered !== null || focusWithin}
        focusRing={focusWithin && focusVisible ? tabStop : null}
        matches={matches}
        selection={selection}
        tabStop={tabStop}
        markerId={markerId}
        register={register}
        renderNodeLabel={props.renderNodeLabel}
        groupProps={{
          "aria-label": props.ariaLabel,
          "aria-describedby": props.describedBy,
          onFocus: (e) => {
            setFocusWithin(true);
            setFocusVisible(isFocusVisible(e.target));
            const t = keyOf(e);
            if (t !== null && t.key !== tabStop?.key) setFocusTarget(withSource(t));
          },
          onBlur: (e) => {
            if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setFocusWithin(false);
          },
          onKeyDown,
        }}
      />
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
