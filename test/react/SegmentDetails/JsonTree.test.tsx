import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import { afterEach, expect, it } from "vitest";
import { JsonTree } from "../../../src/react/SegmentDetails/JsonTree";

afterEach(cleanup);

const lineTexts = (root: HTMLElement) =>
  [...root.querySelectorAll("li")].map((li) => li.textContent);

it("collapses and expands a container with its toggle button", () => {
  const { container } = render(<JsonTree value={{ connection: { reused: false } }} label="http" />);
  expect(lineTexts(container)).toEqual(["▾ http {1 key}", "▾ connection {1 key}", "reused: false"]);
  const connection = screen.getByRole("button", { name: /connection/ });
  expect(connection.getAttribute("aria-expanded")).toBe("true");
  fireEvent.click(connection);
  expect(lineTexts(container)).toEqual(["▾ http {1 key}", "▸ connection {1 key}"]);
  expect(screen.getByRole("button", { name: /connection/ }).getAttribute("aria-expanded")).toBe(
    "false",
  );
  fireEvent.click(screen.getByRole("button", { name: /http/ }));
  expect(lineTexts(container)).toEqual(["▸ http {1 key}"]);
  fireEvent.click(screen.getByRole("button", { name: /http/ }));
  expect(lineTexts(container)).toEqual(["▾ http {1 key}", "▸ connection {1 key}"]);
});

it("truncates a long array with a count and shows more on request", () => {
  const { container } = render(
    <JsonTree value={Array.from({ length: 230 }, (_, i) => i)} pageSize={100} />,
  );
  expect(container.querySelectorAll("li").length).toBe(102);
  fireEvent.click(screen.getByRole("button", { name: "Show 100 more (100 of 230 shown)" }));
  fireEvent.click(screen.getByRole("button", { name: "Show 30 more (200 of 230 shown)" }));
  expect(container.querySelectorAll("li").length).toBe(231);
  expect(lineTexts(container).at(-1)).toBe("229: 229");
});

it("renders a 100,000-level value and opens it one level per click", () => {
  let value: unknown = { leaf: "bottom" };
  for (let i = 0; i < 100_000; i++) value = { n: value };
  const { container } = render(<JsonTree value={value} label="deep" />);
  expect(container.querySelectorAll("li").length).toBe(3);
  const toggles = screen.getAllByRole("button");
  fireEvent.click(toggles[toggles.length - 1]);
  expect(container.querySelectorAll("li").length).toBe(4);
});

it("shows empty containers without a toggle", () => {
  const { container } = render(<JsonTree value={{ a: [], b: {} }} />);
  expect(lineTexts(container)).toEqual(["▾ {2 keys}", "a: []", "b: {}"]);
  expect(screen.getAllByRole("button").length).toBe(1);
});
