export interface ToolbarSearchProps {
  /** What is searched, e.g. "services": the placeholder and accessible name "Search services". */
  readonly subject: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  /** Enter steps to the next match (1), Shift+Enter to the previous one (-1). */
  readonly onStep: (direction: 1 | -1) => void;
  /** The match count to announce while the search is not blank. */
  readonly countText: string;
  /** The search box gets classes `tl-toolbar-search` and `${classPrefix}-search`, the count
   * `tl-toolbar-count` and `${classPrefix}-count`. */
  readonly classPrefix: string;
  readonly countTestId?: string;
}

/**
 * The search box of a toolbar and its politely announced match count (empty for a blank search).
 * Enter steps to the next match and Shift+Enter to the previous one; the toolbar's buttons for
 * the same steps are the caller's.
 * @example
 * <ToolbarSearch subject="rows" value={q} onChange={setQ} onStep={step}
 *   countText={formatMatchCount(n)} classPrefix="tl-timeline" />
 */
export function ToolbarSearch(props: ToolbarSearchProps) {
  const { classPrefix, onStep } = props;
  return (
    <>
      <input
        type="search"
        className={`tl-toolbar-search ${classPrefix}-search`}
        placeholder={`Search ${props.subject}`}
        aria-label={`Search ${props.subject}`}
        value={props.value}
        onChange={(event) => props.onChange(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === "Enter") {
            event.preventDefault();
            onStep(event.shiftKey ? -1 : 1);
          }
        }}
      />
      <span
        className={`tl-toolbar-count ${classPrefix}-count`}
        aria-live="polite"
        data-testid={props.countTestId}
      >
        {props.value.trim() === "" ? "" : props.countText}
      </span>
    </>
  );
}
