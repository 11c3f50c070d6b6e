import type { TraceSummary } from "../../../src/model/index";

let next = 0;

/** A complete TraceSummary with empty collections, overridden by `fields`. */
export function summary(fields: Partial<TraceSummary> = {}): TraceSummary {
  next++;
  return {
    Id: `1-65000000-${String(next).padStart(24, "0")}`,
    StartTime: 1_700_000_000,
    Duration: 0.1,
    ResponseTime: 0.1,
    HasFault: false,
    HasError: false,
    HasThrottle: false,
    IsPartial: false,
    Http: {},
    Annotations: Object.create(null) as TraceSummary["Annotations"],
    Users: [],
    ServiceIds: [],
    ResourceARNs: [],
    InstanceIds: [],
    AvailabilityZones: [],
    FaultRootCauses: [],
    ErrorRootCauses: [],
    ResponseTimeRootCauses: [],
    Revision: 1,
    ...fields,
  };
}

/** An annotations object (null prototype) from plain values. */
export function annotations(
  values: Record<string, string | number | boolean>,
): TraceSummary["Annotations"] {
  const out = Object.create(null) as Record<string, TraceSummary["Annotations"][string]>;
  for (const key of Object.keys(values)) {
    const v = values[key];
    const AnnotationValue =
      typeof v === "string"
        ? { StringValue: v }
        : typeof v === "number"
          ? { NumberValue: v }
          : { BooleanValue: v };
    out[key] = [{ AnnotationValue, ServiceIds: [] }];
  }
  return out;
}

/** Users with no service ids. */
export function users(...names: string[]): TraceSummary["Users"] {
  return names.map((UserName) => ({ UserName, ServiceIds: [] }));
}
