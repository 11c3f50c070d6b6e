import type { Diagnostic } from "../model/Diagnostic";
import type { SegmentDocument } from "../model/SegmentDocument";
import { EntityTree } from "./EntityTree";
import { checkEntityFields } from "./checkEntityFields";
import { checkRequiredFields } from "./checkRequiredFields";
import { createDiagnostic } from "./createDiagnostic";
import { describeValue, quote } from "./describeValue";
import { extendPath } from "./extendPath";
import { isHexId, isTraceId } from "./isHexId";
import { isPlainObject } from "./isPlainObject";

/**
 * Validates one document and its embedded subsegments in a single iterative pass (no recursion:
 * a chain of 100,000 nested subsegments is fine), pushing diagnostics onto `diagnostics`.
 * Returns the document to keep (the input itself, or a repaired copy), or undefined when it is
 * rejected. `trusted` says the value comes from JSON.parse and so is a tree; otherwise objects
 * met twice (cycles, shared objects) are dropped as invalid subsegments.
 */
export function validateDocumentTree(
  value: unknown,
  documentIndex: number,
  location: string,
  trusted: boolean,
  diagnostics: Diagnostic[],
): SegmentDocument | undefined {
  if (!isPlainObject(value)) {
    diagnostics.push(
      createDiagnostic(
        "not-an-object",
        "error",
        `a segment document must be a JSON object, got ${describeValue(value)}`,
        documentIndex,
        location,
      ),
    );
    return undefined;
  }
  const traceId = isTraceId(value.trace_id) ? value.trace_id : undefined;
  const segmentId = isHexId(value.id) ? value.id : undefined;
  const isSubsegment = value.type === "subsegment";
  const problems = checkRequiredFields(value, true);
  if (problems !== undefined) {
    const what = describeDocument(value, isSubsegment);
    for (const problem of problems) {
      diagnostics.push(
        createDiagnostic(
          problem.code,
          "error",
          `${what} ${problem.message}`,
          documentIndex,
          problem.field === "" ? location : extendPath(location, `.${problem.field}`),
          traceId,
          segmentId,
        ),
      );
    }
    return undefined;
  }

  const tree = new EntityTree(value, documentIndex, location, diagnostics, traceId, segmentId);
  if (value.type !== undefined && !isSubsegment) {
    tree.warn(
      0,
      "invalid-field",
      `type ${describeValue(value.type)} is not "subsegment"; read as a segment. Dropped`,
      ".type",
    );
    tree.dropField(0, "type");
  }
  const seen = trusted ? undefined : new Set<unknown>([value]);
  const stack = [0];
  while (stack.length > 0) {
    const frame = stack.pop() as number;
    const entity = tree.entities[frame];
    if (frame !== 0) {
      const reason = subsegmentProblem(entity, seen);
      if (reason !== undefined) {
        tree.warn(
          frame,
          "invalid-subsegment",
          `subsegment dropped with everything under it: ${reason}`,
          "",
        );
        tree.dropSubtree(frame);
        continue;
      }
    }
    const record = entity as Record<string, unknown>;
    checkEntityFields(record, frame, tree);
    const children = record.subsegments;
    if (children === undefined) continue;
    if (!Array.isArray(children)) {
      tree.warn(
        frame,
        "invalid-subsegment",
        `subsegments must be an array, got ${describeValue(children)}. Dropped`,
        ".subsegments",
      );
      tree.dropField(frame, "subsegments");
      continue;
    }
    if (children.length === 0) continue;
    const first = tree.addChildren(frame, children);
    for (let i = children.length - 1; i >= 0; i--) stack.push(first + i);
  }
  return tree.result() as SegmentDocument;
}

function subsegmentProblem(entity: unknown, seen: Set<unknown> | undefined): string | undefined {
  if (!isPlainObject(entity)) return `must be a JSON object, got ${describeValue(entity)}`;
  if (seen !== undefined) {
    if (seen.has(entity)) return "the same object appears more than once in the tree";
    seen.add(entity);
  }
  const problems = checkRequiredFields(entity, false);
  if (problems === undefined) return undefined;
  const what = typeof entity.name === "string" ? `subsegment ${quote(entity.name)} ` : "";
  return what + problems.map((p) => p.message).join("; ");
}

function describeDocument(doc: Record<string, unknown>, isSubsegment: boolean): string {
  const kind = isSubsegment ? "independent subsegment" : "segment";
  return typeof doc.name === "string" ? `${kind} ${quote(doc.name)}` : kind;
}
