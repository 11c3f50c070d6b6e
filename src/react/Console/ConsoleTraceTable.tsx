import type { Trace } from "../../model/Trace";
import { formatSeconds } from "./formatSeconds";

export interface ConsoleTraceTableProps {
  readonly traces: readonly Trace[];
  readonly total: number;
  readonly selectedId: string | null;
  readonly onSelect: (id: string) => void;
  /** Most rows drawn (default 200); the count above says how many match. */
  readonly limit?: number;
}

function status(t: Trace): string {
  const s = t.summary;
  return s.HasFault ? "fault" : s.HasThrottle ? "throttle" : s.HasError ? "error" : "ok";
}

/** The Console's list of matching traces: a table whose ID cells are buttons (click, Enter, Space). */
export function ConsoleTraceTable({
  traces,
  total,
  selectedId,
  onSelect,
  limit = 200,
}: ConsoleTraceTableProps) {
  const shown = traces.slice(0, limit);
  return (
    <section className="tl-console-panel" aria-label="Traces">
      <h2 className="tl-console-h">Traces</h2>
      <p className="tl-console-muted" data-testid="trace-count" aria-live="polite">
        {`${traces.length} of ${total} traces match`}
        {traces.length > shown.length ? ` (first ${shown.length} shown)` : ""}
      </p>
      <div className="tl-console-scroll">
        <table className="tl-console-table">
          <thead>
            <tr>
              <th>ID</th>
              <th>Method</th>
              <th>Response</th>
              <th>Response time</th>
              <th>URL</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((t) => {
              const s = t.summary;
              const selected = t.id === selectedId;
              return (
                <tr
                  key={t.id}
                  aria-selected={selected}
                  className={selected ? "tl-console-selected" : undefined}
                >
                  <td>
                    <button
                      type="button"
                      className="tl-console-link"
                      onClick={() => onSelect(t.id)}
                    >
                      {t.id}
                    </button>
                  </td>
                  <td>{s.Http.HttpMethod ?? ""}</td>
                  <td className={`tl-console-status-${status(t)}`}>
                    {s.Http.HttpStatus ?? status(t)}
                  </td>
                  <td className="tl-console-num">{formatSeconds(s.ResponseTime ?? s.Duration)}</td>
                  <td className="tl-console-url">{s.Http.HttpURL ?? ""}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
