import { describe, expect, it } from "vitest";
import { computeHealthCounts } from "../../../src/react/ServiceMap/computeHealthCounts";
import { computeRingArcs } from "../../../src/react/ServiceMap/computeRingArcs";
import { statistics } from "./support/makeServiceGraph";

/** Clockwise angle from 12 o'clock of a point, in [0, 2π). */
const angleOf = (x: number, y: number): number => {
  const a = Math.atan2(x, -y);
  return a < 0 ? a + 2 * Math.PI : a;
};
/** The end point of the first outer arc command ("A r,r,0,large,sweep,x,y"). */
const outerArcEnd = (d: string): [number, number] => {
  const m = /A[\d.]+,[\d.]+,0,[01],[01],(-?[\d.e-]+),(-?[\d.e-]+)/.exec(d);
  if (m === null) throw new Error(`no arc in ${d}`);
  return [Number(m[1]), Number(m[2])];
};

describe("computeRingArcs", () => {
  it("draws one arc per status with requests, clockwise from 12 o'clock in the order OK, error, throttle, fault, sized by share", () => {
    const counts = computeHealthCounts(statistics({ ok: 60, error: 10, throttle: 10, fault: 20 }));
    const arcs = computeRingArcs(counts, 20, 24);
    expect(arcs.map((a) => a.status)).toEqual(["ok", "error", "throttle", "fault"]);
    expect(arcs.map((a) => a.share)).toEqual([0.6, 0.1, 0.1, 0.2]);
    let start = 0;
    for (const arc of arcs) {
      expect(arc.d.startsWith("M")).toBe(true);
      const [x, y] = outerArcEnd(arc.d);
      expect(Math.hypot(x, y)).toBeCloseTo(24, 2);
      const end = start + arc.share * 2 * Math.PI;
      expect(angleOf(x, y)).toBeCloseTo(end % (2 * Math.PI), 3);
      start = end;
    }
  });

  it("leaves statuses without requests out, draws a full ring for one status, and nothing without requests", () => {
    const onlyFaults = computeRingArcs(computeHealthCounts(statistics({ fault: 3 })), 20, 24);
    expect(onlyFaults).toHaveLength(1);
    expect(onlyFaults[0]).toMatchObject({ status: "fault", share: 1 });
    expect(
      computeRingArcs(computeHealthCounts(statistics({ ok: 2, fault: 2 })), 20, 24).map(
        (a) => a.status,
      ),
    ).toEqual(["ok", "fault"]);
    expect(computeRingArcs(computeHealthCounts(null), 20, 24)).toEqual([]);
  });
});
