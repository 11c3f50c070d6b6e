#!/usr/bin/env node
// After `vite build`: the headless entry (dist/index.js) and every chunk it imports, transitively,
// must contain no import of react, react-dom or @tanstack/react-virtual. Every worker a chunk
// creates (`new URL("….js", import.meta.url)`) must be named relative to that chunk, never from
// the root ("/assets/…" resolves against the host app's origin, not the installed package), and
// the file must exist there. Exits 1 otherwise.
import { readFileSync, readdirSync, existsSync, chmodSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";

const forbidden = /^(react|react-dom|@tanstack\/react-virtual)(\/|$)/;
const importRe =
  /(?:import|export)\s*(?:[^'"]*?\sfrom\s*)?["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)/g;

function check(entry) {
  const seen = new Set();
  const stack = [resolve(entry)];
  const problems = [];
  while (stack.length > 0) {
    const file = stack.pop();
    if (seen.has(file)) continue;
    seen.add(file);
    const text = readFileSync(file, "utf8");
    for (const m of text.matchAll(importRe)) {
      const spec = m[1] ?? m[2];
      if (spec.startsWith(".")) stack.push(resolve(dirname(file), spec));
      else if (forbidden.test(spec)) problems.push(`${file} imports ${spec}`);
    }
  }
  return { files: seen.size, problems };
}

for (const entry of ["dist/index.js", "dist/cli.js"]) {
  if (!existsSync(entry)) {
    console.error(`checkBuild: ${entry} is missing`);
    process.exit(1);
  }
  const { files, problems } = check(entry);
  if (problems.length > 0) {
    console.error(`checkBuild: ${entry} reaches React:\n  ${problems.join("\n  ")}`);
    process.exit(1);
  }
  console.log(`checkBuild: ${entry} and its ${files - 1} chunk(s) import no React`);
}
/** Every .js/.mjs file below `dir` (iterative). */
function scripts(dir) {
  const files = [];
  const stack = [dir];
  while (stack.length > 0) {
    const at = stack.pop();
    for (const entry of readdirSync(at, { withFileTypes: true })) {
      const path = join(at, entry.name);
      if (entry.isDirectory()) stack.push(path);
      else if (/\.m?js$/.test(entry.name)) files.push(path);
    }
  }
  return files.sort();
}

// `new URL(` [a /* comment */] "spec.js", with the spec captured. Comment-only lines (JSDoc
// examples that mention `new URL(...)`) are dropped first.
const scriptUrlRe = /new URL\(\s*(?:\/\*[^*]*\*\/\s*)?["'`]([^"'`]+\.m?js)["'`]/g;
const commentLine = /^\s*(?:\*|\/\/|\/\*).*$/gm;

function checkWorkerUrls(dist) {
  const problems = [];
  const referenced = new Set();
  for (const file of scripts(dist)) {
    const code = readFileSync(file, "utf8").replace(commentLine, "");
    for (const m of code.matchAll(scriptUrlRe)) {
      const spec = m[1];
      const at = relative(".", file);
      if (spec.startsWith("/") || /^[a-z][a-z0-9+.-]*:/i.test(spec)) {
        problems.push(`${at} names ${spec} from the root (must be relative to the chunk)`);
        continue;
      }
      const target = resolve(dirname(file), spec);
      referenced.add(target);
      if (!existsSync(target))
        problems.push(`${at} names ${spec}, but ${relative(".", target)} is missing`);
    }
  }
  const workers = scripts(dist).filter((f) => /\.worker-[^/]*\.m?js$/.test(f));
  for (const worker of workers)
    if (!referenced.has(resolve(worker)))
      problems.push(`${relative(".", worker)} is emitted but no chunk names it`);
  if (referenced.size === 0)
    problems.push("no chunk names a worker (expected the layout and parse workers)");
  return { problems, count: referenced.size };
}

{
  const { problems, count } = checkWorkerUrls("dist");
  if (problems.length > 0) {
    console.error(`checkBuild: worker URLs:\n  ${problems.join("\n  ")}`);
    process.exit(1);
  }
  console.log(`checkBuild: ${count} worker URL(s), each relative to its chunk and present`);
}

const cli = readFileSync("dist/cli.js", "utf8");
if (!cli.startsWith("#!/usr/bin/env node")) {
  console.error("checkBuild: dist/cli.js has no shebang");
  process.exit(1);
}
chmodSync("dist/cli.js", 0o755);
