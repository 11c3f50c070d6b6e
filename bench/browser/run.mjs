#!/usr/bin/env node
/**
 * `npm run bench:browser [-- case ...]`: builds the benchmark page (bench/browser/app) with Vite,
 * serves it on 127.0.0.1, drives Debian's Chromium through playwright-core and prints figures.
 * Cases live in cases.mjs. Figures are records, not tests: nothing fails on speed.
 */
import { createServer } from "node:http";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { cpus, loadavg, totalmem, tmpdir } from "node:os";
import { dirname, extname, join, normalize, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "vite";
import react from "@vitejs/plugin-react";
import { chromium } from "playwright-core";
import chromiumFlags from "../../scripts/chromiumFlags.json" with { type: "json" };
import { cases } from "./cases.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const outDir = join(tmpdir(), `tracelens-bench-browser-${process.pid}`);
const only = process.argv.slice(2);
const selected = Object.keys(cases).filter((c) => only.length === 0 || only.includes(c));

await build({
  root: join(here, "app"),
  configFile: false,
  logLevel: "warn",
  plugins: [react()],
  build: { outDir, emptyOutDir: true, target: "es2022", chunkSizeWarningLimit: 4096 },
});

const types = { ".html": "text/html", ".js": "text/javascript", ".css": "text/css" };
const server = createServer((req, res) => {
  const path = normalize(decodeURIComponent(new URL(req.url, "http://x").pathname));
  const file = resolve(outDir, `.${path}`);
  if (!file.startsWith(outDir) || !existsSync(file)) {
    res.writeHead(404).end();
    return;
  }
  res.writeHead(200, { "content-type": types[extname(file)] ?? "application/octet-stream" });
  res.end(readFileSync(file));
});
await new Promise((ok) => server.listen(0, "127.0.0.1", ok));
const baseUrl = `http://127.0.0.1:${server.address().port}`;

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: chromiumFlags,
});

const results = {};
const context = {
  browser,
  baseUrl,
  report(group, rows) {
    console.log(`\n## ${group}`);
    const width = Math.max(...rows.map(([k]) => k.length));
    for (const [k, v] of rows) console.log(`  ${k.padEnd(width)}  ${v}`);
  },
  record(name, value) {
    results[name] = value;
  },
};

const cpu = cpus();
console.log(
  `# tracelens browser benchmarks — ${new Date().toISOString().slice(0, 10)} — ` +
    `${cpu.length} × ${cpu[0]?.model ?? "CPU"}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, ` +
    `Chromium ${browser.version()}`,
);
// Frame times are wall-clock: other processes on the machine show up in them. Say how busy it was.
const load = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(" ");
console.log(`load average at start: ${load()}`);
try {
  for (const name of selected) {
    const mod = await cases[name]();
    await mod.run(context);
  }
} finally {
  console.log(`\nload average at end: ${load()}`);
  await browser.close();
  server.close();
  rmSync(outDir, { recursive: true, force: true });
}
const resultsDir = resolve(here, "../results");
mkdirSync(resultsDir, { recursive: true });
writeFileSync(join(resultsDir, "browser.json"), JSON.stringify(results, null, 2));
