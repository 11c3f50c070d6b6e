import type { ServiceGraph } from "../model/ServiceGraph";
import type { Trace } from "../model/Trace";
import type { LinkScope } from "./LinkResolver";
import { LinkResolver } from "./LinkResolver";
import { ServiceGraphAccumulator } from "./ServiceGraphAccumulator";
import { walkServiceCalls } from "./walkServiceCalls";

export interface ServiceGraphOptions {
  /** Only traces for which this returns true count (e.g. `compileFilter(expr).matchesTrace`). */
  readonly filter?: (trace: Trace) => boolean;
  /** Compression of the node and edge t-digests (default 100). */
  readonly compression?: number;
  /**
   * Where segment `links` are looked up. `trace`: in the consumer's own trace only, nothing is
   * kept (the builder's default, for long-lived builders). `input`: in every trace added, in any
   * order, at the cost of keeping a reference to each trace added until the builder is dropped
   * (`deriveServiceGraph`'s default: its input is in memory anyway).
   */
  readonly linkScope?: LinkScope;
}

/** A service graph fed trace by trace; `build()` may be called any number of times. */
export interface ServiceGraphBuilder {
  /** Adds one trace's requests, calls and links. */
  addTrace(trace: Trace): void;
  /** Adds every trace of an iterable (arrays, generators). */
  addTraces(traces: Iterable<Trace>): void;
  /** The graph of every trace added so far; later additions do not change it. */
  build(): ServiceGraph;
}

/**
 * Creates an incremental service-graph builder: the same result as `deriveServiceGraph` over all
 * the traces added (with the same `linkScope`), for streams and dashboards that receive traces
 * over time. Options: `filter`, `compression` (100), `linkScope` (`trace` here).
 *
 * @example
 * const builder = createServiceGraphBuilder();
 * for (const batch of batches) builder.addTraces(assembleTraces(batch).traces);
 * const graph = builder.build();
 */
export function createServiceGraphBuilder(options: ServiceGraphOptions = {}): ServiceGraphBuilder {
  const compression = options.compression ?? 100;
  if (!(compression > 0)) throw new RangeError(`compression must be positive, not ${compression}`);
  const filter = options.filter;
  const accumulator = new ServiceGraphAccumulator(compression);
  const links = new LinkResolver(options.linkScope ?? "trace");
  const addTrace = (trace: Trace): void => {
    if (filter !== undefined && !filter(trace)) return;
    walkServiceCalls(trace, accumulator, links);
  };
  return {
    addTrace,
    addTraces: (traces) => {
      for (const trace of traces) addTrace(trace);
    },
    build: () => accumulator.snapshot(),
  };
}
