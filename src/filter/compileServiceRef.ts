import type { ServiceId, TraceNode } from "../model/index";
import type { ServiceRef } from "./FilterNode";
import { asString, segmentAws } from "./readField";

/** Tests a service node (a segment or inferred node) against a reference. */
export type NodeRefTest = (node: TraceNode) => boolean;

/** Tests a summary `ServiceIds` entry against a reference. */
export type ServiceIdTest = (id: ServiceId) => boolean;

/**
 * Node test for `service(ref)`: a name matches every node of that name (all types); `id(...)`
 * matches name, type (the segment's origin) and account (the segment's `aws.account_id`), each
 * only when given; no reference matches every service.
 */
export function compileNodeRef(ref: ServiceRef | null): NodeRefTest {
  if (ref === null) return () => true;
  if (ref.kind === "name") {
    const name = ref.name;
    return (n) => n.name === name;
  }
  const name = ref.name?.value;
  const type = ref.type?.value;
  const account = ref.accountId?.value;
  return (n) =>
    (name === undefined || n.name === name) &&
    (type === undefined || n.origin === type) &&
    (account === undefined || asString(segmentAws(n)?.account_id) === account);
}

const hasName = (id: ServiceId, name: string): boolean =>
  id.Name === name || (Array.isArray(id.Names) && id.Names.includes(name));

/** The same test on a summary's `ServiceIds` entry (`Name` or any of `Names`, `Type`, `AccountId`). */
export function compileServiceIdRef(ref: ServiceRef | null): ServiceIdTest {
  if (ref === null) return () => true;
  if (ref.kind === "name") {
    const name = ref.name;
    return (id) => hasName(id, name);
  }
  const name = ref.name?.value;
  const type = ref.type?.value;
  const account = ref.accountId?.value;
  return (id) =>
    (name === undefined || hasName(id, name)) &&
    (type === undefined || id.Type === type) &&
    (account === undefined || id.AccountId === account);
}

/** Whether X-Ray draws a client node calling this node: a root segment that is not an orphan. */
export const isClientCalled = (node: TraceNode): boolean =>
  (node.parent === null || node.parent === undefined) && node.orphan !== true;

/**
 * Test of the client node upstream of a root service (xray-model.md §2.3: named after the root,
 * type `client`, no account) by the root's name, for `edge(client, root)`; null when the reference
 * can match no client node (another type, or an account).
 */
export function compileClientRef(ref: ServiceRef | null): ((rootName: string) => boolean) | null {
  if (ref === null) return () => true;
  if (ref.kind === "name") {
    const name = ref.name;
    return (rootName) => rootName === name;
  }
  const type = ref.type?.value;
  if ((type !== undefined && type !== "client") || ref.accountId !== null) return null;
  const name = ref.name?.value;
  return (rootName) => name === undefined || rootName === name;
}
