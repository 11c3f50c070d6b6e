import { expect, it } from "vitest";
import { createConsoleParseWorker } from "../../../src/react/Console/createConsoleParseWorker";
import {
  loadConsoleText,
  type ConsoleLoadProgress,
} from "../../../src/react/Console/loadConsoleText";
import { generateWorkload } from "../../../src/sample/index";

it("loadConsoleText parses in a real Web Worker and assembles the same traces as the main thread", async () => {
  const text = [...generateWorkload({ traces: 30, seed: 8 })]
    .map((d) => JSON.stringify(d))
    .join("\n");
  let made = 0;
  const progress: ConsoleLoadProgress[] = [];
  const viaWorker = await loadConsoleText(`${text}\nnot json`, {
    worker: () => {
      const w = createConsoleParseWorker();
      if (w !== null) made++;
      return w;
    },
    onProgress: (p) => progress.push(p),
  });
  expect(made).toBe(1);
  // The worker's own progress note (fraction 0.3) arrived before assembly began.
  expect(progress.some((p) => p.phase === "parsing" && p.fraction === 0.3)).toBe(true);
  const direct = await loadConsoleText(`${text}\nnot json`);
  if (viaWorker.kind !== "traces" || direct.kind !== "traces") throw new Error("expected traces");
  expect(viaWorker.traces.map((t) => t.id)).toEqual(direct.traces.map((t) => t.id));
  expect(viaWorker.diagnostics.map((d) => d.code)).toEqual(direct.diagnostics.map((d) => d.code));
  expect(viaWorker.diagnostics.some((d) => d.code === "invalid-json")).toBe(true);
});
