import { describe, expect, it } from "vitest";
import {
  flattenJsonTree,
  type JsonTreeState,
} from "../../../src/react/SegmentDetails/flattenJsonTree";

const empty: JsonTreeState = { expanded: new Map(), limits: new Map() };

const describeLines = (lines: ReturnType<typeof flattenJsonTree>) =>
  lines.map((line) =>
    line.kind === "value"
      ? `${"  ".repeat(line.depth)}${line.label ?? ""}${line.container === null ? `=${line.text}` : line.expanded ? " open" : " closed"}`
      : line.kind === "more"
        ? `${"  ".repeat(line.depth)}more ${line.shown}/${line.total}`
        : "cut",
  );

describe("flattenJsonTree", () => {
  it("opens the root and its children by default, deeper containers closed, in key order", () => {
    const value = { a: 1, b: { c: "x", d: { e: null } }, f: [true] };
    expect(describeLines(flattenJsonTree(value, "ns", empty))).toEqual([
      "ns open",
      "  a=1",
      "  b open",
      '    c="x"',
      "    d closed",
      "  f open",
      "    0=true",
    ]);
  });

  it("follows the user's toggles over the defaults", () => {
    const value = { b: { d: { e: 1 } } };
    const d = value.b.d;
    const state: JsonTreeState = {
      expanded: new Map<object, boolean>([
        [value.b, false],
        [d, true],
      ]),
      limits: new Map(),
    };
    expect(describeLines(flattenJsonTree(value, null, state))).toEqual([" open", "  b closed"]);
    const opened: JsonTreeState = {
      expanded: new Map<object, boolean>([[d, true]]),
      limits: new Map(),
    };
    expect(describeLines(flattenJsonTree(value, null, opened))).toEqual([
      " open",
      "  b open",
      "    d open",
      "      e=1",
    ]);
  });

  it("shows a page of a long array with a more line counting the rest, and more when raised", () => {
    const items = Array.from({ length: 250 }, (_, i) => i);
    const lines = flattenJsonTree({ items }, null, empty, { pageSize: 100 });
    expect(lines.length).toBe(1 + 1 + 100 + 1);
    expect(describeLines(lines).at(-1)).toBe("    more 100/250");
    const raised: JsonTreeState = { expanded: new Map(), limits: new Map([[items, 200]]) };
    expect(describeLines(flattenJsonTree({ items }, null, raised, { pageSize: 100 })).at(-1)).toBe(
      "    more 200/250",
    );
  });

  it("walks a 100,000-level value iteratively and stops at maxLines", () => {
    const chain: object[] = [];
    let value: object = { leaf: 1 };
    chain.push(value);
    for (let i = 0; i < 100_000; i++) {
      value = { n: value };
      chain.push(value);
    }
    const state: JsonTreeState = {
      expanded: new Map(chain.map((c) => [c, true])),
      limits: new Map(),
    };
    const all = flattenJsonTree(value, null, state, { maxLines: Infinity });
    expect(all.length).toBe(100_002);
    expect(all.at(-1)).toMatchObject({ kind: "value", depth: 100_001, label: "leaf", text: "1" });
    const cut = flattenJsonTree(value, null, state, { maxLines: 500 });
    expect(cut.length).toBe(501);
    expect(cut.at(-1)).toEqual({ kind: "cut", depth: 0, maxLines: 500 });
  });

  it("stops opening containers by default once the tree is long", () => {
    const value = Object.fromEntries(Array.from({ length: 300 }, (_, i) => [`k${i}`, { v: i }]));
    const lines = flattenJsonTree(value, null, empty, { autoExpandLines: 50, pageSize: 1000 });
    const opened = lines.filter((l) => l.kind === "value" && l.depth === 1 && l.expanded).length;
    expect(opened).toBeGreaterThan(0);
    expect(opened).toBeLessThan(50);
  });

  it("ends at a container that contains itself when the line budget runs out", () => {
    const value: Record<string, unknown> = {};
    value.self = value;
    const lines = flattenJsonTree(
      value,
      null,
      { expanded: new Map([[value, true]]), limits: new Map() },
      { maxLines: 20 },
    );
    expect(lines.at(-1)).toEqual({ kind: "cut", depth: 0, maxLines: 20 });
  });

  it("shows strings unescaped in quotes", () => {
    const [line] = flattenJsonTree('say "hi"\n<b>', null, empty);
    expect(line).toMatchObject({ kind: "value", type: "string", text: '"say "hi"\n<b>"' });
  });
});
