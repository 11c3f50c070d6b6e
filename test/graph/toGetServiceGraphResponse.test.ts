import { describe, expect, it } from "vitest";
import { deriveServiceGraph } from "../../src/graph/deriveServiceGraph";
import { toGetServiceGraphResponse } from "../../src/graph/toGetServiceGraphResponse";
import { sampleTraces } from "../../src/sample/index";
import { describeCorpus, readCorpus } from "../support/corpus";

/** Member names of a shape in the X-Ray API model (botocore service-2.json). */
function apiMembers(shape: string): string[] {
  const model = JSON.parse(readCorpus("botocore__xray-2016-04-12-service-2.json")) as {
    shapes: Record<string, { members: Record<string, unknown> }>;
  };
  return Object.keys(model.shapes[shape].members);
}

const traces = sampleTraces({ traces: 150, seed: 3 });
const response = toGetServiceGraphResponse(deriveServiceGraph(traces));

describeCorpus("toGetServiceGraphResponse field names", () => {
  it("uses only the member names of X-Ray's GetServiceGraphResult, Service, Edge, Alias, statistics and HistogramEntry shapes", () => {
    const result = apiMembers("GetServiceGraphResult");
    const service = apiMembers("Service");
    const edge = apiMembers("Edge");
    const stats = apiMembers("ServiceStatistics");
    const entry = apiMembers("HistogramEntry");
    for (const key of Object.keys(response)) expect(result).toContain(key);
    expect(response.Services.length).toBeGreaterThan(5);
    for (const s of response.Services) {
      for (const key of Object.keys(s)) expect(service).toContain(key);
      for (const key of Object.keys(s.SummaryStatistics ?? {})) expect(stats).toContain(key);
      for (const e of s.ResponseTimeHistogram ?? [])
        expect(Object.keys(e).sort()).toEqual([...entry].sort());
      for (const e of s.Edges) {
        for (const key of Object.keys(e)) expect(edge).toContain(key);
        for (const key of Object.keys(e.SummaryStatistics))
          expect(apiMembers("EdgeStatistics")).toContain(key);
        for (const a of e.Aliases)
          for (const key of Object.keys(a)) expect(apiMembers("Alias")).toContain(key);
      }
    }
  });
});

describe("toGetServiceGraphResponse", () => {
  it("lists services by ReferenceId, and edges by their target's ReferenceId", () => {
    expect(response.Services.map((s) => s.ReferenceId)).toEqual(response.Services.map((_, i) => i));
    const ids = new Set(response.Services.map((s) => s.ReferenceId));
    for (const s of response.Services)
      for (const e of s.Edges) expect(ids.has(e.ReferenceId)).toBe(true);
  });

  it("marks roots only with Root: true and gives client nodes no statistics or histograms", () => {
    for (const s of response.Services) {
      if ("Root" in s) expect(s.Root).toBe(true);
      if (s.Type === "client") {
        expect(s.State).toBe("unknown");
        expect(s.SummaryStatistics).toBeUndefined();
        expect(s.ResponseTimeHistogram).toBeUndefined();
        expect(s.Edges.length).toBeGreaterThan(0);
      } else {
        expect(s.SummaryStatistics).toBeDefined();
      }
    }
    expect(response.Services.filter((s) => s.Root === true).length).toBeGreaterThan(0);
  });

  it("writes histograms whose counts add up to the requests counted", () => {
    for (const s of response.Services) {
      const count = (h: readonly { Count: number }[] | undefined) =>
        (h ?? []).reduce((n, e) => n + e.Count, 0);
      if (s.SummaryStatistics !== undefined) {
        expect(count(s.ResponseTimeHistogram)).toBe(s.SummaryStatistics.TotalCount);
        expect(count(s.DurationHistogram)).toBe(s.SummaryStatistics.TotalCount);
      }
      for (const e of s.Edges) {
        const h = e.EdgeType === "link" ? e.ReceivedEventAgeHistogram : e.ResponseTimeHistogram;
        expect(count(h)).toBe(e.SummaryStatistics.TotalCount);
      }
    }
  });

  it("caps the histogram entries with the buckets option", () => {
    const capped = toGetServiceGraphResponse(deriveServiceGraph(traces), { buckets: 5 });
    const busiest = capped.Services.reduce((a, b) =>
      (b.SummaryStatistics?.TotalCount ?? 0) > (a.SummaryStatistics?.TotalCount ?? 0) ? b : a,
    );
    expect(busiest.ResponseTimeHistogram!.length).toBeLessThanOrEqual(5);
    expect(busiest.ResponseTimeHistogram!.reduce((n, e) => n + e.Count, 0)).toBe(
      busiest.SummaryStatistics!.TotalCount,
    );
  });

  it("is plain JSON: it survives JSON.stringify and parse unchanged", () => {
    expect(JSON.parse(JSON.stringify(response))).toEqual(response);
    expect(response.ContainsOldGroupVersions).toBe(false);
    expect(response.StartTime).toBeLessThanOrEqual(response.EndTime);
  });
});
