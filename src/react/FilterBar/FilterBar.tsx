import {
  useEffect,
  useId,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type ChangeEvent,
  type KeyboardEvent,
} from "react";
import { compileFilter } from "../../filter/compileFilter";
import { completeFilter } from "../../filter/completeFilter";
import { scanFilter } from "../../filter/scanFilter";
import { computeFilterHighlight } from "./computeFilterHighlight";
import type { FilterBarProps } from "./FilterBarProps";
import { FilterBarStyles } from "./FilterBarStyles";
import { FilterCompletionList, filterOptionId } from "./FilterCompletionList";
import { FilterHighlight } from "./FilterHighlight";
import { pushFilterHistory } from "./pushFilterHistory";
import { useFilterHistoryNavigation } from "./useFilterHistoryNavigation";

function describe(d: { message: string; hint?: string }): string {
  return d.hint === undefined ? d.message : `${d.message}; ${d.hint}`;
}

/**
 * An input for X-Ray filter expressions: syntax colouring, every diagnostic underlined at its exact
 * range (message on hover and while the caret is in it), completion (Ctrl+Space, or while typing a
 * word; Up/Down, Enter or Tab accepts, Escape closes) and history (Up/Down with the list closed).
 * Enter applies an expression without errors; Escape reverts to the last applied one.
 * @example <FilterBar traces={traces} onFilterChange={(text, compiled) => setFilter(compiled)} />
 */
export function FilterBar(props: FilterBarProps) {
  const { traces, groups, placeholder, className, style } = props;
  const [ownApplied, setOwnApplied] = useState(props.defaultValue ?? "");
  const applied = props.value ?? ownApplied;
  const [ownHistory, setOwnHistory] = useState<readonly string[]>(props.defaultHistory ?? []);
  const history = props.history ?? ownHistory;
  const [draft, setDraftState] = useState(applied);
  const [caret, setCaret] = useState(applied.length);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const [hovered, setHovered] = useState<number | null>(null);
  const [focused, setFocused] = useState(false);
  const [showErrors, setShowErrors] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);
  const mirrorRef = useRef<HTMLDivElement>(null);
  const pendingCaret = useRef<number | null>(null);
  const id = useId();
  const listId = `${id}-list`;
  const diagId = `${id}-diagnostics`;

  const setDraft = (text: string, at: number) => {
    setDraftState(text);
    setCaret(at);
    setShowErrors(false);
    pendingCaret.current = at;
    props.onDraftChange?.(text);
  };
  const nav = useFilterHistoryNavigation(history, draft, (t) => {
    setDraft(t, t.length);
    setOpen(false);
  });

  useEffect(() => {
    setDraftState(applied);
    setCaret(applied.length);
  }, [applied]);

  const compiled = useMemo(() => compileFilter(draft, { groups }), [draft, groups]);
  const tokens = useMemo(() => scanFilter(draft).tokens, [draft]);
  const diagnostics = compiled.diagnostics;
  const parts = useMemo(
    () => computeFilterHighlight(draft, tokens, diagnostics),
    [draft, tokens, diagnostics],
  );
  const completion = useMemo(
    () => (open ? completeFilter(draft, caret, { traces }) : null),
    [open, draft, caret, traces],
  );
  const items = completion?.items ?? [];
  const listOpen = open && items.length > 0;
  const errors = diagnostics.filter((d) => d.severity === "error").length;

  useLayoutEffect(() => {
    const input = inputRef.current;
    if (input !== null && pendingCaret.current !== null && document.activeElement === input) {
      input.setSelectionRange(pendingCaret.current, pendingCaret.current);
    }
    pendingCaret.current = null;
    if (input !== null && mirrorRef.current !== null)
      mirrorRef.current.scrollLeft = input.scrollLeft;
  });

  const shouldAutoOpen = (text: string, at: number): boolean => {
    const c = completeFilter(text, at, { traces });
    if (c.from >= c.to || c.items.length === 0) return false;
    const typed = text.slice(c.from, c.to);
    return !(c.items.length === 1 && c.items[0]?.insert === typed);
  };

  const onChange = (e: ChangeEvent<HTMLInputElement>) => {
    const text = e.target.value;
    const at = e.target.selectionStart ?? text.length;
    setDraft(text, at);
    nav.reset();
    setActive(0);
    setOpen(shouldAutoOpen(text, at));
  };

  const accept = (index: number) => {
    const item = items[index];
    if (completion === null || item === undefined) return;
    const text = draft.slice(0, completion.from) + item.insert + draft.slice(completion.to);
    setDraft(text, completion.from + item.insert.length);
    setOpen(false);
  };

  const apply = () => {
    if (!compiled.ok) {
      setShowErrors(true);
      return;
    }
    setOwnApplied(draft);
    const next = pushFilterHistory(history, draft, props.historyLimit);
    if (next !== history) {
      setOwnHistory(next);
      props.onHistoryChange?.(next);
    }
    nav.reset();
    props.onFilterChange?.(draft, compiled);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === " " && e.ctrlKey) {
      e.preventDefault();
      setActive(0);
      setOpen(true);
      return;
    }
    if (listOpen) {
      if (e.key === "ArrowDown" || e.key === "ArrowUp") {
        e.preventDefault();
        const step = e.key === "ArrowDown" ? 1 : -1;
        setActive((a) => (a + step + items.length) % items.length);
        return;
      }
      if (e.key === "Enter" || e.key === "Tab") {
        e.preventDefault();
        accept(active);
        return;
      }
      if (e.key === "Escape") {
        e.preventDefault();
        setOpen(false);
        return;
      }
    }
    if (e.key === "ArrowUp" || e.key === "ArrowDown") {
      e.preventDefault();
      nav.step(e.key === "ArrowUp" ? -1 : 1);
    } else if (e.key === "Enter") {
      e.preventDefault();
      apply();
    } else if (e.key === "Escape") {
      e.preventDefault();
      setDraft(applied, applied.length);
      nav.reset();
    }
  };

  const atCaret = focused ? diagnostics.findIndex((d) => d.from <= caret && caret <= d.to) : -1;
  const firstError = showErrors ? diagnostics.findIndex((d) => d.severity === "error") : -1;
  const shown = hovered ?? (atCaret >= 0 ? atCaret : firstError >= 0 ? firstError : null);
  const tooltip = listOpen || shown === null ? undefined : diagnostics[shown];

  return (
    <div
      className={className === undefined ? "tl-filterbar" : `tl-filterbar ${className}`}
      style={style}
    >
      <FilterBarStyles />
      <div className="tl-filterbar-box">
        <div className="tl-filterbar-field">
          <input
            ref={inputRef}
            className="tl-filterbar-input"
            type="text"
            role="combobox"
            aria-label={props["aria-label"] ?? "Filter expression"}
            aria-expanded={listOpen}
            aria-controls={listId}
            aria-autocomplete="list"
            aria-activedescendant={listOpen ? filterOptionId(listId, active) : undefined}
            aria-invalid={errors > 0}
            aria-describedby={diagnostics.length > 0 ? diagId : undefined}
            autoComplete="off"
            spellCheck={false}
            placeholder={placeholder ?? 'Filter traces, e.g. service("api") { fault }'}
            value={draft}
            onChange={onChange}
            onKeyDown={onKeyDown}
            onSelect={(e) => setCaret(e.currentTarget.selectionStart ?? 0)}
            onScroll={(e) => {
              if (mirrorRef.current !== null)
                mirrorRef.current.scrollLeft = e.currentTarget.scrollLeft;
            }}
            onFocus={() => setFocused(true)}
            onBlur={() => {
              setFocused(false);
              setOpen(false);
            }}
          />
          <div ref={mirrorRef} className="tl-filterbar-mirror" aria-hidden="true">
            <FilterHighlight parts={parts} diagnostics={diagnostics} onHover={setHovered} />
          </div>
        </div>
        {listOpen ? (
          <FilterCompletionList id={listId} items={items} active={active} onPick={accept} />
        ) : null}
        {tooltip !== undefined ? (
          <div className="tl-filterbar-tooltip" role="tooltip">
            {describe(tooltip)}
          </div>
        ) : null}
        <ul id={diagId} className="tl-visually-hidden">
          {diagnostics.map((d, i) => (
            <li key={i}>{`${d.severity} at ${d.from + 1}–${d.to + 1}: ${describe(d)}`}</li>
          ))}
        </ul>
      </div>
      {errors > 0 ? (
        <span className="tl-filterbar-status" role={showErrors ? "alert" : undefined}>
          {errors === 1 ? "1 error" : `${errors} errors`}
        </span>
      ) : null}
      <button type="button" onClick={apply} disabled={draft === applied && compiled.ok}>
        Apply
      </button>
    </div>
  );
}
