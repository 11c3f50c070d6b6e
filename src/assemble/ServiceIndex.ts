import type { TraceNode } from "../model/TraceNode";
import type { ServiceId } from "../model/TraceSummary";
import { accountIdOf, createServiceId } from "./createServiceId";

/**
 * The services of one trace: one ServiceId object per distinct service (name, type, account),
 * shared by every place of the summary that names it, in the order they were first asked for.
 */
export class ServiceIndex {
  readonly list: ServiceId[] = [];
  private readonly byKey = new Map<string, ServiceId>();
  private readonly bySegment = new Map<TraceNode, ServiceId>();

  /** The ServiceId of a segment node; the top of an orphan subtree gets one that is not listed. */
  of(segment: TraceNode): ServiceId {
    let id = this.bySegment.get(segment);
    if (id !== undefined) return id;
    if (segment.kind === "subsegment") {
      id = createServiceId(segment); // its service never arrived: usable in paths, not listed
    } else {
      const account = accountIdOf(segment);
      const key = `${segment.name}\u0000${segment.origin ?? ""}\u0000${account ?? ""}`;
      id = this.byKey.get(key);
      if (id === undefined) {
        id = createServiceId(segment, account);
        this.byKey.set(key, id);
        this.list.push(id);
      }
    }
    this.bySegment.set(segment, id);
    return id;
  }
}
