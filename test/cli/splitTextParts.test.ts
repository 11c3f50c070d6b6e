import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { splitTextParts } from "../../src/cli/splitTextParts";

const encode = (text: string) => new TextEncoder().encode(text);
const texts = (text: string, max: number) => {
  const bytes = encode(text);
  const parts = splitTextParts(bytes, max);
  if (parts === null) return null;
  return parts.map((p) => ({
    text: new TextDecoder().decode(bytes.subarray(p.start, p.end)),
    line: p.firstLine,
  }));
};

describe("splitTextParts", () => {
  it("keeps text that fits as one part", () => {
    expect(texts('{"a":1}\n{"b":2}\n', 100)).toEqual([{ text: '{"a":1}\n{"b":2}\n', line: 1 }]);
    expect(texts("", 10)).toEqual([{ text: "", line: 1 }]);
  });

  it("cuts NDJSON between lines, each part within the limit, with the line each starts on", () => {
    const lines = ['{"a":1}', '{"b":"x\\ny"}', "", '{"c":[1,2]}', '{"d":{}}'];
    expect(texts(lines.join("\n"), 16)).toEqual([
      { text: '{"a":1}\n', line: 1 },
      { text: '{"b":"x\\ny"}\n\n', line: 2 },
      { text: '{"c":[1,2]}\n', line: 4 },
      { text: '{"d":{}}', line: 5 },
    ]);
  });

  it("never cuts inside a pretty-printed value, a string, or after a daemon frame header", () => {
    const pretty = '{\n "a": "}\\"\n{",\n "b": [\n  1\n ]\n}\n{"c":1}\n';
    expect(texts(pretty, 40)).toEqual([
      { text: '{\n "a": "}\\"\n{",\n "b": [\n  1\n ]\n}\n', line: 1 },
      { text: '{"c":1}\n', line: 8 },
    ]);
    const header = '{"format": "json", "version": 1}';
    const frames = `${header}\n{"id":"a"}\n${header}\n{"id":"b"}\n`;
    expect(texts(frames, 50)?.map((p) => p.text)).toEqual([
      `${header}\n{"id":"a"}\n`,
      `${header}\n{"id":"b"}\n`,
    ]);
  });

  it("gives up (null) when one value is longer than the limit", () => {
    expect(texts('{"a":1}\n{"b":"a long string"}\n', 12)).toBeNull();
  });

  it("splits any NDJSON into parts within the limit whose lines, joined, are the input (property)", () => {
    const line = fc.oneof(
      fc.constant(""),
      fc.jsonValue().map((v) => JSON.stringify(v)),
      fc.string().map((s) => JSON.stringify({ s })),
    );
    fc.assert(
      fc.property(
        fc.array(line, { maxLength: 30 }),
        fc.integer({ min: 1, max: 200 }),
        (lines, max) => {
          const text = lines.join("\n");
          const longest = Math.max(0, ...lines.map((l) => encode(l).length + 1));
          const parts = texts(text, max);
          if (longest > max) return; // may or may not be splittable; checked above
          expect(parts).not.toBeNull();
          expect(parts!.map((p) => p.text).join("")).toBe(text);
          let lineNo = 1;
          for (const part of parts!) {
            expect(encode(part.text).length).toBeLessThanOrEqual(max);
            expect(part.line).toBe(lineNo);
            lineNo += part.text.split("\n").length - 1;
            if (part !== parts![parts!.length - 1]) expect(part.text.endsWith("\n")).toBe(true);
          }
        },
      ),
    );
  });
});
