import type { FilterCompletionItem } from "../../filter/completeFilter";

export interface FilterCompletionListProps {
  readonly id: string;
  readonly items: readonly FilterCompletionItem[];
  readonly active: number;
  readonly onPick: (index: number) => void;
}

/** The id of the option at `index`, for `aria-activedescendant`. */
export function filterOptionId(listId: string, index: number): string {
  return `${listId}-o${index}`;
}

/** The completion popup: an ARIA listbox whose active option follows the input's arrow keys. */
export function FilterCompletionList({ id, items, active, onPick }: FilterCompletionListProps) {
  return (
    <ul id={id} role="listbox" aria-label="Completions" className="tl-filterbar-listbox">
      {items.map((item, i) => (
        <li
          key={`${item.kind}:${item.label}`}
          id={filterOptionId(id, i)}
          role="option"
          aria-selected={i === active}
          className="tl-filterbar-option"
          onMouseDown={(e) => {
            e.preventDefault();
            onPick(i);
          }}
        >
          <span>{item.label}</span>
          <span className="tl-filterbar-option-detail">{item.detail ?? item.kind}</span>
        </li>
      ))}
    </ul>
  );
}
