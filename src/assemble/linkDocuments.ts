import type { Diagnostic } from "../model/Diagnostic";
import type { MutableTraceNode } from "./MutableTraceNode";
import type { TraceNodeSet } from "./buildTraceNodes";
import { compareNodes } from "./compareNodes";
import { appendChild } from "./createTraceNode";
import { createAssemblyDiagnostic } from "./createAssemblyDiagnostic";

/** Top of the linked forest of one trace. */
export interface LinkedRoots {
  /** The entry segment (earliest segment without parent_id), or null. */
  readonly root: MutableTraceNode | null;
  /** Root first, then the other top-level nodes by start time. */
  readonly roots: MutableTraceNode[];
  /** parent_id values of documents cut out of a cycle (they still claim their caller). */
  readonly cycleParentIds: ReadonlySet<string>;
}

/** Memo of embedded node → document node, created only when a parent is an embedded node. */
interface OwnerMemo {
  owners: Map<MutableTraceNode, MutableTraceNode> | undefined;
}

/**
 * The document node that contains `node`. Called before linking, when every parent pointer is
 * structural, so following parents ends at the document node; memoized for deep chains.
 */
function ownerOf(node: MutableTraceNode, memo: OwnerMemo): MutableTraceNode {
  if (node.parent === null) return node;
  const owners = (memo.owners ??= new Map());
  const walked: MutableTraceNode[] = [];
  let current = node;
  let owner: MutableTraceNode | undefined;
  while ((owner = owners.get(current)) === undefined && current.parent !== null) {
    walked.push(current);
    current = current.parent;
  }
  owner ??= current;
  for (const n of walked) owners.set(n, owner);
  return owner;
}

function parentDocument(
  document: MutableTraceNode,
  nodes: ReadonlyMap<string, MutableTraceNode>,
  memo: OwnerMemo,
): MutableTraceNode | null {
  const parentId = parentIdOf(document);
  const parent = parentId === undefined ? undefined : nodes.get(parentId);
  return parent === undefined ? null : ownerOf(parent, memo);
}

const ON_WALK = -1;
const DONE = -2;
const IN_CYCLE = -3;

function parentIdOf(node: MutableTraceNode): string | undefined {
  const parentId = node.entity.parent_id;
  return typeof parentId === "string" && parentId !== "" ? parentId : undefined;
}

/**
 * Links each document under the entity its parent_id names (in any document). Documents whose
 * parent never arrived become orphan roots (`orphan`); documents on a parent cycle all become
 * orphan roots (`parent-cycle`); extra segments without parent_id are reported (`multiple-roots`),
 * and a trace without one is reported (`missing-root`). Iterative; O(documents + nodes walked).
 */
export function linkDocuments(
  set: TraceNodeSet,
  traceId: string,
  diagnostics: Diagnostic[],
): LinkedRoots {
  const { nodes, documentNodes } = set;
  // Cycles in the document graph (each document has at most one parent document). `depth` is
  // scratch space here (the final walk sets it): 0 unvisited, ON_WALK, DONE or IN_CYCLE.
  const walk: MutableTraceNode[] = [];
  const memo: OwnerMemo = { owners: undefined };
  for (const start of documentNodes) {
    let current: MutableTraceNode | null = start;
    while (current !== null && current.depth === 0) {
      current.depth = ON_WALK;
      walk.push(current);
      current = parentDocument(current, nodes, memo);
    }
    const cycle = current !== null && current.depth === ON_WALK;
    for (const n of walk) n.depth = DONE;
    if (cycle) for (let i = walk.indexOf(current!); i < walk.length; i++) walk[i].depth = IN_CYCLE;
    walk.length = 0;
  }

  const candidates: MutableTraceNode[] = [];
  const others: MutableTraceNode[] = [];
  const cycleParentIds = new Set<string>();
  for (const node of documentNodes) {
    const parentId = parentIdOf(node);
    if (parentId === undefined) {
      if (node.kind === "subsegment") {
        node.orphan = true;
        others.push(node);
        report(
          diagnostics,
          "orphan",
          `independent subsegment ${node.id} names no parent`,
          node,
          traceId,
        );
      } else {
        candidates.push(node);
      }
      continue;
    }
    if (node.depth === IN_CYCLE) {
      node.orphan = true;
      others.push(node);
      cycleParentIds.add(parentId);
      report(
        diagnostics,
        "parent-cycle",
        `${node.id} is on a cycle of parent ids (its parent ${parentId} descends from it); the cycle is cut here`,
        node,
        traceId,
      );
      continue;
    }
    const parent = nodes.get(parentId);
    if (parent === undefined) {
      node.orphan = true;
      others.push(node);
      report(
        diagnostics,
        "orphan",
        `parent ${parentId} of ${node.id} never arrived`,
        node,
        traceId,
      );
      continue;
    }
    node.parent = parent;
    appendChild(parent, node);
  }

  candidates.sort(compareNodes);
  const root = candidates.length > 0 ? candidates[0] : null;
  for (let i = 1; i < candidates.length; i++) {
    others.push(candidates[i]);
    report(
      diagnostics,
      "multiple-roots",
      `segment ${candidates[i].id} has no parent_id but ${root!.id} starts earlier and is the root`,
      candidates[i],
      traceId,
    );
  }
  if (root === null) {
    diagnostics.push(
      createAssemblyDiagnostic(
        "missing-root",
        "warning",
        `trace ${traceId} has no segment without parent_id: its entry segment never arrived`,
        -1,
        "$",
        traceId,
        undefined,
      ),
    );
  }
  others.sort(compareNodes);
  const roots = root === null ? others : [root, ...others];
  return { root, roots, cycleParentIds };
}

function report(
  diagnostics: Diagnostic[],
  code: "orphan" | "parent-cycle" | "multiple-roots",
  message: string,
  node: MutableTraceNode,
  traceId: string,
): void {
  diagnostics.push(
    createAssemblyDiagnostic(
      code,
      "warning",
      message,
      node.documentIndex,
      code === "multiple-roots" ? "$" : "$.parent_id",
      traceId,
      node.id,
    ),
  );
}
