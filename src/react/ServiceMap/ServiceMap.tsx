import { useCallback, useId, useMemo, useRef, useState } from "react";
import { defaultNodeRadius } from "./computeNodeRadius";
import { computeShownElements, type ServiceMapFocus } from "./computeShownElements";
import { createServiceMapModel } from "./createServiceMapModel";
import { createServiceMapLayoutWorker } from "./createServiceMapLayoutWorker";
import type { MapFocusTarget } from "./resolveMapKey";
import { searchServiceNodes } from "./searchServiceNodes";
import { ServiceMapLegend } from "./ServiceMapLegend";
import { ServiceMapProgress } from "./ServiceMapProgress";
import type { ServiceMapProps, ServiceMapSelection } from "./ServiceMapProps";
import { ServiceMapScene, type ServiceMapSceneHandle } from "./ServiceMapScene";
import { ServiceMapStyles } from "./ServiceMapStyles";
import { ServiceMapToolbar } from "./ServiceMapToolbar";
import { useControllableState } from "../theme/useControllableState";
import { useElementWidth } from "../theme/useElementWidth";
import { useServiceMapLayout } from "./useServiceMapLayout";

/** Room for the largest default node and its name. */
const defaultLayoutOptions = { nodeSpacing: 110, layerGap: 200 };

/**
 * X-Ray's service map: nodes at the headless layout's positions with health rings (OK, error,
 * throttle, fault), average response time and traces per minute, type badges and sizing; edges
 * with arrowheads (dashed when asynchronous). Pan and zoom (d3-zoom), fit, search, N-hop focus,
 * a traffic threshold for edges, a legend, keyboard navigation and selection. Large graphs lay out
 * in a Web Worker with progress, and draw with culling and simpler detail when zoomed out.
 * @example
 * <ServiceMap graph={deriveServiceGraph(traces)} onSelect={(s) => setSelected(s)} />
 */
export function ServiceMap(props: ServiceMapProps) {
  const { graph, height = 560 } = props;
  const root = useRef<HTMLDivElement>(null);
  const measured = useElementWidth(root);
  const width = props.width ?? (measured > 2 ? measured - 2 : 800);
  const layoutState = useServiceMapLayout(graph, {
    layout: props.layout,
    layoutWorker: props.layoutWorker ?? createServiceMapLayoutWorker,
    syncLayoutLimit: props.syncLayoutLimit ?? 100,
    layoutOptions: props.layoutOptions ?? defaultLayoutOptions,
  });
  const [sizing, setSizing] = useControllableState(
    props.sizing,
    props.defaultSizing ?? "none",
    props.onSizingChange,
  );
  const [search, setSearch] = useControllableState(
    props.search,
    props.defaultSearch ?? "",
    props.onSearchChange,
  );
  const [focus, setFocus] = useControllableState<ServiceMapFocus | null>(
    props.focus,
    props.defaultFocus ?? null,
    props.onFocusChange,
  );
  const [minEdgeCount, setMinEdgeCount] = useControllableState(
    props.minEdgeCount,
    props.defaultMinEdgeCount ?? 0,
    props.onMinEdgeCountChange,
  );
  const [selection, setSelection] = useControllableState<ServiceMapSelection | null>(
    props.selection,
    props.defaultSelection ?? null,
  );
  const [hops, setHops] = useState(focus?.hops ?? 1);
  const radius = props.radius ?? defaultNodeRadius;
  const layout = layoutState.layout;
  const model = useMemo(
    () =>
      layout === null ? null : createServiceMapModel(graph, layout.positions, { sizing, radius }),
    [graph, layout, sizing, radius],
  );
  const shown = useMemo(
    () => computeShownElements(graph, { focus, minEdgeCount }),
    [graph, focus, minEdgeCount],
  );
  const matchList = useMemo(
    () =>
      searchServiceNodes(graph.nodes, search).filter(
        (k) => shown.nodes === null || shown.nodes.has(k),
      ),
    [graph, search, shown],
  );
  const matches = useMemo(() => new Set(matchList), [matchList]);
  const scene = useRef<ServiceMapSceneHandle>(null);
  // A new layout or focus refits the view (a new object each time one of them changes).
  const fitKey = useMemo(() => ({ layout, focus }), [layout, focus]);
  const step = useRef(-1);
  const onSelect = props.onSelect;
  const select = useCallback(
    (target: MapFocusTarget | null) => {
      if (target === null) {
        setSelection(null);
        onSelect?.(null);
        return;
      }
      if (target.kind === "node") {
        const node = graph.nodeByKey.get(target.key);
        if (node === undefined) return;
        setSelection({ kind: "node", key: target.key });
        onSelect?.({ kind: "node", key: target.key, node });
      } else {
        const edge = graph.edgeByKey.get(target.key);
        if (edge === undefined) return;
        setSelection({ kind: "edge", key: target.key });
        onSelect?.({ kind: "edge", key: target.key, edge });
      }
    },
    [graph, onSelect, setSelection],
  );
  const selectedNode = selection?.kind === "node" ? graph.nodeByKey.get(selection.key) : undefined;
  const summaryId = useId();
  const ariaLabel = props["aria-label"] ?? "Service map";
  const running = layoutState.status === "running";

  return (
    <div
      ref={root}
      className={props.className === undefined ? "tl-map" : `tl-map ${props.className}`}
      style={props.style}
      data-layout={layoutState.status}
    >
      <ServiceMapStyles />
      {props.toolbar === false ? null : (
        <ServiceMapToolbar
          search={search}
          onSearchChange={(s) => {
            setSearch(s);
            step.current = -1;
          }}
          matchCount={matchList.length}
          onSearchStep={(direction) => {
            if (matchList.length === 0) return;
            step.current = (step.current + direction + matchList.length) % matchList.length;
            scene.current?.focusNode(matchList[step.current]);
          }}
          sizing={sizing}
          onSizingChange={setSizing}
          focus={focus}
          focusCandidate={selectedNode?.name ?? null}
          focusName={focus === null ? null : (graph.nodeByKey.get(focus.key)?.name ?? null)}
          onFocus={(h) =>
            selectedNode !== undefined && setFocus({ key: selectedNode.key, hops: h })
          }
          onClearFocus={() => setFocus(null)}
          hops={hops}
          onHopsChange={(h) => {
            setHops(h);
            if (focus !== null) setFocus({ key: focus.key, hops: h });
          }}
          minEdgeCount={minEdgeCount}
          onMinEdgeCountChange={setMinEdgeCount}
          onZoom={(f) => scene.current?.zoomBy(f)}
          onFit={() => scene.current?.fit()}
        />
      )}
      {model === null ? (
        <div className="tl-map-viewport" style={{ width, height }}>
          {running ? (
            <ServiceMapProgress
              nodeCount={graph.nodes.length}
              progress={layoutState.progress}
              runner={layoutState.runner}
            />
          ) : null}
        </div>
      ) : (
        <ServiceMapScene
          handle={scene}
          model={model}
          shown={shown}
          matches={matches}
          selection={selection}
          onSelect={select}
          width={width}
          height={height}
          minRadius={radius.min}
          fitKey={fitKey}
          ariaLabel={ariaLabel}
          describedBy={summaryId}
          renderNodeLabel={props.renderNodeLabel}
          onViewChange={props.onViewChange}
        >
          {graph.nodes.length === 0 ? (
            <div className="tl-map-empty">No services to show</div>
          ) : null}
          {running ? (
            <ServiceMapProgress
              nodeCount={graph.nodes.length}
              progress={layoutState.progress}
              runner={layoutState.runner}
            />
          ) : null}
        </ServiceMapScene>
      )}
      <p id={summaryId} className="tl-visually-hidden">
        {`${graph.nodes.length} services and ${graph.edges.length} edges` +
          (shown.nodes === null ? "" : `, ${shown.nodes.size} services shown`) +
          (matchList.length > 0 ? `, ${matchList.length} found by the search` : "") +
          ". Arrow keys move between services, Enter selects."}
      </p>
      {props.legend === false ? null : <ServiceMapLegend sizing={sizing} />}
    </div>
  );
}
