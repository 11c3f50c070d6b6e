import type { Diagnostic } from "../model/Diagnostic";
import type { Entity, SegmentDocument } from "../model/SegmentDocument";
import type { MutableTraceNode } from "./MutableTraceNode";
import { appendChild, createTraceNode } from "./createTraceNode";
import { createAssemblyDiagnostic } from "./createAssemblyDiagnostic";
import { entityPath } from "./entityPath";
import { isSameJson } from "./isSameJson";
import { resolveDuplicateDocument } from "./resolveDuplicateDocument";

/** Nodes of one trace before linking: every node by id, and the document nodes in input order. */
export interface TraceNodeSet {
  readonly nodes: Map<string, MutableTraceNode>;
  readonly documentNodes: MutableTraceNode[];
}

function isEntity(value: unknown): value is Entity {
  return (
    typeof value === "object" &&
    value !== null &&
    !Array.isArray(value) &&
    typeof (value as { id?: unknown }).id === "string"
  );
}

/**
 * Creates the nodes of the documents (one per id: `resolveDuplicateDocument`), then walks their embedded subsegments (iteratively).
 * Documents are registered first, so an embedded subsegment that repeats a document's id yields
 * to the document; between embedded subsegments the first in input order wins. A skipped
 * subsegment's own nested subsegments are skipped with it (they repeat or belong to the duplicate).
 */
export function buildTraceNodes(
  documents: readonly SegmentDocument[],
  indices: readonly number[],
  traceId: string,
  diagnostics: Diagnostic[],
): TraceNodeSet {
  const nodes = new Map<string, MutableTraceNode>();
  let documentNodes: MutableTraceNode[] = [];
  let replaced = false;
  for (const index of indices) {
    const doc = documents[index];
    const existing = nodes.get(doc.id);
    if (
      existing !== undefined &&
      !resolveDuplicateDocument(
        existing.entity as SegmentDocument,
        existing.documentIndex,
        doc,
        index,
        traceId,
        diagnostics,
      )
    ) {
      continue;
    }
    if (existing !== undefined) {
      existing.orphan = true; // marks the superseded node for removal below
      replaced = true;
    }
    const kind =
      doc.type === "subsegment" ? "subsegment" : doc.inferred === true ? "inferred" : "segment";
    const node = createTraceNode(doc, kind, index, null);
    nodes.set(node.id, node);
    documentNodes.push(node);
  }
  if (replaced) documentNodes = documentNodes.filter((node) => !node.orphan);
  const stack: MutableTraceNode[] = [];
  for (const top of documentNodes) {
    stack.push(top);
    while (stack.length > 0) {
      const node = stack.pop()!;
      const subsegments = node.entity.subsegments;
      if (!Array.isArray(subsegments)) continue;
      for (let i = 0; i < subsegments.length; i++) {
        const entity: unknown = subsegments[i];
        if (!isEntity(entity)) {
          diagnostics.push(
            createAssemblyDiagnostic(
              "invalid-subsegment",
              "warning",
              "an embedded subsegment is not an object with a string id; it is skipped",
              node.documentIndex,
              `${entityPath(node, documents)}.subsegments[${i}]`,
              traceId,
              node.id,
            ),
          );
          continue;
        }
        const existing = nodes.get(entity.id);
        if (existing !== undefined) {
          reportEmbeddedDuplicate(existing, entity, node, i, documents, traceId, diagnostics);
          continue;
        }
        const child = createTraceNode(entity, "subsegment", node.documentIndex, node);
        nodes.set(child.id, child);
        appendChild(node, child);
        stack.push(child);
      }
    }
  }
  return { nodes, documentNodes };
}

function reportEmbeddedDuplicate(
  existing: MutableTraceNode,
  entity: Entity,
  parent: MutableTraceNode,
  index: number,
  documents: readonly SegmentDocument[],
  traceId: string,
  diagnostics: Diagnostic[],
): void {
  const inProgress = entity.in_progress === true || typeof entity.end_time !== "number";
  const path = `${entityPath(parent, documents)}.subsegments[${index}]`;
  const superseded = inProgress && !existing.inProgress;
  const same = !superseded && isSameJson(existing.entity, entity);
  diagnostics.push(
    createAssemblyDiagnostic(
      superseded ? "superseded-in-progress" : "duplicate-id",
      superseded || same ? "info" : "warning",
      superseded
        ? `in-progress subsegment ${entity.id} is superseded by the complete entity with the same id`
        : same
          ? `subsegment ${entity.id} repeats an entity exactly; the repeat is ignored`
          : `subsegment ${entity.id} has the id of another entity with different content; the first is kept`,
      parent.documentIndex,
      path,
      traceId,
      entity.id,
    ),
  );
}
