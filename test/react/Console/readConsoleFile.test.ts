import { expect, it } from "vitest";
import type { ConsoleLoadProgress } from "../../../src/react/Console/loadConsoleText";
import { readConsoleFile } from "../../../src/react/Console/readConsoleFile";

const encoder = new TextEncoder();

/** A file whose stream gives `chunks` one by one. */
function chunkedFile(chunks: readonly Uint8Array[]) {
  const size = chunks.reduce((n, c) => n + c.byteLength, 0);
  return {
    size,
    text: () => Promise.reject(new Error("text() should not be used")),
    stream: () => {
      let i = 0;
      return new ReadableStream<Uint8Array>({
        pull(controller) {
          if (i < chunks.length) controller.enqueue(chunks[i++]!);
          else controller.close();
        },
      });
    },
  };
}

it("readConsoleFile streams a file, reporting the bytes read from 0 to the size", async () => {
  const line = '{"name":"caf\u00e9 \u2192 \u{1F680}"}\n';
  const text = line.repeat(20_000); // about 600 kB
  const bytes = encoder.encode(text);
  const chunks: Uint8Array[] = [];
  for (let at = 0; at < bytes.byteLength; at += 4096) chunks.push(bytes.subarray(at, at + 4096));
  const file = chunkedFile(chunks); // 4 kB chunks, multi-byte characters split between them
  const progress: ConsoleLoadProgress[] = [];
  expect(await readConsoleFile(file, (p) => progress.push(p))).toBe(text);
  expect(progress[0]).toEqual({ phase: "reading", fraction: 0, loaded: 0, total: file.size });
  expect(progress.at(-1)).toEqual({
    phase: "reading",
    fraction: 1,
    loaded: file.size,
    total: file.size,
  });
  // Progress in between (about every hundredth of the file), not after each of the 150 chunks.
  expect(progress.length).toBeGreaterThan(50);
  expect(progress.length).toBeLessThanOrEqual(102);
  const loaded = progress.map((p) => p.loaded!);
  expect(loaded).toEqual([...loaded].sort((a, b) => a - b));
  for (const p of progress) expect(p.fraction).toBeCloseTo(p.loaded! / file.size, 12);
});

it("readConsoleFile decodes characters split across chunks", async () => {
  const bytes = encoder.encode("\u00e9\u2192\u{1F680}");
  const chunks = [...bytes].map((b) => Uint8Array.of(b)); // one byte per chunk
  const progress: ConsoleLoadProgress[] = [];
  const text = await readConsoleFile(chunkedFile(chunks), (p) => progress.push(p));
  expect(text).toBe("\u00e9\u2192\u{1F680}");
  expect(progress.map((p) => p.loaded)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
});

it("readConsoleFile falls back to text() where a file has no stream, reporting start and end", async () => {
  const progress: ConsoleLoadProgress[] = [];
  const file = { size: 5, text: () => Promise.resolve("hello") };
  expect(await readConsoleFile(file, (p) => progress.push(p))).toBe("hello");
  expect(progress).toEqual([
    { phase: "reading", fraction: 0, loaded: 0, total: 5 },
    { phase: "reading", fraction: 1, loaded: 5, total: 5 },
  ]);
});

it("readConsoleFile reads a Blob's text through its stream", async () => {
  const progress: ConsoleLoadProgress[] = [];
  const blob = new Blob(["caf\u00e9\n", "\u2192 done"]);
  expect(await readConsoleFile(blob, (p) => progress.push(p))).toBe("caf\u00e9\n\u2192 done");
  expect(progress.at(-1)).toMatchObject({ fraction: 1, loaded: blob.size, total: blob.size });
});

it("readConsoleFile reads an empty file as done", async () => {
  const progress: ConsoleLoadProgress[] = [];
  expect(await readConsoleFile(new Blob([]), (p) => progress.push(p))).toBe("");
  expect(progress.at(-1)).toEqual({ phase: "reading", fraction: 1, loaded: 0, total: 0 });
});
