import type {
  ResponseTimeRootCauseEntity,
  RootCauseEntity,
  RootCauseException,
  RootCauseService,
  TraceSummary,
} from "../model/index";

/**
 * One element of the enumerated list a `rootcause.<kind>.<target> { ... }` body is tested on:
 * a service of a root cause, an entity of its entity path, or an exception of an entity.
 * `index` is 0-based within one root cause (services in order; entities and exceptions
 * flattened across the root cause's services in order).
 */
export interface RootCauseItem {
  readonly index: number;
  readonly count: number;
  readonly service: RootCauseService<RootCauseEntity | ResponseTimeRootCauseEntity>;
  readonly entity: RootCauseEntity | ResponseTimeRootCauseEntity | null;
  readonly exception: RootCauseException | null;
  readonly summary: TraceSummary;
}
