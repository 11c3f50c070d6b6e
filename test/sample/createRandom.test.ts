import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { createRandom, deriveSeed, hex8, mix32 } from "../../src/sample/createRandom";

describe("createRandom", () => {
  it("repeats its sequence for a seed and changes it for another seed", () => {
    const draw = (seed: number) => {
      const r = createRandom(seed);
      return Array.from({ length: 20 }, () => r.uint32());
    };
    expect(draw(7)).toEqual(draw(7));
    expect(draw(8)).not.toEqual(draw(7));
  });

  it("draws floats in [0, 1) with mean near 1/2 and integers in range", () => {
    fc.assert(
      fc.property(fc.integer(), fc.integer({ min: 1, max: 1000 }), (seed, n) => {
        const r = createRandom(seed);
        for (let i = 0; i < 50; i++) {
          const x = r.next();
          const k = r.int(n);
          if (!(x >= 0 && x < 1) || !Number.isInteger(k) || k < 0 || k >= n) return false;
        }
        return true;
      }),
    );
    const r = createRandom(1);
    let sum = 0;
    for (let i = 0; i < 20_000; i++) sum += r.next();
    expect(sum / 20_000).toBeCloseTo(0.5, 2);
  });

  it("draws log-normal values around the requested median", () => {
    const r = createRandom(3);
    const values = Array.from({ length: 10_001 }, () => r.logNormal(0.2, 1)).sort((a, b) => a - b);
    expect(values[5000]).toBeGreaterThan(0.18);
    expect(values[5000]).toBeLessThan(0.22);
  });

  it("gives hex strings of the requested length", () => {
    const r = createRandom(5);
    expect(r.hex(24)).toMatch(/^[0-9a-f]{24}$/);
    expect(hex8(0xdeadbeef)).toBe("deadbeef");
    expect(hex8(1)).toBe("00000001");
  });

  it("mixes 32-bit integers without collisions (a bijection) and derives distinct seeds", () => {
    const seen = new Set<number>();
    for (let i = 0; i < 50_000; i++) seen.add(mix32(i));
    expect(seen.size).toBe(50_000);
    expect(deriveSeed(1, 2, 3)).toBe(deriveSeed(1, 2, 3));
    expect(deriveSeed(1, 2, 3)).not.toBe(deriveSeed(1, 3, 2));
  });
});
