/**
 * `npm run bench`: runs every bench/*.bench.ts (each exports `run(): Promise<void> | void`), or only
 * those whose name contains one of the arguments: `npm run bench -- digest filter`.
 */
import { readdirSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";
import { dirname, join } from "node:path";
import { machine } from "./harness";

const here = dirname(fileURLToPath(import.meta.url));
const only = process.argv.slice(2);
const files = readdirSync(here)
  .filter((f) => f.endsWith(".bench.ts"))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort();

console.log(`# tracelens benchmarks — ${new Date().toISOString().slice(0, 10)} — ${machine()}`);
for (const file of files) {
  const mod = (await import(pathToFileURL(join(here, file)).href)) as { run: () => unknown };
  await mod.run();
}
