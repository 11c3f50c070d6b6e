import { useRef, type KeyboardEvent } from "react";
import { segmentDetailsTabLabels, type SegmentDetailsTab } from "./SegmentDetailsTab";

export interface DetailsTabListProps {
  readonly tabs: readonly SegmentDetailsTab[];
  readonly active: SegmentDetailsTab;
  readonly onSelect: (tab: SegmentDetailsTab) => void;
  /** Prefix of the tab and panel element ids. */
  readonly idPrefix: string;
  readonly label: string;
}

/** The element id of a tab's button. */
export function detailsTabId(idPrefix: string, tab: SegmentDetailsTab): string {
  return `${idPrefix}-tab-${tab}`;
}

/** The element id of a tab's panel. */
export function detailsPanelId(idPrefix: string, tab: SegmentDetailsTab): string {
  return `${idPrefix}-panel-${tab}`;
}

/**
 * An ARIA tablist with roving focus: Left and Right move between tabs (wrapping), Home and End
 * go to the first and last; moving selects the tab.
 */
export function DetailsTabList({ tabs, active, onSelect, idPrefix, label }: DetailsTabListProps) {
  const buttons = useRef(new Map<SegmentDetailsTab, HTMLButtonElement>());
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const index = tabs.indexOf(active);
    const target =
      event.key === "ArrowRight"
        ? tabs[(index + 1) % tabs.length]
        : event.key === "ArrowLeft"
          ? tabs[(index - 1 + tabs.length) % tabs.length]
          : event.key === "Home"
            ? tabs[0]
            : event.key === "End"
              ? tabs[tabs.length - 1]
              : undefined;
    if (target === undefined) return;
    event.preventDefault();
    onSelect(target);
    buttons.current.get(target)?.focus();
  };
  return (
    <div role="tablist" aria-label={label} className="tl-details-tablist" onKeyDown={onKeyDown}>
      {tabs.map((tab) => {
        const selected = tab === active;
        return (
          <button
            key={tab}
            ref={(element) => {
              if (element === null) buttons.current.delete(tab);
              else buttons.current.set(tab, element);
            }}
            type="button"
            role="tab"
            id={detailsTabId(idPrefix, tab)}
            aria-selected={selected}
            aria-controls={selected ? detailsPanelId(idPrefix, tab) : undefined}
            tabIndex={selected ? 0 : -1}
            className="tl-details-tab"
            onClick={() => onSelect(tab)}
          >
            {segmentDetailsTabLabels[tab]}
          </button>
        );
      })}
    </div>
  );
}
