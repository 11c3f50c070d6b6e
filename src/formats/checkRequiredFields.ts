import type { DiagnosticCode } from "../model/Diagnostic";
import { describeValue } from "./describeValue";
import { isHexId, isTraceId } from "./isHexId";

/** A required field that is missing or malformed; the entity cannot be kept. */
export interface RequiredFieldProblem {
  readonly code: DiagnosticCode;
  readonly message: string;
  /** The field concerned, for the diagnostic's path (empty: the entity itself). */
  readonly field: string;
}

/**
 * Checks the fields every entity needs (xray-model.md §1.2, §1.3): `id` (16 hex), `name`
 * (string), `start_time` (finite number), and `end_time` (finite number) or `in_progress: true`.
 * With `document: true` also `trace_id` (see isTraceId), a valid `parent_id` when present, and
 * `parent_id` on independent subsegments (`type: "subsegment"`). Returns undefined when all is well
 * (no allocation on the valid path).
 */
export function checkRequiredFields(
  entity: Record<string, unknown>,
  document: boolean,
): RequiredFieldProblem[] | undefined {
  let problems: RequiredFieldProblem[] | undefined;

  const id = entity.id;
  if (!isHexId(id)) {
    if (id === undefined) problems = add(problems, "missing-field", "has no id", "");
    else
      problems = add(
        problems,
        "invalid-id",
        `id must be 16 hex digits, got ${describeValue(id)}`,
        "id",
      );
  }
  if (document) {
    const traceId = entity.trace_id;
    if (!isTraceId(traceId)) {
      if (traceId === undefined)
        problems = add(
          problems,
          "missing-field",
          "has no trace_id: every document needs one (an embedded subsegment on its own is not a document)",
          "",
        );
      else
        problems = add(
          problems,
          "invalid-trace-id",
          `trace_id must look like 1-58406520-a006649127e371903a2de979 (version, 8 and 24 hex digits), got ${describeValue(traceId)}`,
          "trace_id",
        );
    }
    const parentId = entity.parent_id;
    if (parentId === undefined) {
      if (entity.type === "subsegment") {
        problems = add(
          problems,
          "missing-field",
          'is an independent subsegment (type "subsegment") without parent_id',
          "",
        );
      }
    } else if (!isHexId(parentId)) {
      problems = add(
        problems,
        "invalid-id",
        `parent_id must be 16 hex digits, got ${describeValue(parentId)}`,
        "parent_id",
      );
    }
  }
  const name = entity.name;
  if (typeof name !== "string") {
    if (name === undefined) problems = add(problems, "missing-field", "has no name", "");
    else
      problems = add(
        problems,
        "invalid-field",
        `name must be a string, got ${describeValue(name)}`,
        "name",
      );
  }
  const start = entity.start_time;
  if (typeof start !== "number" || !Number.isFinite(start)) {
    if (start === undefined) problems = add(problems, "missing-field", "has no start_time", "");
    else
      problems = add(
        problems,
        "invalid-time",
        `start_time must be a number of epoch seconds, got ${describeValue(start)}`,
        "start_time",
      );
  }
  const end = entity.end_time;
  if (end === undefined) {
    if (entity.in_progress !== true) {
      problems = add(
        problems,
        "missing-end",
        entity.in_progress === undefined
          ? "has neither end_time nor in_progress: true"
          : `has no end_time and in_progress is ${describeValue(entity.in_progress)}, not true`,
        "",
      );
    }
  } else if (typeof end !== "number" || !Number.isFinite(end)) {
    problems = add(
      problems,
      "invalid-time",
      `end_time must be a number of epoch seconds, got ${describeValue(end)}`,
      "end_time",
    );
  }
  return problems;
}

function add(
  problems: RequiredFieldProblem[] | undefined,
  code: DiagnosticCode,
  message: string,
  field: string,
): RequiredFieldProblem[] {
  const list = problems ?? [];
  list.push({ code, message, field });
  return list;
}
