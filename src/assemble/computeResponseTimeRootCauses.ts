import type { TraceNode } from "../model/TraceNode";
import type { ResponseTimeRootCause } from "../model/TraceSummary";
import type { ExceptionLookup } from "./ExceptionLookup";
import type { ServiceIndex } from "./ServiceIndex";
import { groupPathByService } from "./groupPathByService";
import { isRemoteEntity } from "./isRemoteEntity";

function durationOf(node: TraceNode, traceEnd: number): number {
  return (node.endTime ?? traceEnd) - node.startTime;
}

/**
 * The response-time root cause (our rule): from the entry segment follow, at each level, the child
 * that takes the most time (the first on ties) down to a leaf. Coverage = entity duration / entry
 * response time (0 when that is not positive); in-progress entities count until the trace's end.
 * ClientImpacting is true: the path is the entry's own response time.
 */
export function computeResponseTimeRootCauses(
  entry: TraceNode | null,
  traceEnd: number,
  index: ServiceIndex,
  lookup: ExceptionLookup,
): ResponseTimeRootCause[] {
  if (entry === null) return [];
  const responseTime = durationOf(entry, traceEnd);
  const path: TraceNode[] = [entry];
  for (let node = entry; node.children.length > 0;) {
    let best = node.children[0];
    let bestTime = durationOf(best, traceEnd);
    for (let i = 1; i < node.children.length; i++) {
      const time = durationOf(node.children[i], traceEnd);
      if (time > bestTime) {
        best = node.children[i];
        bestTime = time;
      }
    }
    path.push(best);
    node = best;
  }
  const services = groupPathByService(path, index, (node) => ({
    Name: node.name,
    Coverage: responseTime > 0 ? durationOf(node, traceEnd) / responseTime : 0,
    Remote: isRemoteEntity(node, lookup.exceptionsOf(node)),
  }));
  return [{ Services: services, ClientImpacting: true }];
}
