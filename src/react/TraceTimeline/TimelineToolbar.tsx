import type { TimelineFilterMode } from "../../timeline/computeVisibleTimelineRows";
import { formatMatchCount } from "../theme/formatMatchCount";
import { ToolbarSearch } from "../theme/ToolbarSearch";

export interface TimelineToolbarProps {
  readonly search: string;
  readonly onSearchChange: (search: string) => void;
  readonly matchCount: number;
  /** 1-based position of the current match, 0 when none is current. */
  readonly matchPosition: number;
  readonly onStepMatch: (direction: 1 | -1) => void;
  /** Shown only when a filter is given. */
  readonly filterMode: TimelineFilterMode | null;
  readonly filterMatchCount: number;
  readonly onFilterModeChange: (mode: TimelineFilterMode) => void;
  readonly onCollapseAll: () => void;
  readonly onExpandAll: () => void;
  readonly onExpandOneLevel: () => void;
  readonly showCriticalPath: boolean;
  readonly onShowCriticalPathChange: (show: boolean) => void;
  readonly onStepCritical: (direction: 1 | -1) => void;
  readonly zoomed: boolean;
  readonly onResetZoom: () => void;
}

/** Search with match count and stepping, filter mode, collapse controls, critical path, zoom. */
export function TimelineToolbar(p: TimelineToolbarProps) {
  return (
    <div className="tl-toolbar tl-timeline-toolbar" role="toolbar" aria-label="Timeline tools">
      <ToolbarSearch
        subject="rows"
        value={p.search}
        onChange={p.onSearchChange}
        onStep={p.onStepMatch}
        countText={
          p.matchCount === 0
            ? "no matches"
            : `${p.matchPosition > 0 ? `${p.matchPosition} of ` : ""}${formatMatchCount(p.matchCount)}`
        }
        classPrefix="tl-timeline"
        countTestId="tl-match-count"
      />
      <button type="button" onClick={() => p.onStepMatch(-1)} disabled={p.matchCount === 0}>
        Previous match
      </button>
      <button type="button" onClick={() => p.onStepMatch(1)} disabled={p.matchCount === 0}>
        Next match
      </button>
      {p.filterMode !== null ? (
        <label className="tl-timeline-filter-mode">
          <span>Filter ({formatMatchCount(p.filterMatchCount)}):</span>
          <select
            value={p.filterMode}
            onChange={(event) => p.onFilterModeChange(event.target.value as TimelineFilterMode)}
          >
            <option value="dim">dim others</option>
            <option value="hide">hide others</option>
          </select>
        </label>
      ) : null}
      <span className="tl-toolbar-sep tl-timeline-sep" />
      <button type="button" onClick={p.onCollapseAll}>
        Collapse all
      </button>
      <button type="button" onClick={p.onExpandOneLevel}>
        Expand one level
      </button>
      <button type="button" onClick={p.onExpandAll}>
        Expand all
      </button>
      <span className="tl-toolbar-sep tl-timeline-sep" />
      <button
        type="button"
        aria-pressed={p.showCriticalPath}
        onClick={() => p.onShowCriticalPathChange(!p.showCriticalPath)}
      >
        Critical path
      </button>
      <button type="button" onClick={() => p.onStepCritical(-1)} disabled={!p.showCriticalPath}>
        Previous critical
      </button>
      <button type="button" onClick={() => p.onStepCritical(1)} disabled={!p.showCriticalPath}>
        Next critical
      </button>
      <span className="tl-toolbar-sep tl-timeline-sep" />
      <button type="button" onClick={p.onResetZoom} disabled={!p.zoomed}>
        Reset zoom
      </button>
    </div>
  );
}
