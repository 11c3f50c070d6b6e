/**
 * Hand-built segment documents assembled with `assembleTraces`, for the filter's evaluation
 * tests. Times are offsets in seconds from T0.
 */
import { assembleTraces } from "../../src/assemble/index";
import type { Segment, SegmentDocument, Subsegment, Trace } from "../../src/model/index";

export const T0 = 1_700_000_000;
export const TRACE_ID = "1-6553f100-0123456789abcdef01234567";

let counter = 0;

/** A fresh 16-hex id. */
export function nextId(): string {
  counter++;
  return counter.toString(16).padStart(16, "0");
}

type Fields = Record<string, unknown>;

function withTimes(base: Fields, start: number, end: number | null): Fields {
  return end === null
    ? { ...base, start_time: T0 + start, in_progress: true }
    : { ...base, start_time: T0 + start, end_time: T0 + end };
}

/** A segment document (`end` null: in progress). */
export function seg(name: string, start: number, end: number | null, extra: Fields = {}): Segment {
  return withTimes({ trace_id: TRACE_ID, id: nextId(), name, ...extra }, start, end) as Segment;
}

/** An embedded subsegment. */
export function sub(
  name: string,
  start: number,
  end: number | null,
  extra: Fields = {},
): Subsegment {
  return withTimes({ id: nextId(), name, ...extra }, start, end) as Subsegment;
}

/** `http` of an entity: request URL/method and response status. */
export function http(status?: number, url?: string, method = "GET"): Fields {
  const out: Record<string, unknown> = {};
  if (url !== undefined) out.request = { url, method };
  if (status !== undefined) out.response = { status };
  return { http: out };
}

/** Assembles documents that form exactly one trace. */
export function assemble(...docs: SegmentDocument[]): Trace {
  const result = assembleTraces(docs);
  if (result.traces.length !== 1) throw new Error(`expected 1 trace, got ${result.traces.length}`);
  return result.traces[0];
}

/** A one-segment web request: name, response time, status (fault/error flags follow it). */
export function web(
  options: {
    name?: string;
    origin?: string;
    time?: number;
    status?: number;
    url?: string;
    user?: string;
    annotations?: Record<string, unknown>;
    extra?: Fields;
  } = {},
): Trace {
  const status = options.status;
  const flags: Fields = {};
  if (status !== undefined && status >= 500) flags.fault = true;
  if (status !== undefined && status >= 400 && status < 500) flags.error = true;
  if (status === 429) flags.throttle = true;
  const fields: Fields = { ...http(status, options.url), ...flags, ...options.extra };
  if (options.origin !== undefined) fields.origin = options.origin;
  if (options.user !== undefined) fields.user = options.user;
  if (options.annotations !== undefined) fields.annotations = options.annotations;
  return assemble(seg(options.name ?? "web", 0, options.time ?? 1, fields));
}

/**
 * A caller segment whose subsegment calls an instrumented callee segment: returns the two
 * documents (the callee's parent_id is the subsegment's id).
 */
export function call(
  caller: {
    name: string;
    origin?: string;
    time?: number;
    extra?: Fields;
    subExtra?: Fields;
    subName?: string;
  },
  callee: { name: string; origin?: string; start?: number; end?: number; extra?: Fields },
): [Segment, Segment] {
  const s = sub(caller.subName ?? callee.name, 0.1, callee.end ?? 0.9, caller.subExtra ?? {});
  const callerDoc = seg(caller.name, 0, caller.time ?? 1, {
    ...(caller.origin === undefined ? {} : { origin: caller.origin }),
    ...caller.extra,
    subsegments: [s],
  });
  const calleeDoc = seg(callee.name, callee.start ?? 0.2, callee.end ?? 0.8, {
    parent_id: s.id,
    ...(callee.origin === undefined ? {} : { origin: callee.origin }),
    ...callee.extra,
  });
  return [callerDoc, calleeDoc];
}
