import { useMemo, useState } from "react";
import type { Entity } from "../../model/SegmentDocument";
import { formatJsonText } from "./formatJsonText";

export interface RawTabProps {
  readonly entity: Entity;
  /** Characters shown before "show more". Default 200,000. */
  readonly pageLength?: number;
}

/** The Raw tab: the document as pretty JSON text, long documents shown in pages. */
export function RawTab({ entity, pageLength = 200_000 }: RawTabProps) {
  const [pages, setPages] = useState(1);
  const { text, truncated } = useMemo(
    () => formatJsonText(entity, { indent: 2, maxLength: pageLength * pages }),
    [entity, pageLength, pages],
  );
  return (
    <>
      <pre className="tl-details-mono tl-details-pre tl-details-raw">{text}</pre>
      {truncated && (
        <button type="button" className="tl-details-more" onClick={() => setPages((p) => p * 4)}>
          {`Show more (first ${text.length} characters shown)`}
        </button>
      )}
    </>
  );
}
