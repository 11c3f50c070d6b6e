import type { FilterDiagnostic } from "../../filter/FilterDiagnostic";
import type { FilterHighlightPart, FilterHighlightSegment } from "./computeFilterHighlight";

function Run({ segment }: { readonly segment: FilterHighlightSegment }) {
  return segment.tokenClass === null ? (
    segment.text
  ) : (
    <span className={`tl-filterbar-tok tl-filterbar-tok-${segment.tokenClass}`}>
      {segment.text}
    </span>
  );
}

export interface FilterHighlightProps {
  readonly parts: readonly FilterHighlightPart[];
  readonly diagnostics: readonly FilterDiagnostic[];
  /** Called with a diagnostic's index when the pointer enters its underline, `null` on leave. */
  readonly onHover: (index: number | null) => void;
}

/** The coloured runs and underlines drawn over the (transparent-text) input. Text only. */
export function FilterHighlight({ parts, diagnostics, onHover }: FilterHighlightProps) {
  return parts.map((part) => {
    if (part.type === "text") return <Run key={`t${part.segment.from}`} segment={part.segment} />;
    const { index, from, to, severity } = part.underline;
    const d = diagnostics[index];
    const point = from === to;
    return (
      <span
        key={`d${index}`}
        className={`tl-filterbar-diag tl-filterbar-diag-${severity}${point ? " tl-filterbar-diag-point" : ""}`}
        data-from={from}
        data-to={to}
        data-code={d?.code}
      >
        {part.segments.map((s) => (
          <Run key={s.from} segment={s} />
        ))}
        <span
          className="tl-filterbar-squiggle"
          onMouseEnter={() => onHover(index)}
          onMouseLeave={() => onHover(null)}
        />
      </span>
    );
  });
}
