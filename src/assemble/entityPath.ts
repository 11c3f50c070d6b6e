import type { SegmentDocument } from "../model/SegmentDocument";
import type { MutableTraceNode } from "./MutableTraceNode";

const MAX_INDEXED_LEVELS = 32;

/** True when `node` is the top entity of its input document (not an embedded subsegment). */
export function isDocumentNode(
  node: MutableTraceNode,
  documents: readonly SegmentDocument[],
): boolean {
  return node.documentIndex >= 0 && documents[node.documentIndex] === node.entity;
}

/**
 * The JSON path of a node inside its document, for diagnostics: `$` for the document itself,
 * `$.subsegments[1].subsegments[0]` for embedded subsegments up to 32 levels deep, and a filter
 * path `$..subsegments[?(@.id=="…")]` deeper than that (so the cost stays bounded).
 */
export function entityPath(node: MutableTraceNode, documents: readonly SegmentDocument[]): string {
  if (node.documentIndex < 0 || isDocumentNode(node, documents)) return "$";
  const steps: number[] = [];
  let current = node;
  while (!isDocumentNode(current, documents)) {
    const parent = current.parent;
    if (parent === null || steps.length >= MAX_INDEXED_LEVELS) {
      return `$..subsegments[?(@.id==${JSON.stringify(node.id)})]`;
    }
    const siblings = parent.entity.subsegments;
    steps.push(Array.isArray(siblings) ? siblings.indexOf(current.entity) : -1);
    current = parent;
  }
  let path = "$";
  for (let i = steps.length - 1; i >= 0; i--) path += `.subsegments[${steps[i]}]`;
  return path;
}
