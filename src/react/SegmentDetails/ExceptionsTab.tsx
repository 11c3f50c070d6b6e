import type { Trace } from "../../model/Trace";
import type { TraceNode } from "../../model/TraceNode";
import { causeSourceOf } from "./causeSourceOf";
import { ExceptionView } from "./ExceptionView";
import { exceptionsOf, findTraceException } from "./findTraceException";
import { formatDisplayValue } from "./formatDisplayValue";
import { KeyValueTable, type KeyValueRow } from "./KeyValueTable";
import { ownValue } from "./readOwn";

export interface ExceptionsTabProps {
  readonly node: TraceNode;
  /** Resolves a `cause` given as an exception id recorded elsewhere in the trace. */
  readonly trace?: Trace;
}

/**
 * The Exceptions tab: the `cause` (working directory, paths) and every exception it records; for
 * an inferred segment, those of the call it was inferred from.
 */
export function ExceptionsTab({ node, trace }: ExceptionsTabProps) {
  const source = causeSourceOf(node);
  const content = <CauseView node={source} trace={trace} />;
  if (source === node) return content;
  return (
    <>
      <p className="tl-details-note">{`Recorded on the calling subsegment ${source.name} (${source.id}).`}</p>
      {content}
    </>
  );
}

function CauseView({ node, trace }: ExceptionsTabProps) {
  const cause = ownValue(node.entity, "cause");
  if (typeof cause === "string") {
    const found = findTraceException(cause, node, trace);
    if (found === undefined) {
      return (
        <p className="tl-details-note">{`The cause is exception ${cause}, which is not recorded in this trace.`}</p>
      );
    }
    return (
      <>
        <p className="tl-details-note">
          {`The cause is exception ${cause}, recorded on ${found.node.name} (${found.node.id}).`}
        </p>
        <ExceptionView exception={found.exception} node={found.node} trace={trace} />
      </>
    );
  }
  const rows: KeyValueRow[] = [];
  const directory = ownValue(cause, "working_directory");
  const paths = ownValue(cause, "paths");
  if (directory !== undefined) {
    rows.push({ label: "Working directory", value: formatDisplayValue(directory), mono: true });
  }
  if (paths !== undefined)
    rows.push({ label: "Paths", value: formatDisplayValue(paths), mono: true });
  return (
    <>
      {rows.length > 0 && <KeyValueTable rows={rows} />}
      {exceptionsOf(node).map((exception, index) => (
        <ExceptionView key={index} exception={exception} node={node} trace={trace} />
      ))}
    </>
  );
}
