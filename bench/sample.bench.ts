/**
 * The built-in workload's speed: streaming 10,000 traces (against JSON.stringify of the same
 * documents, in the same run), and one large trace of 1,000,000 entities per shape (goal: a few
 * seconds each, heap in proportion to the entities).
 */
import type { SegmentDocument } from "../src/model/index";
import { generateLargeTrace, generateWorkload } from "../src/sample/index";
import { collect, fmtMs, fmtRate, heapUsed, report } from "./harness";

const MB = 2 ** 20;

function timed<T>(fn: () => T): [T, number] {
  const t0 = performance.now();
  const value = fn();
  return [value, performance.now() - t0];
}

function countEntities(docs: readonly SegmentDocument[]): number {
  let n = 0;
  const stack: { subsegments?: readonly unknown[] }[] = [...docs];
  while (stack.length > 0) {
    const e = stack.pop()!;
    n++;
    for (const s of e.subsegments ?? []) stack.push(s as { subsegments?: readonly unknown[] });
  }
  return n;
}

export function run(): void {
  collect();
  const [docs, generateMs] = timed(() => [...generateWorkload({ traces: 10_000, seed: 1 })]);
  const [text, stringifyMs] = timed(() => docs.map((d) => JSON.stringify(d)).join("\n"));
  report("sample: generateWorkload, 10,000 traces", [
    [
      "documents",
      `${docs.length} (${countEntities(docs)} entities, ${(text.length / MB).toFixed(1)} MB NDJSON)`,
    ],
    ["generate", `${fmtMs(generateMs)} (${fmtRate(docs.length, generateMs, "documents")})`],
    ["JSON.stringify (baseline)", fmtMs(stringifyMs)],
    ["ratio generate / stringify", (generateMs / stringifyMs).toFixed(2)],
  ]);

  for (const shape of ["wide", "deep", "mixed"] as const) {
    collect();
    const before = heapUsed();
    const [large, ms] = timed(() => generateLargeTrace({ entities: 1_000_000, shape }));
    const grown = heapUsed() - before;
    report(`sample: generateLargeTrace, 1,000,000 entities, ${shape}`, [
      ["documents", String(large.length)],
      ["time", `${fmtMs(ms)} (${fmtRate(1_000_000, ms, "entities")})`],
      ["heap held", `${(grown / MB).toFixed(0)} MB (${(grown / 1_000_000).toFixed(0)} B/entity)`],
    ]);
  }
}
