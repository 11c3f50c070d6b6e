import { ownValue } from "./readOwn";

/**
 * One stack frame as the console shows it: `at label (path:line)`; parts that are missing are
 * left out (`at path:line`, `at label`).
 * @example formatStackFrame({ label: "handler", path: "app.py", line: 42 }) // "at handler (app.py:42)"
 */
export function formatStackFrame(frame: unknown): string {
  const label = ownValue(frame, "label");
  const path = ownValue(frame, "path");
  const line = ownValue(frame, "line");
  const text = (value: unknown) =>
    typeof value === "string" || typeof value === "number" ? String(value) : "";
  const location = text(path) + (text(line) === "" ? "" : `:${text(line)}`);
  const name = text(label);
  if (name === "") return location === "" ? "at <unknown>" : `at ${location}`;
  return location === "" ? `at ${name}` : `at ${name} (${location})`;
}
