import { describe, expect, it } from "vitest";
import { assembleTraces } from "../../src/assemble/assembleTraces";
import { formatBatchGetTraces } from "../../src/assemble/formatBatchGetTraces";
import type { SegmentDocument, Subsegment } from "../../src/model/SegmentDocument";
import { independent, segment } from "./documents";

const N = 100_000;

function id(i: number): string {
  return i.toString(16).padStart(16, "0");
}

describe("assembleTraces on 100,000-level chains", () => {
  it("assembleTraces assembles a chain of 100,000 independent subsegments each naming the previous as parent", () => {
    const docs: SegmentDocument[] = [segment("root", { start_time: 0, end_time: N + 1 })];
    for (let i = 1; i <= N; i++) {
      docs.push(
        independent(id(i), i === 1 ? "root" : id(i - 1), {
          start_time: i,
          end_time: N + 1 - i / N,
        }),
      );
    }
    docs.reverse(); // children first: every parent arrives after its child
    const { traces, diagnostics } = assembleTraces(docs);
    expect(diagnostics).toEqual([]);
    const trace = traces[0];
    expect(trace.nodes.size).toBe(N + 1);
    const leaf = trace.nodes.get(id(N))!;
    expect(leaf.depth).toBe(N);
    expect(leaf.segment.id).toBe("root");
    expect(trace.summary.ResponseTimeRootCauses[0].Services[0].EntityPath).toHaveLength(N + 1);
  });

  it("assembleTraces assembles a segment with 100,000 levels of embedded subsegments", () => {
    let inner: Subsegment = {
      id: id(N),
      name: "leaf",
      start_time: N,
      end_time: N + 1,
      fault: true,
    };
    for (let i = N - 1; i >= 1; i--) {
      inner = {
        id: id(i),
        name: `s${i}`,
        start_time: i,
        end_time: N + 2,
        fault: true,
        subsegments: [inner],
      };
    }
    const doc = segment("root", {
      start_time: 0,
      end_time: N + 3,
      fault: true,
      subsegments: [inner],
    });
    const { traces, diagnostics } = assembleTraces([doc]);
    expect(diagnostics).toEqual([]);
    const trace = traces[0];
    expect(trace.nodes.get(id(N))!.depth).toBe(N);
    const causes = trace.summary.FaultRootCauses;
    expect(causes).toHaveLength(1);
    const path = causes[0].Services[0].EntityPath;
    expect(path).toHaveLength(N + 1);
    expect(path[N].Name).toBe("leaf");

    const { Traces } = formatBatchGetTraces(traces);
    const back = JSON.parse(Traces[0].Segments[0].Document) as SegmentDocument;
    let depth = 0;
    for (let e: Subsegment | undefined = back.subsegments?.[0]; e; e = e.subsegments?.[0]) depth++;
    expect(depth).toBe(N);
  });
});
