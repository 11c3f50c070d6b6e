import { useId } from "react";
import { formatByteSize } from "./formatByteSize";
import type { ConsoleLoadProgress } from "./loadConsoleText";

export interface ConsoleLoaderProps {
  readonly progress: ConsoleLoadProgress | null;
  readonly onFiles: (files: readonly File[]) => void;
  readonly source: string;
}

const PHASES: Record<ConsoleLoadProgress["phase"], string> = {
  reading: "Reading",
  parsing: "Parsing",
  assembling: "Assembling traces",
};

/**
 * The file input (or drop files anywhere on the Console) and the loading progress bar, with the
 * bytes read while a file is being read.
 */
export function ConsoleLoader({ progress, onFiles, source }: ConsoleLoaderProps) {
  const id = useId();
  return (
    <div className="tl-console-loader">
      <label htmlFor={id}>Open files</label>
      <input
        id={id}
        type="file"
        multiple
        accept=".json,.ndjson,.jsonl,.txt,application/json"
        onChange={(e) => {
          const list = e.currentTarget.files;
          if (list !== null && list.length > 0) onFiles([...list]);
          e.currentTarget.value = "";
        }}
      />
      <span className="tl-console-muted">
        {`or drop segment documents, BatchGetTraces or GetServiceGraph JSON here. Showing: ${source}`}
      </span>
      {progress !== null ? (
        <span className="tl-console-progress">
          <span id={`${id}-p`}>{PHASES[progress.phase]}</span>
          <progress aria-labelledby={`${id}-p`} max={1} value={progress.fraction} />
          {progress.phase === "reading" && progress.total !== undefined ? (
            <span className="tl-console-muted">
              {`${formatByteSize(progress.loaded ?? 0)} of ${formatByteSize(progress.total)}`}
            </span>
          ) : null}
        </span>
      ) : null}
    </div>
  );
}
