import type { ConsoleLoadProgress } from "./loadConsoleText";

/** What `readConsoleFile` needs of a file (a `File` or `Blob` is one). */
export interface ConsoleFileSource {
  readonly size: number;
  text(): Promise<string>;
  stream?(): ReadableStream<Uint8Array>;
}

/**
 * Reads a file's text (UTF-8) through `File.stream()`, reporting the bytes read as
 * `{ phase: "reading", fraction, loaded, total }`: at the start, after each further hundredth
 * of the file, and at the end. Where a file has no `stream()` (or there is no `TextDecoder`) it
 * falls back to `text()` and reports the start and the end.
 * @example const text = await readConsoleFile(file, (p) => setProgress(p));
 */
export async function readConsoleFile(
  file: ConsoleFileSource,
  onProgress?: (progress: ConsoleLoadProgress) => void,
): Promise<string> {
  const total = file.size;
  const report = (loaded: number) =>
    onProgress?.({
      phase: "reading",
      fraction: total > 0 ? Math.min(1, loaded / total) : 1,
      loaded,
      total,
    });
  report(0);
  if (typeof file.stream !== "function" || typeof TextDecoder === "undefined") {
    const text = await file.text();
    report(total);
    return text;
  }
  const reader = file.stream().getReader();
  const decoder = new TextDecoder();
  const parts: string[] = [];
  const step = Math.max(1, total / 100);
  let loaded = 0;
  let reported = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    loaded += value.byteLength;
    parts.push(decoder.decode(value, { stream: true }));
    if (loaded - reported >= step && loaded < total) {
      reported = loaded;
      report(loaded);
    }
  }
  parts.push(decoder.decode());
  report(loaded);
  return parts.join("");
}
