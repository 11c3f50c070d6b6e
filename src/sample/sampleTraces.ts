import type { Trace } from "../model/index";
import type { WorkloadOptions } from "./WorkloadOptions";
import { assembleTraces } from "../assemble/index";
import { generateWorkload } from "./generateWorkload";

/**
 * The built-in workload, assembled: `generateWorkload(options)` then `assembleTraces` (inferred
 * segments on). Holds every document at once, so meant for stories and examples of up to a few
 * thousand traces; stream `generateWorkload` for more.
 * @example
 * const traces = sampleTraces({ traces: 200, seed: 7 });
 */
export function sampleTraces(options: WorkloadOptions = {}): readonly Trace[] {
  return assembleTraces([...generateWorkload(options)]).traces;
}
