import type { TraceNode } from "../model/TraceNode";
import type { RootCauseService } from "../model/TraceSummary";
import type { ServiceIndex } from "./ServiceIndex";

/**
 * Splits a root-to-entity path into the services it crosses (consecutive nodes of the same
 * segment), as root causes list them: each service with its EntityPath from its segment down.
 */
export function groupPathByService<TEntity>(
  path: readonly TraceNode[],
  index: ServiceIndex,
  entityOf: (node: TraceNode, index: number) => TEntity,
): RootCauseService<TEntity>[] {
  const services: RootCauseService<TEntity>[] = [];
  let i = 0;
  while (i < path.length) {
    const segment = path[i].segment;
    const entities: TEntity[] = [];
    while (i < path.length && path[i].segment === segment) {
      entities.push(entityOf(path[i], i));
      i++;
    }
    const id = index.of(segment);
    const service: Record<string, unknown> = {
      Name: id.Name ?? segment.name,
      Names: id.Names,
      Type: id.Type ?? null,
    };
    if (id.AccountId !== undefined) service.AccountId = id.AccountId;
    service.EntityPath = entities.slice(); // exact size
    service.Inferred = segment.kind === "inferred";
    services.push(service as unknown as RootCauseService<TEntity>);
  }
  return services.slice(); // exact size
}

/** The path from the top of the node's tree down to the node (iterative). */
export function pathFromTop(node: TraceNode): TraceNode[] {
  const path: TraceNode[] = [];
  for (let n: TraceNode | null = node; n !== null; n = n.parent) path.push(n);
  return path.reverse();
}
