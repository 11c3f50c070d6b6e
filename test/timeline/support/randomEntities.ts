import fc from "fast-check";
import type { RandomEntity } from "./buildTrace";

/** Random traces for property tests: 1–40 entities, segments and nested subsegments. */
export const randomEntities: fc.Arbitrary<RandomEntity[]> = fc.array(
  fc.record({
    parent: fc.oneof(fc.constant(-1), fc.nat(1000), fc.nat(1000)),
    start: fc.double({ min: 0, max: 10, noNaN: true }),
    length: fc.double({ min: 0, max: 5, noNaN: true }),
    service: fc.nat(3),
    inProgress: fc.boolean(),
  }),
  { minLength: 1, maxLength: 40 },
);
