import type { DraftEntity } from "./DraftEntity";
import type { TraceContext } from "./TraceContext";
import { allocateSpans } from "./allocateSpans";
import { createDraft } from "./DraftEntity";

const CONNECTION = { http: { connection: { reused: false, was_idle: false } } };
const DIAL = { http: { connect: { network: "tcp" } } };
const TLS = {
  http: {
    tls: {
      cipher_suite: 49199,
      did_resume: false,
      negotiated_protocol: "http/1.1",
      negotiated_protocol_is_mutual: true,
    },
  },
};

/**
 * Adds the phases the X-Ray SDK for Go records inside an AWS call (as in real Go SDK data):
 * `marshal`, `attempt` (with `connect` → `dns`, `dial`, `tls` when a new connection is opened,
 * then `request` and `response`) and `unmarshal`. A failed call's attempt repeats its flags and
 * exception with a new id, as the Go SDK does.
 */
export function addGoSdkPhases(ctx: TraceContext, call: DraftEntity, newConnection: boolean): void {
  const r = ctx.random;
  const next = ctx.ids.nextId;
  const [marshal, , attempt, , unmarshal] = allocateSpans(
    call.start,
    call.end,
    [0.01, 0.002, 0.95, 0.002, 0.02],
  );
  call.children.push(createDraft(next(), "marshal", marshal[0], marshal[1]));
  const attemptDraft = createDraft(next(), "attempt", attempt[0], attempt[1]);
  const cause = call.fields.cause as { exceptions: { id: string }[] } | undefined;
  if (cause !== undefined) {
    for (const flag of ["error", "throttle", "fault"]) {
      if (call.fields[flag] === true) attemptDraft.fields[flag] = true;
    }
    attemptDraft.fields.cause = {
      ...cause,
      exceptions: cause.exceptions.map((x) => ({ ...x, id: next() })),
    };
  }
  call.children.push(attemptDraft);
  const connect = newConnection ? r.between(0.3, 0.6) : 0;
  const [conn, , request, , response] = allocateSpans(attempt[0], attempt[1], [
    connect,
    0.002,
    0.01,
    0.002,
    1 - connect,
  ]);
  if (newConnection) {
    const connectDraft = createDraft(next(), "connect", conn[0], conn[1], { metadata: CONNECTION });
    const [dns, , dial, , tls] = allocateSpans(conn[0], conn[1], [0.06, 0.005, 0.03, 0.005, 0.9]);
    connectDraft.children.push(
      createDraft(next(), "dns", dns[0], dns[1], {
        metadata: {
          http: {
            dns: {
              addresses: [{ IP: `52.94.${r.int(256)}.${r.int(256)}`, Zone: "" }],
              coalesced: false,
            },
          },
        },
      }),
      createDraft(next(), "dial", dial[0], dial[1], { metadata: DIAL }),
      createDraft(next(), "tls", tls[0], tls[1], { metadata: TLS }),
    );
    attemptDraft.children.push(connectDraft);
  }
  attemptDraft.children.push(
    createDraft(next(), "request", request[0], request[1]),
    createDraft(next(), "response", response[0], response[1]),
  );
  call.children.push(createDraft(next(), "unmarshal", unmarshal[0], unmarshal[1]));
}
