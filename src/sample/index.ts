export { generateWorkload } from "./generateWorkload";
export { generateScenario, SCENARIO_KINDS } from "./generateScenario";
export type { ScenarioKind, ScenarioOptions } from "./generateScenario";
export { sampleTraces } from "./sampleTraces";
export type { WorkloadOptions } from "./WorkloadOptions";
