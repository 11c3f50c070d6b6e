import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import { afterEach, expect, it, vi } from "vitest";
import { FilterBar } from "../../../src/react/FilterBar/FilterBar";

afterEach(cleanup);

const input = () => screen.getByRole("combobox") as HTMLInputElement;
const type = (text: string) =>
  fireEvent.change(input(), { target: { value: text, selectionStart: text.length } });
const key = (k: string, init: Partial<KeyboardEventInit> = {}) =>
  fireEvent.keyDown(input(), { key: k, ...init });
const mirror = (container: HTMLElement) =>
  container.querySelector(".tl-filterbar-mirror") as HTMLElement;

it("FilterBar colours each token by its kind and the overlay repeats the text exactly", () => {
  const text = 'service("api") { fault } AND http.url CONTAINS "x" AND responsetime > 2';
  const { container } = render(<FilterBar defaultValue={text} />);
  const m = mirror(container);
  expect(m.textContent).toBe(text);
  const cls = (c: string) =>
    [...m.querySelectorAll(`.tl-filterbar-tok-${c}`)].map((e) => e.textContent);
  expect(cls("function")).toEqual(["service"]);
  expect(cls("string")).toEqual(['"api"', '"x"']);
  expect(cls("keyword")).toEqual(["fault", "http.url", "responsetime"]);
  expect(cls("logical")).toEqual(["AND", "AND"]);
  expect(cls("operator")).toEqual(["CONTAINS", ">"]);
  expect(cls("number")).toEqual(["2"]);
  expect(m.getAttribute("aria-hidden")).toBe("true");
});

it("FilterBar underlines a misspelled keyword at its exact range and explains it on focus", () => {
  const { container } = render(<FilterBar />);
  type("ok AND responsetme > 2");
  const diag = mirror(container).querySelector(".tl-filterbar-diag") as HTMLElement;
  expect(diag.dataset.from).toBe("7");
  expect(diag.dataset.to).toBe("18");
  expect(diag.textContent).toBe("responsetme");
  expect(input().getAttribute("aria-invalid")).toBe("true");
  const described = document.getElementById(input().getAttribute("aria-describedby") ?? "");
  expect(described?.textContent).toContain("did you mean 'responsetime'?");
  fireEvent.focus(input());
  fireEvent.select(input(), { target: { selectionStart: 10 } });
  expect(screen.getByRole("tooltip").textContent).toContain("unknown keyword 'responsetme'");
});

it("FilterBar shows a diagnostic's message while the pointer is on its underline", () => {
  const { container } = render(<FilterBar defaultValue="responsetme > 2" />);
  expect(screen.queryByRole("tooltip")).toBeNull();
  const squiggle = mirror(container).querySelector(".tl-filterbar-squiggle") as HTMLElement;
  fireEvent.mouseEnter(squiggle);
  expect(screen.getByRole("tooltip").textContent).toContain("did you mean 'responsetime'?");
  fireEvent.mouseLeave(squiggle);
  expect(screen.queryByRole("tooltip")).toBeNull();
});

it("FilterBar completes a keyword with the arrow keys and Tab, and Escape closes the list", () => {
  render(<FilterBar />);
  type("resp");
  expect(input().getAttribute("aria-expanded")).toBe("true");
  const options = screen.getAllByRole("option").map((o) => o.firstChild?.textContent);
  expect(options).toContain("responsetime");
  key("ArrowDown");
  key("ArrowUp");
  expect(input().getAttribute("aria-activedescendant")).toBe(screen.getAllByRole("option")[0]?.id);
  key("Tab");
  expect(input().value).toBe("responsetime");
  expect(screen.queryByRole("listbox")).toBeNull();
  type("responsetime > 1 A");
  expect(screen.queryByRole("listbox")).not.toBeNull();
  key("Escape");
  expect(screen.queryByRole("listbox")).toBeNull();
  expect(input().value).toBe("responsetime > 1 A");
});

it("FilterBar applies on Enter only when the expression has no errors", () => {
  const onFilterChange = vi.fn();
  render(<FilterBar onFilterChange={onFilterChange} />);
  type("responsetme > 2");
  key("Enter");
  expect(onFilterChange).not.toHaveBeenCalled();
  expect(screen.getByRole("alert").textContent).toBe("1 error");
  type("responsetime > 2");
  key("Enter");
  expect(onFilterChange).toHaveBeenCalledTimes(1);
  const [text, compiled] = onFilterChange.mock.calls[0] as [string, { ok: boolean }];
  expect(text).toBe("responsetime > 2");
  expect(compiled.ok).toBe(true);
});

it("FilterBar Escape reverts the edited text to the last applied expression", () => {
  render(<FilterBar defaultValue="ok" />);
  type("error AND fa");
  key("Escape"); // closes the completion list
  key("Escape"); // reverts
  expect(input().value).toBe("ok");
});

it("FilterBar steps through history with Up and Down and returns to the draft", () => {
  const onHistoryChange = vi.fn();
  render(<FilterBar onHistoryChange={onHistoryChange} />);
  for (const t of ["ok", "error", "fault"]) {
    type(t);
    key("Enter");
  }
  expect(onHistoryChange).toHaveBeenLastCalledWith(["ok", "error", "fault"]);
  type("throttle");
  key("ArrowUp");
  expect(input().value).toBe("fault");
  key("ArrowUp");
  key("ArrowUp");
  key("ArrowUp");
  expect(input().value).toBe("ok");
  key("ArrowDown");
  expect(input().value).toBe("error");
  key("ArrowDown");
  key("ArrowDown");
  expect(input().value).toBe("throttle");
});

it("FilterBar follows a controlled value and history", () => {
  const { rerender } = render(<FilterBar value="ok" history={["error"]} />);
  expect(input().value).toBe("ok");
  key("ArrowUp");
  expect(input().value).toBe("error");
  rerender(<FilterBar value="fault" history={["error"]} />);
  expect(input().value).toBe("fault");
});
