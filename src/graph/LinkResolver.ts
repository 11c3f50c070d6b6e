import type { Trace } from "../model/Trace";
import type { TraceNode } from "../model/TraceNode";
import type { ServiceCallSink } from "./ServiceCallSink";

/** Where segment `links` are looked up: the consumer's own trace, or every trace of the input. */
export type LinkScope = "trace" | "input";

interface PendingLink {
  readonly id: string;
  readonly consumer: TraceNode;
}

/**
 * Resolves segment `links` ({trace_id, id}) to producing entities (internal). With scope `input`
 * it keeps each added trace (an array push; the id index is built only when a link needs it) and
 * the links whose trace has not arrived yet, so a link resolves whichever trace comes first.
 */
export class LinkResolver {
  private readonly scope: LinkScope;
  private readonly seen: Trace[] = [];
  private readonly byId = new Map<string, Trace>();
  private indexed = 0;
  private readonly pending = new Map<string, PendingLink[]>();

  constructor(scope: LinkScope) {
    this.scope = scope;
  }

  /** Reports the links of `consumer` (a segment of `trace`) that resolve now; keeps the rest. */
  resolve(trace: Trace, consumer: TraceNode, links: unknown, sink: ServiceCallSink): void {
    if (!Array.isArray(links)) return;
    for (const link of links as unknown[]) {
      if (link === null || typeof link !== "object") continue;
      const id = Object.hasOwn(link, "id") ? (link as { id: unknown }).id : undefined;
      const tid = Object.hasOwn(link, "trace_id")
        ? (link as { trace_id: unknown }).trace_id
        : undefined;
      if (typeof id !== "string") continue;
      const traceId = typeof tid === "string" ? tid : trace.id;
      if (traceId === trace.id) {
        const producer = trace.nodes.get(id);
        if (producer !== undefined) sink.link(producer, consumer);
        continue;
      }
      if (this.scope === "trace") continue;
      const other = this.find(traceId);
      if (other !== undefined) {
        const producer = other.nodes.get(id);
        if (producer !== undefined) sink.link(producer, consumer);
        continue;
      }
      let list = this.pending.get(traceId);
      if (list === undefined) {
        list = [];
        this.pending.set(traceId, list);
      }
      list.push({ id, consumer });
    }
  }

  /** Registers a trace (scope `input`) and reports the waiting links that point into it. */
  addTrace(trace: Trace, sink: ServiceCallSink): void {
    if (this.scope === "trace") return;
    this.seen.push(trace);
    if (this.pending.size === 0) return;
    const waiting = this.pending.get(trace.id);
    if (waiting === undefined) return;
    this.pending.delete(trace.id);
    for (const { id, consumer } of waiting) {
      const producer = trace.nodes.get(id);
      if (producer !== undefined) sink.link(producer, consumer);
    }
  }

  private find(traceId: string): Trace | undefined {
    for (; this.indexed < this.seen.length; this.indexed++) {
      const trace = this.seen[this.indexed];
      if (!this.byId.has(trace.id)) this.byId.set(trace.id, trace);
    }
    return this.byId.get(traceId);
  }
}
