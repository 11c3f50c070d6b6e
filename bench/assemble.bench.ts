/**
 * Assembly from JSON text against JSON.parse of the same text, measured in the same run
 * (issue 2 §6): 10,000 traces of the built-in workload as NDJSON, and one trace of 100,000
 * entities (wide and deep). Goal: parsing + assembly within 1.5× JSON.parse alone; peak heap
 * within 3× the input. Times are process CPU time (user + system, GC threads included), median of
 * interleaved runs: the machine is shared, and wall time there mostly measures the neighbours.
 * Wall time is printed too (with the load average), for runs on a quiet machine.
 */
import { loadavg } from "node:os";
import { assembleTraces } from "../src/assemble/index";
import { parseSegmentDocuments } from "../src/formats/index";
import type { SegmentDocument, Trace } from "../src/model/index";
import { generateLargeTrace, generateWorkload } from "../src/sample/index";
import { clock, collect, fmtMs, heapUsed, report } from "./harness";

const MB = 2 ** 20;

function toNdjson(documents: Iterable<SegmentDocument>): string {
  const lines: string[] = [];
  for (const document of documents) lines.push(JSON.stringify(document));
  return lines.join("\n");
}

/** The baseline: JSON.parse of every line of the same NDJSON text, results kept. */
function jsonParseLines(text: string): unknown[] {
  const out: unknown[] = [];
  let start = 0;
  while (start < text.length) {
    let end = text.indexOf("\n", start);
    if (end < 0) end = text.length;
    if (end > start) out.push(JSON.parse(text.slice(start, end)));
    start = end + 1;
  }
  return out;
}

function readSummaries(traces: readonly Trace[]): number {
  let n = 0;
  for (const trace of traces) n += trace.summary.Revision;
  return n;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** CPU and wall milliseconds of `fn` after a collection (earlier garbage is not billed to it). */
function collectedClock(fn: () => unknown): { cpu: number; wall: number } {
  collect();
  return clock(fn);
}

/** CPU milliseconds of `fn`. */
const cpu = (fn: () => unknown): number => collectedClock(fn).cpu;

interface Figures {
  parse: number;
  reader: number;
  pipeline: number;
  assemble: number;
  summaries: number;
  ratio: number;
  ratioWithSummaries: number;
  parseWall: number;
  pipelineWall: number;
  wallRatio: number;
}

/** Interleaved runs after one warm-up, so each pair sees the same machine load. */
function measure(text: string, runs: number): Figures {
  const rows: Figures[] = [];
  for (let r = -1; r < runs; r++) {
    const { cpu: parse, wall: parseWall } = collectedClock(() => jsonParseLines(text));
    const reader = cpu(() => parseSegmentDocuments(text));
    let traces: readonly Trace[] = [];
    const { cpu: pipeline, wall: pipelineWall } = collectedClock(
      () => (traces = assembleTraces(parseSegmentDocuments(text).documents).traces),
    );
    const summaries = cpu(() => readSummaries(traces));
    const documents = jsonParseLines(text) as SegmentDocument[];
    const assemble = cpu(() => assembleTraces(documents));
    if (r < 0) continue;
    const ratio = pipeline / parse;
    rows.push({
      parse,
      reader,
      pipeline,
      assemble,
      summaries,
      ratio,
      ratioWithSummaries: (pipeline + summaries) / parse,
      parseWall,
      pipelineWall,
      wallRatio: pipelineWall / parseWall,
    });
  }
  const pick = (k: keyof Figures) => median(rows.map((row) => row[k]));
  return {
    parse: pick("parse"),
    reader: pick("reader"),
    pipeline: pick("pipeline"),
    assemble: pick("assemble"),
    summaries: pick("summaries"),
    ratio: pick("ratio"),
    ratioWithSummaries: pick("ratioWithSummaries"),
    parseWall: pick("parseWall"),
    pipelineWall: pick("pipelineWall"),
    wallRatio: pick("wallRatio"),
  };
}

/** Heap kept by the JSON.parse documents alone (the reference for the other heap figures). */
function measureDocumentsOnly(text: string): number {
  collect();
  const base = heapUsed();
  const documents = jsonParseLines(text);
  collect();
  const bytes = heapUsed() - base;
  if (documents.length === 0) throw new Error("no documents"); // keeps them alive until measured
  return bytes;
}

/**
 * Heap growth over the text (already allocated), sampled at the end of each phase (garbage not
 * yet collected counts, so a sample can exceed what is live), and after a full collection.
 */
function measureHeap(text: string) {
  const documentsOnly = measureDocumentsOnly(text);
  collect();
  const before = heapUsed();
  const parsed = parseSegmentDocuments(text);
  const afterParse = heapUsed() - before;
  const result = assembleTraces(parsed.documents);
  const afterAssemble = heapUsed() - before;
  readSummaries(result.traces);
  const afterSummaries = heapUsed() - before;
  collect();
  const retained = heapUsed() - before;
  let nodes = 0;
  for (const trace of result.traces) nodes += trace.nodes.size;
  return {
    peak: Math.max(afterParse, afterAssemble),
    peakWithSummaries: Math.max(afterParse, afterAssemble, afterSummaries),
    retained,
    documentsOnly,
    traces: result.traces.length,
    nodes,
    documents: parsed.documents.length,
  };
}

function scenario(name: string, text: string, runs: number): void {
  const bytes = Buffer.byteLength(text);
  const heap = measureHeap(text);
  const t = measure(text, runs);
  const x = (ms: number) => `${(ms / t.parse).toFixed(2)}×`;
  const mib = (b: number) => `${(b / MB).toFixed(0)} MiB = ${(b / bytes).toFixed(2)}× input`;
  report(`assemble: ${name}`, [
    [
      "input",
      `${(bytes / MB).toFixed(1)} MiB NDJSON, ${heap.documents} documents, ${heap.traces} traces, ${heap.nodes} nodes (incl. inferred)`,
    ],
    ["JSON.parse of every line (baseline)", fmtMs(t.parse)],
    ["parseSegmentDocuments alone", `${fmtMs(t.reader)}  ${x(t.reader)}`],
    [
      "parseSegmentDocuments + assembleTraces",
      `${fmtMs(t.pipeline)}  ${t.ratio.toFixed(2)}× (goal ≤ 1.5×)`,
    ],
    [
      "  + reading every trace.summary",
      `${fmtMs(t.pipeline + t.summaries)}  ${t.ratioWithSummaries.toFixed(2)}×`,
    ],
    [
      "wall time: JSON.parse / parse + assemble",
      `${fmtMs(t.parseWall)} / ${fmtMs(t.pipelineWall)}  ${t.wallRatio.toFixed(2)}× (load ${loadavg()[0].toFixed(1)})`,
    ],
    ["assembleTraces alone (parsed input)", `${fmtMs(t.assemble)}  ${x(t.assemble)}`],
    ["every summary (lazy, first read)", `${fmtMs(t.summaries)}  ${x(t.summaries)}`],
    ["peak heap, parse + assemble", `${mib(heap.peak)} (goal ≤ 3×)`],
    ["peak heap with every summary", mib(heap.peakWithSummaries)],
    ["retained: documents + traces + summaries", mib(heap.retained)],
    ["retained: JSON.parse documents alone", mib(heap.documentsOnly)],
  ]);
}

export function run(): void {
  const workload = toNdjson(generateWorkload({ traces: 10_000, seed: 1 }));
  scenario("10,000 traces (built-in workload)", workload, 5);
  for (const shape of ["wide", "deep"] as const) {
    const large = toNdjson(generateLargeTrace({ entities: 100_000, seed: 1, shape }));
    scenario(`one trace of 100,000 entities (${shape})`, large, 5);
  }
}
