import type { ServiceStatistics } from "../../model/ServiceGraph";

/**
 * The field-by-field sum of X-Ray statistics (for a client node, whose own statistics X-Ray leaves
 * out: the sum of its edges' is what it sent); null for an empty list.
 * @example sumStatistics(clientEdges.map((e) => e.statistics))
 */
export function sumStatistics(list: readonly ServiceStatistics[]): ServiceStatistics | null {
  if (list.length === 0) return null;
  let ok = 0;
  let throttle = 0;
  let errorOther = 0;
  let errorTotal = 0;
  let faultOther = 0;
  let faultTotal = 0;
  let total = 0;
  let time = 0;
  for (const s of list) {
    ok += s.OkCount;
    throttle += s.ErrorStatistics.ThrottleCount;
    errorOther += s.ErrorStatistics.OtherCount;
    errorTotal += s.ErrorStatistics.TotalCount;
    faultOther += s.FaultStatistics.OtherCount;
    faultTotal += s.FaultStatistics.TotalCount;
    total += s.TotalCount;
    time += s.TotalResponseTime;
  }
  return {
    OkCount: ok,
    ErrorStatistics: { ThrottleCount: throttle, OtherCount: errorOther, TotalCount: errorTotal },
    FaultStatistics: { OtherCount: faultOther, TotalCount: faultTotal },
    TotalCount: total,
    TotalResponseTime: time,
  };
}
