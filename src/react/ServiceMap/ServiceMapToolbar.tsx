import { formatMatchCount } from "../theme/formatMatchCount";
import { ToolbarSearch } from "../theme/ToolbarSearch";
import type { ServiceMapSizing } from "./computeNodeRadius";
import type { ServiceMapFocus } from "./computeShownElements";

export interface ServiceMapToolbarProps {
  readonly search: string;
  readonly onSearchChange: (search: string) => void;
  readonly matchCount: number;
  /** Enter in the search box: go to the next match (Shift: previous). */
  readonly onSearchStep: (direction: 1 | -1) => void;
  readonly sizing: ServiceMapSizing;
  readonly onSizingChange: (sizing: ServiceMapSizing) => void;
  readonly focus: ServiceMapFocus | null;
  /** The selected node's name, when a node is selected (focus needs one). */
  readonly focusCandidate: string | null;
  readonly focusName: string | null;
  readonly onFocus: (hops: number) => void;
  readonly onClearFocus: () => void;
  readonly hops: number;
  readonly onHopsChange: (hops: number) => void;
  readonly minEdgeCount: number;
  readonly onMinEdgeCountChange: (count: number) => void;
  readonly onZoom: (factor: number) => void;
  readonly onFit: () => void;
}

/** Search, sizing, N-hop focus, the traffic threshold and zoom buttons. */
export function ServiceMapToolbar(props: ServiceMapToolbarProps) {
  const { focus } = props;
  return (
    <div className="tl-toolbar tl-map-toolbar" role="toolbar" aria-label="Service map tools">
      <ToolbarSearch
        subject="services"
        value={props.search}
        onChange={props.onSearchChange}
        onStep={props.onSearchStep}
        countText={formatMatchCount(props.matchCount)}
        classPrefix="tl-map"
        countTestId="tl-map-match-count"
      />
      <label>
        Size{" "}
        <select
          value={props.sizing}
          onChange={(e) => props.onSizingChange(e.target.value as ServiceMapSizing)}
        >
          <option value="none">None</option>
          <option value="health">Health</option>
          <option value="traffic">Traffic</option>
        </select>
      </label>
      <span className="tl-toolbar-sep" />
      <label>
        Hops{" "}
        <input
          type="number"
          className="tl-map-number"
          min={0}
          max={20}
          value={props.hops}
          onChange={(e) =>
            props.onHopsChange(Math.max(0, Math.min(20, Number(e.target.value) || 0)))
          }
        />
      </label>
      {focus === null ? (
        <button
          type="button"
          disabled={props.focusCandidate === null}
          onClick={() => props.onFocus(props.hops)}
          title={props.focusCandidate === null ? "Select a node first" : undefined}
        >
          Focus{props.focusCandidate === null ? "" : ` on ${props.focusCandidate}`}
        </button>
      ) : (
        <button type="button" aria-pressed="true" onClick={props.onClearFocus}>
          Show all (focused on {props.focusName ?? "?"})
        </button>
      )}
      <span className="tl-toolbar-sep" />
      <label>
        Min calls per edge{" "}
        <input
          type="number"
          className="tl-map-number"
          min={0}
          value={props.minEdgeCount}
          onChange={(e) => props.onMinEdgeCountChange(Math.max(0, Number(e.target.value) || 0))}
        />
      </label>
      <span className="tl-toolbar-sep" />
      <button type="button" aria-label="Zoom in" onClick={() => props.onZoom(1.5)}>
        +
      </button>
      <button type="button" aria-label="Zoom out" onClick={() => props.onZoom(1 / 1.5)}>
        −
      </button>
      <button type="button" onClick={props.onFit}>
        Fit
      </button>
    </div>
  );
}
