import type { TDigestJson } from "../../digest/index";
import type { Diagnostic } from "../../model/Diagnostic";
import type { ServiceGraphEdge, ServiceGraphNode } from "../../model/ServiceGraph";
import type { ParsedConsoleText } from "./parseConsoleText";

/** Request to the Console's parse worker: the text of one file. */
export interface ConsoleParseRequest {
  readonly id: number;
  readonly text: string;
}

/** A graph node as posted by the parse worker: its digests in their JSON form (`TDigest.toJSON`). */
export type ConsoleGraphNodeMessage = Omit<
  ServiceGraphNode,
  "responseTimeDigest" | "durationDigest"
> & {
  readonly responseTimeDigest: TDigestJson | null;
  readonly durationDigest: TDigestJson | null;
};

/** A graph edge as posted by the parse worker: its digests in their JSON form. */
export type ConsoleGraphEdgeMessage = Omit<
  ServiceGraphEdge,
  "responseTimeDigest" | "receivedEventAgeDigest"
> & {
  readonly responseTimeDigest: TDigestJson | null;
  readonly receivedEventAgeDigest: TDigestJson | null;
};

/**
 * A GetServiceGraph response read in the parse worker (`toConsoleGraphMessage`): the graph's nodes
 * and edges with plain-data digests (TDigest instances do not survive `postMessage`), rebuilt on
 * the main thread by `fromConsoleGraphMessage`.
 */
export interface ConsoleGraphMessage {
  readonly kind: "graph";
  readonly nodes: readonly ConsoleGraphNodeMessage[];
  readonly edges: readonly ConsoleGraphEdgeMessage[];
  readonly diagnostics: readonly Diagnostic[];
}

/** Answers of the parse worker: a progress note, then the documents or the graph read. */
export type ConsoleParseResponse =
  | { readonly id: number; readonly type: "progress"; readonly phase: "parsing" }
  | {
      readonly id: number;
      readonly type: "done";
      readonly result: ParsedConsoleText | ConsoleGraphMessage;
    };

/** The part of a worker's global scope the parse worker uses. */
export interface ConsoleParseScope {
  addEventListener(type: "message", listener: (event: { readonly data: unknown }) => void): void;
  postMessage(message: ConsoleParseResponse): void;
}
