// The Web Worker the ServiceMap lays out large graphs in: it answers createLayoutWorkerClient's
// requests with layoutServiceGraph (src/graph/layoutWorker.ts). Loaded by
// createServiceMapLayoutWorker through `new Worker(new URL(...), { type: "module" })`.
import { installLayoutWorker, type LayoutWorkerScope } from "../../graph/layoutWorker";

installLayoutWorker(self as unknown as LayoutWorkerScope);
