export { Console } from "./Console";
export type { ConsoleProps } from "./ConsoleProps";
export { useConsoleState } from "./useConsoleState";
export type { ConsoleLoadedFile, ConsoleState, ConsoleStateOptions } from "./useConsoleState";
export { loadConsoleText } from "./loadConsoleText";
export type {
  ConsoleLoadProgress,
  ConsoleLoadResult,
  LoadConsoleTextOptions,
} from "./loadConsoleText";
export { parseConsoleText, isServiceGraphText } from "./parseConsoleText";
export type { ParsedConsoleText } from "./parseConsoleText";
export { parseServiceGraphText } from "./parseServiceGraphText";
export { readConsoleFile } from "./readConsoleFile";
export type { ConsoleFileSource } from "./readConsoleFile";
export { toConsoleGraphMessage } from "./toConsoleGraphMessage";
export { fromConsoleGraphMessage } from "./fromConsoleGraphMessage";
export { createConsoleParseWorker } from "./createConsoleParseWorker";
export type { ConsoleParseWorker, ConsoleParseWorkerFactory } from "./createConsoleParseWorker";
export { installConsoleParseWorker } from "./installConsoleParseWorker";
export type {
  ConsoleGraphEdgeMessage,
  ConsoleGraphMessage,
  ConsoleGraphNodeMessage,
  ConsoleParseRequest,
  ConsoleParseResponse,
  ConsoleParseScope,
} from "./consoleParseProtocol";
export { formatServiceFilter } from "./formatServiceFilter";
export { computeConsoleSetStats } from "./computeConsoleSetStats";
export type { ConsoleSetStats } from "./computeConsoleSetStats";
