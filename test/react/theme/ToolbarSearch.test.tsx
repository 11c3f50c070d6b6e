import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { ToolbarSearch } from "../../../src/react/theme/ToolbarSearch";

afterEach(cleanup);

function setup(value: string) {
  const onChange = vi.fn();
  const onStep = vi.fn();
  render(
    <ToolbarSearch
      subject="rows"
      value={value}
      onChange={onChange}
      onStep={onStep}
      countText="2 of 5 matches"
      classPrefix="tl-x"
      countTestId="count"
    />,
  );
  return { onChange, onStep, box: screen.getByRole("searchbox", { name: "Search rows" }) };
}

describe("ToolbarSearch", () => {
  it("names the box after its subject and reports typing", () => {
    const { onChange, box } = setup("");
    expect(box.getAttribute("placeholder")).toBe("Search rows");
    expect(box.classList.value).toBe("tl-toolbar-search tl-x-search");
    fireEvent.change(box, { target: { value: "api" } });
    expect(onChange).toHaveBeenCalledWith("api");
  });

  it("steps forward on Enter and back on Shift+Enter, and ignores other keys", () => {
    const { onStep, box } = setup("api");
    const enter = fireEvent.keyDown(box, { key: "Enter" });
    fireEvent.keyDown(box, { key: "Enter", shiftKey: true });
    fireEvent.keyDown(box, { key: "a" });
    expect(onStep.mock.calls).toEqual([[1], [-1]]);
    expect(enter).toBe(false); // default prevented: no form submit
  });

  it("announces the count politely while something is searched, nothing for a blank search", () => {
    setup("api");
    const count = screen.getByTestId("count");
    expect(count.textContent).toBe("2 of 5 matches");
    expect(count.getAttribute("aria-live")).toBe("polite");
    expect(count.classList.value).toBe("tl-toolbar-count tl-x-count");
    cleanup();
    setup("   ");
    expect(screen.getByTestId("count").textContent).toBe("");
  });
});
