import { hex8, mix32 } from "./createRandom";
import type { Random } from "./createRandom";

/** Hands out segment/subsegment/exception ids for one trace. */
export interface IdSource {
  /** A fresh 16-hex id, never repeated by this source (up to 2^32 ids). */
  readonly nextId: () => string;
}

/**
 * Creates an id source for one trace: the high 8 hex digits are random, the low 8 are a scrambled
 * counter (a bijection), so ids look random yet are unique within the trace.
 */
export function createIdSource(random: Random): IdSource {
  const salt = random.uint32();
  let counter = 0;
  return {
    nextId: () => hex8(random.uint32()) + hex8(mix32((counter++ ^ salt) >>> 0)),
  };
}

/** An X-Ray trace id `1-<8 hex epoch seconds>-<24 hex random>` (xray-model.md §1.1). */
export function createTraceId(epochSeconds: number, random: Random): string {
  return `1-${hex8(Math.floor(epochSeconds) >>> 0)}-${random.hex(24)}`;
}
