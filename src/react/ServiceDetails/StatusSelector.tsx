import { useId } from "react";
import type { HistogramStatus } from "../LatencyHistogram/HistogramSubject";

const options: readonly (readonly [HistogramStatus, string])[] = [
  ["all", "All"],
  ["ok", "OK"],
  ["error", "Error"],
  ["throttle", "Throttle"],
  ["fault", "Fault"],
];

export interface StatusSelectorProps {
  readonly value: HistogramStatus;
  readonly counts: Readonly<Record<HistogramStatus, number>>;
  readonly onChange: (status: HistogramStatus) => void;
}

/** Which requests' traces to view: a radio group (arrow keys move between options) with counts. */
export function StatusSelector({ value, counts, onChange }: StatusSelectorProps) {
  const name = useId();
  return (
    <fieldset className="tl-details-status">
      <legend>Status of the traces to view</legend>
      {options.map(([status, label]) => (
        <label key={status}>
          <input
            type="radio"
            name={name}
            value={status}
            checked={value === status}
            onChange={() => onChange(status)}
          />{" "}
          {label} ({counts[status]})
        </label>
      ))}
    </fieldset>
  );
}
