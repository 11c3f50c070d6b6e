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
export { createConsoleParseWorker } from "./createConsoleParseWorker";
export type { ConsoleParseWorker, ConsoleParseWorkerFactory } from "./createConsoleParseWorker";
export { installConsoleParseWorker } from "./installConsoleParseWorker";
export type {
  ConsoleParseRequest,
  ConsoleParseResponse,
  ConsoleParseScope,
} from "./consoleParseProtocol";
export { formatServiceFilter } from "./formatServiceFilter";
export { computeConsoleSetStats } from "./computeConsoleSetStats";
export type { ConsoleSetStats } from "./computeConsoleSetStats";
