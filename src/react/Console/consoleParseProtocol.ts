import type { ParsedConsoleText } from "./parseConsoleText";

/** Request to the Console's parse worker: the text of one file. */
export interface ConsoleParseRequest {
  readonly id: number;
  readonly text: string;
}

/** Answers of the parse worker: a progress note, then the documents read. */
export type ConsoleParseResponse =
  | { readonly id: number; readonly type: "progress"; readonly phase: "parsing" }
  | { readonly id: number; readonly type: "done"; readonly result: ParsedConsoleText };

/** The part of a worker's global scope the parse worker uses. */
export interface ConsoleParseScope {
  addEventListener(type: "message", listener: (event: { readonly data: unknown }) => void): void;
  postMessage(message: ConsoleParseResponse): void;
}
