import { describe, expect, it } from "vitest";
import { readJsonSequence, type JsonSequenceItem } from "../../src/formats/readJsonSequence";

function items(text: string): JsonSequenceItem[] {
  const out: JsonSequenceItem[] = [];
  readJsonSequence(text, (item) => out.push(item));
  return out;
}

describe("readJsonSequence", () => {
  it("reads one value per line and skips blank lines, with line numbers", () => {
    expect(items('{"a":1}\n\n  \n[2]\r\n"x"\n')).toEqual([
      { ok: true, value: { a: 1 }, line: 1 },
      { ok: true, value: [2], line: 4 },
      { ok: true, value: "x", line: 5 },
    ]);
  });

  it("reads values spread over lines and several values on one line", () => {
    expect(items('{\n  "a": 1\n}\n{"b": 2}{"c": 3}\n[\n]')).toEqual([
      { ok: true, value: { a: 1 }, line: 1 },
      { ok: true, value: { b: 2 }, line: 4 },
      { ok: true, value: { c: 3 }, line: 4 },
      { ok: true, value: [], line: 5 },
    ]);
  });

  it("reports an invalid value with the line and column of the error and goes on", () => {
    const out = items('{"a": 1}\n{\n  "b": 2,\n}\n{"c": 3}');
    expect(out).toHaveLength(3);
    expect(out[1]).toMatchObject({ ok: false, line: 2 });
    expect(out[1].ok === false && out[1].message).toMatch(/^invalid JSON at line 4, column 1: /);
    expect(out[2]).toEqual({ ok: true, value: { c: 3 }, line: 5 });
  });

  it("after a value that never closes, reads the remaining lines one by one", () => {
    const out = items('{"a": [1,\n{"b": 2}\n{"c": 3}');
    expect(out).toEqual([
      {
        ok: false,
        message: "invalid JSON at line 1, column 1: the value starting here never closes",
        line: 1,
      },
      { ok: true, value: { b: 2 }, line: 2 },
      { ok: true, value: { c: 3 }, line: 3 },
    ]);
  });

  it("terminates on characters that only JavaScript counts as whitespace", () => {
    const out = items("\u000b\u000fo\u00a0e\n\u2028x");
    expect(out.length).toBeGreaterThan(0);
    for (const item of out) expect(item.ok).toBe(false);
  });
});
