#!/usr/bin/env node
// After `vite build`: the headless entry (dist/index.js) and every chunk it imports, transitively,
// must contain no import of react, react-dom or @tanstack/react-virtual. Exits 1 otherwise.
import { readFileSync, existsSync, chmodSync } from "node:fs";
import { dirname, resolve } from "node:path";

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
const cli = readFileSync("dist/cli.js", "utf8");
if (!cli.startsWith("#!/usr/bin/env node")) {
  console.error("checkBuild: dist/cli.js has no shebang");
  process.exit(1);
}
chmodSync("dist/cli.js", 0o755);
