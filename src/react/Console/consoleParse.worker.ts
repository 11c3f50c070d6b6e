// The Web Worker the Console parses dropped files in (installConsoleParseWorker). Loaded by
// createConsoleParseWorker through `new Worker(new URL(...), { type: "module" })`.
import type { ConsoleParseScope } from "./consoleParseProtocol";
import { installConsoleParseWorker } from "./installConsoleParseWorker";

installConsoleParseWorker(self as unknown as ConsoleParseScope);
