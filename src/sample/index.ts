export { generateWorkload } from "./generateWorkload";
export type { WorkloadOptions } from "./WorkloadOptions";
export { generateScenario, SCENARIO_KINDS } from "./generateScenario";
export type { ScenarioKind, ScenarioOptions } from "./generateScenario";
export { generateLargeTrace } from "./generateLargeTrace";
export type { LargeTraceOptions, LargeTraceShape } from "./generateLargeTrace";
export { sampleTraces } from "./sampleTraces";
