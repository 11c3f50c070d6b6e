import type { ConsoleLoadedFile } from "./useConsoleState";

export interface ConsoleDiagnosticsProps {
  readonly files: readonly ConsoleLoadedFile[];
  /** Most diagnostics listed per file (default 200); the count says how many there are. */
  readonly limit?: number;
}

/**
 * What each loaded file held and the diagnostics reading and assembling it gave (text only), or
 * why a file could not be read (an alert).
 */
export function ConsoleDiagnostics({ files, limit = 200 }: ConsoleDiagnosticsProps) {
  if (files.length === 0) return null;
  return (
    <section className="tl-console-panel" aria-label="Loading diagnostics">
      <h2 className="tl-console-h">Loaded files</h2>
      {files.map((file, i) =>
        file.kind === "unreadable" ? (
          <p key={i} data-testid="file-summary" role="alert" className="tl-console-diag-error">
            {`${file.name}: could not be read: ${file.error ?? "unknown error"}`}
          </p>
        ) : (
          <div key={i}>
            <p data-testid="file-summary">
              {`${file.name}: ${file.kind === "graph" ? "service graph" : `${file.traceCount} traces`}, `}
              <span data-testid="diagnostic-count">
                {file.diagnostics.length === 1
                  ? "1 diagnostic"
                  : `${file.diagnostics.length} diagnostics`}
              </span>
            </p>
            {file.diagnostics.length > 0 ? (
              <ul className="tl-console-diagnostics" aria-label={`Diagnostics of ${file.name}`}>
                {file.diagnostics.slice(0, limit).map((d, j) => (
                  <li key={j} className={`tl-console-diag-${d.severity}`}>
                    {`${d.severity} ${d.code}${d.documentIndex >= 0 ? ` (document ${d.documentIndex + 1})` : ""}${d.path === "" ? "" : ` at ${d.path}`}: ${d.message}`}
                  </li>
                ))}
                {file.diagnostics.length > limit ? (
                  <li>{`and ${file.diagnostics.length - limit} more`}</li>
                ) : null}
              </ul>
            ) : null}
          </div>
        ),
      )}
    </section>
  );
}
