#!/usr/bin/env node
// `npm test`: runs every Vitest project (node, dom, react18, browser, storybook).
// Chromium is found at CHROMIUM_PATH or /usr/bin/chromium. Without it the browser projects are
// skipped with one loud line; with REQUIRE_BROWSER=1 a missing Chromium fails the run instead.
import { existsSync } from "node:fs";
import { spawnSync } from "node:child_process";

// The react18 project runs the dom tests on React 18 from test/react18 (its own small package).
const react18 = new URL("../test/react18/", import.meta.url).pathname;
if (!existsSync(`${react18}node_modules/react/package.json`)) {
  console.error(
    "tracelens: installing React 18 for the react18 test project (npm ci in test/react18)",
  );
  const install = spawnSync("npm", ["ci", "--no-audit", "--no-fund", "--prefix", react18], {
    stdio: "inherit",
  });
  if (install.status !== 0) {
    console.error("tracelens: could not install React 18 in test/react18 (offline?)");
    process.exit(1);
  }
}

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
    args.push("--project", "node", "--project", "dom", "--project", "react18");
  }
}

const result = spawnSync("npx", args, { stdio: "inherit", env });
process.exit(result.status ?? 1);
