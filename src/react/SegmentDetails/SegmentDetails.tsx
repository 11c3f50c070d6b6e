import { useId, useMemo, useState, type CSSProperties } from "react";
import type { Trace } from "../../model/Trace";
import type { TraceNode } from "../../model/TraceNode";
import { statusColor } from "../theme/statusColor";
import { AnnotationsTab } from "./AnnotationsTab";
import { DetailsTabList, detailsPanelId, detailsTabId } from "./DetailsTabList";
import { ExceptionsTab } from "./ExceptionsTab";
import { listSegmentDetailsTabs } from "./listSegmentDetailsTabs";
import { MetadataTab } from "./MetadataTab";
import { OverviewTab } from "./OverviewTab";
import { RawTab } from "./RawTab";
import { ResourcesTab } from "./ResourcesTab";
import { segmentDetailsCss } from "./segmentDetailsCss";
import type { SegmentDetailsTab } from "./SegmentDetailsTab";
import { SqlTab } from "./SqlTab";
import { StyleSheet } from "../theme/StyleSheet";

export interface SegmentDetailsProps {
  /** The segment, subsegment or inferred segment to show. */
  readonly node: TraceNode;
  /** Its trace: resolves a `cause` given as an exception id recorded on another entity. */
  readonly trace?: Trace;
  /** The selected tab (controlled). A tab the node has no content for shows Overview. */
  readonly tab?: SegmentDetailsTab;
  /** The first selected tab when uncontrolled. Default `overview`. */
  readonly defaultTab?: SegmentDetailsTab;
  /** Called when the user picks a tab (click or arrow keys). */
  readonly onTabChange?: (tab: SegmentDetailsTab) => void;
  readonly className?: string;
  readonly style?: CSSProperties;
}

function TabPanel({
  tab,
  node,
  trace,
}: {
  tab: SegmentDetailsTab;
  node: TraceNode;
  trace?: Trace;
}) {
  switch (tab) {
    case "overview":
      return <OverviewTab node={node} trace={trace} />;
    case "resources":
      return <ResourcesTab entity={node.entity} />;
    case "annotations":
      return <AnnotationsTab entity={node.entity} />;
    case "metadata":
      return <MetadataTab entity={node.entity} />;
    case "exceptions":
      return <ExceptionsTab node={node} trace={trace} />;
    case "sql":
      return <SqlTab entity={node.entity} />;
    case "raw":
      return <RawTab entity={node.entity} />;
  }
}

/**
 * X-Ray's segment details: Overview, Resources, Annotations, Metadata, Exceptions, SQL and Raw
 * tabs for one node of a trace, each tab present only when the node has that content (Overview
 * and Raw always). Tab selection is controlled (`tab` + `onTabChange`) or not (`defaultTab`).
 * Every string from the trace is rendered as text.
 * @example <SegmentDetails node={trace.nodes.get(id)!} trace={trace} onTabChange={setTab} />
 */
export function SegmentDetails({
  node,
  trace,
  tab,
  defaultTab = "overview",
  onTabChange,
  className,
  style,
}: SegmentDetailsProps) {
  const tabs = useMemo(() => listSegmentDetailsTabs(node), [node]);
  const [ownTab, setOwnTab] = useState<SegmentDetailsTab>(defaultTab);
  const requested = tab ?? ownTab;
  const active = tabs.includes(requested) ? requested : "overview";
  const idPrefix = `tl-details${useId().replace(/:/g, "")}`;
  const select = (next: SegmentDetailsTab) => {
    if (tab === undefined) setOwnTab(next);
    if (next !== active) onTabChange?.(next);
  };
  return (
    <section
      className={className === undefined ? "tl-segment-details" : `tl-segment-details ${className}`}
      style={style}
      aria-label={`Details of ${node.name}`}
      data-node-id={node.id}
    >
      <StyleSheet href="tracelens-segment-details" css={segmentDetailsCss} precedence="tracelens" />
      <div className="tl-details-header">
        <span className="tl-details-name">{node.name}</span>
        <span className="tl-details-status">
          <span
            className="tl-details-status-dot"
            style={{ background: statusColor(node.status) }}
            aria-hidden="true"
          />
          {node.status}
        </span>
      </div>
      <DetailsTabList
        tabs={tabs}
        active={active}
        onSelect={select}
        idPrefix={idPrefix}
        label="Segment details"
      />
      <div
        role="tabpanel"
        id={detailsPanelId(idPrefix, active)}
        aria-labelledby={detailsTabId(idPrefix, active)}
        tabIndex={0}
        className="tl-details-panel"
      >
        <TabPanel key={node.id} tab={active} node={node} trace={trace} />
      </div>
    </section>
  );
}
