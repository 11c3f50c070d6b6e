import { cleanup, render, screen } from "@testing-library/react";
import { afterEach, expect, it } from "vitest";
import { ConsoleDiagnostics } from "../../../src/react/Console/ConsoleDiagnostics";
import { describeFileError } from "../../../src/react/Console/describeFileError";

afterEach(cleanup);

it("ConsoleDiagnostics lists each file's content and diagnostics, and alerts why one could not be read", () => {
  render(
    <ConsoleDiagnostics
      files={[
        {
          name: "a.ndjson",
          kind: "traces",
          traceCount: 3,
          diagnostics: [
            {
              code: "orphan",
              severity: "warning",
              message: "parent x never arrived",
              documentIndex: 1,
              path: "line 2 $.parent_id",
            },
          ],
        },
        {
          name: "<b>huge</b>.ndjson",
          kind: "unreadable",
          traceCount: 0,
          diagnostics: [],
          error: describeFileError(new RangeError("Invalid string length")),
        },
      ]}
    />,
  );
  const summaries = screen.getAllByTestId("file-summary").map((p) => p.textContent);
  expect(summaries[0]).toBe("a.ndjson: 3 traces, 1 diagnostic");
  expect(screen.getByRole("listitem").textContent).toBe(
    "warning orphan (document 2) at line 2 $.parent_id: parent x never arrived",
  );
  const alert = screen.getByRole("alert");
  expect(alert.textContent).toMatch(/^<b>huge<\/b>\.ndjson: could not be read: too large to read/);
  expect(alert.querySelector("b")).toBeNull(); // a file name is text, never markup
});

it("describeFileError names the error, and explains a string that is too long", () => {
  expect(describeFileError(new TypeError("boom"))).toBe("TypeError: boom");
  expect(describeFileError("odd")).toBe("odd");
  expect(describeFileError(new RangeError("Invalid string length"))).toContain("split it");
});
