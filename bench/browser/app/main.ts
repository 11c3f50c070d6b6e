/**
 * Entry of the benchmark page: `index.html?case=<name>` loads that case's page module and exposes
 * it as `globalThis.__bench` for the driver (`bench/browser/run.mjs`). To add a case, add its
 * page module here and its driver in `bench/browser/cases.mjs`.
 */
const pages: Record<string, () => Promise<{ api: unknown }>> = {
  timeline: () => import("./timelinePage"),
  serviceMap: () => import("./serviceMapPage"),
};

const caseName = new URLSearchParams(location.search).get("case") ?? "";
const load = pages[caseName];
if (load === undefined) throw new Error(`unknown benchmark case ${caseName}`);
load().then(({ api }) => {
  (globalThis as { __bench?: unknown }).__bench = api;
});
