/** Traces built for the documented examples (see compileFilter.examples.test.ts). */
import type { Trace } from "../../src/model/index";
import { assemble, call, http, seg, sub, web } from "./traceBuilder";

/** Root 0–2 s, plus an asynchronous downstream segment ending at `end` (duration = end). */
export function asyncTrace(end: number): Trace {
  const s = sub("queue", 0.1, 0.2, { namespace: "aws" });
  const root = seg("web", 0, 2, { ...http(200), subsegments: [s] });
  return assemble(
    root,
    seg("worker", 0.5, end, { parent_id: s.id, origin: "AWS::Lambda::Function" }),
  );
}

/** A faulted root whose fault comes from `deserialize` (and, when `deeper`, its child `parse`). */
export function faultChain(deeper: boolean): Trace {
  const parse = sub("parse", 0.3, 0.4, { fault: true });
  const deserialize = sub("deserialize", 0.2, 0.5, {
    fault: true,
    subsegments: deeper ? [parse] : [],
  });
  return assemble(seg("api", 0, 1, { ...http(500), fault: true, subsegments: [deserialize] }));
}

/** Root 0–10 s with a remote call `traces` taking `seconds` (the response-time root cause). */
export function slowRemote(seconds: number): Trace {
  const s = sub("traces", 1, 1 + seconds, { namespace: "remote" });
  return assemble(seg("api", 0, 10, { ...http(200), subsegments: [s] }));
}

/** A faulted root calling an inferred DynamoDB node (as BatchGetTraces returns it). */
export function faultedInferred(name: string): Trace {
  const s = sub("DynamoDB", 0.1, 0.9, { namespace: "aws", fault: true });
  const root = seg("api", 0, 1, { ...http(500), fault: true, subsegments: [s] });
  const inferred = seg(name, 0.1, 0.9, {
    parent_id: s.id,
    inferred: true,
    origin: "AWS::DynamoDB",
    fault: true,
  });
  return assemble(root, inferred);
}

/** A chain of `length` services, each calling the next; the last one faults. */
export function serviceChain(length: number): Trace {
  const docs = [];
  let parentId: string | undefined;
  for (let i = 0; i < length; i++) {
    const calls =
      i < length - 1
        ? [sub(`call-${i + 1}`, 0.01 * i + 0.005, 1 - 0.01 * i - 0.005, { fault: true })]
        : [];
    docs.push(
      seg(`svc-${i}`, 0.01 * i, 1 - 0.01 * i, {
        fault: true,
        subsegments: calls,
        ...(parentId === undefined ? {} : { parent_id: parentId }),
      }),
    );
    parentId = calls[0]?.id;
  }
  return assemble(...docs);
}

/** Root 0–10 s with one child subsegment of `seconds` (the last entity of the response-time path). */
export function oneChild(seconds: number): Trace {
  return assemble(seg("api", 0, 10, { subsegments: [sub("work", 0, seconds)] }));
}

/** A root `frontend` calling service `callee` with its own segment. */
export function twoServices(
  callee: string,
  calleeFields: Record<string, unknown>,
  rootFields: Record<string, unknown> = {},
): Trace {
  return assemble(
    ...call({ name: "frontend", extra: rootFields }, { name: callee, extra: calleeFields }),
  );
}

/** A root calling a DynamoDB table (`dynamo` s) and a remote API (`remote` s) in 10 s. */
export function dynamoAndRemote(dynamo: number, remote: number): Trace {
  return assemble(
    seg("api", 0, 10, {
      subsegments: [
        sub("DynamoDB", 0, dynamo, { namespace: "aws" }),
        sub("partner", 0, remote, {
          namespace: "remote",
          ...http(200, "https://partner.example.com/x"),
        }),
      ],
    }),
  );
}

/** A root fault carrying an exception message. */
export function faultWithMessage(message: string): Trace {
  return web({
    status: 500,
    extra: {
      cause: { exceptions: [{ id: "a1b2c3d4e5f60708", type: "AccessDeniedException", message }] },
    },
  });
}

/** `api.example.com` calling `backend.example.com` (remote, inferred); `status` of that call. */
export function apiToBackend(status: number, host = "backend.example.com"): Trace {
  const flags = status >= 500 ? { fault: true } : status >= 400 ? { error: true } : {};
  const s = sub(host, 0.1, 0.5, {
    namespace: "remote",
    ...http(status, `http://${host}/v1`),
    ...flags,
  });
  return assemble(
    seg("api.example.com", 0, 1, { ...http(200), origin: "AWS::EC2::Instance", subsegments: [s] }),
  );
}

/** GetWeatherData → `subName` → GetTemperature, faulting down to GetTemperature. */
export function weather(subName: string): Trace {
  const s = sub(subName, 0.1, 0.9, { fault: true });
  return assemble(
    seg("GetWeatherData", 0, 1, { fault: true, subsegments: [s] }),
    seg("GetTemperature", 0.2, 0.8, { fault: true, parent_id: s.id }),
  );
}

/** A segment of service `name`/`origin`/account with optional fields. */
export function service(
  name: string,
  origin: string,
  account: string,
  fields: Record<string, unknown> = {},
): Trace {
  return web({ name, origin, extra: { aws: { account_id: account }, ...fields } });
}

/** A Lambda invocation: the AWS::Lambda service segment and the function segment. */
export function lambda(serviceError: boolean, functionError: boolean, name = "random-name"): Trace {
  const invoke = sub("Lambda", 0.1, 0.9, { namespace: "aws" });
  const root = seg("frontend", 0, 1, { subsegments: [invoke] });
  const svc = seg(name, 0.15, 0.85, {
    parent_id: invoke.id,
    origin: "AWS::Lambda",
    ...(serviceError ? { error: true } : {}),
  });
  const fn = seg(name, 0.2, 0.8, {
    parent_id: svc.id,
    origin: "AWS::Lambda::Function",
    ...(functionError ? { error: true } : {}),
  });
  return assemble(root, svc, fn);
}

/** `www` (a Synthetics canary) calling a `www` node of `targetType`. */
export function canary(targetType: string): Trace {
  return assemble(
    ...call({ name: "www", origin: "client::Synthetics" }, { name: "www", origin: targetType }),
  );
}
