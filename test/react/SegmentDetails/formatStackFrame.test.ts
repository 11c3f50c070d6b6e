import { expect, it } from "vitest";
import { formatStackFrame } from "../../../src/react/SegmentDetails/formatStackFrame";

it("formatStackFrame writes `at label (path:line)` and leaves out what is missing", () => {
  expect(formatStackFrame({ label: "handler", path: "app.py", line: 42 })).toBe(
    "at handler (app.py:42)",
  );
  expect(formatStackFrame({ label: "handler", path: "app.py" })).toBe("at handler (app.py)");
  expect(formatStackFrame({ path: "app.py", line: 42 })).toBe("at app.py:42");
  expect(formatStackFrame({ label: "handler" })).toBe("at handler");
  expect(formatStackFrame({})).toBe("at <unknown>");
});

it("formatStackFrame ignores values that are not text or numbers instead of failing", () => {
  expect(formatStackFrame({ label: { x: 1 }, path: "a.go", line: 3 })).toBe("at a.go:3");
  expect(formatStackFrame(null)).toBe("at <unknown>");
  expect(formatStackFrame("main.go:1")).toBe("at <unknown>");
});
