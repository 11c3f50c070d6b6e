import type { Command } from "../Command";
import { UsageError } from "../Command";
import { inputOptions, inputOptionsHelp } from "../inputOptions";
import { loadTraces } from "../loadTraces";
import { parseIntegerOption } from "../parseIntegerOption";
import { compileFilter } from "../../filter/index";
import { deriveServiceGraph, toGetServiceGraphResponse } from "../../graph/index";

/** `tracelens graph`: GetServiceGraph-shaped JSON for the input's traces. */
export const graphCommand: Command = {
  name: "graph",
  summary: 'print the service graph as GetServiceGraph JSON {"Services": [...]}',
  help: [
    "usage: tracelens graph [FILE...] [--filter EXPR] [--buckets N]",
    "                       [--sample [--traces N] [--seed S]] [--diagnostics json]",
    "",
    "Assembles the segment documents into traces, derives the service graph (a node per service",
    "and origin, inferred downstream nodes, client nodes, Lambda's two nodes, async link edges)",
    "and prints it with X-Ray's GetServiceGraph field names: {StartTime, EndTime, Services,",
    "ContainsOldGroupVersions}. Diagnostics go to stderr. Exit 0 when all input was valid, 1 when",
    "some was rejected (the graph is still written for the rest), 2 on usage errors (including a",
    "filter expression with errors).",
    "",
    "  --filter EXPR        only traces matching an X-Ray filter expression",
    "  --buckets N          at most N entries per histogram (default: one per digest centroid)",
    inputOptionsHelp,
  ].join("\n"),
  options: { ...inputOptions, filter: { type: "string" }, buckets: { type: "string" } },
  run: async (args, io) => {
    const buckets =
      args.values.buckets === undefined
        ? undefined
        : parseIntegerOption("buckets", args.values.buckets, 0, 1, 100_000);
    const expression = args.values.filter as string | undefined;
    const filter = expression === undefined ? undefined : compileFilter(expression);
    if (filter !== undefined) {
      const lines = filter.diagnostics.map(
        (d) =>
          `--filter: ${d.from}-${d.to}: ${d.severity} ${d.code}: ${d.message}${d.hint === undefined ? "" : ` (${d.hint})`}`,
      );
      if (!filter.ok) throw new UsageError(lines.join("\n"));
      for (const line of lines) io.stderr(`tracelens graph: ${line}\n`);
    }
    const { traces, rejected } = await loadTraces(args, io);
    const graph = deriveServiceGraph(
      traces,
      filter === undefined ? {} : { filter: filter.matchesTrace },
    );
    const response = toGetServiceGraphResponse(graph, buckets === undefined ? {} : { buckets });
    io.stdout(JSON.stringify(response, null, 2) + "\n");
    return rejected ? 1 : 0;
  },
};
