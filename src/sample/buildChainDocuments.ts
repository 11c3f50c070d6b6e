import type { SegmentDocument } from "../model/index";
import type { IdSource } from "./createIdSource";
import { toEpochSeconds } from "./toEpochSeconds";

/** Levels embedded in one document of a chain; deeper chains continue in the document after it. */
export const CHAIN_LEVELS_PER_DOCUMENT = 25;

const NAMES = ["## resolve_dependency", "## load_manifest", "## expand_node"] as const;
const LEAF_FIELDS = {
  namespace: "aws",
  http: { response: { status: 200, content_length: 412 } },
  aws: { operation: "GetItem", region: "us-west-2", retries: 0, table_name: "dependency-graph" },
};

export interface ChainSpec {
  readonly traceId: string;
  readonly parentId: string;
  /** Number of nested subsegments. */
  readonly levels: number;
  /** Span of the chain's parent, epoch microseconds; level l is [start + l+1, end − l−1] steps. */
  readonly start: number;
  readonly end: number;
}

/**
 * A chain of `levels` nested subsegments, each the only child of the one before, sent as
 * independent subsegment documents of at most 25 embedded levels (the next document's parent is
 * the previous document's deepest subsegment). The deepest one is a DynamoDB call. Built
 * iteratively; appends to `out`.
 */
export function buildChainDocuments(ids: IdSource, spec: ChainSpec, out: SegmentDocument[]): void {
  const end = Math.max(spec.start, spec.end);
  const step = Math.max(0, Math.floor((end - spec.start) / (2 * spec.levels + 2)));
  let parentId = spec.parentId;
  for (let first = 0; first < spec.levels; first += CHAIN_LEVELS_PER_DOCUMENT) {
    const last = Math.min(spec.levels, first + CHAIN_LEVELS_PER_DOCUMENT) - 1;
    let parent: Record<string, unknown> | undefined;
    for (let level = first; level <= last; level++) {
      const id = ids.nextId();
      const isLeaf = level === spec.levels - 1;
      const entity: Record<string, unknown> =
        level === first
          ? { trace_id: spec.traceId, id, parent_id: parentId, type: "subsegment" }
          : { id };
      entity.name = isLeaf ? "DynamoDB" : NAMES[level % NAMES.length];
      entity.start_time = toEpochSeconds(spec.start + (level + 1) * step);
      entity.end_time = toEpochSeconds(end - (level + 1) * step);
      if (isLeaf) Object.assign(entity, LEAF_FIELDS);
      if (parent === undefined) out.push(entity as unknown as SegmentDocument);
      else parent.subsegments = [entity];
      parent = entity;
      parentId = id;
    }
  }
}
