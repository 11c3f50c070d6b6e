import { assembleTraces } from "../assemble/index";
import { locateDiagnostic, parseSegmentDocuments } from "../formats/index";
import type { ReadSegmentDocumentsResult } from "../formats/index";
import type { Diagnostic } from "../model/Diagnostic";
import type { SegmentDocument } from "../model/SegmentDocument";
import type { Trace } from "../model/Trace";
import { generateWorkload } from "../sample/index";
import type { CliIo } from "./CliIo";
import type { ParsedArgs } from "./Command";
import { UsageError } from "./Command";
import { formatDiagnosticLine } from "./formatDiagnosticLine";
import { parseIntegerOption } from "./parseIntegerOption";
import { readInputs } from "./readInputs";
import { shiftTextPart } from "./shiftTextPart";

export interface LoadTracesResult {
  readonly traces: readonly Trace[];
  /** True when some input was rejected (a file unreadable, a document invalid): exit code 1. */
  readonly rejected: boolean;
}

/**
 * Reads the documents a command was given (files, stdin, or `--sample`), assembles them, and
 * writes every diagnostic to stderr (one line each, or one JSON array with `--diagnostics json`).
 */
export async function loadTraces(args: ParsedArgs, io: CliIo): Promise<LoadTracesResult> {
  const format = (args.values.diagnostics as string | undefined) ?? "text";
  if (format !== "text" && format !== "json") {
    throw new UsageError(`--diagnostics takes text or json, not '${format}'`);
  }
  const documents: SegmentDocument[] = [];
  const reported: { source: string; diagnostic: Diagnostic }[] = [];
  const failures: string[] = [];
  /** The inputs read, each with the index in `documents` where its documents start. */
  const sources: { name: string; start: number; read: ReadSegmentDocumentsResult }[] = [];
  if (args.values.sample === true) {
    if (args.positionals.length > 0) throw new UsageError("--sample reads no files");
    const traces = parseIntegerOption("traces", args.values.traces, 100, 1, 10_000_000);
    const seed = parseIntegerOption("seed", args.values.seed, 1, 0, 2 ** 32 - 1);
    for (const doc of generateWorkload({ traces, seed })) documents.push(doc);
  } else {
    if (args.values.traces !== undefined || args.values.seed !== undefined) {
      throw new UsageError("--traces and --seed go with --sample");
    }
    const read = await readInputs(args.positionals, io);
    failures.push(...read.failures);
    let documentsBefore = 0; // of the earlier parts of the same file
    for (const input of read.inputs) {
      if (input.firstLine === 1) documentsBefore = 0;
      const result = shiftTextPart(
        parseSegmentDocuments(input.text()),
        input.firstLine - 1,
        documentsBefore,
      );
      documentsBefore += result.inputCount;
      sources.push({ name: input.name, start: documents.length, read: result });
      for (const diagnostic of result.diagnostics)
        reported.push({ source: input.name, diagnostic });
      for (const doc of result.documents) documents.push(doc);
    }
  }
  const assembled = assembleTraces(documents);
  for (const diagnostic of assembled.diagnostics) {
    // in the file the document came from, at its line or path there
    let from: (typeof sources)[number] | undefined;
    for (const source of sources) if (source.start <= diagnostic.documentIndex) from = source;
    reported.push(
      from === undefined
        ? { source: "assembly", diagnostic }
        : {
            source: from.name,
            diagnostic: locateDiagnostic(
              diagnostic,
              from.read,
              diagnostic.documentIndex - from.start,
            ),
          },
    );
  }

  if (format === "json") {
    const all = [
      ...failures.map((message) => ({
        source: "input",
        severity: "error",
        code: "unreadable",
        message,
      })),
      ...reported.map(({ source, diagnostic }) => ({ source, ...diagnostic })),
    ];
    if (all.length > 0) io.stderr(JSON.stringify(all) + "\n");
  } else {
    for (const line of failures) io.stderr(`${line}\n`);
    for (const { source, diagnostic } of reported) {
      io.stderr(formatDiagnosticLine(source, diagnostic) + "\n");
    }
  }
  const rejected =
    failures.length > 0 || reported.some(({ diagnostic }) => diagnostic.severity === "error");
  return { traces: assembled.traces, rejected };
}
