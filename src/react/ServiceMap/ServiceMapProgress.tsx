export interface ServiceMapProgressProps {
  readonly nodeCount: number;
  /** 0..1, or null when unknown (a worker that has reported no progress yet). */
  readonly progress: number | null;
  readonly runner: string;
}

/** The layout's progress, announced politely: a progress bar and "Laying out N services…". */
export function ServiceMapProgress({ nodeCount, progress, runner }: ServiceMapProgressProps) {
  const where = runner === "worker" ? " in a worker" : "";
  const percent = progress === null ? "" : ` ${Math.round(progress * 100)}%`;
  return (
    <div className="tl-map-progress" role="status">
      <div>
        Laying out {nodeCount.toLocaleString("en-US")} services{where}…{percent}
      </div>
      <progress max={1} value={progress ?? undefined} aria-label="Layout progress" />
    </div>
  );
}
