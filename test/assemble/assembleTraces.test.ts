import { describe, expect, it } from "vitest";
import { assembleTraces } from "../../src/assemble/assembleTraces";
import type { SegmentDocument } from "../../src/model/SegmentDocument";
import {
  OTHER_TRACE,
  TRACE,
  childIds,
  deepFreeze,
  independent,
  segment,
  shape,
  subsegment,
} from "./documents";

const codes = (r: { diagnostics: readonly { code: string }[] }) => r.diagnostics.map((d) => d.code);

describe("assembleTraces grouping and linking", () => {
  it("assembleTraces groups documents by trace_id and returns traces by start time", () => {
    const { traces } = assembleTraces([
      segment("b", { trace_id: OTHER_TRACE, start_time: 50, end_time: 60 }),
      segment("a"),
      segment("c", { trace_id: OTHER_TRACE, start_time: 55, end_time: 56, parent_id: "bx" }),
      segment("bx2", { trace_id: TRACE, parent_id: "a-call" }),
    ]);
    expect(traces.map((t) => t.id)).toEqual([OTHER_TRACE, TRACE]);
    expect([...traces[0].nodes.keys()].sort()).toEqual(["b", "c"]);
    expect([...traces[1].nodes.keys()].sort()).toEqual(["a", "bx2"]);
  });

  it("assembleTraces links a segment under the calling subsegment in another service's document", () => {
    const { traces, diagnostics } = assembleTraces([
      segment("callee", { start_time: 100.2, end_time: 100.8, parent_id: "call" }),
      segment("front", {
        subsegments: [
          subsegment("call", { namespace: "remote", start_time: 100.1, end_time: 100.9 }),
        ],
      }),
    ]);
    const trace = traces[0];
    expect(trace.root?.id).toBe("front");
    expect(childIds(trace, "call")).toEqual(["callee"]);
    const callee = trace.nodes.get("callee")!;
    expect(callee.parent?.id).toBe("call");
    expect(callee.depth).toBe(2);
    expect(callee.segment).toBe(callee);
    expect(trace.nodes.size).toBe(3); // the call is claimed: no inferred node
    expect(diagnostics).toEqual([]);
  });

  it("assembleTraces attaches an independent subsegment under its parent segment", () => {
    const { traces } = assembleTraces([
      segment("root", { subsegments: [subsegment("embedded", { start_time: 100.5 })] }),
      independent("indep", "root", { start_time: 100.2 }),
    ]);
    expect(childIds(traces[0], "root")).toEqual(["indep", "embedded"]);
    const node = traces[0].nodes.get("indep")!;
    expect(node.kind).toBe("subsegment");
    expect(node.segment.id).toBe("root");
    expect(node.documentIndex).toBe(1);
  });

  it("assembleTraces attaches an independent subsegment that arrives before its parent", () => {
    const { traces, diagnostics } = assembleTraces([
      independent("late-child", "root", { start_time: 100.3 }),
      segment("root"),
    ]);
    expect(childIds(traces[0], "root")).toEqual(["late-child"]);
    expect(traces[0].nodes.get("late-child")!.orphan).toBe(false);
    expect(diagnostics).toEqual([]);
  });

  it("assembleTraces attaches an independent subsegment under a nested embedded subsegment", () => {
    const { traces } = assembleTraces([
      independent("deep", "inner", { start_time: 100.4 }),
      segment("root", {
        subsegments: [subsegment("outer", { subsegments: [subsegment("inner")] })],
      }),
    ]);
    expect(childIds(traces[0], "inner")).toEqual(["deep"]);
    expect(traces[0].nodes.get("deep")!.depth).toBe(3);
  });

  it("assembleTraces attaches independent subsegments under other independent subsegments in any order", () => {
    const { traces } = assembleTraces([
      independent("c", "b"),
      independent("b", "a"),
      segment("root"),
      independent("a", "root"),
    ]);
    expect(shape(traces[0])).toEqual([
      "0:segment:root<-",
      "1:subsegment:a<root",
      "2:subsegment:b<a",
      "3:subsegment:c<b",
    ]);
  });

  it("assembleTraces sets depth, segment, origin, namespace, documentIndex and status on nodes", () => {
    const { traces } = assembleTraces([
      segment("root", {
        origin: "AWS::ECS::Container",
        subsegments: [
          subsegment("custom", {
            error: true,
            subsegments: [
              subsegment("q", { namespace: "remote", in_progress: true, end_time: undefined }),
            ],
          }),
        ],
      }),
    ]);
    const trace = traces[0];
    const q = trace.nodes.get("q")!;
    expect(q.depth).toBe(2);
    expect(q.segment.id).toBe("root");
    expect(q.origin).toBe("AWS::ECS::Container");
    expect(q.namespace).toBe("remote");
    expect(q.documentIndex).toBe(0);
    expect(q.inProgress).toBe(true);
    expect(q.endTime).toBeUndefined();
    expect(q.status).toBe("pending");
    expect(trace.nodes.get("custom")!.status).toBe("error");
    expect(trace.root!.status).toBe("ok");
    expect(trace.root!.origin).toBe("AWS::ECS::Container");
  });

  it("assembleTraces reports documents without string id or trace_id and skips them", () => {
    const docs = [
      segment("ok"),
      { name: "x", start_time: 1 },
      null,
    ] as unknown as SegmentDocument[];
    const { traces, diagnostics } = assembleTraces(docs);
    expect(traces).toHaveLength(1);
    expect(diagnostics.map((d) => [d.code, d.severity, d.documentIndex])).toEqual([
      ["missing-field", "error", 1],
      ["missing-field", "error", 2],
    ]);
  });

  it("assembleTraces never mutates its input", () => {
    const docs = deepFreeze([
      independent("i", "s1", { namespace: "aws", name: "S3" }),
      segment("root", {
        subsegments: [
          subsegment("s1", { start_time: 100.5 }),
          subsegment("s0", { start_time: 100.1 }),
        ],
      }),
      segment("orphan", { parent_id: "nowhere" }),
    ]);
    const before = JSON.stringify(docs);
    const { traces } = assembleTraces(docs);
    expect(JSON.stringify(docs)).toBe(before);
    expect(childIds(traces[0], "root")).toEqual(["s0", "s1"]);
  });
});

describe("assembleTraces in-progress and duplicate documents", () => {
  const inProgress = segment("seg", { in_progress: true, end_time: undefined, name: "first" });
  const complete = segment("seg", { end_time: 102, name: "final" });

  it("assembleTraces keeps the complete document when it arrives after the in-progress one", () => {
    const { traces, diagnostics } = assembleTraces([inProgress, complete]);
    expect(traces[0].root!.name).toBe("final");
    expect(traces[0].root!.inProgress).toBe(false);
    expect(diagnostics).toMatchObject([
      { code: "superseded-in-progress", severity: "info", documentIndex: 0, segmentId: "seg" },
    ]);
  });

  it("assembleTraces keeps the complete document when it arrives before the in-progress one", () => {
    const { traces, diagnostics } = assembleTraces([complete, inProgress]);
    expect(traces[0].root!.name).toBe("final");
    expect(traces[0].root!.documentIndex).toBe(0);
    expect(diagnostics).toMatchObject([{ code: "superseded-in-progress", documentIndex: 1 }]);
  });

  it("assembleTraces keeps the first of two documents with the same id and different content", () => {
    const { traces, diagnostics } = assembleTraces([
      segment("seg", { name: "one" }),
      segment("seg", { name: "two" }),
    ]);
    expect(traces[0].root!.name).toBe("one");
    expect(diagnostics).toMatchObject([
      { code: "duplicate-id", severity: "warning", documentIndex: 1, segmentId: "seg" },
    ]);
  });

  it("assembleTraces reports an identical repeated document as an info duplicate", () => {
    const { traces, diagnostics } = assembleTraces([segment("seg"), segment("seg")]);
    expect(traces[0].nodes.size).toBe(1);
    expect(diagnostics).toMatchObject([
      { code: "duplicate-id", severity: "info", documentIndex: 1 },
    ]);
  });

  it("assembleTraces lets a document win over an embedded subsegment with its id", () => {
    const { traces, diagnostics } = assembleTraces([
      segment("root", {
        subsegments: [subsegment("x", { in_progress: true, end_time: undefined })],
      }),
      independent("x", "root", { end_time: 100.7 }),
    ]);
    const x = traces[0].nodes.get("x")!;
    expect(x.documentIndex).toBe(1);
    expect(x.inProgress).toBe(false);
    expect(childIds(traces[0], "root")).toEqual(["x"]);
    expect(diagnostics).toMatchObject([
      { code: "superseded-in-progress", documentIndex: 0, path: "$.subsegments[0]" },
    ]);
  });

  it("assembleTraces keeps the first embedded subsegment when two documents embed the same id", () => {
    const { traces, diagnostics } = assembleTraces([
      segment("a", { subsegments: [subsegment("dup", { name: "mine" })] }),
      segment("b", { parent_id: "dup", subsegments: [subsegment("dup", { name: "theirs" })] }),
    ]);
    expect(traces[0].nodes.get("dup")!.name).toBe("mine");
    expect(childIds(traces[0], "dup")).toEqual(["b"]);
    expect(diagnostics).toMatchObject([
      { code: "duplicate-id", severity: "warning", documentIndex: 1, path: "$.subsegments[0]" },
    ]);
  });

  it("assembleTraces reports an embedded subsegment that is not an object and keeps its siblings", () => {
    const root = segment("root", { subsegments: [null, subsegment("fine")] as never });
    const { traces, diagnostics } = assembleTraces([root]);
    expect(childIds(traces[0], "root")).toEqual(["fine"]);
    expect(diagnostics).toMatchObject([{ code: "invalid-subsegment", path: "$.subsegments[0]" }]);
  });
});

describe("assembleTraces orphans, cycles and roots", () => {
  it("assembleTraces keeps an orphan whose parent never arrives as a reported root", () => {
    const { traces, diagnostics } = assembleTraces([
      segment("root"),
      independent("lost", "missing", {
        start_time: 100.5,
        subsegments: [subsegment("kid", { start_time: 100.6 })],
      }),
    ]);
    const trace = traces[0];
    expect(trace.roots.map((n) => n.id)).toEqual(["root", "lost"]);
    const lost = trace.nodes.get("lost")!;
    expect(lost.orphan).toBe(true);
    expect(lost.parent).toBeNull();
    expect(lost.depth).toBe(0);
    expect(lost.segment).toBe(lost);
    expect(trace.nodes.get("kid")!.depth).toBe(1);
    expect(diagnostics).toMatchObject([
      {
        code: "orphan",
        severity: "warning",
        documentIndex: 1,
        path: "$.parent_id",
        segmentId: "lost",
      },
    ]);
    expect(trace.summary.IsPartial).toBe(true);
  });

  it("assembleTraces breaks a parent cycle: every document on it becomes an orphan root", () => {
    const { traces, diagnostics } = assembleTraces([
      segment("a", { parent_id: "b-call", subsegments: [subsegment("a-call")] }),
      segment("b", { parent_id: "a-call", subsegments: [subsegment("b-call")] }),
      segment("hanger", { parent_id: "a-call", start_time: 100.5 }),
    ]);
    const trace = traces[0];
    expect(trace.roots.map((n) => n.id)).toEqual(["a", "b"]);
    expect(trace.roots.every((n) => n.orphan && n.parent === null)).toBe(true);
    expect(childIds(trace, "a-call")).toEqual(["hanger"]);
    expect(codes({ diagnostics }).filter((c) => c === "parent-cycle")).toHaveLength(2);
    expect(codes({ diagnostics })).toContain("missing-root");
  });

  it("assembleTraces breaks a document whose parent is its own subsegment", () => {
    const { traces, diagnostics } = assembleTraces([
      segment("self", { parent_id: "inner", subsegments: [subsegment("inner")] }),
    ]);
    expect(traces[0].roots.map((n) => n.id)).toEqual(["self"]);
    expect(traces[0].nodes.get("inner")!.depth).toBe(1);
    expect(diagnostics).toMatchObject([
      { code: "parent-cycle", segmentId: "self" },
      { code: "missing-root" },
    ]);
  });

  it("assembleTraces breaks a cycle of independent subsegments without looping", () => {
    const { traces, diagnostics } = assembleTraces([
      segment("root"),
      independent("x", "y"),
      independent("y", "z"),
      independent("z", "x"),
    ]);
    expect(traces[0].roots.map((n) => n.id)).toEqual(["root", "x", "y", "z"]);
    expect(codes({ diagnostics })).toEqual(["parent-cycle", "parent-cycle", "parent-cycle"]);
  });

  it("assembleTraces picks the earliest segment without parent_id as root and reports the others", () => {
    const { traces, diagnostics } = assembleTraces([
      segment("late", { start_time: 100.5 }),
      segment("early", { start_time: 99 }),
    ]);
    expect(traces[0].root!.id).toBe("early");
    expect(traces[0].roots.map((n) => n.id)).toEqual(["early", "late"]);
    expect(diagnostics).toMatchObject([{ code: "multiple-roots", segmentId: "late" }]);
  });

  it("assembleTraces reports a trace whose root segment never arrived", () => {
    const { traces, diagnostics } = assembleTraces([segment("child", { parent_id: "gone" })]);
    expect(traces[0].root).toBeNull();
    expect(traces[0].roots.map((n) => n.id)).toEqual(["child"]);
    expect(codes({ diagnostics }).sort()).toEqual(["missing-root", "orphan"]);
    expect(traces[0].diagnostics).toEqual(diagnostics);
  });

  it("assembleTraces keeps a child that starts before its parent in place and reports it", () => {
    const { traces, diagnostics } = assembleTraces([
      segment("fn", {
        start_time: 100.8,
        subsegments: [subsegment("init", { start_time: 100.06 })],
      }),
    ]);
    expect(childIds(traces[0], "fn")).toEqual(["init"]);
    expect(traces[0].startTime).toBe(100.06);
    expect(diagnostics).toMatchObject([
      {
        code: "child-before-parent",
        severity: "info",
        segmentId: "init",
        path: "$.subsegments[0]",
      },
    ]);
  });

  it("assembleTraces reports a cause exception id that no entity records", () => {
    const { diagnostics } = assembleTraces([
      segment("root", {
        fault: true,
        cause: "0123456789abcdef",
        subsegments: [subsegment("s", { cause: "aaaaaaaaaaaaaaaa" })],
      }),
      independent("i", "root", {
        cause: { exceptions: [{ id: "aaaaaaaaaaaaaaaa", message: "boom" }] },
      }),
    ]);
    expect(diagnostics).toMatchObject([
      { code: "unresolved-cause", segmentId: "root", path: "$.cause", documentIndex: 0 },
    ]);
  });
});

describe("assembleTraces child order", () => {
  it("assembleTraces orders children by start time", () => {
    const { traces } = assembleTraces([
      segment("root", {
        subsegments: [
          subsegment("c", { start_time: 100.3 }),
          subsegment("a", { start_time: 100.1 }),
          subsegment("b", { start_time: 100.2 }),
        ],
      }),
    ]);
    expect(childIds(traces[0], "root")).toEqual(["a", "b", "c"]);
  });

  it("assembleTraces puts a sibling listed in precursor_ids first when start times tie", () => {
    const { traces } = assembleTraces([
      segment("root", {
        subsegments: [
          subsegment("a", { start_time: 100.2, precursor_ids: ["z"] }),
          subsegment("z", { start_time: 100.2, precursor_ids: ["m"] }),
          subsegment("m", { start_time: 100.2 }),
          subsegment("early", { start_time: 100.1, precursor_ids: ["a"] }),
        ],
      }),
    ]);
    expect(childIds(traces[0], "root")).toEqual(["early", "m", "z", "a"]);
  });

  it("assembleTraces orders ties without precursors by id and survives precursor cycles", () => {
    const { traces } = assembleTraces([
      segment("root", {
        subsegments: [
          subsegment("q", { precursor_ids: ["p"] }),
          subsegment("p", { precursor_ids: ["q"] }),
          subsegment("b"),
          subsegment("a"),
        ],
      }),
    ]);
    expect(childIds(traces[0], "root").sort()).toEqual(["a", "b", "p", "q"]);
    expect(childIds(traces[0], "root").slice(0, 2)).toEqual(["a", "b"]);
  });
});
