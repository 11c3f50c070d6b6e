import type { HistogramEntry } from "../digest/index";
import type { Diagnostic, DiagnosticCode } from "../model/Diagnostic";
import type { ServiceGraphAlias, ServiceStatistics } from "../model/ServiceGraph";

/**
 * Field readers for X-Ray response objects (internal to `fromGetServiceGraphResponse`): each reads
 * one field of an untrusted parsed object, returns a usable value and records a diagnostic for
 * anything it had to replace or drop.
 */
export interface ResponseReader {
  readonly diagnostics: Diagnostic[];
  warn(code: DiagnosticCode, path: string, message: string): void;
}

/** A plain object (not null, not an array). */
export const isObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === "object" && !Array.isArray(value);

/** An own field of a parsed object (never the prototype's). */
export const field = (obj: Record<string, unknown>, key: string): unknown =>
  Object.hasOwn(obj, key) ? obj[key] : undefined;

/** Epoch seconds from a number or an ISO 8601 string (the JS SDK's Date output); null if absent. */
export function readTime(reader: ResponseReader, value: unknown, path: string): number | null {
  if (value === undefined || value === null) return null;
  if (typeof value === "number" && Number.isFinite(value)) return value;
  if (typeof value === "string") {
    const ms = Date.parse(value);
    if (Number.isFinite(ms)) return ms / 1000;
    const n = Number(value);
    if (value.trim() !== "" && Number.isFinite(n)) return n;
  }
  reader.warn(
    "invalid-time",
    path,
    `expected epoch seconds or an ISO 8601 time, got ${JSON.stringify(value)}`,
  );
  return null;
}

const readCount = (
  reader: ResponseReader,
  obj: Record<string, unknown>,
  key: string,
  path: string,
): number | null => {
  const value = field(obj, key);
  if (value === undefined || value === null) return null;
  if (typeof value === "number" && Number.isFinite(value) && value >= 0) return value;
  reader.warn(
    "invalid-field",
    `${path}.${key}`,
    `expected a non-negative number, got ${JSON.stringify(value)}`,
  );
  return null;
};

/** ServiceStatistics / EdgeStatistics; missing counts are 0, a missing total is the sum. */
export function readStatistics(
  reader: ResponseReader,
  value: unknown,
  path: string,
): ServiceStatistics | null {
  if (value === undefined || value === null) return null;
  if (!isObject(value)) {
    reader.warn("invalid-field", path, "expected an object of statistics");
    return null;
  }
  const errorsValue = field(value, "ErrorStatistics");
  const faultsValue = field(value, "FaultStatistics");
  const errors = isObject(errorsValue) ? errorsValue : {};
  const faults = isObject(faultsValue) ? faultsValue : {};
  if (errorsValue !== undefined && !isObject(errorsValue))
    reader.warn("invalid-field", `${path}.ErrorStatistics`, "expected an object");
  if (faultsValue !== undefined && !isObject(faultsValue))
    reader.warn("invalid-field", `${path}.FaultStatistics`, "expected an object");
  const ok = readCount(reader, value, "OkCount", path) ?? 0;
  const throttle = readCount(reader, errors, "ThrottleCount", `${path}.ErrorStatistics`) ?? 0;
  const otherError = readCount(reader, errors, "OtherCount", `${path}.ErrorStatistics`) ?? 0;
  const errorTotal =
    readCount(reader, errors, "TotalCount", `${path}.ErrorStatistics`) ?? throttle + otherError;
  const otherFault = readCount(reader, faults, "OtherCount", `${path}.FaultStatistics`) ?? 0;
  const faultTotal =
    readCount(reader, faults, "TotalCount", `${path}.FaultStatistics`) ?? otherFault;
  const total = readCount(reader, value, "TotalCount", path) ?? ok + errorTotal + faultTotal;
  const responseTime = readCount(reader, value, "TotalResponseTime", path) ?? 0;
  return {
    OkCount: ok,
    ErrorStatistics: {
      ThrottleCount: throttle,
      OtherCount: errorTotal - throttle,
      TotalCount: errorTotal,
    },
    FaultStatistics: { OtherCount: otherFault, TotalCount: faultTotal },
    TotalCount: total,
    TotalResponseTime: responseTime,
  };
}

/** HistogramEntry[] in any order; entries that are not {Value: finite, Count: ≥ 0} are dropped. */
export function readHistogram(
  reader: ResponseReader,
  value: unknown,
  path: string,
): HistogramEntry[] | null {
  if (value === undefined || value === null) return null;
  if (!Array.isArray(value)) {
    reader.warn("invalid-field", path, "expected an array of {Value, Count}");
    return null;
  }
  const entries: HistogramEntry[] = [];
  value.forEach((entry: unknown, i) => {
    const v = isObject(entry) ? field(entry, "Value") : undefined;
    const c = isObject(entry) ? field(entry, "Count") : undefined;
    if (
      typeof v === "number" &&
      Number.isFinite(v) &&
      typeof c === "number" &&
      Number.isFinite(c) &&
      c >= 0
    ) {
      if (c > 0) entries.push({ Value: v, Count: c });
    } else {
      reader.warn(
        "invalid-field",
        `${path}[${i}]`,
        "expected {Value: number, Count: non-negative number}; entry left out",
      );
    }
  });
  return entries;
}

/** A string field, or null; anything else is reported and read as null. */
export function readOptionalString(
  reader: ResponseReader,
  value: unknown,
  path: string,
): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value === "string") return value;
  reader.warn("invalid-field", path, `expected a string or null, got ${JSON.stringify(value)}`);
  return null;
}

/** Names[]: the strings of the array, with `name` first when absent. */
export function readNames(
  reader: ResponseReader,
  value: unknown,
  name: string,
  path: string,
): string[] {
  const names = new Set<string>([name]);
  if (Array.isArray(value)) {
    value.forEach((n: unknown, i) => {
      if (typeof n === "string") names.add(n);
      else reader.warn("invalid-field", `${path}[${i}]`, "expected a string; left out");
    });
  } else if (value !== undefined && value !== null) {
    reader.warn("invalid-field", path, "expected an array of strings");
  }
  return [...names].sort();
}

/** Aliases[] of an edge; malformed aliases are reported and left out. */
export function readAliases(
  reader: ResponseReader,
  value: unknown,
  path: string,
): ServiceGraphAlias[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) {
    reader.warn("invalid-field", path, "expected an array of aliases");
    return [];
  }
  const aliases: ServiceGraphAlias[] = [];
  value.forEach((alias: unknown, i) => {
    const name = isObject(alias) ? field(alias, "Name") : undefined;
    if (!isObject(alias) || typeof name !== "string") {
      reader.warn("invalid-field", `${path}[${i}]`, "expected {Name, Names, Type}; left out");
      return;
    }
    const type = readOptionalString(reader, field(alias, "Type"), `${path}[${i}].Type`);
    aliases.push({
      Name: name,
      Names: readNames(reader, field(alias, "Names"), name, `${path}[${i}].Names`),
      Type: type,
    });
  });
  return aliases;
}
