import { describe, expect, it } from "vitest";
import { generateWorkload } from "../../src/sample/generateWorkload";
import { sampleTraces } from "../../src/sample/sampleTraces";
import { groupByTrace } from "./documentChecks";

describe("sampleTraces", () => {
  it("assembles every trace of the workload, rooted at the API Gateway stage", () => {
    const options = { traces: 80, seed: 2, inProgressRate: 0, missingSegmentRate: 0 };
    const traces = sampleTraces(options);
    const ids = [...groupByTrace(generateWorkload(options)).keys()];
    expect(traces.map((t) => t.id).sort()).toEqual(ids.sort());
    for (const trace of traces) {
      expect(trace.root?.name).toBe("storefront-api/prod");
      expect(trace.root?.origin).toBe("AWS::APIGateway::Stage");
      expect(trace.roots).toHaveLength(1);
    }
  });

  it("links the services into one tree and infers the AWS resources it calls", () => {
    const traces = sampleTraces({ traces: 60, seed: 3 });
    const origins = new Set(traces.flatMap((t) => t.segments.map((s) => s.origin)));
    for (const origin of ["AWS::ECS::Container", "AWS::Lambda", "AWS::Lambda::Function"]) {
      expect(origins.has(origin)).toBe(true);
    }
    const inferred = traces.flatMap((t) => t.segments.filter((s) => s.kind === "inferred"));
    expect(inferred.length).toBeGreaterThan(0);
    const web = traces.flatMap((t) => t.segments.filter((s) => s.origin === "AWS::ECS::Container"));
    for (const segment of web.filter((s) => !s.orphan))
      expect(segment.parent?.namespace).toBe("remote");
  });

  it("is deterministic for a seed", () => {
    const a = sampleTraces({ traces: 30, seed: 9 }).map((t) => t.summary);
    const b = sampleTraces({ traces: 30, seed: 9 }).map((t) => t.summary);
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
  });
});
