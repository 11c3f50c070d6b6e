import type {
  ResponseTimeRootCauseEntity,
  RootCauseEntity,
  RootCauseException,
  RootCauseService,
  TraceSummary,
} from "../model/index";
import { compileComparison } from "./compileComparison";
import type { FilterNode, RootCauseNode } from "./FilterNode";
import { findFilterKeyword } from "./filterKeywords";
import type { RootCauseItem } from "./RootCauseItem";

type Service = RootCauseService<RootCauseEntity | ResponseTimeRootCauseEntity>;
type Entity = RootCauseEntity | ResponseTimeRootCauseEntity;
type ItemTest = (item: RootCauseItem) => boolean;

const never: ItemTest = () => false;
const list = <T>(value: readonly T[] | undefined): readonly T[] =>
  Array.isArray(value) ? value.filter((x) => x !== null && typeof x === "object") : [];

/** Compiles a root-cause body (checked: only and/or/not and keywords of that target). */
function compileItemTest(node: FilterNode, target: RootCauseNode["target"]): ItemTest {
  switch (node.kind) {
    case "and": {
      const parts = node.operands.map((o) => compileItemTest(o, target));
      return (item) => parts.every((p) => p(item));
    }
    case "or": {
      const parts = node.operands.map((o) => compileItemTest(o, target));
      return (item) => parts.some((p) => p(item));
    }
    case "not": {
      const inner = compileItemTest(node.operand, target);
      return (item) => !inner(item);
    }
    case "keyword": {
      const spec = findFilterKeyword(node.keyword.text);
      const read = spec?.rootCause?.[target];
      if (spec === undefined || read === undefined) return never;
      const test = compileComparison(node.operator, node.value, spec.type === "boolean");
      return (item) => test(read(item));
    }
    default:
      return never;
  }
}

function causesOf(
  summary: TraceSummary,
  cause: RootCauseNode["cause"],
): readonly { Services?: readonly Service[] }[] {
  const causes =
    cause === "fault"
      ? summary.FaultRootCauses
      : cause === "error"
        ? summary.ErrorRootCauses
        : summary.ResponseTimeRootCauses;
  return list(causes as readonly { Services?: readonly Service[] }[] | undefined);
}

/**
 * `rootcause.<cause>.<target> { body }`: true when, in some root cause of that kind, some element
 * of the enumerated list (its services; its entities along the services' entity paths; or the
 * exceptions of those entities) satisfies the body. `index` counts from 0 within one root cause.
 */
export function compileRootCause(node: RootCauseNode): (summary: TraceSummary) => boolean {
  const test = compileItemTest(node.body, node.target);
  const { cause, target } = node;
  return (summary) => {
    for (const rc of causesOf(summary, cause)) {
      const services = list(rc.Services);
      const rows: [Service, Entity | null, RootCauseException | null][] = [];
      for (const service of services) {
        if (target === "service") {
          rows.push([service, null, null]);
          continue;
        }
        for (const entity of list(service.EntityPath as readonly Entity[])) {
          if (target === "entity") rows.push([service, entity, null]);
          else {
            for (const exception of list((entity as RootCauseEntity).Exceptions)) {
              rows.push([service, entity, exception]);
            }
          }
        }
      }
      for (let index = 0; index < rows.length; index++) {
        const [service, entity, exception] = rows[index];
        if (test({ index, count: rows.length, service, entity, exception, summary })) return true;
      }
    }
    return false;
  };
}
