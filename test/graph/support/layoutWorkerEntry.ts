/** A Web Worker module for the browser test: what a user's worker file contains. */
import { installLayoutWorker } from "../../../src/graph/layoutWorker";
import type { LayoutWorkerScope } from "../../../src/graph/layoutWorker";

installLayoutWorker(self as unknown as LayoutWorkerScope);
