import type { Trace, TraceNode, TraceSummary } from "../model/index";
import { annotationKeyword } from "./annotationKeyword";
import { allOf, anyOf, never, notOf, type Predicate } from "./combinePredicates";
import type { CompileEnv } from "./CompileEnv";
import { compileAnnotationComparison, compileComparison } from "./compileComparison";
import { compileRootCause } from "./compileRootCause";
import { compileClientRef, compileNodeRef, isClientCalled } from "./compileServiceRef";
import type { EdgeNode, FilterNode } from "./FilterNode";
import { findFilterKeyword } from "./filterKeywords";
import { matchRootCauseJson } from "./matchRootCauseJson";

/** A node predicate: the node and the trace it belongs to. */
export type NodePredicate = Predicate<TraceNode, Trace>;

/** Evaluates a trace-level test once per trace while the same trace's nodes are tested. */
function perTrace(test: (summary: TraceSummary) => boolean): NodePredicate {
  let lastTrace: Trace | undefined;
  let lastValue = false;
  return (_n, t) => {
    if (t !== lastTrace) {
      lastValue = test(t.summary);
      lastTrace = t;
    }
    return lastValue;
  };
}

/**
 * `edge(a, b) { f }` at node level: the caller's subsegment (or segment) P whose child segment C
 * belongs to b while P's segment belongs to a and f holds on P, and that child C itself. A root
 * segment is called by its client node (named after it, type `client`) and is its own view.
 */
function compileEdgeNode(node: EdgeNode, env: CompileEnv): NodePredicate {
  const source = compileNodeRef(node.source);
  const target = compileNodeRef(node.target);
  const client = compileClientRef(node.source);
  const body = node.body === null ? null : compileNodePredicate(node.body, env);
  const connects = (caller: TraceNode, callee: TraceNode, t: Trace): boolean =>
    callee.kind !== "subsegment" &&
    target(callee) &&
    caller.segment !== undefined &&
    caller.segment !== null &&
    source(caller.segment) &&
    (body === null || body(caller, t));
  return (n, t) => {
    if (n.parent !== null && n.parent !== undefined && connects(n.parent, n, t)) return true;
    if (
      client !== null &&
      n.kind === "segment" &&
      isClientCalled(n) &&
      target(n) &&
      client(n.name) &&
      (body === null || body(n, t))
    ) {
      return true; // the client's call: the root segment is its own view
    }
    const children = n.children;
    if (!Array.isArray(children)) return false;
    for (const child of children) if (connects(n, child, t)) return true;
    return false;
  };
}

/**
 * Compiles a tree to a node predicate. Simple keywords read the node; `service(x) { f }` matches
 * every node of a segment of x on which f holds; root causes and `rootcause.json` are properties
 * of the whole trace (every node of a matching trace matches); groups are inlined.
 */
export function compileNodePredicate(node: FilterNode, env: CompileEnv): NodePredicate {
  switch (node.kind) {
    case "and":
      return allOf(node.operands.map((o) => compileNodePredicate(o, env)));
    case "or":
      return anyOf(node.operands.map((o) => compileNodePredicate(o, env)));
    case "not":
      return notOf(compileNodePredicate(node.operand, env));
    case "keyword": {
      const spec = findFilterKeyword(node.keyword.text);
      const read = spec?.node;
      if (spec === undefined || read === undefined) return never;
      const test = compileComparison(node.operator, node.value, spec.type === "boolean");
      return (n, t) => test(read(n, t));
    }
    case "annotation": {
      const key = node.key.text;
      const test = compileAnnotationComparison(node.operator, node.value).single;
      return (n) => test(annotationKeyword.node(n, key));
    }
    case "service":
    case "id": {
      const match = compileNodeRef(node.ref);
      const body =
        node.kind === "service" && node.body !== null ? compileNodePredicate(node.body, env) : null;
      return (n, t) => {
        const s = n.segment;
        return s !== null && s !== undefined && match(s) && (body === null || body(s, t));
      };
    }
    case "edge":
      return compileEdgeNode(node, env);
    case "rootcause":
      return perTrace(compileRootCause(node));
    case "rootcause-json": {
      const { patterns } = node;
      const negate = node.operator.op === "!=";
      return perTrace((s) => matchRootCauseJson(patterns, s) !== negate);
    }
    case "group": {
      const ast = env.groupAst(node);
      if (ast === null) return never;
      const inner = compileNodePredicate(ast, env);
      return node.operator.op === "!=" ? notOf(inner) : inner;
    }
  }
}
