import type { ExceptionRecord } from "../../model/SegmentDocument";
import type { Trace } from "../../model/Trace";
import type { TraceNode } from "../../model/TraceNode";
import { findTraceException } from "./findTraceException";
import { formatDisplayValue } from "./formatDisplayValue";
import { formatStackFrame } from "./formatStackFrame";
import { KeyValueTable, type KeyValueRow } from "./KeyValueTable";
import { ownValue } from "./readOwn";

export interface ExceptionViewProps {
  readonly exception: ExceptionRecord;
  /** The node whose `cause` records the exception (resolves its own `cause` id). */
  readonly node: TraceNode;
  readonly trace?: Trace;
}

/** What an exception's `cause` id refers to, as one line of text. */
function causedByText(id: string, node: TraceNode, trace: Trace | undefined): string {
  const found = findTraceException(id, node, trace);
  if (found === undefined) return `${id} (not recorded in this trace)`;
  const type = ownValue(found.exception, "type");
  const message = ownValue(found.exception, "message");
  const title = [type, message]
    .filter((v) => v !== undefined)
    .map(formatDisplayValue)
    .join(": ");
  return `${title === "" ? id : `${title} (${id})`} on ${found.node.name}`;
}

/** One recorded exception: type and message, flags and counts, and its stack as the console shows it. */
export function ExceptionView({ exception, node, trace }: ExceptionViewProps) {
  const type = ownValue(exception, "type");
  const message = ownValue(exception, "message");
  const stack = ownValue(exception, "stack");
  const truncated = ownValue(exception, "truncated");
  const cause = ownValue(exception, "cause");
  const rows: KeyValueRow[] = [];
  const add = (label: string, value: unknown, mono = false) => {
    if (value !== undefined) rows.push({ label, value: formatDisplayValue(value), mono });
  };
  add("ID", ownValue(exception, "id"), true);
  add("Remote", ownValue(exception, "remote") ?? false);
  add("Truncated", truncated);
  add("Skipped", ownValue(exception, "skipped"));
  if (typeof cause === "string")
    rows.push({ label: "Caused by", value: causedByText(cause, node, trace) });
  else add("Caused by", cause);
  const frames = Array.isArray(stack) ? (stack as unknown[]) : [];
  return (
    <article className="tl-details-exception">
      <header className="tl-details-exception-title">
        <strong>{type === undefined ? "Exception" : formatDisplayValue(type)}</strong>
        {message !== undefined && `: ${formatDisplayValue(message)}`}
      </header>
      <KeyValueTable rows={rows} />
      {(frames.length > 0 || typeof truncated === "number") && (
        <ol className="tl-details-stack tl-details-mono" aria-label="Stack">
          {frames.map((frame, index) => (
            <li key={index}>{formatStackFrame(frame)}</li>
          ))}
          {typeof truncated === "number" && truncated > 0 && (
            <li className="tl-details-muted">{`... ${truncated} more`}</li>
          )}
        </ol>
      )}
    </article>
  );
}
