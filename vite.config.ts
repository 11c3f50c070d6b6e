import { defineConfig } from "vitest/config";
import react from "@vitejs/plugin-react";
import { playwright } from "@vitest/browser-playwright";
import { storybookTest } from "@storybook/addon-vitest/vitest-plugin";
import { resolve } from "node:path";
import pkg from "./package.json" with { type: "json" };
import chromiumFlags from "./scripts/chromiumFlags.json" with { type: "json" };

const root = import.meta.dirname;
const external = [
  ...Object.keys(pkg.dependencies ?? {}),
  ...Object.keys(pkg.peerDependencies ?? {}),
];

/** Debian's Chromium, launched with the flags this machine needs (see README, "Quick start"). */
export const chromiumLaunch = {
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: chromiumFlags,
};

/**
 * React 18 (test/react18, its own package so its peer ranges do not meet React 19's): the react18
 * project reruns the dom tests with `react` and `react-dom` pointing there, since the components
 * promise React >= 18. Packages that import React are inlined so they see the alias too.
 */
const react18 = resolve(root, "test/react18/node_modules");
const react18Alias = [
  { find: /^react$/, replacement: `${react18}/react/index.js` },
  { find: /^react\/(.*)$/, replacement: `${react18}/react/$1.js` },
  { find: /^react-dom$/, replacement: `${react18}/react-dom/index.js` },
  { find: /^react-dom\/(.*)$/, replacement: `${react18}/react-dom/$1.js` },
  // its CommonJS build would require React 19 from node_modules; the ES build sees the aliases
  {
    find: /^@testing-library\/react$/,
    replacement: resolve(
      root,
      "node_modules/@testing-library/react/dist/@testing-library/react.esm.js",
    ),
  },
];

/** Browser-mode settings; each project names its Chromium instance (names must be unique). */
const browser = (name: string) => ({
  enabled: true,
  headless: true,
  provider: playwright({ launchOptions: chromiumLaunch }),
  instances: [{ browser: "chromium" as const, name }],
});

export default defineConfig({
  plugins: [react()],
  // Pre-bundle everything the browser projects import, so no mid-run re-optimisation reloads a test.
  optimizeDeps: {
    include: [
      "react",
      "react-dom",
      "react-dom/client",
      "react/jsx-runtime",
      "react/jsx-dev-runtime",
      "@tanstack/react-virtual",
      "d3-force",
      "d3-scale",
      "d3-shape",
      "d3-zoom",
      "d3-brush",
      "d3-selection",
      "@testing-library/react",
      "@testing-library/user-event",
    ],
  },
  // Library build: asset and worker URLs relative to the chunk that uses them
  // (`new URL("assets/…", import.meta.url)`), so they resolve inside the installed package, not
  // against the host app's origin. Vite treats "./" as "/" while serving (vitest, Storybook dev).
  base: "./",
  // Workers are created with `{ type: "module" }`; emit them as ES modules to match.
  worker: { format: "es" },
  build: {
    target: "es2022",
    lib: {
      entry: {
        index: resolve(root, "src/index.ts"),
        react: resolve(root, "src/react/index.ts"),
        cli: resolve(root, "src/cli/main.ts"),
      },
      formats: ["es"],
    },
    rolldownOptions: {
      external: (id) =>
        id.startsWith("node:") || external.some((d) => id === d || id.startsWith(d + "/")),
    },
    sourcemap: true,
    minify: false,
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: "node",
          environment: "node",
          include: ["test/**/*.test.ts"],
          exclude: ["test/react/**", "test/**/*.browser.test.ts"],
          testTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: "dom",
          environment: "happy-dom",
          include: ["test/react/**/*.test.{ts,tsx}"],
          exclude: ["test/**/*.browser.test.{ts,tsx}"],
        },
      },
      {
        extends: true,
        resolve: { alias: react18Alias },
        test: {
          name: "react18",
          environment: "happy-dom",
          include: ["test/react/**/*.test.{ts,tsx}", "test/react18/*.test.{ts,tsx}"],
          exclude: ["test/**/*.browser.test.{ts,tsx}"],
          server: { deps: { inline: [/@tanstack\//, /@testing-library\//] } },
        },
      },
      {
        extends: true,
        test: {
          name: "browser",
          include: ["test/**/*.browser.test.{ts,tsx}"],
          browser: browser("browser (chromium)"),
          testTimeout: 60_000,
        },
      },
      {
        extends: true,
        plugins: [storybookTest({ configDir: resolve(root, ".storybook") })],
        test: { name: "storybook", browser: browser("storybook (chromium)"), testTimeout: 60_000 },
      },
    ],
  },
});
