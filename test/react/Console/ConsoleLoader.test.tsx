import { cleanup, render, screen } from "@testing-library/react";
import { afterEach, expect, it } from "vitest";
import { ConsoleLoader } from "../../../src/react/Console/ConsoleLoader";

afterEach(cleanup);

it("ConsoleLoader shows the bytes read next to the reading progress bar", () => {
  const { rerender } = render(
    <ConsoleLoader
      progress={{ phase: "reading", fraction: 0.25, loaded: 1_250_000, total: 5_000_000 }}
      onFiles={() => undefined}
      source="built-in workload"
    />,
  );
  const bar = screen.getByRole("progressbar", { name: "Reading" });
  expect(bar.getAttribute("value")).toBe("0.25");
  expect(bar.parentElement!.textContent).toContain("1.3 MB of 5.0 MB");
  rerender(
    <ConsoleLoader
      progress={{ phase: "parsing", fraction: 0.3 }}
      onFiles={() => undefined}
      source="built-in workload"
    />,
  );
  expect(
    screen.getByRole("progressbar", { name: "Parsing" }).parentElement!.textContent,
  ).not.toMatch(/B of/);
});
