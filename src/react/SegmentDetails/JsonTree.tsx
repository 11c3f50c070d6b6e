import { useMemo, useState } from "react";
import {
  flattenJsonTree,
  type FlattenJsonTreeOptions,
  type JsonTreeLine,
  type JsonTreeState,
} from "./flattenJsonTree";

export interface JsonTreeProps extends FlattenJsonTreeOptions {
  /** Any JSON value (metadata namespace, document part). */
  readonly value: unknown;
  /** Label of the root line (a metadata namespace); none shows the root unlabelled. */
  readonly label?: string;
  readonly className?: string;
}

/** Levels of indentation drawn; deeper lines keep this indentation (and still show their depth). */
const maxDrawnDepth = 32;

function summary(line: Extract<JsonTreeLine, { kind: "value" }>): string {
  if (line.type === "array") return `[${line.size} ${line.size === 1 ? "item" : "items"}]`;
  return `{${line.size} ${line.size === 1 ? "key" : "keys"}}`;
}

/**
 * A collapsible tree of a JSON value, rendered as a flat list of lines (iteratively, so deep
 * values are safe), with "show more" for long arrays and objects. Every key and value is text.
 */
export function JsonTree({
  value,
  label,
  className,
  defaultExpandDepth,
  autoExpandLines,
  pageSize = 100,
  maxLines,
}: JsonTreeProps) {
  const [state, setState] = useState<JsonTreeState>(() => ({
    expanded: new Map(),
    limits: new Map(),
  }));
  const lines = useMemo(
    () =>
      flattenJsonTree(value, label ?? null, state, {
        defaultExpandDepth,
        autoExpandLines,
        pageSize,
        maxLines,
      }),
    [value, label, state, defaultExpandDepth, autoExpandLines, pageSize, maxLines],
  );
  const toggle = (container: object, expanded: boolean) =>
    setState((s) => ({ ...s, expanded: new Map(s.expanded).set(container, !expanded) }));
  const showMore = (container: object, shown: number) =>
    setState((s) => ({ ...s, limits: new Map(s.limits).set(container, shown + pageSize) }));

  return (
    <ul className={className === undefined ? "tl-details-json" : `tl-details-json ${className}`}>
      {lines.map((line, index) => {
        const indent = { paddingInlineStart: `${Math.min(line.depth, maxDrawnDepth) * 1.25}em` };
        if (line.kind === "cut") {
          return (
            <li key={index} className="tl-details-json-note">
              {`Showing the first ${line.maxLines} lines; collapse nodes to see the rest.`}
            </li>
          );
        }
        if (line.kind === "more") {
          return (
            <li key={index} style={indent}>
              <button
                type="button"
                className="tl-details-json-more"
                onClick={() => showMore(line.container, line.shown)}
              >
                {`Show ${Math.min(pageSize, line.total - line.shown)} more (${line.shown} of ${line.total} shown)`}
              </button>
            </li>
          );
        }
        const key =
          line.label === null ? null : <span className="tl-details-json-key">{line.label}</span>;
        const deep =
          line.depth > maxDrawnDepth ? (
            <span className="tl-details-json-depth">{`depth ${line.depth}`}</span>
          ) : null;
        if (line.container === null) {
          return (
            <li key={index} style={indent}>
              {deep}
              {key}
              {key !== null && ": "}
              <span className={`tl-details-json-${line.type}`}>{line.text}</span>
            </li>
          );
        }
        const container = line.container;
        return (
          <li key={index} style={indent}>
            {deep}
            {line.size === 0 ? (
              <span className="tl-details-json-empty">
                {key}
                {key !== null && ": "}
                {line.type === "array" ? "[]" : "{}"}
              </span>
            ) : (
              <button
                type="button"
                className="tl-details-json-toggle"
                aria-expanded={line.expanded}
                onClick={() => toggle(container, line.expanded)}
              >
                <span aria-hidden="true">{line.expanded ? "▾ " : "▸ "}</span>
                {key}
                {key !== null && " "}
                <span className="tl-details-json-summary">{summary(line)}</span>
              </button>
            )}
          </li>
        );
      })}
    </ul>
  );
}
