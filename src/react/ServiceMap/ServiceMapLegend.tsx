import { statusColor } from "../theme/statusColor";
import type { ServiceMapSizing } from "./computeNodeRadius";

const sizingText: Readonly<Record<ServiceMapSizing, string>> = {
  none: "Nodes are all one size.",
  health: "Node size: impacted requests (error + throttle + fault).",
  traffic: "Node size: requests.",
};

const swatches = [
  ["ok", "OK (2xx)"],
  ["error", "Error (4xx)"],
  ["throttle", "Throttle (429)"],
  ["fault", "Fault (5xx)"],
] as const;

/** The legend: ring colours, edge styles, the client node, sizing and the keys. */
export function ServiceMapLegend({ sizing }: { readonly sizing: ServiceMapSizing }) {
  return (
    <details className="tl-map-legend" open>
      <summary>Legend</summary>
      <ul className="tl-map-legend-items">
        {swatches.map(([status, label]) => (
          <li key={status}>
            <svg width="14" height="14" aria-hidden="true">
              <circle
                cx="7"
                cy="7"
                r="5"
                fill="none"
                stroke={statusColor(status)}
                strokeWidth="4"
              />
            </svg>
            {label}
          </li>
        ))}
        <li>
          <svg width="28" height="10" aria-hidden="true">
            <line x1="1" y1="5" x2="27" y2="5" className="tl-map-legend-line" />
          </svg>
          Call
        </li>
        <li>
          <svg width="28" height="10" aria-hidden="true">
            <line x1="1" y1="5" x2="27" y2="5" className="tl-map-legend-line tl-map-async-line" />
          </svg>
          Asynchronous link
        </li>
        <li>
          <svg width="14" height="14" aria-hidden="true">
            <circle cx="7" cy="7" r="6" className="tl-map-legend-client" />
          </svg>
          Client
        </li>
      </ul>
      <p className="tl-map-legend-note">
        {sizingText[sizing]} Centre: average response time and traces per minute.
      </p>
      <p className="tl-map-legend-note">
        Keys: arrows move between nodes, Enter selects, E / Shift+E step through a node&apos;s edges
        (S / T: to the edge&apos;s source / target), Escape clears, + / − zoom, 0 fits.
      </p>
    </details>
  );
}
