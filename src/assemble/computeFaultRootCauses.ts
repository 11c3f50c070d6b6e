import type { ExceptionRecord } from "../model/SegmentDocument";
import type { TraceNode } from "../model/TraceNode";
import type { FaultRootCause, RootCauseEntity, RootCauseException } from "../model/TraceSummary";
import type { ExceptionLookup } from "./ExceptionLookup";
import type { ServiceIndex } from "./ServiceIndex";
import { groupPathByService, pathFromTop } from "./groupPathByService";
import { isRemoteEntity } from "./isRemoteEntity";

/** At most this many fault (or error) root causes per trace. */
export const MAX_ROOT_CAUSES = 100;

const NO_EXCEPTIONS: readonly RootCauseException[] = [];

function toException(record: ExceptionRecord): RootCauseException {
  const exception: { Name?: string; Message?: string } = {};
  if (typeof record.type === "string") exception.Name = record.type;
  if (typeof record.message === "string") exception.Message = record.message;
  return exception;
}

/**
 * Fault (or error) root causes (our rule; X-Ray does not document one): every entity with the
 * flag none of whose descendants has it ("the deepest faulted entity"; the caller passes these
 * `culprits` in tree order); each gives the
 * path from the top of its tree down to it, grouped by service, the last entity carrying its
 * exceptions. Paths with the same service and entity names are reported once; at most
 * MAX_ROOT_CAUSES. ClientImpacting = the trace's entry segment has the flag.
 */
export function computeFaultRootCauses(
  culprits: readonly TraceNode[],
  clientImpacting: boolean,
  index: ServiceIndex,
  lookup: ExceptionLookup,
): FaultRootCause[] {
  const causes: FaultRootCause[] = [];
  const seen = new Set<string>();
  for (const culprit of culprits) {
    if (causes.length >= MAX_ROOT_CAUSES) break;
    const path = pathFromTop(culprit);
    const last = path.length - 1;
    const services = groupPathByService<RootCauseEntity>(path, index, (node, i) => {
      const records = lookup.exceptionsOf(node);
      return {
        Name: node.name,
        Exceptions: i === last && records.length > 0 ? records.map(toException) : NO_EXCEPTIONS,
        Remote: isRemoteEntity(node, records),
      };
    });
    let key = "";
    for (const s of services) {
      key += `${s.Name}\u0001${s.Type ?? ""}\u0001`;
      for (const e of s.EntityPath) key += `${e.Name}\u0002`;
    }
    if (seen.has(key)) continue;
    seen.add(key);
    causes.push({ Services: services, ClientImpacting: clientImpacting });
  }
  return causes.slice(); // exact size
}
