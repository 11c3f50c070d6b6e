import { expect, it } from "vitest";
import type { Segment, Subsegment } from "../../../src/model/SegmentDocument";
import { findTraceException } from "../../../src/react/SegmentDetails/findTraceException";
import { documentsTrace, nodeOf } from "./corpusTrace";

function deepTrace(levels: number) {
  let sub: Subsegment = {
    id: "f000000000000000",
    name: "leaf",
    start_time: 1,
    end_time: 2,
    cause: { exceptions: [{ id: "eeeeeeeeeeeeeeee", type: "Deep" }] },
  };
  for (let i = 1; i < levels; i++) {
    sub = {
      id: `f${String(i).padStart(15, "0")}`,
      name: `s${i}`,
      start_time: 1,
      end_time: 2,
      subsegments: [sub],
    };
  }
  const root: Segment = {
    trace_id: "1-65a00000-0123456789abcdef01234567",
    id: "a000000000000000",
    name: "root",
    start_time: 1,
    end_time: 2,
    cause: "eeeeeeeeeeeeeeee",
    subsegments: [sub],
  };
  return documentsTrace(root);
}

const trace = deepTrace(30_000);

it("findTraceException finds an exception 30,000 levels down, with or without the trace", () => {
  const root = nodeOf(trace, "a000000000000000");
  const withTrace = findTraceException("eeeeeeeeeeeeeeee", root, trace);
  expect(withTrace?.node.id).toBe("f000000000000000");
  expect(withTrace?.exception.type).toBe("Deep");
  const fromLeaf = findTraceException("eeeeeeeeeeeeeeee", nodeOf(trace, "f000000000000100"));
  expect(fromLeaf?.node.id).toBe("f000000000000000");
});

it("findTraceException prefers the node's own exception and returns undefined for unknown ids", () => {
  const leaf = nodeOf(trace, "f000000000000000");
  expect(findTraceException("eeeeeeeeeeeeeeee", leaf, trace)?.node).toBe(leaf);
  expect(findTraceException("0000000000000000", leaf, trace)).toBeUndefined();
  expect(findTraceException("0000000000000000", leaf)).toBeUndefined();
});
