import type { CSSProperties } from "react";
import type { CompiledFilter } from "../../filter/compileFilter";
import type { Trace } from "../../model/Trace";

export interface FilterBarProps {
  /** The applied expression (controlled). The text being edited resets to it when it changes. */
  readonly value?: string;
  /** The first applied expression when uncontrolled; default "". */
  readonly defaultValue?: string;
  /**
   * Called when the user applies an expression (Enter with the completion list closed, or the
   * Apply button) and it has no error diagnostics. An expression with errors is not applied: its
   * diagnostics are announced instead. The empty expression applies and matches everything.
   */
  readonly onFilterChange?: (text: string, compiled: CompiledFilter) => void;
  /** Called on every edit with the text being edited (not yet applied). */
  readonly onDraftChange?: (text: string) => void;
  /** Traces that service names, annotation keys and values are completed from. */
  readonly traces?: readonly Trace[];
  /** Filter groups for `group.name` / `group.arn` (name → expression). */
  readonly groups?: ReadonlyMap<string, string>;
  /** Applied expressions, oldest first (controlled). Kept in memory only. */
  readonly history?: readonly string[];
  readonly defaultHistory?: readonly string[];
  readonly onHistoryChange?: (history: readonly string[]) => void;
  /** Most history entries kept; default 50. */
  readonly historyLimit?: number;
  readonly placeholder?: string;
  /** Accessible name of the input; default "Filter expression". */
  readonly "aria-label"?: string;
  readonly className?: string;
  readonly style?: CSSProperties;
}
