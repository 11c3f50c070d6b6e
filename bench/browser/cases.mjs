/**
 * The browser benchmark cases. Each entry loads a driver module exporting
 * `run(context) → Promise<void>`; its page module is registered in `app/main.ts` under the same
 * name. To add one (e.g. the service map): write `app/<name>Page.tsx` exporting `api`, register
 * it in `app/main.ts`, write `<name>.case.mjs` exporting `run`, and list it here.
 */
export const cases = {
  timeline: () => import("./timeline.case.mjs"),
  // Diagnostic on the timeline page (main-thread CPU by kind of work); runs only when named.
  timelineProfile: () => import("./timelineProfile.case.mjs"),
  serviceMap: () => import("./serviceMap.case.mjs"),
};
