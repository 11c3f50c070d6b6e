import type { EntityTree } from "./EntityTree";
import { describeValue, quote } from "./describeValue";
import { appendPathKey } from "./extendPath";
import { isPlainObject } from "./isPlainObject";

const maxNameLength = 200;
/** A cause given as a string is an exception id: 16 characters (SCHEMA; hex in practice). */
const exceptionIdLength = 16;
/** Epoch seconds after this (year 2286) are taken for a unit mistake, such as milliseconds. */
const maxPlausibleTime = 1e10;

/**
 * The recoverable checks of one entity whose required fields are valid: each problem yields a
 * warning on `tree`, and fields that would break the model's types are dropped from the output
 * (bad annotations, non-object metadata, an invalid cause, non-array precursor_ids). The valid
 * path reads each field once and allocates nothing.
 */
export function checkEntityFields(
  entity: Record<string, unknown>,
  frame: number,
  tree: EntityTree,
): void {
  const name = entity.name as string;
  if (name.length > maxNameLength) {
    tree.warn(
      frame,
      "name-too-long",
      `name has ${name.length} characters; X-Ray allows ${maxNameLength}. Kept as sent`,
      ".name",
    );
  }

  const start = entity.start_time as number;
  const end = entity.end_time;
  if (start > maxPlausibleTime) {
    tree.warn(frame, "invalid-time", implausible("start_time", start), ".start_time");
  }
  if (typeof end === "number") {
    if (end > maxPlausibleTime) {
      tree.warn(frame, "invalid-time", implausible("end_time", end), ".end_time");
    }
    if (end < start) {
      tree.warn(
        frame,
        "invalid-time",
        `end_time ${end} is before start_time ${start}. Kept as sent`,
        ".end_time",
      );
    }
  }

  const namespace = entity.namespace;
  if (namespace !== undefined && namespace !== "aws" && namespace !== "remote") {
    tree.warn(
      frame,
      "unknown-namespace",
      `namespace ${typeof namespace === "string" ? quote(namespace) : describeValue(namespace)} is neither "aws" nor "remote": no inferred segment is made for it. Kept as sent`,
      ".namespace",
    );
  }

  const http = entity.http;
  if (isPlainObject(http)) {
    const response = http.response;
    if (isPlainObject(response)) {
      const length = response.content_length;
      if (typeof length === "string") {
        tree.warn(
          frame,
          "content-length-string",
          `http.response.content_length is the string ${quote(length)}, not a number. Kept as sent`,
          ".http.response.content_length",
        );
      } else if (length !== undefined && typeof length !== "number") {
        tree.warn(
          frame,
          "invalid-field",
          `http.response.content_length must be a number, got ${describeValue(length)}. Kept as sent`,
          ".http.response.content_length",
        );
      }
    }
  }

  const annotations = entity.annotations;
  if (annotations !== undefined) {
    if (!isPlainObject(annotations)) {
      tree.warn(
        frame,
        "invalid-annotation",
        `annotations must be an object, got ${describeValue(annotations)}. Dropped`,
        ".annotations",
      );
      tree.dropField(frame, "annotations");
    } else {
      for (const key in annotations) {
        if (!Object.hasOwn(annotations, key)) continue;
        const value = annotations[key];
        const type = typeof value;
        if (type === "string" || type === "boolean") continue;
        if (type === "number" && Number.isFinite(value)) continue;
        tree.warn(
          frame,
          "invalid-annotation",
          `annotation ${quote(key)} must be a string, number or boolean, got ${describeValue(value)}. Dropped`,
          appendPathKey(".annotations", key),
        );
        tree.dropAnnotation(frame, key);
      }
    }
  }

  const metadata = entity.metadata;
  if (metadata !== undefined) {
    if (!isPlainObject(metadata)) {
      tree.warn(
        frame,
        "invalid-metadata",
        `metadata must be an object of namespaces, got ${describeValue(metadata)}. Dropped`,
        ".metadata",
      );
      tree.dropField(frame, "metadata");
    } else {
      for (const key in metadata) {
        if (!Object.hasOwn(metadata, key) || isPlainObject(metadata[key])) continue;
        tree.warn(
          frame,
          "invalid-metadata",
          `metadata namespace ${quote(key)} must be an object, got ${describeValue(metadata[key])}. Kept as sent`,
          appendPathKey(".metadata", key),
        );
      }
    }
  }

  const cause = entity.cause;
  if (
    cause !== undefined &&
    !isPlainObject(cause) &&
    !(typeof cause === "string" && cause.length === exceptionIdLength)
  ) {
    tree.warn(
      frame,
      "invalid-cause",
      `cause must be an object or a 16-character exception id, got ${describeValue(cause)}. Dropped`,
      ".cause",
    );
    tree.dropField(frame, "cause");
  }

  const precursors = entity.precursor_ids;
  if (precursors !== undefined && !Array.isArray(precursors)) {
    tree.warn(
      frame,
      "invalid-field",
      `precursor_ids must be an array of ids, got ${describeValue(precursors)}. Dropped`,
      ".precursor_ids",
    );
    tree.dropField(frame, "precursor_ids");
  }
}

function implausible(field: string, value: number): string {
  return `${field} ${value} is after the year 2286: not epoch seconds (milliseconds?). Kept as sent`;
}
