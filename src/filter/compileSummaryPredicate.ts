import type { ServiceId, TraceSummary } from "../model/index";
import type { CompileEnv } from "./CompileEnv";
import { compileAnnotationComparison, compileComparison } from "./compileComparison";
import { compileRootCause } from "./compileRootCause";
import { compileServiceIdRef, type ServiceIdTest } from "./compileServiceRef";
import type { FilterNode } from "./FilterNode";
import { findFilterKeyword } from "./filterKeywords";
import { matchRootCauseJson } from "./matchRootCauseJson";

/** Three-valued answer: the summary decides false (0) or true (1), or cannot decide (2). */
export type Truth = 0 | 1 | 2;
export const FALSE: Truth = 0;
export const TRUE: Truth = 1;
export const UNKNOWN: Truth = 2;

export type SummaryPredicate = (summary: TraceSummary) => Truth;

const truth = (b: boolean): Truth => (b ? TRUE : FALSE);
const unknown: SummaryPredicate = () => UNKNOWN;

function serviceIds(s: TraceSummary): readonly ServiceId[] | undefined {
  return Array.isArray(s.ServiceIds) ? s.ServiceIds : undefined;
}

function anyServiceId(ids: readonly ServiceId[], test: ServiceIdTest): boolean {
  for (const id of ids) if (id !== null && typeof id === "object" && test(id)) return true;
  return false;
}

export interface SummaryCompilation {
  readonly predicate: SummaryPredicate;
  /** True when some term can only be decided with the tree (the predicate may say UNKNOWN). */
  readonly needsTree: boolean;
}

/**
 * Compiles a tree to a three-valued summary predicate (Kleene logic). Bare `service(x)`/`id(...)`
 * read `ServiceIds`; a service or edge body, an edge and `inferred` need the tree: they are
 * UNKNOWN, except that a service absent from `ServiceIds` makes them FALSE.
 */
export function compileSummaryPredicate(node: FilterNode, env: CompileEnv): SummaryCompilation {
  let needsTree = false;
  const compile = (n: FilterNode): SummaryPredicate => {
    switch (n.kind) {
      case "and": {
        const parts = n.operands.map(compile);
        if (parts.length === 2) {
          const [a, b] = parts;
          return (s) => {
            const x = a(s);
            if (x === FALSE) return FALSE;
            const y = b(s);
            return y === FALSE ? FALSE : x === UNKNOWN || y === UNKNOWN ? UNKNOWN : TRUE;
          };
        }
        return (s) => {
          let result: Truth = TRUE;
          for (const p of parts) {
            const v = p(s);
            if (v === FALSE) return FALSE;
            if (v === UNKNOWN) result = UNKNOWN;
          }
          return result;
        };
      }
      case "or": {
        const parts = n.operands.map(compile);
        return (s) => {
          let result: Truth = FALSE;
          for (const p of parts) {
            const v = p(s);
            if (v === TRUE) return TRUE;
            if (v === UNKNOWN) result = UNKNOWN;
          }
          return result;
        };
      }
      case "not": {
        const inner = compile(n.operand);
        return (s) => {
          const v = inner(s);
          return v === UNKNOWN ? UNKNOWN : v === TRUE ? FALSE : TRUE;
        };
      }
      case "keyword": {
        const spec = findFilterKeyword(n.keyword.text);
        const read = spec?.summary;
        if (spec === undefined) return () => FALSE;
        if (read === undefined) {
          needsTree = true;
          return unknown;
        }
        const test = compileComparison(n.operator, n.value, spec.type === "boolean");
        return (s) => truth(test(read(s)));
      }
      case "annotation": {
        const key = n.key.text;
        const test = compileAnnotationComparison(n.operator, n.value).entries;
        return (s) => {
          const all = s.Annotations;
          return truth(
            all !== null &&
              typeof all === "object" &&
              !Array.isArray(all) &&
              Object.hasOwn(all, key) &&
              test(all[key]),
          );
        };
      }
      case "service":
      case "id": {
        const match = compileServiceIdRef(n.ref);
        const hasBody = n.kind === "service" && n.body !== null;
        if (hasBody) needsTree = true;
        return (s) => {
          const ids = serviceIds(s);
          if (ids === undefined) return UNKNOWN;
          if (!anyServiceId(ids, match)) return FALSE;
          return hasBody ? UNKNOWN : TRUE;
        };
      }
      case "edge": {
        needsTree = true;
        const source = compileServiceIdRef(n.source);
        const target = compileServiceIdRef(n.target);
        // client nodes are not in ServiceIds (a plain name also matches the root's own id there):
        // a source of type `client` leaves the question to the tree
        const mayBeClient =
          n.source?.kind === "id" &&
          n.source.type?.value === "client" &&
          n.source.accountId === null;
        return (s) => {
          const ids = serviceIds(s);
          if (ids === undefined) return UNKNOWN;
          return (mayBeClient || anyServiceId(ids, source)) && anyServiceId(ids, target)
            ? UNKNOWN
            : FALSE;
        };
      }
      case "rootcause": {
        const test = compileRootCause(n);
        return (s) => truth(test(s));
      }
      case "rootcause-json": {
        const { patterns } = n;
        const negate = n.operator.op === "!=";
        return (s) => truth(matchRootCauseJson(patterns, s) !== negate);
      }
      case "group": {
        const ast = env.groupAst(n);
        if (ast === null) return () => FALSE;
        const inner = compile(ast);
        if (n.operator.op === "=") return inner;
        return (s) => {
          const v = inner(s);
          return v === UNKNOWN ? UNKNOWN : v === TRUE ? FALSE : TRUE;
        };
      }
    }
  };
  const predicate = compile(node);
  return { predicate, needsTree };
}
