#!/usr/bin/env node
// `npm test`: runs every Vitest project (node, dom, browser, storybook).
// Chromium is found at CHROMIUM_PATH or /usr/bin/chromium. Without it the browser projects are
// skipped with one loud line; with REQUIRE_BROWSER=1 a missing Chromium fails the run instead.
import { existsSync } from "node:fs";
import { spawnSync } from "node:child_process";

const candidate = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
const found = existsSync(candidate);
const args = ["vitest", "run", ...process.argv.slice(2)];
const env = { ...process.env };

if (found) {
  env.CHROMIUM_PATH = candidate;
} else if (process.env.REQUIRE_BROWSER === "1") {
  console.error(
    `tracelens: REQUIRE_BROWSER=1 but no Chromium at ${candidate}. Install it with ` +
      "`apt-get install -y chromium` or set CHROMIUM_PATH.",
  );
  process.exit(1);
} else {
  console.error(
    `\n*** tracelens: NO CHROMIUM at ${candidate}: SKIPPING the browser and storybook test projects. ` +
      "Install it with `sudo apt-get install -y chromium` (Debian) or set CHROMIUM_PATH. ***\n",
  );
  if (!process.argv.slice(2).some((a) => a.startsWith("--project"))) {
    args.push("--project", "node", "--project", "dom");
  }
}

const result = spawnSync("npx", args, { stdio: "inherit", env });
process.exit(result.status ?? 1);
