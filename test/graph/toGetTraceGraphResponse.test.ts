import { describe, expect, it } from "vitest";
import { toGetServiceGraphResponse } from "../../src/graph/toGetServiceGraphResponse";
import { deriveServiceGraph } from "../../src/graph/deriveServiceGraph";
import { toGetTraceGraphResponse } from "../../src/graph/toGetTraceGraphResponse";
import { sampleTraces } from "../../src/sample/index";

describe("toGetTraceGraphResponse", () => {
  const traces = sampleTraces({ traces: 30, seed: 4 });

  it("gives {Services} only: the service graph of the given traces", () => {
    const response = toGetTraceGraphResponse([traces[0], traces[1]]);
    expect(Object.keys(response)).toEqual(["Services"]);
    expect(response.Services).toEqual(
      toGetServiceGraphResponse(deriveServiceGraph([traces[0], traces[1]])).Services,
    );
  });

  it("for one trace, counts each of its services once per segment", () => {
    const trace = traces[0];
    const response = toGetTraceGraphResponse([trace]);
    const root = response.Services.find((s) => s.Root === true)!;
    expect(root.Name).toBe(trace.root!.name);
    expect(root.SummaryStatistics!.TotalCount).toBe(trace.root!.endTime === undefined ? 0 : 1);
    const segments = trace.segments.length;
    const counted = response.Services.reduce(
      (n, s) => n + (s.SummaryStatistics?.TotalCount ?? 0),
      0,
    );
    expect(counted).toBeLessThanOrEqual(segments);
    expect(response.Services.filter((s) => s.Type !== "client")).toHaveLength(
      new Set(trace.segments.map((s) => `${s.name}|${s.origin}`)).size,
    );
  });
});
