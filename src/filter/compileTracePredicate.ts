import type { Trace, TraceNode } from "../model/index";
import { allOf, anyOf, never, notOf, type Predicate } from "./combinePredicates";
import type { CompileEnv } from "./CompileEnv";
import { compileAnnotationComparison, compileComparison } from "./compileComparison";
import { compileNodePredicate, type NodePredicate } from "./compileNodePredicate";
import { compileRootCause } from "./compileRootCause";
import { compileClientRef, compileNodeRef, isClientCalled } from "./compileServiceRef";
import type { FilterNode } from "./FilterNode";
import { findFilterKeyword } from "./filterKeywords";
import { matchRootCauseJson } from "./matchRootCauseJson";

export type TracePredicate = Predicate<Trace>;

/** Some service node (segment or inferred segment) of the trace passes `match` and `body`. */
function someService(match: (n: TraceNode) => boolean, body: NodePredicate | null): TracePredicate {
  return (t) => {
    const segments = t.segments;
    for (let i = 0; i < segments.length; i++) {
      const n = segments[i];
      if (match(n) && (body === null || body(n, t))) return true;
    }
    return false;
  };
}

/**
 * Compiles a tree to a trace predicate. Simple keywords read the trace summary (the root
 * segment; aggregated fields over every segment); `inferred` reads the tree; service and edge
 * terms walk the service nodes (`trace.segments`); root causes read the summary.
 */
export function compileTracePredicate(node: FilterNode, env: CompileEnv): TracePredicate {
  switch (node.kind) {
    case "and":
      return allOf(node.operands.map((o) => compileTracePredicate(o, env)));
    case "or":
      return anyOf(node.operands.map((o) => compileTracePredicate(o, env)));
    case "not":
      return notOf(compileTracePredicate(node.operand, env));
    case "keyword": {
      const spec = findFilterKeyword(node.keyword.text);
      if (spec === undefined) return never;
      const test = compileComparison(node.operator, node.value, spec.type === "boolean");
      const { summary, tree } = spec;
      if (summary !== undefined) return (t) => test(summary(t.summary));
      if (tree !== undefined) return (t) => test(tree(t));
      return never;
    }
    case "annotation": {
      const key = node.key.text;
      const test = compileAnnotationComparison(node.operator, node.value).entries;
      return (t) => {
        const all = t.summary.Annotations;
        return (
          all !== null &&
          typeof all === "object" &&
          !Array.isArray(all) &&
          Object.hasOwn(all, key) &&
          test(all[key])
        );
      };
    }
    case "service":
      return someService(
        compileNodeRef(node.ref),
        node.body === null ? null : compileNodePredicate(node.body, env),
      );
    case "id":
      return someService(compileNodeRef(node.ref), null);
    case "edge": {
      const source = compileNodeRef(node.source);
      const target = compileNodeRef(node.target);
      const client = compileClientRef(node.source);
      const body = node.body === null ? null : compileNodePredicate(node.body, env);
      return (t) => {
        for (const callee of t.segments) {
          const caller = callee.parent;
          if (!target(callee)) continue;
          if (caller === null || caller === undefined) {
            // a root: called by its client node, the root segment itself is the view
            if (client !== null && isClientCalled(callee) && client(callee.name)) {
              if (body === null || body(callee, t)) return true;
            }
            continue;
          }
          const callerSegment = caller.segment;
          if (callerSegment === null || callerSegment === undefined || !source(callerSegment))
            continue;
          if (body === null || body(caller, t)) return true;
        }
        return false;
      };
    }
    case "rootcause": {
      const test = compileRootCause(node);
      return (t) => test(t.summary);
    }
    case "rootcause-json": {
      const { patterns } = node;
      const negate = node.operator.op === "!=";
      return (t) => matchRootCauseJson(patterns, t.summary) !== negate;
    }
    case "group": {
      const ast = env.groupAst(node);
      if (ast === null) return never;
      const inner = compileTracePredicate(ast, env);
      return node.operator.op === "!=" ? notOf(inner) : inner;
    }
  }
}
