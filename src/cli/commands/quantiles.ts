import type { CliIo } from "../CliIo";
import { UsageError, type Command, type ParsedArgs } from "../Command";
import { readInputs } from "../readInputs";
import { formatBase64 } from "../../digest/formatBase64";
import { MAX_COMPRESSION } from "../../digest/digestLimits";
import { TDigest } from "../../digest/TDigest";

const defaultQuantiles = "0.5,0.9,0.99,0.999";
/** Bad lines reported one by one; the rest are summed up in one line. */
const reportLimit = 50;
const numberPattern = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

const help = `usage: tracelens quantiles [FILE|-] [--q LIST] [--compression N] [--bytes]

Estimates quantiles of numbers with a t-digest (merging, K_2) and prints JSON:
  { "count", "min", "max", "quantiles": { "0.5": ..., ... }, "digest" }

Input (FILE, or stdin when FILE is - or absent): one number per line (blank lines are
ignored), or one JSON array of numbers. Lines (or array elements) that are not finite numbers
are reported on stderr with their line number (the first ${reportLimit}, then a count) and skipped.

options:
  --q LIST          quantiles to print, comma-separated, each in [0, 1]
                    (default ${defaultQuantiles})
  --compression N   the digest's δ, in (0, ${MAX_COMPRESSION}] (default 100)
  --bytes           digest = base64 of the Java MergingDigest asBytes layout
                    (default: the JSON form, as read by TDigest.fromJSON)
  -h, --help        this text

exit status: 0 every line was a number, 1 some were skipped (or FILE could not be read),
2 usage error.`;

interface ParsedNumbers {
  readonly values: Float64Array;
  readonly problems: readonly string[];
}

/**
 * Numbers from one number per line (the text starting on line `firstLine` of the file), or from a
 * JSON array; problems name the line or element.
 */
function parseNumbers(name: string, text: string, firstLine: number): ParsedNumbers {
  if (text.trimStart().startsWith("[")) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch (error) {
      return {
        values: new Float64Array(0),
        problems: [`${name}: not a JSON array: ${(error as Error).message}`],
      };
    }
    if (!Array.isArray(parsed)) {
      return { values: new Float64Array(0), problems: [`${name}: not a JSON array`] };
    }
    const values = new Float64Array(parsed.length);
    const problems: string[] = [];
    let n = 0;
    parsed.forEach((element: unknown, i) => {
      if (typeof element === "number" && Number.isFinite(element)) values[n++] = element;
      else problems.push(`${name}: element ${i}: not a finite number: ${JSON.stringify(element)}`);
    });
    return { values: values.subarray(0, n), problems };
  }
  const lines = text.split("\n");
  const values = new Float64Array(lines.length);
  const problems: string[] = [];
  let n = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim();
    if (line === "") continue;
    const value = numberPattern.test(line) ? Number(line) : NaN;
    if (Number.isFinite(value)) values[n++] = value;
    else {
      problems.push(
        `${name}:${firstLine + i}: not a finite number: ${JSON.stringify(truncate(line))}`,
      );
    }
  }
  return { values: values.subarray(0, n), problems };
}

function truncate(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

function parseQuantiles(text: string): number[] {
  const parts = text.split(",").map((part) => part.trim());
  return parts.map((part) => {
    const q = numberPattern.test(part) ? Number(part) : NaN;
    if (!(q >= 0 && q <= 1)) {
      throw new UsageError(`--q: '${part}' is not a quantile in [0, 1]`);
    }
    return q;
  });
}

function parseCompression(text: string | undefined): number {
  if (text === undefined) return 100;
  const value = numberPattern.test(text.trim()) ? Number(text) : NaN;
  if (!(value > 0 && value <= MAX_COMPRESSION)) {
    throw new UsageError(`--compression: '${text}' is not a number in (0, ${MAX_COMPRESSION}]`);
  }
  return value;
}

/** A number for JSON: NaN (an empty digest) becomes null. */
const json = (value: number): number | null => (Number.isNaN(value) ? null : value);

async function run(args: ParsedArgs, io: CliIo): Promise<number> {
  if (args.positionals.length > 1) {
    throw new UsageError("takes one FILE (or - for stdin)");
  }
  const quantiles = parseQuantiles((args.values.q as string | undefined) ?? defaultQuantiles);
  const compression = parseCompression(args.values.compression as string | undefined);
  const { inputs, failures } = await readInputs(args.positionals, io);
  if (failures.length > 0) {
    io.stderr(failures.map((f) => `tracelens quantiles: ${f}\n`).join(""));
    return 1;
  }
  // one input, or the parts of one file too long for a string
  const digest = new TDigest({ compression });
  const problems: string[] = [];
  for (const { name, text, firstLine } of inputs) {
    const parsed = parseNumbers(name, text(), firstLine);
    digest.addAll(parsed.values);
    for (const problem of parsed.problems) problems.push(problem);
  }
  const used = digest.count;
  if (problems.length > 0) {
    const shown = problems.slice(0, reportLimit).map((p) => `tracelens quantiles: ${p}\n`);
    const more = problems.length - reportLimit;
    if (more > 0) shown.push(`tracelens quantiles: ... and ${more} more\n`);
    shown.push(`tracelens quantiles: skipped ${problems.length}, used ${used}\n`);
    io.stderr(shown.join(""));
  }
  // Written by hand to keep the order of --q (an object would put "1" first).
  const byQuantile = quantiles
    .map((q) => `${JSON.stringify(String(q))}:${JSON.stringify(json(digest.quantile(q)))}`)
    .join(",");
  const output: [string, string][] = [
    ["count", JSON.stringify(digest.count)],
    ["min", JSON.stringify(json(digest.min))],
    ["max", JSON.stringify(json(digest.max))],
    ["quantiles", `{${byQuantile}}`],
    [
      "digest",
      JSON.stringify(args.values.bytes === true ? formatBase64(digest.asBytes()) : digest.toJSON()),
    ],
  ];
  io.stdout(
    `{\n${output.map(([key, value]) => `  ${JSON.stringify(key)}: ${value}`).join(",\n")}\n}\n`,
  );
  return problems.length > 0 ? 1 : 0;
}

/** `tracelens quantiles`: quantiles of a column of numbers, with the digest to keep or merge. */
export const quantilesCommand: Command = {
  name: "quantiles",
  summary: "estimate quantiles of numbers (one per line or a JSON array) with a t-digest",
  help,
  options: {
    q: { type: "string" },
    compression: { type: "string" },
    bytes: { type: "boolean" },
  },
  run,
};
