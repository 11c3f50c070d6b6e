import { render } from "@testing-library/react";
import { version } from "react";
import { version as domVersion } from "react-dom";
import { expect, it, vi } from "vitest";
import { TraceList } from "../../src/react/TraceList/TraceList";

it("runs the react18 project on React 18 (the lowest React of the peer range)", () => {
  expect(version).toMatch(/^18\./);
  expect(domVersion).toMatch(/^18\./);
});

it("renders a component with React 18, its styles in the page and no React warning", () => {
  const error = vi.spyOn(console, "error").mockImplementation(() => {});
  const { container } = render(<TraceList traces={[]} />);
  const styles = [...container.ownerDocument.querySelectorAll("style")].map((s) => s.textContent);
  expect(styles.join("\n")).toContain(".tl-tracelist-data");
  expect(error).not.toHaveBeenCalled();
  error.mockRestore();
});
