import { useMemo, useState } from "react";
import type { HistogramRange } from "../LatencyHistogram/HistogramSubject";
import { formatResponseTimeFilter } from "../LatencyHistogram/formatResponseTimeFilter";
import { LatencyHistogram } from "../LatencyHistogram/LatencyHistogram";
import { useControllableState } from "../theme/useControllableState";
import { computeStatusCounts } from "./computeStatusCounts";
import { resolveServiceDetails } from "./resolveServiceDetails";
import type { ServiceDetailsProps } from "./ServiceDetailsProps";
import { ServiceDetailsStyles } from "./ServiceDetailsStyles";
import { ServiceStatisticsTable } from "./ServiceStatisticsTable";
import { StatusSelector } from "./StatusSelector";

/**
 * X-Ray's node and edge panel: name and type, statistics (requests, OK/error/throttle/fault
 * shares, average and percentiles), the latency histogram with a brushable range, a status
 * selection, and "View traces", which hands over the filter expression for the range and status.
 * @example
 * <ServiceMap graph={graph} onSelect={(s) => setSelection(s && { kind: s.kind, key: s.key })} />
 * <ServiceDetails graph={graph} selection={selection} onViewTraces={({ expression }) => setFilter(expression)} />
 */
export function ServiceDetails(props: ServiceDetailsProps) {
  const { graph, selection } = props;
  const data = useMemo(
    () => (selection === null ? null : resolveServiceDetails(graph, selection)),
    [graph, selection],
  );
  const [status, setStatus] = useControllableState(
    props.status,
    props.defaultStatus ?? "all",
    props.onStatusChange,
  );
  // The range belongs to one selection: a new selection starts without one.
  const selectionKey = selection === null ? "" : `${selection.kind}:${selection.key}`;
  const [rangeState, setRangeState] = useState<{
    key: string;
    range: HistogramRange | null;
  }>({ key: selectionKey, range: null });
  const range =
    props.range !== undefined
      ? props.range
      : rangeState.key === selectionKey
        ? rangeState.range
        : null;
  const className = props.className === undefined ? "tl-details" : `tl-details ${props.className}`;
  if (data === null) {
    return (
      <section className={className} style={props.style} aria-label="Service details">
        <ServiceDetailsStyles />
        <p className="tl-details-hint">Select a node or an edge of the map to see its details.</p>
      </section>
    );
  }
  const usedRange = data.rangeFilterable ? range : null;
  const expression =
    data.subject === undefined
      ? null
      : formatResponseTimeFilter({ subject: data.subject, range: usedRange, status });
  const onViewTraces = props.onViewTraces;
  return (
    <section className={className} style={props.style} aria-label={`Details of ${data.title}`}>
      <ServiceDetailsStyles />
      <header className="tl-details-header">
        <h3 className="tl-details-title">{data.title}</h3>
        <div className="tl-details-subtitle">{data.subtitle}</div>
      </header>
      <ServiceStatisticsTable statistics={data.statistics} digest={data.digest} />
      <LatencyHistogram
        key={selectionKey}
        digest={data.digest}
        subject={data.rangeFilterable ? data.subject : undefined}
        subjectLabel={data.title}
        status={status}
        title={
          data.metric === "response time"
            ? "Response time distribution"
            : "Received event age distribution"
        }
        axis={props.axis}
        defaultAxis={props.defaultAxis}
        onAxisChange={props.onAxisChange}
        range={range}
        onRangeChange={(event) => {
          setRangeState({
            key: selectionKey,
            range: event === null ? null : { from: event.from, to: event.to },
          });
          props.onRangeChange?.(event);
        }}
        height={props.histogramHeight ?? 160}
      />
      <StatusSelector
        value={status}
        counts={computeStatusCounts(data.statistics)}
        onChange={setStatus}
      />
      <p className="tl-details-note">
        {status === "all" ? (
          <>
            A status narrows the traces to view: it adds its keyword (<code>AND fault</code>, ...)
            to the expression.
          </>
        ) : (
          <>
            The expression also requires <code>{status}</code>.
          </>
        )}{" "}
        The chart shows every request.{data.note === null ? null : ` ${data.note}`}
      </p>
      <div className="tl-details-actions">
        <output className="tl-details-expression" data-testid="tl-details-expression">
          {expression ?? "No expression selects these requests."}
        </output>
        <button
          type="button"
          disabled={expression === null}
          onClick={() =>
            expression !== null && onViewTraces?.({ expression, range: usedRange, status })
          }
        >
          View traces
        </button>
      </div>
    </section>
  );
}
